// Which built files the service worker keeps for use offline: src/lib/offline-plan.ts.
import { describe, expect, it } from 'vitest';
import { automaticCopyBytes, fitToBudget, groupOfflineFiles, isFurtherListPage, localeOfUrl, urlOfFile } from '../../src/lib/offline-plan';

const LANGUAGES = { en: { hash: 'en_6f1b97d57d', wasm: 'en' }, vi: { hash: 'vi_f717574a2f', wasm: null } };

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
  'en/districts/hoi-an/index.html',
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
];

describe('offline plan', () => {
  const groups = groupOfflineFiles(FILES.map(urlOfFile), LANGUAGES);

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
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.js',
    ]);
  });

  it('keeps in the Vietnamese pack its home, search, district, sales point and list pages and its own search index', () => {
    expect(groups.packs.vi).toEqual([
      '/',
      '/chu-the/',
      '/danh-muc/thuc-pham/',
      '/dia-phuong/',
      '/dia-phuong/hoi-an/',
      '/diem-ban/',
      '/diem-ban/cho-phien-hoi-an/',
      '/pagefind/filter/vi_555.pf_filter',
      '/pagefind/fragment/vi_333.pf_fragment',
      '/pagefind/index/vi_111.pf_index',
      '/pagefind/pagefind.vi_f717574a2f.pf_meta',
      '/pagefind/wasm.unknown.pagefind',
      '/san-pham/',
      '/san-pham/3-sao/',
      '/san-pham/3-sao/trang/2/',
      '/san-pham/trang/2/',
      '/thuat-ngu/',
      '/tim-kiem/',
    ]);
  });

  it('keeps the English pack apart, with English pages and index only', () => {
    expect(groups.packs.en).toEqual([
      '/en/',
      '/en/districts/hoi-an/',
      '/en/products/',
      '/en/products/4-stars/',
      '/en/products/page/2/',
      '/en/search/',
      '/pagefind/fragment/en_444.pf_fragment',
      '/pagefind/index/en_222.pf_index',
      '/pagefind/pagefind.en_6f1b97d57d.pf_meta',
      '/pagefind/wasm.en.pagefind',
    ]);
  });

  it('leaves product and producer pages, the worker itself and downloads to be fetched when wanted', () => {
    const kept = [...groups.shell, ...groups.packs.vi, ...groups.packs.en];
    for (const url of ['/_astro/photo.ccc.webp', '/_astro/photo.ddd.jpg', '/_astro/marker-icon.eee.png', '/san-pham/nuoc-mam-cua-dai/', '/en/products/nuoc-mam-cua-dai/', '/chu-the/htx-cua-dai/', '/sw.js', '/data/san-pham.csv', '/thong-ke/', '/404.html', '/pagefind/pagefind-ui.js', '/san-pham/nuoc-mam-cua-dai/qr.svg', '/dia-phuong/hoi-an/offline.json']) {
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

  it('leaves out further list pages, and only them, of a language whose copy exceeds the budget', () => {
    const entry = (url: string, bytes: number) => ({ url, revision: 'r', bytes });
    const manifest = {
      shell: [entry('/a.css', 10)],
      packs: {
        vi: [entry('/', 10), entry('/san-pham/', 30), entry('/san-pham/trang/2/', 30), entry('/san-pham/trang/3/', 30), entry('/dia-phuong/x/', 30)],
        en: [entry('/en/', 10), entry('/en/products/page/2/', 30)],
      },
    };
    expect(fitToBudget(manifest, 100)).toEqual({ vi: 2, en: 0 });
    expect(manifest.packs.vi.map((e) => e.url)).toEqual(['/', '/san-pham/', '/dia-phuong/x/']);
    expect(manifest.packs.en.map((e) => e.url)).toEqual(['/en/', '/en/products/page/2/']);
    // Still over budget: district pages are never dropped, the copy stays over and is reported.
    expect(fitToBudget(manifest, 20)).toEqual({ vi: 0, en: 1 });
    expect(manifest.packs.vi.map((e) => e.url)).toEqual(['/', '/san-pham/', '/dia-phuong/x/']);
  });

  it('counts the automatic copy of a language as the shell plus that language’s pack', () => {
    const entry = (url: string, bytes: number) => ({ url, revision: 'r', bytes });
    const manifest = { shell: [entry('/a.css', 10)], packs: { vi: [entry('/', 100)], en: [entry('/en/', 1000), entry('/en/x/', 1)] } };
    expect(automaticCopyBytes(manifest, 'vi')).toBe(110);
    expect(automaticCopyBytes(manifest, 'en')).toBe(1011);
  });
});
