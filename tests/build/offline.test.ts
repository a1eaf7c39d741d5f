// Offline and installable (issue 18), on both built sites: the manifest of each language and its
// icons, every page linking its language's manifest, the service worker's offline manifest (what
// a first visit keeps in each language), the district page lists of the "save for offline"
// button, the offline page, and the worker's HTTP headers.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineManifest, offlinePlan, type DistrictOfflineList } from '../../scripts/after-build/write-service-worker';
import { automaticCopyBytes, groupOfflineFiles, OFFLINE_COPY_BUDGET_BYTES, OFFLINE_SETS } from '../../src/lib/offline/offline-plan';
import { readContent } from '../../scripts/shared/read-content';
import { loadSiteConfig } from '../../src/lib/content/site-config';
import { LOCALES, paths, localeOf, type Locale } from '../../src/lib/pages/routes';
import { THEME_COLOUR } from '../../src/lib/publishing/web-app-manifest';
import { parseHeadersFile } from '../helpers/browser-server';
import { htmlFiles, page } from '../helpers/dist';
import { SITES } from '../helpers/sites';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = fs.readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1'), `${file} is not a PNG`).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

const subfolders = (dist: string, url: string) =>
  fs.readdirSync(path.join(dist, url), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'trang' && e.name !== 'page').map((e) => e.name);

for (const site of SITES) {
  describe(`offline and installable: ${site.name}`, () => {
    const dist = site.outDir;
    const config = loadSiteConfig(site.contentDir);

    it.each(LOCALES)('the %s manifest names the site, starts at its home page, runs standalone, with 192 and 512 px icons', (locale) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dist, paths.webAppManifest(locale)), 'utf8'));
      expect(manifest.name).toBe(locale === 'vi' ? config.name : config.nameEn);
      expect(manifest.short_name.length).toBeGreaterThan(0);
      expect(manifest.start_url).toBe(paths.home(locale));
      expect(manifest.lang.startsWith(locale)).toBe(true);
      expect(manifest.display).toBe('standalone');
      expect(manifest.theme_color).toBe(THEME_COLOUR);
      const sizes = new Set<string>();
      for (const icon of manifest.icons as { src: string; sizes: string; type: string; purpose: string }[]) {
        const { width, height } = pngSize(path.join(dist, icon.src));
        expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
        expect(icon.type).toBe('image/png');
        sizes.add(`${icon.sizes} ${icon.purpose}`);
      }
      expect([...sizes].sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    });

    it('the theme colour is the header’s red of the stylesheet', () => {
      const css = fs.readFileSync(path.join(import.meta.dirname, '../../src/styles/global.css'), 'utf8');
      expect(css).toContain(`--color-ocop-red: ${THEME_COLOUR};`);
    });

    it('every page links the manifest of its own language, and the worker registers from a bundled file', () => {
      const problems: string[] = [];
      for (const file of htmlFiles(dist)) {
        const root = page(dist, file);
        const locale = (root.querySelector('html')?.getAttribute('lang') ?? '') as Locale;
        const href = root.querySelector('link[rel="manifest"]')?.getAttribute('href');
        if (href !== paths.webAppManifest(locale)) problems.push(`${file}: manifest ${href}`);
        const status = root.querySelector('[data-offline-status]');
        if (status?.getAttribute('data-worker') !== paths.serviceWorker()) problems.push(`${file}: no offline status / worker address`);
      }
      expect(problems).toEqual([]);
      expect(fs.existsSync(path.join(dist, paths.serviceWorker()))).toBe(true);
    });

    it('the worker holds this build’s offline manifest', () => {
      const manifest = offlineManifest(dist);
      const code = fs.readFileSync(path.join(dist, paths.serviceWorker()), 'utf8');
      expect(code.includes(`"${manifest.version}"`), 'version').toBe(true);
      const missing = [...manifest.shell, ...manifest.packs.vi, ...manifest.packs.en].filter((e) => !code.includes(`"${e.revision}"`));
      expect(missing.map((e) => e.url)).toEqual([]);
    });

    it.each(LOCALES)('the automatic %s copy holds, within its budget, every district and sales point page, the lists and its whole search index, nothing else of a record', (locale) => {
      const plan = offlinePlan(dist);
      const { manifest } = plan;
      const kept = new Set([...manifest.shell, ...manifest.packs[locale]].map((e) => e.url));
      expect(automaticCopyBytes(manifest, locale)).toBeLessThanOrEqual(OFFLINE_COPY_BUDGET_BYTES);
      // A catalogue this size fits whole: nothing is left to be saved on request.
      expect(manifest.sets[locale]).toEqual([]);
      expect(plan.leftToDistricts[locale]).toEqual({ files: 0, bytes: 0 });
      const districts = subfolders(dist, paths.districts(locale));
      const expected = [
        paths.home(locale),
        paths.search(locale),
        paths.districts(locale),
        paths.salesPoints(locale),
        paths.products(locale),
        paths.producers(locale),
        paths.glossary(locale),
        paths.offline(locale),
        ...districts.map((d) => paths.district(locale, d)),
        ...subfolders(dist, paths.salesPoints(locale)).map((s) => paths.salesPoint(locale, s)),
        ...districts.filter((d) => fs.existsSync(path.join(dist, paths.districtProducts(locale, d)))).map((d) => paths.districtProducts(locale, d)),
      ];
      expect(expected.filter((u) => !kept.has(u))).toEqual([]);
      // Further pages of the product list too.
      const pageFolder = path.join(dist, paths.products(locale, 2), '..');
      const further = fs.existsSync(pageFolder) ? fs.readdirSync(pageFolder).map((n) => paths.products(locale, Number(n))) : [];
      expect(further.filter((u) => !kept.has(u))).toEqual([]);
      // Pagefind's files of this language: every fragment (one per record) and index chunk.
      const own = (folder: string) => fs.readdirSync(path.join(dist, 'pagefind', folder)).filter((f) => f.startsWith(`${locale}_`)).map((f) => `/pagefind/${folder}/${f}`);
      const searchFiles = [...own('fragment'), ...own('index'), ...own('filter')];
      expect(searchFiles.length).toBeGreaterThan(0);
      expect(searchFiles.filter((u) => !kept.has(u))).toEqual([]);
      // No product or producer page, and nothing of the other language but the shell's offline page and manifest.
      const pack = manifest.packs[locale].map((e) => e.url);
      const records = readContent(site.contentDir).flatMap((r) =>
        r.collection === 'products' ? [paths.product(locale, r.id)] : r.collection === 'producers' ? [paths.producer(locale, r.id)] : [],
      );
      expect(records.length).toBeGreaterThan(0);
      expect(records.filter((u) => kept.has(u))).toEqual([]);
      expect(pack.filter((u) => !u.startsWith('/pagefind/') && localeOf(u) !== locale)).toEqual([]);
      expect(pack.filter((u) => u.startsWith('/pagefind/') && /\/(vi|en)_/.test(u) && !u.includes(`/${locale}_`) && !u.includes(`.${locale}_`))).toEqual([]);
      // With nothing to offer, no list of a set is written.
      for (const set of OFFLINE_SETS) expect(fs.existsSync(path.join(dist, paths.offlineSet(locale, set))), set).toBe(false);
    });

    it.each(LOCALES)('each %s district lists for offline its own page, its sales points, its product lists and every product and producer page, all built, with the size its button stores', (locale) => {
      const { manifest } = offlinePlan(dist);
      const automatic = new Set([...manifest.shell, ...manifest.packs[locale]].map((e) => e.url));
      const content = readContent(site.contentDir);
      const of = (collection: string, d: string) =>
        content.filter((r) => r.collection === collection && (r.data as { district?: string }).district === d).map((r) => r.id);
      const problems: string[] = [];
      for (const d of subfolders(dist, paths.districts(locale))) {
        const list = JSON.parse(fs.readFileSync(path.join(dist, paths.districtOfflineList(locale, d)), 'utf8')) as DistrictOfflineList;
        const root = page(dist, paths.district(locale, d));
        const lists: string[] = [];
        for (let n = 1; fs.existsSync(path.join(dist, paths.districtProducts(locale, d, n), 'index.html')); n++) lists.push(paths.districtProducts(locale, d, n));
        const expected = [
          paths.district(locale, d),
          ...of('salesPoints', d).map((id) => paths.salesPoint(locale, id)),
          ...lists,
          ...of('products', d).map((id) => paths.product(locale, id)),
          ...of('producers', d).map((id) => paths.producer(locale, id)),
        ];
        if (list.district !== d) problems.push(`${d}: list names ${list.district}`);
        if ([...expected].sort().join() !== [...list.pages].sort().join()) problems.push(`${d}: expected ${expected.length} pages, list ${list.pages.length}`);
        // Every product and producer its page (and its product lists) link to is in the list.
        const linked = [root, ...lists.map((u) => page(dist, u))].flatMap((r) =>
          r.querySelectorAll('[data-district-products] a[href], [data-district-producers] a[href], main [data-product] a[href]').map((a) => a.getAttribute('href')!),
        );
        const records = linked.filter((h) => h.startsWith(paths.products(locale)) || h.startsWith(paths.producers(locale)));
        for (const h of records) if (!list.pages.includes(h)) problems.push(`${d}: links ${h}, not in its list`);
        for (const u of list.pages) if (!fs.existsSync(path.join(dist, u, 'index.html'))) problems.push(`${d}: ${u} not built`);
        const toSave = list.pages.filter((u) => !automatic.has(u));
        const bytes = toSave.reduce((a, u) => a + fs.statSync(path.join(dist, u, 'index.html')).size, 0);
        if (list.files !== toSave.length || list.bytes !== bytes) problems.push(`${d}: size ${list.files} files ${list.bytes} bytes, expected ${toSave.length} files ${bytes} bytes`);
        if (root.querySelector('[data-offline-district]')?.getAttribute('data-list') !== paths.districtOfflineList(locale, d)) problems.push(`${d}: no save button`);
      }
      expect(problems).toEqual([]);
    });

    it.each(LOCALES)('the %s offline page links first to pages every offline copy of its language holds, then to those kept as the budget allows', (locale) => {
      const manifest = offlineManifest(dist);
      const kept = new Set([...manifest.shell, ...manifest.packs[locale]].map((e) => e.url));
      const root = page(dist, paths.offline(locale));
      expect(root.querySelector('html')!.getAttribute('lang')).toBe(locale);
      const links = root.querySelectorAll('[data-offline-links] a').map((a) => a.getAttribute('href')!);
      expect(links.length).toBeGreaterThanOrEqual(3);
      expect(links.filter((l) => !kept.has(l))).toEqual([]);
      // The always-kept links are the plan's first step, which no catalogue's size can push out.
      const groups = groupOfflineFiles(links, { bundles: [], languageFiles: {} });
      expect(groups.candidates[locale].map((c) => c.tier)).toEqual(links.map(() => 'start'));
      const more = root.querySelectorAll('[data-offline-more] a').map((a) => a.getAttribute('href')!);
      expect(more.length).toBeGreaterThan(2);
      expect(more.filter((u) => !fs.existsSync(path.join(dist, u, 'index.html')))).toEqual([]);
    });

    it('the host is told to revalidate the worker script at every visit', () => {
      const rules = parseHeadersFile(fs.readFileSync(path.join(dist, '_headers'), 'utf8'));
      const headers = rules.filter((r) => r.pattern.test(paths.serviceWorker())).flatMap((r) => r.headers);
      expect(headers).toContainEqual(['Cache-Control', 'no-cache']);
    });
  });
}
