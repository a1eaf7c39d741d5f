// The quality tests' pages come from the build's own route patterns (tests/helpers/route-patterns.ts):
// records of one kind make one pattern, fixed pages each make their own, and a kind of page nobody
// listed anywhere is a pattern of its own the day it is built.
import { describe, expect, it } from 'vitest';
import { headFacts, routePatterns, shapeOf, shapeRegExp, type PageFacts } from '../../helpers/route-patterns';
import { localeOf, type Locale } from '../../../src/lib/pages/routes';

/** A page and its other-language version, as a build writes them (each names the other in hreflang). */
function pair(vi: string, en: string, redirects = false): PageFacts[] {
  const alternates = { vi, en };
  return [
    { url: vi, locale: 'vi', alternates, redirects },
    { url: en, locale: 'en', alternates, redirects },
  ];
}
const alone = (url: string): PageFacts => ({ url, locale: localeOf(url) as Locale, alternates: {}, redirects: false });

const SITE: PageFacts[] = [
  ...pair('/', '/en/'),
  ...pair('/tim-kiem/', '/en/search/'),
  ...pair('/ban-do/', '/en/map/'),
  ...pair('/san-pham/', '/en/products/'),
  ...pair('/san-pham/trang/2/', '/en/products/page/2/'),
  ...pair('/san-pham/trang/3/', '/en/products/page/3/'),
  ...pair('/san-pham/nuoc-mam-a/', '/en/products/nuoc-mam-a/'),
  ...pair('/san-pham/tra-b/', '/en/products/tra-b/'),
  ...pair('/san-pham/4-sao/', '/en/products/4-stars/'),
  ...pair('/san-pham/5-sao/', '/en/products/5-stars/'),
  ...pair('/san-pham/ten-cu/', '/en/products/ten-cu/', true),
  ...pair('/dia-phuong/hoi-an/', '/en/districts/hoi-an/'),
  alone('/404.html'),
  alone('/en/404/'),
];

const keys = (pages: PageFacts[]) => routePatterns(pages).map((r) => r.key);

describe('route patterns of a build', () => {
  it('makes one pattern of each kind of page, in both languages', () => {
    expect(keys(SITE)).toEqual([
      '- /en/404/',
      '/ /en/',
      '/404.html -',
      '/ban-do/ /en/map/',
      '/dia-phuong/*/ /en/districts/*/',
      '/san-pham/ /en/products/',
      '/san-pham/*-sao/ /en/products/*-stars/',
      '/san-pham/*/ /en/products/*/',
      '/san-pham/*/ /en/products/*/ (opens another page)',
      '/san-pham/trang/*/ /en/products/page/*/',
      '/tim-kiem/ /en/search/',
    ]);
    const products = routePatterns(SITE).find((r) => r.key === '/san-pham/*/ /en/products/*/')!;
    expect(products.pages.vi.map((p) => p.url)).toEqual(['/san-pham/nuoc-mam-a/', '/san-pham/tra-b/']);
    expect(products.pages.en.map((p) => p.url)).toEqual(['/en/products/nuoc-mam-a/', '/en/products/tra-b/']);
  });

  it('gives a new kind of page its own pattern without being told about it', () => {
    const before = keys(SITE);
    const after = keys([...SITE, ...pair('/mua-o-dau/', '/en/where-to-buy/'), ...pair('/lang-nghe/thanh-ha/', '/en/craft-villages/thanh-ha/')]);
    expect(after.filter((k) => !before.includes(k))).toEqual(['/lang-nghe/*/ /en/craft-villages/*/', '/mua-o-dau/ /en/where-to-buy/']);
  });

  it('puts a page without an other-language version into the pattern its address matches', () => {
    const routes = routePatterns([...SITE, alone('/san-pham/chi-tieng-viet/')]);
    expect(routes.length).toBe(routePatterns(SITE).length);
    expect(routes.find((r) => r.key === '/san-pham/*/ /en/products/*/')!.pages.vi.map((p) => p.url)).toContain('/san-pham/chi-tieng-viet/');
  });

  it('tells parameters from fixed words by comparing the two languages', () => {
    expect(shapeOf('/en/products/4-stars/page/2/', '/san-pham/4-sao/trang/2/')).toBe('/en/products/*-stars/page/*/');
    expect(shapeOf('/dia-phuong/hoi-an/', '/en/districts/hoi-an/')).toBe('/dia-phuong/*/');
    expect(shapeOf('/404.html', undefined)).toBe('/404.html');
    expect(shapeRegExp('/san-pham/*-sao/').test('/san-pham/3-sao/')).toBe(true);
    expect(shapeRegExp('/san-pham/*/').test('/san-pham/3-sao/trang/2/')).toBe(false);
  });

  it('reads a page head for its language versions and a meta refresh', () => {
    const head =
      '<html lang="vi"><head><link rel="alternate" hreflang="vi" href="https://x.example/san-pham/a/"><link rel="alternate" hreflang="en" href="https://x.example/en/products/a/">' +
      '<link rel="alternate" hreflang="x-default" href="https://x.example/san-pham/a/"><link rel="alternate" type="application/atom+xml" href="/chung-nhan.atom"></head><body><meta http-equiv="refresh" content="0"></body>';
    expect(headFacts(head)).toEqual({ alternates: { vi: '/san-pham/a/', en: '/en/products/a/' }, redirects: false });
    expect(headFacts('<head><meta http-equiv="refresh" content="0; url=/san-pham/b/"></head>').redirects).toBe(true);
  });
});
