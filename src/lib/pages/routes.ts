// Every address of the site, in both languages. Vietnamese at the root, English under /en/,
// with the same record slugs; only the fixed path segments are translated.

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

const SEGMENTS = {
  vi: {
    products: 'san-pham',
    producers: 'chu-the',
    districts: 'dia-phuong',
    salesPoints: 'diem-ban',
    categories: 'danh-muc',
    search: 'tim-kiem',
    statistics: 'thong-ke',
    data: 'du-lieu',
    print: 'in',
    suppliers: 'nha-cung-cap',
    glossary: 'thuat-ngu',
    map: 'ban-do',
    page: 'trang',
    stars: 'sao',
    offline: 'ngoai-tuyen',
    about: 'gioi-thieu',
    lists: 'danh-sach',
  },
  en: {
    products: 'products',
    producers: 'producers',
    districts: 'districts',
    salesPoints: 'sales-points',
    categories: 'categories',
    search: 'search',
    statistics: 'statistics',
    data: 'data',
    print: 'print',
    suppliers: 'suppliers',
    glossary: 'glossary',
    map: 'map',
    page: 'page',
    stars: 'stars',
    offline: 'offline',
    about: 'about',
    lists: 'lists',
  },
} as const;

/** Product slugs that would collide with listing pages under /san-pham/ or /en/products/. */
export const RESERVED_PRODUCT_SLUGS = ['trang', 'page', '3-sao', '4-sao', '5-sao', '3-stars', '4-stars', '5-stars'];

// .atom: the extension every static host (GitHub Pages, nginx, astro preview…) serves as application/atom+xml.
const FEED_FILE: Record<Locale, string> = { vi: 'chung-nhan.atom', en: 'certificates.atom' };

const prefix = (locale: Locale) => (locale === DEFAULT_LOCALE ? '/' : `/${locale}/`);
const seg = (locale: Locale) => SEGMENTS[locale];

export const paths = {
  home: (l: Locale) => prefix(l),
  products: (l: Locale, page = 1) => `${prefix(l)}${seg(l).products}/${page > 1 ? `${seg(l).page}/${page}/` : ''}`,
  product: (l: Locale, slug: string) => `${prefix(l)}${seg(l).products}/${slug}/`,
  productQr: (slug: string) => `/${SEGMENTS.vi.products}/${slug}/qr.svg`,
  starLevel: (l: Locale, stars: number, page = 1) =>
    `${prefix(l)}${seg(l).products}/${stars}-${seg(l).stars}/${page > 1 ? `${seg(l).page}/${page}/` : ''}`,
  category: (l: Locale, slug: string, page = 1) =>
    `${prefix(l)}${seg(l).categories}/${slug}/${page > 1 ? `${seg(l).page}/${page}/` : ''}`,
  producers: (l: Locale) => `${prefix(l)}${seg(l).producers}/`,
  producer: (l: Locale, slug: string) => `${prefix(l)}${seg(l).producers}/${slug}/`,
  districts: (l: Locale) => `${prefix(l)}${seg(l).districts}/`,
  district: (l: Locale, slug: string) => `${prefix(l)}${seg(l).districts}/${slug}/`,
  /** A district's full product list, paginated (only for a district with more products than its page shows). */
  districtProducts: (l: Locale, slug: string, page = 1) =>
    `${prefix(l)}${seg(l).districts}/${slug}/${seg(l).products}/${page > 1 ? `${seg(l).page}/${page}/` : ''}`,
  salesPoints: (l: Locale) => `${prefix(l)}${seg(l).salesPoints}/`,
  salesPoint: (l: Locale, slug: string) => `${prefix(l)}${seg(l).salesPoints}/${slug}/`,
  search: (l: Locale) => `${prefix(l)}${seg(l).search}/`,
  /** The records' names the search page looks through for "Did you mean …" (JSON), one per language. */
  searchNames: (l: Locale) => `${prefix(l)}${seg(l).search}/names.json`,
  statistics: (l: Locale) => `${prefix(l)}${seg(l).statistics}/`,
  data: (l: Locale) => `${prefix(l)}${seg(l).data}/`,
  print: (l: Locale) => `${prefix(l)}${seg(l).print}/`,
  suppliers: (l: Locale) => `${prefix(l)}${seg(l).suppliers}/`,
  supplierGroup: (l: Locale, group: string) => `${prefix(l)}${seg(l).suppliers}/${group}/`,
  glossary: (l: Locale) => `${prefix(l)}${seg(l).glossary}/`,
  about: (l: Locale) => `${prefix(l)}${seg(l).about}/`,
  /** Atom feeds of certificate events: the whole province, and one district. */
  feed: (l: Locale) => `${prefix(l)}${FEED_FILE[l]}`,
  districtFeed: (l: Locale, slug: string) => `${prefix(l)}${seg(l).districts}/${slug}/${FEED_FILE[l]}`,
  /** The map of producers and sales points; `place` ("producer/<id>") opens it on one marker. */
  map: (l: Locale, place?: string) => `${prefix(l)}${seg(l).map}/${place ? `?${new URLSearchParams({ p: place })}` : ''}`,
  notFound: (l: Locale) => `${prefix(l)}404.html`,
  /** What works without a connection: the service worker's answer to a page it does not hold. */
  offline: (l: Locale) => `${prefix(l)}${seg(l).offline}/`,
  /** The product and producer pages a district's "save for offline" button stores (JSON). */
  districtOfflineList: (l: Locale, slug: string) => `${prefix(l)}${seg(l).districts}/${slug}/offline.json`,
  /** The files of a set saved for offline on request (the search index, the list pages), with their sizes (JSON). */
  offlineSet: (l: Locale, set: 'search' | 'lists') => `${prefix(l)}${seg(l).offline}/${seg(l)[set]}.json`,
  /** The web app manifest of one language (installing the site starts at that language's home page). */
  webAppManifest: (l: Locale) => `${prefix(l)}manifest.webmanifest`,
  /** The service worker: one for both languages, at the root so its scope is the whole site. */
  serviceWorker: () => '/sw.js',
  /** App icons made from public/favicon.svg after the build ('any' and 'maskable'). */
  appIcon: (size: 192 | 512, purpose: 'any' | 'maskable' = 'any') => `/icons/${purpose === 'maskable' ? 'maskable' : 'icon'}-${size}.png`,
};

/** The same page in the other language: swaps the prefix and the fixed segments, keeps the slugs. */
export function alternatePath(path: string, to: Locale): string {
  const from: Locale = path === '/en' || path.startsWith('/en/') ? 'en' : 'vi';
  if (from === to) return path;
  const rest = from === 'en' ? path.replace(/^\/en/, '') || '/' : path;
  const parts = rest.split('/');
  const mapped = parts.map((part) => {
    const m = /^(\d)-(sao|stars)$/.exec(part);
    if (m) return `${m[1]}-${SEGMENTS[to].stars}`;
    const key = (Object.keys(SEGMENTS[from]) as (keyof (typeof SEGMENTS)['vi'])[]).find((k) => SEGMENTS[from][k] === part);
    return key ? SEGMENTS[to][key] : part;
  });
  // Only the first segment (and paging/star segments, and the products of a district's list) are
  // fixed words; record slugs pass unchanged because mapping happens only on exact segment matches at
  // known positions.
  const fixed = (i: number) =>
    i === 1 || /^(trang|page|\d-(sao|stars))$/.test(parts[i] ?? '') || (i === 3 && parts[1] === SEGMENTS[from].districts && parts[3] === SEGMENTS[from].products);
  const out = mapped.map((part, i) => (fixed(i) ? part : parts[i])).join('/');
  return to === DEFAULT_LOCALE ? out : `/${to}${out}`;
}

export function localeOf(path: string): Locale {
  return path === '/en' || path.startsWith('/en/') ? 'en' : 'vi';
}
