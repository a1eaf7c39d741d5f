// The page types of the site and one representative built page of each, in both languages.
// The list below is the explicit coverage target of the a11y, HTML-validity and CSP tests: a type
// that is not built yet is reported as skipped (by name), and is tested as soon as a page exists.
// URL patterns come from src/lib/routes.ts (paths.*), so they follow any change of address.
import fs from 'node:fs';
import path from 'node:path';
import { LOCALES, paths, type Locale } from '../../src/lib/routes';

export type PageTypeId =
  | 'home'
  | 'products'
  | 'products-page'
  | 'star-level'
  | 'star-level-page'
  | 'product'
  | 'category'
  | 'category-page'
  | 'producers'
  | 'producer'
  | 'districts'
  | 'district'
  | 'district-products'
  | 'district-products-page'
  | 'sales-points'
  | 'sales-point'
  | 'suppliers'
  | 'supplier-group'
  | 'search'
  | 'statistics'
  | 'data'
  | 'glossary'
  | 'about'
  | 'map'
  | 'print'
  | 'offline'
  | 'not-found'
  | 'moved';

export interface PageType {
  id: PageTypeId;
  label: string;
  /** Matches the URL path of a built page of this type in the given language. */
  pattern(locale: Locale): RegExp;
}

// Placeholders fed to paths.* and turned into regular-expression pieces afterwards.
const SLUG = 'zzslugzz';
const PAGE = 9999;
const STARS = 7;

function fromPath(sample: string): RegExp {
  const escaped = sample
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(SLUG, '[^/]+')
    .replace(String(PAGE), '[0-9]+')
    .replace(new RegExp(`/${STARS}-`), '/[0-9]-');
  return new RegExp(`^${escaped}$`);
}

const type = (id: PageTypeId, label: string, sample: (l: Locale) => string): PageType => ({
  id,
  label,
  pattern: (l) => fromPath(sample(l)),
});

/**
 * Every page type, most specific first (the first match classifies a page): star levels and
 * paging pages live under the products path, so they come before the product pattern.
 */
export const PAGE_TYPES: readonly PageType[] = [
  type('home', 'home page', (l) => paths.home(l)),
  {
    id: 'not-found',
    label: '404 page',
    // Astro writes src/pages/404.astro to /404.html and src/pages/en/404.astro to /en/404/index.html.
    pattern: (l) => new RegExp(`^${paths.notFound(l).replace(/\.html$/, '').replace(/\./g, '\\.')}(\\.html|/)$`),
  },
  type('search', 'search page', (l) => paths.search(l)),
  type('statistics', 'statistics page', (l) => paths.statistics(l)),
  type('data', 'open data page', (l) => paths.data(l)),
  type('glossary', 'glossary page', (l) => paths.glossary(l)),
  type('about', 'about page', (l) => paths.about(l)),
  type('map', 'map of producers and sales points', (l) => paths.map(l)),
  type('print', 'printable list', (l) => paths.print(l)),
  type('offline', 'offline page', (l) => paths.offline(l)),
  type('star-level-page', 'star level list, page 2+', (l) => paths.starLevel(l, STARS, PAGE)),
  type('star-level', 'star level list', (l) => paths.starLevel(l, STARS)),
  type('products-page', 'products list, page 2+', (l) => paths.products(l, PAGE)),
  type('products', 'products list', (l) => paths.products(l)),
  type('product', 'product page', (l) => paths.product(l, SLUG)),
  type('category-page', 'product set/category list, page 2+', (l) => paths.category(l, SLUG, PAGE)),
  type('category', 'product set/category', (l) => paths.category(l, SLUG)),
  type('producers', 'producers list', (l) => paths.producers(l)),
  type('producer', 'producer page', (l) => paths.producer(l, SLUG)),
  type('districts', 'districts list', (l) => paths.districts(l)),
  type('district', 'district page', (l) => paths.district(l, SLUG)),
  type('district-products-page', 'a district’s product list, page 2+', (l) => paths.districtProducts(l, SLUG, PAGE)),
  type('district-products', 'a district’s product list', (l) => paths.districtProducts(l, SLUG)),
  type('sales-points', 'sales points list', (l) => paths.salesPoints(l)),
  type('sales-point', 'sales point page', (l) => paths.salesPoint(l, SLUG)),
  type('suppliers', 'supplier directory', (l) => paths.suppliers(l)),
  type('supplier-group', 'supplier directory, one product group', (l) => paths.supplierGroup(l, SLUG)),
  {
    id: 'moved',
    label: 'former address of a product or producer',
    // Its address looks like any product's or producer's, which match first: builtPages tells it
    // apart by its content (MOVED_MARK). The pattern names it when no such page is built.
    pattern: (l) => new RegExp(`${fromPath(paths.product(l, SLUG)).source}|${fromPath(paths.producer(l, SLUG)).source}`),
  },
];

/** What a record's former address (formerSlugs, src/views/MovedPage.astro) has and no record page has. */
const MOVED_MARK = '<meta http-equiv="refresh"';

export interface BuiltPage {
  /** URL path on the site: '/', '/en/products/x/', '/404.html'. */
  url: string;
  /** Absolute path of the HTML file in dist/. */
  file: string;
  locale: Locale;
  /** undefined when no page type matches: see unclassifiedPages(). */
  type?: PageTypeId;
}

export function localeOfUrl(url: string): Locale {
  return url === '/en' || url.startsWith('/en/') ? 'en' : 'vi';
}

export function classify(url: string): PageTypeId | undefined {
  const locale = localeOfUrl(url);
  return PAGE_TYPES.find((t) => t.pattern(locale).test(url))?.id;
}

/** Every .html file of a build, relative paths sorted; Pagefind's folder holds none that are pages. */
export function htmlFiles(outDir: string): string[] {
  if (!fs.existsSync(outDir)) throw new Error(`no build at ${outDir}: run the tests without SKIP_BUILD=1 first.`);
  return (fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[])
    // admin/ is the content editor (scripts/cms), not a page of the catalogue: tests/build/cms.test.ts covers it.
    .filter((f) => f.endsWith('.html') && !f.split(path.sep).includes('pagefind') && f.split(path.sep)[0] !== 'admin')
    .sort();
}

/** The URL path a static host serves a built file at. */
export function urlOfFile(relative: string): string {
  const posix = `/${relative.split(path.sep).join('/')}`;
  return posix.endsWith('/index.html') ? posix.slice(0, -'index.html'.length) : posix;
}

export function builtPages(outDir: string): BuiltPage[] {
  return htmlFiles(outDir).map((rel) => {
    const url = urlOfFile(rel);
    const file = path.join(outDir, rel);
    let type = classify(url);
    if ((type === 'product' || type === 'producer') && fs.readFileSync(file, 'utf8').includes(MOVED_MARK)) type = 'moved';
    return { url, file, locale: localeOfUrl(url), type };
  });
}

/** Built pages that match no page type: a new kind of page the quality tests do not know yet. */
export function unclassifiedPages(outDir: string): BuiltPage[] {
  return builtPages(outDir).filter((p) => !p.type);
}

export interface Representative {
  type: PageType;
  locale: Locale;
  /** undefined when the build has no page of this type in this language (yet). */
  page?: BuiltPage;
  /** A readable test name: 'product page (en) /en/products/x/'. */
  name: string;
}

/**
 * One page per page type and language. The largest file of a type is taken: the richest example
 * (most sections, images, certificates…) exercises the most markup, and the choice is stable.
 */
export function representativePages(outDir: string): Representative[] {
  const pages = builtPages(outDir);
  const size = (p: BuiltPage) => fs.statSync(p.file).size;
  const out: Representative[] = [];
  for (const t of PAGE_TYPES) {
    for (const locale of LOCALES) {
      const candidates = pages.filter((p) => p.type === t.id && p.locale === locale);
      const page = candidates.sort((a, b) => size(b) - size(a) || a.url.localeCompare(b.url))[0];
      out.push({
        type: t,
        locale,
        page,
        name: page ? `${t.label} (${locale}) ${page.url}` : `${t.label} (${locale}): not built yet, no page matches ${t.pattern(locale)}`,
      });
    }
  }
  return out;
}
