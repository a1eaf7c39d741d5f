// What a visitor finds by following links, and how names and language versions are declared:
// - every page of the sitemap is reachable by links from the home page of its language, following
//   only that language's pages (so no page is reachable from the sitemap alone), both test sites;
// - the sitemap's language alternates are exactly each page's own hreflang links;
// - one display form of names (first letter capitalised, source spelling otherwise kept) in the
//   tab title, og:title, twitter:title, last breadcrumb, h1 and JSON-LD of every record page, and
//   in every link to a record that shows its name, while the data exports keep the printed form;
// - honest empty states in the built pages: no GeoJSON link for a file with no feature, no quality
//   filter that offers only "All", the home card counts the districts that do have sales points.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/shared/read-content';
import { displayName } from '../../src/lib/content/names';
import { LOCALES, paths, type Locale } from '../../src/lib/pages/routes';
import type { ProducerData, ProductData, SalesPointData, SiteConfig } from '../../src/lib/content/schema';
import { fileForUrl, jsonLd } from '../helpers/dist';
import { localeOfUrl, representativePages } from '../helpers/route-patterns';
import { FIXTURE, REAL, type SiteUnderTest } from '../helpers/sites';

const parsed = new Map<string, HTMLElement | null>();
function htmlAt(site: SiteUnderTest, urlPath: string): HTMLElement | null {
  const file = fileForUrl(site.outDir, urlPath);
  if (!parsed.has(file)) parsed.set(file, file.endsWith('.html') && fs.existsSync(file) ? parse(fs.readFileSync(file, 'utf8')) : null);
  return parsed.get(file)!;
}

/** Every <loc> of the sitemap files listed by sitemap-index.xml, as URL paths, with the alternates of each. */
function sitemap(site: SiteUnderTest): Map<string, { lang: string; href: string }[]> {
  const index = fs.readFileSync(path.join(site.outDir, 'sitemap-index.xml'), 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => path.join(site.outDir, new URL(m[1]!).pathname));
  const out = new Map<string, { lang: string; href: string }[]>();
  for (const file of files) {
    const xml = fs.readFileSync(file, 'utf8');
    for (const [, body] of xml.matchAll(/<url>(.*?)<\/url>/gs)) {
      const loc = /<loc>([^<]+)<\/loc>/.exec(body!)![1]!;
      const links = [...body!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => ({ lang: m[1]!, href: m[2]! }));
      out.set(new URL(loc).pathname, links);
    }
  }
  return out;
}

/**
 * The pages reached from `start` by following links (<a href>, and the search box's <form action>,
 * which leads to the search page) to pages of the same language.
 */
function crawl(site: SiteUnderTest, start: string, locale: Locale): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    const from = queue.shift()!;
    const root = htmlAt(site, from);
    if (!root) continue;
    const targets = [...root.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!), ...root.querySelectorAll('form[action]').map((f) => f.getAttribute('action')!)];
    for (const href of targets) {
      const url = new URL(href, `http://site.invalid${from}`);
      if (url.origin !== 'http://site.invalid') continue;
      const target = url.pathname;
      if (seen.has(target) || localeOfUrl(target) !== locale || !htmlAt(site, target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return seen;
}

for (const site of [REAL, FIXTURE]) {
  describe(`navigation: ${site.name}`, () => {
    const entries = sitemap(site);

    for (const locale of LOCALES) {
      it(`reaches every sitemap page of ${locale} by links from ${paths.home(locale)}`, () => {
        const wanted = [...entries.keys()].filter((u) => localeOfUrl(u) === locale);
        expect(wanted.length).toBeGreaterThan(10);
        const reached = crawl(site, paths.home(locale), locale);
        const missing = wanted.filter((u) => !reached.has(u));
        expect(missing, `pages only the sitemap leads to (${missing.length})`).toEqual([]);
      });
    }

    it('links the supplier directory and the printable catalogue from every page (footer)', () => {
      for (const locale of LOCALES) {
        const home = htmlAt(site, paths.home(locale))!;
        expect(home.querySelector(`footer a[href="${paths.suppliers(locale)}"]`), locale).not.toBeNull();
        expect(home.querySelector(`footer a[href="${paths.print(locale)}"]`), locale).not.toBeNull();
      }
    });

    it('leaves the not-found pages out of the sitemap', () => {
      expect([...entries.keys()].filter((u) => /\/404(\.html|\/)$/.test(u))).toEqual([]);
    });

    it("declares in the sitemap exactly each page's own hreflang alternates", () => {
      const problems: string[] = [];
      for (const [url, links] of entries) {
        const root = htmlAt(site, url);
        if (!root) {
          problems.push(`${url}: in the sitemap but not a built page`);
          continue;
        }
        const own = root
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`)
          .sort();
        const declared = links.map((l) => `${l.lang} ${l.href}`).sort();
        if (JSON.stringify(own) !== JSON.stringify(declared)) problems.push(`${url}: page ${JSON.stringify(own)} ≠ sitemap ${JSON.stringify(declared)}`);
      }
      expect(problems.slice(0, 10), `${problems.length} page(s) differ`).toEqual([]);
      // Language codes as the pages use them (vi, en), not regional variants.
      expect(new Set([...entries.values()].flat().map((l) => l.lang))).toEqual(new Set(['vi', 'en', 'x-default']));
    });
  });
}

describe('names: one display form everywhere a name is a title (real catalogue)', () => {
  const records = readContent(REAL.contentDir);
  const site = records.find((r) => r.collection === 'site')!.data as SiteConfig;
  const products = records.filter((r) => r.collection === 'products').map((r) => ({ id: r.id, ...(r.data as ProductData) }));
  const producers = records.filter((r) => r.collection === 'producers').map((r) => ({ id: r.id, ...(r.data as ProducerData) }));
  const salesPoints = records.filter((r) => r.collection === 'salesPoints').map((r) => ({ id: r.id, ...(r.data as SalesPointData) }));

  it('the content holds names printed in lower case (what this guards against)', () => {
    expect(products.filter((p) => p.name !== displayName(p.name)).length).toBeGreaterThan(10);
    expect(producers.filter((p) => p.name !== displayName(p.name)).length).toBeGreaterThan(5);
  });

  type Named = { url: string; shown: string; jsonLdName: string };
  const recordPages: Named[] = LOCALES.flatMap((l) => [
    // English product pages give the English name in JSON-LD too, when the record has one.
    ...products.map((p) => {
      const shown = displayName(l === 'en' && p.nameEn ? p.nameEn : p.name);
      return { url: paths.product(l, p.id), shown, jsonLdName: shown };
    }),
    ...producers.map((p) => ({ url: paths.producer(l, p.id), shown: displayName(p.name), jsonLdName: displayName(p.name) })),
    ...salesPoints.map((s) => ({ url: paths.salesPoint(l, s.id), shown: displayName(l === 'en' && s.nameEn ? s.nameEn : s.name), jsonLdName: displayName(s.name) })),
  ]);

  it('in the tab title, og:title, twitter:title, last breadcrumb, h1 and JSON-LD of every record page', () => {
    const problems: string[] = [];
    for (const { url, shown, jsonLdName } of recordPages) {
      const root = htmlAt(REAL, url)!;
      const siteName = localeOfUrl(url) === 'en' ? site.nameEn : site.name;
      const found = {
        title: root.querySelector('title')?.textContent,
        ogTitle: root.querySelector('meta[property="og:title"]')?.getAttribute('content'),
        twitterTitle: root.querySelector('meta[name="twitter:title"]')?.getAttribute('content'),
        breadcrumb: root.querySelector('nav ol li:last-child [aria-current="page"]')?.textContent.trim(),
        h1: root.querySelector('h1')?.textContent.trim(),
      };
      const want = { title: `${shown} · ${siteName}`, ogTitle: shown, twitterTitle: shown, breadcrumb: shown, h1: shown };
      for (const key of Object.keys(want) as (keyof typeof want)[]) {
        if (found[key] !== want[key]) problems.push(`${url} ${key}: "${found[key]}" ≠ "${want[key]}"`);
      }
      const ld = jsonLd(root).find((d) => ['Product', 'Organization', 'LocalBusiness', 'Store', 'Place'].includes(String(d['@type'])));
      if (ld?.name !== jsonLdName) problems.push(`${url} JSON-LD name: "${ld?.name}" ≠ "${jsonLdName}"`);
    }
    expect(problems.slice(0, 15), `${problems.length} problem(s)`).toEqual([]);
  });

  it('in every link to a record that shows its name (cards, lists, directory, print, statistics)', () => {
    const byUrl = new Map(recordPages.map((r) => [r.url, r.shown]));
    const names = new Map<string, (string | undefined)[]>(
      LOCALES.flatMap((l): [string, (string | undefined)[]][] => [
        ...products.map((p): [string, (string | undefined)[]] => [paths.product(l, p.id), [p.name, p.nameEn]]),
        ...producers.map((p): [string, (string | undefined)[]] => [paths.producer(l, p.id), [p.name]]),
        ...salesPoints.map((s): [string, (string | undefined)[]] => [paths.salesPoint(l, s.id), [s.name, s.nameEn]]),
      ]),
    );
    const problems: string[] = [];
    let checked = 0;
    const files = (fs.readdirSync(REAL.outDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html') && !f.includes('pagefind'));
    for (const rel of files) {
      const from = `/${rel.split(path.sep).join('/')}`.replace(/index\.html$/, '');
      const root = htmlAt(REAL, from);
      if (!root) continue;
      for (const a of root.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        const printed = names.get(href);
        if (!printed) continue;
        const text = a.textContent.trim();
        // A link showing the record's name (not "more…" or an address): compare case-insensitively.
        if (!printed.some((n) => n && n.toLowerCase() === text.toLowerCase())) continue;
        checked++;
        const shown = displayName(text);
        if (text !== shown) problems.push(`${from}: link to ${href} shows "${text}" (expected "${byUrl.get(href) ?? shown}")`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(problems.slice(0, 15), `${problems.length} problem(s)`).toEqual([]);
  });

  it('while the data exports keep the printed form', () => {
    const csv = fs.readFileSync(path.join(REAL.outDir, 'data', 'san-pham.csv'), 'utf8');
    const lower = products.find((p) => p.name !== displayName(p.name))!;
    expect(csv).toContain(lower.name);
    const json = JSON.parse(fs.readFileSync(path.join(REAL.outDir, 'data', 'catalogue.json'), 'utf8')) as { products: { id: string; name: string }[] };
    expect(json.products.find((p) => p.id === lower.id)?.name).toBe(lower.name);
  });
});

describe('honest empty states (built pages)', () => {
  for (const site of [REAL, FIXTURE]) {
    const records = readContent(site.contentDir);
    const salesPoints = records.filter((r) => r.collection === 'salesPoints').map((r) => r.data as SalesPointData);
    const producers = records.filter((r) => r.collection === 'producers').map((r) => r.data as ProducerData);
    const located = salesPoints.filter((s) => s.geo).length;

    it(`${site.name}: offers the coordinates file only when it has features`, () => {
      const geo = JSON.parse(fs.readFileSync(path.join(site.outDir, 'data', 'diem-ban.geojson'), 'utf8')) as { features: unknown[] };
      // Every sales point with coordinates is there, and those placed at their commune's unit (issue 15).
      const features = geo.features.length;
      expect(features).toBeGreaterThanOrEqual(located);
      for (const locale of LOCALES) {
        const list = htmlAt(site, paths.salesPoints(locale))!;
        expect(list.querySelectorAll('[data-geojson-link]'), locale).toHaveLength(features > 0 ? 1 : 0);
        const data = htmlAt(site, paths.data(locale))!;
        const item = data.querySelector('[data-file="/data/diem-ban.geojson"]')!;
        expect(item.querySelectorAll('a[href="/data/diem-ban.geojson"]'), locale).toHaveLength(features > 0 ? 1 : 0);
        expect(item.querySelectorAll('[data-file-empty]'), locale).toHaveLength(features > 0 ? 0 : 1);
      }
    });

    it(`${site.name}: offers the quality-system filter only when some producer has one`, () => {
      const any = producers.some((p) => (p.qualitySystems ?? []).length > 0);
      for (const locale of LOCALES) {
        const directory = htmlAt(site, paths.suppliers(locale))!;
        expect(directory.querySelectorAll('select[name="qualitySystem"]'), locale).toHaveLength(any ? 1 : 0);
      }
    });

    it(`${site.name}: the home card says in how many districts the sales points are`, () => {
      const districts = new Set(salesPoints.map((s) => s.district)).size;
      for (const locale of LOCALES) {
        const home = htmlAt(site, paths.home(locale))!;
        const line = home.querySelector('[data-total="sales-point-districts"]');
        if (salesPoints.length === 0) expect(line).toBeNull();
        else expect(line?.textContent, locale).toMatch(new RegExp(`\\b${districts}\\b`));
      }
    });
  }
});

describe('tables are named', () => {
  for (const site of [REAL, FIXTURE]) {
    it(`${site.name}: every table of one page of every route pattern has a caption`, () => {
      const missing: string[] = [];
      for (const rep of representativePages(site.outDir)) {
        const root = htmlAt(site, rep.page.url)!;
        root.querySelectorAll('table').forEach((table, i) => {
          if (!table.querySelector('caption')?.textContent.trim()) missing.push(`${rep.page.url} table #${i + 1}`);
        });
      }
      expect(missing).toEqual([]);
    });
  }
});
