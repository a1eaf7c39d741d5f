// Issue 28: an offline copy that does not grow with the catalogue, on the benchmark's synthetic
// catalogue of 2,000 products (tests/helpers/synthetic-site.ts), big enough to have gone over before
// (13.5 MB per language). What a first visit stores stays within 5 MB per language; what it leaves out
// can be saved on request, each file somewhere, with its size known before; the district pages that
// list a district's products stay bounded. The plan's rules at the country's scale (700 districts) are
// unit tests (tests/unit/offline/offline-plan.test.ts); this is the same plan on a real build.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { offlinePlan, type DistrictOfflineList, type OfflinePlan } from '../../scripts/after-build/write-service-worker';
import { DISTRICT_PAGE_PRODUCTS } from '../../src/lib/pages/district-page';
import { builtSearchIndex } from '../../scripts/after-build/index-search';
import { automaticCopyBytes, groupOfflineFiles, OFFLINE_COPY_BUDGET_BYTES, urlOfFile, type OfflineSetList } from '../../src/lib/offline/offline-plan';
import { PAGE_SIZE } from '../../src/lib/pages/pagination';
import { LOCALES, paths } from '../../src/lib/pages/routes';
import { page } from '../helpers/dist';
import { buildSyntheticSite, SYNTHETIC, SYNTHETIC_PRODUCTS } from '../helpers/synthetic-site';

const dist = SYNTHETIC.outDir;
let plan: OfflinePlan;

beforeAll(async () => {
  await buildSyntheticSite();
  plan = offlinePlan(dist);
}, 900_000);

const files = () =>
  (fs.readdirSync(dist, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dist, path.join(e.parentPath, e.name)));
const bytesOf = (url: string) => fs.statSync(path.join(dist, url.endsWith('/') ? `${url}index.html` : url)).size;
const folders = (url: string) =>
  fs.readdirSync(path.join(dist, url), { withFileTypes: true }).filter((e) => e.isDirectory() && fs.existsSync(path.join(dist, url, e.name, 'index.html'))).map((e) => e.name);

describe(`the offline copy of a catalogue of ${SYNTHETIC_PRODUCTS.toLocaleString('en')} products`, () => {
  it.each(LOCALES)('a first visit in %s stores at most 5 MB, where keeping every page it used to keep would be far more', (locale) => {
    const { manifest } = plan;
    expect(automaticCopyBytes(manifest, locale)).toBeLessThanOrEqual(OFFLINE_COPY_BUDGET_BYTES);
    // What the copy held before issue 28: the shell, every candidate of the language.
    const all = groupOfflineFiles(files().map(urlOfFile), builtSearchIndex(dist)).candidates[locale];
    const before = manifest.shell.reduce((a, e) => a + e.bytes, 0) + all.reduce((a, c) => a + bytesOf(c.url), 0);
    expect(before).toBeGreaterThan(2 * OFFLINE_COPY_BUDGET_BYTES);
    // The worker carries exactly this manifest.
    const code = fs.readFileSync(path.join(dist, paths.serviceWorker()), 'utf8');
    expect(code).toContain(`"${manifest.version}"`);
  });

  it.each(LOCALES)('the %s copy always holds its start pages, and every district page while they fit', (locale) => {
    const pack = new Set(plan.manifest.packs[locale].map((e) => e.url));
    for (const url of [paths.home(locale), paths.search(locale), paths.districts(locale)]) expect(pack.has(url), url).toBe(true);
    const districts = folders(paths.districts(locale));
    expect(districts.length).toBeGreaterThan(18);
    const kept = districts.filter((d) => pack.has(paths.district(locale, d)));
    const tier = plan.tiers[locale].find((t) => t.tier === 'districts')!;
    expect(kept.length).toBe(tier.kept.files);
    expect(kept.length).toBeGreaterThan(0);
  });

  it.each(LOCALES)('everything the %s copy leaves out can be saved on request: the search index and lists as sets, district pages with their district’s button', (locale) => {
    const { manifest } = plan;
    const pack = new Set(manifest.packs[locale].map((e) => e.url));
    const inSets = new Set<string>();
    for (const set of manifest.sets[locale]) {
      const list = JSON.parse(fs.readFileSync(path.join(dist, set.list), 'utf8')) as OfflineSetList;
      expect(set.list).toBe(paths.offlineSet(locale, set.id));
      expect([list.files, list.bytes], set.id).toEqual([set.files, set.bytes]);
      expect(list.entries.length).toBe(list.files);
      for (const e of list.entries) {
        expect(bytesOf(e.url), e.url).toBe(e.bytes);
        inSets.add(e.url);
      }
    }
    const byDistricts = new Set(
      folders(paths.districts(locale)).flatMap((d) => (JSON.parse(fs.readFileSync(path.join(dist, paths.districtOfflineList(locale, d)), 'utf8')) as DistrictOfflineList).pages),
    );
    const candidates = groupOfflineFiles(files().map(urlOfFile), builtSearchIndex(dist)).candidates[locale];
    const nowhere = candidates.filter((c) => !pack.has(c.url) && !inSets.has(c.url) && !byDistricts.has(c.url));
    expect(nowhere.map((c) => c.url)).toEqual([]);
    // At this size the search index does not fit: it is a set of its own, whole, and sw.js does not list it.
    const search = manifest.sets[locale].find((s) => s.id === 'search');
    expect(search?.files).toBe(candidates.filter((c) => c.tier === 'search').length);
    const code = fs.readFileSync(path.join(dist, paths.serviceWorker()), 'utf8');
    const fragment = candidates.find((c) => c.url.includes('/fragment/'))!.url;
    expect(code).not.toContain(fragment);
  });

  it.each(LOCALES)('each %s district’s button knows what it adds to the copy before it is pressed', (locale) => {
    const pack = new Set(plan.manifest.packs[locale].map((e) => e.url));
    for (const d of folders(paths.districts(locale)).slice(0, 20)) {
      const list = JSON.parse(fs.readFileSync(path.join(dist, paths.districtOfflineList(locale, d)), 'utf8')) as DistrictOfflineList;
      const toSave = list.pages.filter((u) => !pack.has(u));
      expect([list.files, list.bytes], d).toEqual([toSave.length, toSave.reduce((a, u) => a + bytesOf(u), 0)]);
      expect(list.pages).toContain(paths.district(locale, d));
    }
  });

  it.each(LOCALES)(`%s district pages stay bounded: at most ${DISTRICT_PAGE_PRODUCTS} products each, the rest on their own list pages`, (locale) => {
    let withList = 0;
    for (const d of folders(paths.districts(locale))) {
      const root = page(dist, paths.district(locale, d));
      const cards = root.querySelectorAll('[data-district-products] [data-product]').length;
      expect(cards, d).toBeLessThanOrEqual(DISTRICT_PAGE_PRODUCTS);
      if (!root.querySelector('[data-district-all-products]')) continue;
      withList++;
      for (let n = 1; fs.existsSync(path.join(dist, paths.districtProducts(locale, d, n), 'index.html')); n++) {
        expect(page(dist, paths.districtProducts(locale, d, n)).querySelectorAll('main [data-product]').length).toBeLessThanOrEqual(PAGE_SIZE);
      }
    }
    expect(withList).toBeGreaterThan(0);
  });
});
