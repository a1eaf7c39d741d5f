// Which built files the service worker keeps for use offline: src/lib/offline/offline-plan.ts.
import { describe, expect, it } from 'vitest';
import {
  automaticCopyBytes,
  groupOfflineFiles,
  isFurtherListPage,
  localeOfUrl,
  OFFLINE_COPY_BUDGET_BYTES,
  OFFLINE_TIERS,
  planLanguage,
  urlOfFile,
  type OfflineEntry,
  type OfflineTier,
} from '../../../src/lib/offline/offline-plan';

const LANGUAGES = { en: { hash: 'en_6f1b97d57d', wasm: 'en' }, vi: { hash: 'vi_f717574a2f', wasm: null } };
const OTHERS = { en: { hash: 'en_1a2b3c4d5e', wasm: 'en' }, vi: { hash: 'vi_5e4d3c2b1a', wasm: null } };
const INDEX = {
  bundles: [
    { path: '/pagefind/', languages: LANGUAGES },
    { path: '/pagefind/others/', languages: OTHERS },
  ],
  languageFiles: { vi: ['/pagefind/records.vi.json'], en: ['/pagefind/records.en.json'] },
};

const FILES = [
  'index.html',
  'en/index.html',
  '404.html',
  'favicon.svg',
  'sw.js',
  'icons/icon-192.png',
  'manifest.webmanifest',
  'en/manifest.webmanifest',
  'ngoai-tuyen/index.html',
  'en/offline/index.html',
  '_astro/BaseLayout.abc.css',
  '_astro/SearchPage.def.js',
  '_astro/font-400.aaa.woff2',
  '_astro/font-400.bbb.woff',
  '_astro/photo.ccc.webp',
  '_astro/photo.ddd.jpg',
  '_astro/marker-icon.eee.png',
  'tim-kiem/index.html',
  'en/search/index.html',
  'dia-phuong/index.html',
  'dia-phuong/hoi-an/index.html',
  'dia-phuong/hoi-an/offline.json',
  'dia-phuong/hoi-an/san-pham/index.html',
  'dia-phuong/hoi-an/san-pham/trang/2/index.html',
  'dia-phuong/hoi-an/chung-nhan.xml',
  'ngoai-tuyen/tim-kiem.json',
  'en/districts/index.html',
  'en/districts/hoi-an/index.html',
  'en/districts/hoi-an/products/index.html',
  'diem-ban/index.html',
  'diem-ban/cho-phien-hoi-an/index.html',
  'san-pham/index.html',
  'san-pham/trang/2/index.html',
  'san-pham/3-sao/index.html',
  'san-pham/3-sao/trang/2/index.html',
  'san-pham/nuoc-mam-cua-dai/index.html',
  'san-pham/nuoc-mam-cua-dai/qr.svg',
  'en/products/index.html',
  'en/products/page/2/index.html',
  'en/products/4-stars/index.html',
  'en/products/nuoc-mam-cua-dai/index.html',
  'danh-muc/thuc-pham/index.html',
  'chu-the/index.html',
  'chu-the/htx-cua-dai/index.html',
  'thuat-ngu/index.html',
  'thong-ke/index.html',
  'data/san-pham.csv',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind.vi_f717574a2f.pf_meta',
  'pagefind/pagefind.en_6f1b97d57d.pf_meta',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/wasm.en.pagefind',
  'pagefind/index/vi_111.pf_index',
  'pagefind/index/en_222.pf_index',
  'pagefind/fragment/vi_333.pf_fragment',
  'pagefind/fragment/en_444.pf_fragment',
  'pagefind/filter/vi_555.pf_filter',
  'pagefind/records.vi.json',
  'pagefind/records.en.json',
  'pagefind/others/pagefind.js',
  'pagefind/others/pagefind-worker.js',
  'pagefind/others/pagefind-entry.json',
  'pagefind/others/pagefind.vi_5e4d3c2b1a.pf_meta',
  'pagefind/others/wasm.unknown.pagefind',
  'pagefind/others/index/vi_666.pf_index',
  'pagefind/others/fragment/en_777.pf_fragment',
];

describe('offline plan', () => {
  const groups = groupOfflineFiles(FILES.map(urlOfFile), INDEX);

  it('turns built files into site paths', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('dia-phuong/hoi-an/index.html')).toBe('/dia-phuong/hoi-an/');
    expect(urlOfFile('pagefind/index/vi_1.pf_index')).toBe('/pagefind/index/vi_1.pf_index');
  });

  it('tells the language of a path by its prefix', () => {
    expect(localeOfUrl('/en/districts/')).toBe('en');
    expect(localeOfUrl('/dia-phuong/')).toBe('vi');
    expect(localeOfUrl('/')).toBe('vi');
  });

  it('keeps the shared shell: bundled styles, scripts, woff2 fonts, icons, manifests, offline pages, Pagefind’s script', () => {
    expect(groups.shell).toEqual([
      '/_astro/BaseLayout.abc.css',
      '/_astro/SearchPage.def.js',
      '/_astro/font-400.aaa.woff2',
      '/en/manifest.webmanifest',
      '/en/offline/',
      '/favicon.svg',
      '/icons/icon-192.png',
      '/manifest.webmanifest',
      '/ngoai-tuyen/',
      '/pagefind/others/pagefind-entry.json',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.js',
    ]);
  });

  const urls = (l: 'vi' | 'en') => groups.candidates[l].map((c) => c.url);
  const tiers = (l: 'vi' | 'en') => Object.fromEntries(groups.candidates[l].map((c) => [c.url, c.tier]));

  it('offers the Vietnamese pack, in order of priority, its home, search, district, sales point and list pages and its own search index', () => {
    expect(urls('vi')).toEqual([
      // start: always kept
      '/',
      '/dia-phuong/',
      '/tim-kiem/',
      // places, districts, sales points, the districts' full product lists
      '/diem-ban/',
      '/dia-phuong/hoi-an/',
      '/diem-ban/cho-phien-hoi-an/',
      '/dia-phuong/hoi-an/san-pham/',
      '/dia-phuong/hoi-an/san-pham/trang/2/',
      // the search index, whole: both bundles and the order file
      '/pagefind/filter/vi_555.pf_filter',
      '/pagefind/fragment/vi_333.pf_fragment',
      '/pagefind/index/vi_111.pf_index',
      '/pagefind/others/index/vi_666.pf_index',
      '/pagefind/others/pagefind.vi_5e4d3c2b1a.pf_meta',
      '/pagefind/others/wasm.unknown.pagefind',
      '/pagefind/pagefind.vi_f717574a2f.pf_meta',
      '/pagefind/records.vi.json',
      '/pagefind/wasm.unknown.pagefind',
      // first pages of the lists, then further pages
      '/chu-the/',
      '/danh-muc/thuc-pham/',
      '/san-pham/',
      '/san-pham/3-sao/',
      '/thuat-ngu/',
      '/san-pham/3-sao/trang/2/',
      '/san-pham/trang/2/',
    ]);
    expect(tiers('vi')['/dia-phuong/hoi-an/san-pham/trang/2/']).toBe('district-lists');
    expect(tiers('vi')['/san-pham/trang/2/']).toBe('further-lists');
    expect(tiers('vi')['/dia-phuong/']).toBe('start');
  });

  it('keeps the English pack apart, with English pages and index only', () => {
    expect(urls('en')).toEqual([
      '/en/',
      '/en/districts/',
      '/en/search/',
      '/en/districts/hoi-an/',
      '/en/districts/hoi-an/products/',
      '/pagefind/fragment/en_444.pf_fragment',
      '/pagefind/index/en_222.pf_index',
      '/pagefind/others/fragment/en_777.pf_fragment',
      '/pagefind/pagefind.en_6f1b97d57d.pf_meta',
      '/pagefind/records.en.json',
      '/pagefind/wasm.en.pagefind',
      '/en/products/',
      '/en/products/4-stars/',
      '/en/products/page/2/',
    ]);
  });

  it('leaves product and producer pages, the worker itself, downloads and the lists of files to be fetched when wanted', () => {
    const kept = [...groups.shell, ...urls('vi'), ...urls('en')];
    for (const url of ['/_astro/photo.ccc.webp', '/_astro/photo.ddd.jpg', '/_astro/marker-icon.eee.png', '/san-pham/nuoc-mam-cua-dai/', '/en/products/nuoc-mam-cua-dai/', '/chu-the/htx-cua-dai/', '/sw.js', '/data/san-pham.csv', '/thong-ke/', '/404.html', '/pagefind/pagefind-ui.js', '/san-pham/nuoc-mam-cua-dai/qr.svg', '/dia-phuong/hoi-an/offline.json', '/dia-phuong/hoi-an/chung-nhan.xml', '/ngoai-tuyen/tim-kiem.json']) {
      expect(kept, url).not.toContain(url);
    }
  });

  it('knows the further pages of a list in both languages', () => {
    for (const url of ['/san-pham/trang/2/', '/san-pham/3-sao/trang/12/', '/danh-muc/thuc-pham/trang/3/', '/en/products/page/2/', '/en/categories/food/page/4/']) {
      expect(isFurtherListPage(url), url).toBe(true);
    }
    for (const url of ['/san-pham/', '/san-pham/3-sao/', '/danh-muc/thuc-pham/', '/en/products/', '/san-pham/trang-tri/', '/dia-phuong/hoi-an/']) {
      expect(isFurtherListPage(url), url).toBe(false);
    }
  });

  const entry = (url: string, bytes: number, tier: OfflineTier) => ({ url, revision: 'r', bytes, tier });
  const shell: OfflineEntry[] = [{ url: '/a.css', revision: 'r', bytes: 10 }];
  const candidates = [
    entry('/', 10, 'start'),
    entry('/tim-kiem/', 10, 'start'),
    entry('/diem-ban/', 30, 'places'),
    entry('/dia-phuong/a/', 20, 'districts'),
    entry('/dia-phuong/b/', 40, 'districts'),
    entry('/dia-phuong/c/', 20, 'districts'),
    entry('/diem-ban/x/', 10, 'sales-points'),
    entry('/pagefind/index/vi_1.pf_index', 15, 'search'),
    entry('/pagefind/fragment/vi_2.pf_fragment', 15, 'search'),
    entry('/san-pham/', 10, 'lists'),
    entry('/san-pham/trang/2/', 10, 'further-lists'),
  ];
  const kept = (plan: ReturnType<typeof planLanguage>) => plan.pack.map((e) => e.url);

  it('keeps everything when the copy fits its budget, and offers nothing on request', () => {
    const plan = planLanguage(shell, candidates, 1000);
    expect(kept(plan)).toEqual(candidates.map((c) => c.url));
    expect(plan.sets).toEqual({ search: [], lists: [] });
    expect(plan.byDistrict).toEqual([]);
  });

  it('fills the pack in order of priority, skipping what does not fit, the search index whole or not at all', () => {
    // 10 shell + 20 start = 30; room for 70 more: sales points list (30), district a (20), not b (40),
    // c (20): 100 reached; nothing else fits.
    const plan = planLanguage(shell, candidates, 100);
    expect(kept(plan)).toEqual(['/', '/tim-kiem/', '/diem-ban/', '/dia-phuong/a/', '/dia-phuong/c/']);
    expect(plan.byDistrict.map((e) => e.url)).toEqual(['/dia-phuong/b/', '/diem-ban/x/']);
    expect(plan.sets.search.map((e) => e.url)).toEqual(['/pagefind/index/vi_1.pf_index', '/pagefind/fragment/vi_2.pf_fragment']);
    expect(plan.sets.lists.map((e) => e.url)).toEqual(['/san-pham/', '/san-pham/trang/2/']);
    expect(automaticCopyBytes({ shell, packs: { vi: plan.pack, en: [] } }, 'vi')).toBe(100);
    // A smaller page later in the order still goes in when a bigger one before it did not fit.
    const plan2 = planLanguage(shell, candidates, 95);
    expect(kept(plan2)).toEqual(['/', '/tim-kiem/', '/diem-ban/', '/dia-phuong/a/', '/diem-ban/x/']);
    expect(plan2.byDistrict.map((e) => e.url)).toEqual(['/dia-phuong/b/', '/dia-phuong/c/']);
    // Part of an index finds nothing: 30 of room would hold one of its files, never just one.
    const plan3 = planLanguage(shell, candidates.filter((c) => c.tier !== 'districts'), 99);
    expect(kept(plan3).filter((u) => u.startsWith('/pagefind/'))).toEqual([]);
    expect(kept(planLanguage(shell, candidates.filter((c) => c.tier !== 'districts'), 100)).filter((u) => u.startsWith('/pagefind/'))).toHaveLength(2);
  });

  it('reports each step: what it kept, what it left out and where that can be saved', () => {
    const plan = planLanguage(shell, candidates, 100);
    const byTier = Object.fromEntries(plan.tiers.map((t) => [t.tier, t]));
    expect(byTier.districts).toEqual({ tier: 'districts', kept: { files: 2, bytes: 40 }, leftOut: { files: 1, bytes: 40 }, savedWith: 'district' });
    expect(byTier.search!.savedWith).toBe('search');
    expect(byTier['further-lists']!.savedWith).toBe('lists');
    expect(byTier.start!.leftOut.files).toBe(0);
  });

  it('always keeps the start pages, even over the budget', () => {
    const plan = planLanguage(shell, candidates, 5);
    expect(kept(plan)).toEqual(['/', '/tim-kiem/']);
    expect(plan.byDistrict.length + plan.sets.search.length + plan.sets.lists.length).toBe(candidates.length - 2);
  });

  it('stays within 5 MB at the country’s scale: 700 districts, 2,100 sales points, a 40 MB index', () => {
    const big: (OfflineEntry & { tier: OfflineTier })[] = [
      entry('/', 47_000, 'start'),
      entry('/tim-kiem/', 59_000, 'start'),
      entry('/dia-phuong/', 490_000, 'start'),
      entry('/diem-ban/', 5_600_000, 'places'),
      ...Array.from({ length: 700 }, (_, i) => entry(`/dia-phuong/d${i}/`, 45_000 + (i % 7) * 3_000, 'districts')),
      ...Array.from({ length: 2100 }, (_, i) => entry(`/diem-ban/s${i}/`, 28_000, 'sales-points')),
      ...Array.from({ length: 20_000 }, (_, i) => entry(`/pagefind/fragment/vi_${i}.pf_fragment`, 2_000, 'search')),
      ...Array.from({ length: 800 }, (_, i) => entry(`/san-pham/trang/${i + 2}/`, 57_000, 'further-lists')),
    ];
    const bigShell: OfflineEntry[] = [{ url: '/a.css', revision: 'r', bytes: 400_000 }];
    const plan = planLanguage(bigShell, big);
    const bytes = automaticCopyBytes({ shell: bigShell, packs: { vi: plan.pack, en: [] } }, 'vi');
    expect(bytes).toBeLessThanOrEqual(OFFLINE_COPY_BUDGET_BYTES);
    // The start pages, then as many district pages as fit; the rest is saved on request.
    expect(kept(plan).slice(0, 3)).toEqual(['/', '/tim-kiem/', '/dia-phuong/']);
    expect(kept(plan).filter((u) => /^\/dia-phuong\/d/.test(u)).length).toBeGreaterThan(50);
    expect(plan.sets.search).toHaveLength(20_000);
    expect(plan.sets.lists.map((e) => e.url)).toContain('/diem-ban/');
    expect(plan.pack.length + plan.byDistrict.length + plan.sets.search.length + plan.sets.lists.length).toBe(big.length);
    expect(OFFLINE_TIERS[0]).toBe('start');
  });

  it('counts the automatic copy of a language as the shell plus that language’s pack', () => {
    const entry = (url: string, bytes: number) => ({ url, revision: 'r', bytes });
    const manifest = { shell: [entry('/a.css', 10)], packs: { vi: [entry('/', 100)], en: [entry('/en/', 1000), entry('/en/x/', 1)] } };
    expect(automaticCopyBytes(manifest, 'vi')).toBe(110);
    expect(automaticCopyBytes(manifest, 'en')).toBe(1011);
  });
});
