// The certificate change feeds (Atom): valid (parsed by a feed parser), holding exactly the events
// the content implies on the build date, newest first, linked from the pages they concern, naming
// their author, and served as Atom (.atom files; dist/_headers); and a build on the next day keeps
// every entry id and date of the events still in the window.
import { parseFeed } from '@rowanmanning/feed-parser';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/shared/read-content';
import { addDays, normaliseDateInput } from '../../src/lib/certificates/dates';
import { validUntil } from '../../src/lib/certificates/certificate';
import { paths, type Locale } from '../../src/lib/pages/routes';
import { runStep } from '../helpers/build-site';
import { parseHeadersFile } from '../helpers/browser-server';
import { page } from '../helpers/dist';
import { FIXTURE, OUTPUT, SITES, TEST_BUILD_DATE, type SiteUnderTest } from '../helpers/sites';

type RawCert = { stars: number; date?: string; year?: number; notAfter?: string; revoked?: { date: string } };
type RawProduct = { district: string; certificates: RawCert[] };

/** The events a product's content implies on a day, written out from the rules in README.md (not from the site's code). */
function expectedEvents(contentDir: string, on: string): Map<string, { product: string; district: string; kind: string; date: string }> {
  const out = new Map<string, { product: string; district: string; kind: string; date: string }>();
  for (const r of readContent(contentDir).filter((x) => x.collection === 'products')) {
    const p = r.data as RawProduct;
    const certs = p.certificates.map((c) => ({ ...c, date: normaliseDateInput(c.date) as string | undefined, notAfter: normaliseDateInput(c.notAfter) as string | undefined }));
    const key = (c: (typeof certs)[number]) => c.date ?? (c.year !== undefined ? `${c.year}-07-01` : c.notAfter ?? '0000');
    const ordered = certs.map((c, i) => ({ c, i })).sort((a, b) => key(b.c).localeCompare(key(a.c)) || b.i - a.i).map((x) => x.c);
    ordered.forEach((c, i) => {
      if (c.date && c.date > addDays(on, -365) && c.date <= on) {
        const kind = i < ordered.length - 1 ? 'rerated' : 'certified';
        out.set(`${r.id}#${kind}-${c.date}`, { product: r.id, district: p.district, kind, date: c.date });
      }
    });
    const current = ordered.find((c) => !(c.revoked && normaliseDateInput(c.revoked.date)! <= on)) ?? ordered[0];
    if (!current || (current.revoked && (normaliseDateInput(current.revoked.date) as string) <= on)) continue;
    const last = current.date ? validUntil(current.date) : current.year !== undefined ? validUntil(`${current.year}-12-31`) : current.notAfter ? validUntil(current.notAfter) : undefined;
    if (!last) continue;
    if (current.date && last >= on && last <= addDays(on, 89)) {
      out.set(`${r.id}#expiring-${last}`, { product: r.id, district: p.district, kind: 'expiring', date: addDays(last, -89) });
    }
    if (last < on && addDays(last, 1) > addDays(on, -90)) {
      out.set(`${r.id}#expired-${last}`, { product: r.id, district: p.district, kind: 'expired', date: addDays(last, 1) });
    }
  }
  return out;
}

const read = (site: SiteUnderTest, urlPath: string) => fs.readFileSync(path.join(site.outDir, urlPath), 'utf8');
/** Entries of a feed as "<product>#<kind>-<date>" → entry, after checking each id is the product's address plus that key. */
function entries(site: SiteUnderTest, locale: Locale, urlPath: string) {
  const feed = parseFeed(read(site, urlPath));
  return {
    feed,
    items: feed.items.map((item) => {
      const m = /^(https?:\/\/[^#]+)#((?:certified|rerated|expiring|expired)-\d{4}-\d{2}-\d{2})$/.exec(item.id ?? '');
      expect(m, item.id ?? '').not.toBeNull();
      const product = new URL(m![1]!).pathname.split('/').filter(Boolean).at(-1)!;
      expect(new URL(m![1]!).pathname).toBe(paths.product(locale, product));
      expect(item.url).toBe(m![1]);
      return { key: `${product}#${m![2]}`, date: item.published!.toISOString().slice(0, 10), updated: item.updated!.toISOString().slice(0, 10), title: item.title ?? '' };
    }),
  };
}

describe.each(SITES)('change feeds of $name', (site) => {
  const districts = readContent(site.contentDir).filter((r) => r.collection === 'districts').map((r) => r.id);
  const expected = expectedEvents(site.contentDir, TEST_BUILD_DATE);

  it.each(['vi', 'en'] as const)('the province feed (%s) holds exactly the implied events, newest first, dated by event', (locale) => {
    const { feed, items } = entries(site, locale, paths.feed(locale));
    expect(feed.language).toBe(locale);
    expect(feed.self).toBe(new URL(paths.feed(locale), feed.self!).href);
    expect(items.map((i) => i.key).sort()).toEqual([...expected.keys()].sort());
    for (const i of items) {
      expect(i.date, i.key).toBe(expected.get(i.key)!.date);
      expect(i.updated, i.key).toBe(i.date);
      expect(i.title.length).toBeGreaterThan(0);
    }
    const dates = items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());
    // The feed's date is its newest event's, not the build date.
    if (items.length) expect(feed.updated!.toISOString().slice(0, 10)).toBe(dates[0]);
  });

  it.each(['vi', 'en'] as const)('each district feed (%s) holds exactly that district\'s events', (locale) => {
    for (const d of districts) {
      const { items } = entries(site, locale, paths.districtFeed(locale, d));
      const mine = [...expected].filter(([, e]) => e.district === d).map(([k]) => k);
      expect(items.map((i) => i.key).sort(), d).toEqual(mine.sort());
    }
  });

  it('names an author in every feed (RFC 4287): the publisher of site.json, or else the site', () => {
    const config = JSON.parse(fs.readFileSync(path.join(site.contentDir, 'site.json'), 'utf8'));
    for (const locale of ['vi', 'en'] as const) {
      const expected = config.publisher
        ? { name: config.publisher.name, url: config.publisher.url ?? null }
        : { name: locale === 'en' ? config.nameEn : config.name, url: new URL(config.url).href };
      for (const url of [paths.feed(locale), ...districts.map((d) => paths.districtFeed(locale, d))]) {
        const authors = parseFeed(read(site, url)).authors.map((a) => ({ name: a.name, url: a.url ? new URL(a.url).href : null }));
        expect(authors, url).toEqual([expected]);
      }
    }
  });

  it('writes every Atom feed as a .atom file, which dist/_headers gives the Atom media type', () => {
    const files = (fs.readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => /\.(xml|atom)$/.test(f));
    const feeds = files.filter((f) => read(site, f).includes('<feed xmlns="http://www.w3.org/2005/Atom"')).map((f) => `/${f.split(path.sep).join('/')}`);
    expect(feeds.sort()).toEqual(['vi', 'en'].flatMap((l) => [paths.feed(l as Locale), ...districts.map((d) => paths.districtFeed(l as Locale, d))]).sort());
    expect(feeds.every((f) => f.endsWith('.atom'))).toBe(true);
    const rules = parseHeadersFile(read(site, '_headers'));
    for (const f of feeds) {
      const types = rules.filter((r) => r.pattern.test(f)).flatMap((r) => r.headers.filter(([k]) => k.toLowerCase() === 'content-type').map(([, v]) => v));
      expect(types, f).toEqual(['application/atom+xml; charset=utf-8']);
    }
  });

  it('links the feeds from the pages they concern, in the head and visibly', () => {
    for (const locale of ['vi', 'en'] as const) {
      for (const [url, feeds] of [
        [paths.home(locale), [paths.feed(locale)]],
        [paths.statistics(locale), [paths.feed(locale)]],
        [paths.districts(locale), [paths.feed(locale)]],
        ...districts.map((d) => [paths.district(locale, d), [paths.districtFeed(locale, d), paths.feed(locale)]] as const),
      ] as const) {
        const root = page(site.outDir, url);
        const head = root.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]').map((l) => l.getAttribute('href'));
        expect(head, url).toEqual(feeds);
        expect(root.querySelector(`main a[href="${feeds[0]}"]`), url).not.toBeNull();
        for (const f of feeds) expect(fs.existsSync(path.join(site.outDir, f)), f).toBe(true);
      }
    }
  });
});

describe('the fixture feed has every kind of event', () => {
  it('so the checks above can fail', () => {
    const kinds = new Set([...expectedEvents(FIXTURE.contentDir, TEST_BUILD_DATE).values()].map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['certified', 'expired', 'expiring', 'rerated']);
  });
});

describe('a build on the next day', () => {
  const nextDay = addDays(TEST_BUILD_DATE, 1);
  const next: SiteUnderTest = { ...FIXTURE, name: 'other-province-next-day', outDir: path.join(OUTPUT, 'other-province-next-day', 'dist'), cacheDir: path.join(OUTPUT, 'other-province-next-day', 'cache') };
  beforeAll(() => {
    if (process.env.SKIP_BUILD === '1' && fs.existsSync(path.join(next.outDir, paths.feed('vi')))) return;
    fs.rmSync(next.outDir, { recursive: true, force: true });
    const r = runStep('node_modules/.bin/astro', ['build'], next, { BUILD_DATE: nextDay });
    if (r.status !== 0) throw new Error(`building ${next.name} failed:\n${r.output.slice(-4000)}`);
  }, 300_000);

  it('keeps the id and date of every event still in the window, and changes only what the day changed', () => {
    for (const locale of ['vi', 'en'] as const) {
      const before = new Map(entries(FIXTURE, locale, paths.feed(locale)).items.map((i) => [i.key, i.date]));
      const after = new Map(entries(next, locale, paths.feed(locale)).items.map((i) => [i.key, i.date]));
      const kept = [...before.keys()].filter((k) => after.has(k));
      expect(kept.length).toBeGreaterThan(0);
      for (const k of kept) expect(after.get(k), k).toBe(before.get(k));
      expect([...after.keys()].sort()).toEqual([...expectedEvents(FIXTURE.contentDir, nextDay).keys()].sort());
      expect(read(next, paths.feed(locale))).toBe(read(FIXTURE, paths.feed(locale)));
    }
  });
});
