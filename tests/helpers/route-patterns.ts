// The route patterns of a built site, found in the build itself, and one page of each in each language:
// the pages the quality tests (HTML validity, Nu checker, accessibility, 360 px phone…) check. Nothing
// here lists page types by hand, so a new kind of page is tested the day it is built.
//
// How a pattern is found: every page names its other-language version (its hreflang links, the same
// ones the sitemap carries). Addresses differ between languages only in their fixed words
// (/san-pham/x/ ↔ /en/products/x/), while record slugs and page numbers are the same in both; so a
// path segment equal in both versions is a parameter (*), and one that differs is a fixed word, whose
// digits are parameters too (/san-pham/4-sao/ ↔ /en/products/4-stars/ gives /san-pham/*-sao/).
// A page with no other-language version (the not-found pages) joins the pattern its address matches,
// or is a pattern of its own. A page that opens another at once (a record's former address, with a
// meta refresh) is a pattern of its own too: it shares its address's shape with the record pages.
import fs from 'node:fs';
import path from 'node:path';
import { LOCALES, type Locale } from '../../src/lib/pages/routes';

export interface PageFacts {
  /** URL path on the site: '/', '/en/products/x/', '/404.html'. */
  url: string;
  locale: Locale;
  /** The page's own hreflang links, as URL paths (x-default left out). */
  alternates: Partial<Record<Locale, string>>;
  /** Opens another page at once (meta refresh): a record's former address. */
  redirects: boolean;
}

export interface BuiltPage extends PageFacts {
  /** Absolute path of the HTML file in dist/. */
  file: string;
}

export interface RoutePattern<P extends PageFacts = PageFacts> {
  /** Stable identity: the pattern in each language, and whether its pages open another. */
  key: string;
  /** '/san-pham/*' style pattern per language that has pages of it. */
  shapes: Partial<Record<Locale, string>>;
  redirects: boolean;
  pages: Record<Locale, P[]>;
}

export function localeOfUrl(url: string): Locale {
  return url === '/en' || url.startsWith('/en/') ? 'en' : 'vi';
}

const PREFIX: Record<Locale, string> = { vi: '', en: '/en' };
const withoutPrefix = (url: string, locale: Locale) => url.slice(PREFIX[locale].length) || '/';

/** The pattern of `url` in its language, given the address of the same page in the other language. */
export function shapeOf(url: string, other: string | undefined): string {
  if (other === undefined) return url;
  const locale = localeOfUrl(url);
  const own = withoutPrefix(url, locale).split('/');
  const theirs = withoutPrefix(other, localeOfUrl(other)).split('/');
  const sameDepth = own.length === theirs.length;
  const segments = own.map((segment, i) => {
    if (segment === '') return segment;
    if (sameDepth && segment === theirs[i]) return '*';
    return segment.replace(/[0-9]+/g, '*');
  });
  return PREFIX[locale] + segments.join('/');
}

/** A pattern as a regular expression over URL paths ('*' is one or more characters other than '/'). */
export function shapeRegExp(shape: string): RegExp {
  return new RegExp(`^${shape.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);
}

const otherLocale = (l: Locale): Locale => (l === 'vi' ? 'en' : 'vi');

/** Groups pages into route patterns, sorted by key. */
export function routePatterns<P extends PageFacts>(pages: readonly P[]): RoutePattern<P>[] {
  const routes = new Map<string, RoutePattern<P>>();
  const add = (page: P, shapes: Partial<Record<Locale, string>>) => {
    const key = `${LOCALES.map((l) => shapes[l] ?? '-').join(' ')}${page.redirects ? ' (opens another page)' : ''}`;
    let route = routes.get(key);
    if (!route) {
      route = { key, shapes, redirects: page.redirects, pages: { vi: [], en: [] } };
      routes.set(key, route);
    }
    route.pages[page.locale].push(page);
  };

  const alone: P[] = [];
  for (const page of pages) {
    const other = page.alternates[otherLocale(page.locale)];
    if (other === undefined) {
      alone.push(page);
      continue;
    }
    add(page, { [page.locale]: shapeOf(page.url, other), [otherLocale(page.locale)]: shapeOf(other, page.url) });
  }
  // Pages without a version in the other language: into the pattern their address matches, if any.
  const known = [...routes.values()];
  for (const page of alone) {
    const route = known.find((r) => r.redirects === page.redirects && r.shapes[page.locale] !== undefined && shapeRegExp(r.shapes[page.locale]!).test(page.url));
    if (route) route.pages[page.locale].push(page);
    else add(page, { [page.locale]: page.url });
  }
  return [...routes.values()].sort((a, b) => a.key.localeCompare(b.key));
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

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];

/** What a page's <head> says about it: its hreflang links and whether it opens another page at once. */
export function headFacts(html: string): Pick<PageFacts, 'alternates' | 'redirects'> {
  const end = html.indexOf('</head>');
  const head = end < 0 ? html : html.slice(0, end);
  const alternates: Partial<Record<Locale, string>> = {};
  for (const [tag] of head.matchAll(/<link\s[^>]*>/gi)) {
    if (attribute(tag, 'rel') !== 'alternate') continue;
    const lang = attribute(tag, 'hreflang');
    const href = attribute(tag, 'href');
    if (href && (LOCALES as readonly string[]).includes(lang ?? '')) alternates[lang as Locale] = new URL(href, 'https://site.invalid').pathname;
  }
  const redirects = /<meta\s[^>]*http-equiv="refresh"/i.test(head);
  return { alternates, redirects };
}

const pagesCache = new Map<string, BuiltPage[]>();

/** Every page of a build (admin/ and Pagefind's files left out), read once per test file. */
export function builtPages(outDir: string): BuiltPage[] {
  let pages = pagesCache.get(outDir);
  if (!pages) {
    pages = htmlFiles(outDir).map((rel) => {
      const url = urlOfFile(rel);
      const file = path.join(outDir, rel);
      return { url, file, locale: localeOfUrl(url), ...headFacts(fs.readFileSync(file, 'utf8')) };
    });
    pagesCache.set(outDir, pages);
  }
  return pages;
}

/** The built pages of one pattern in one language, e.g. pagesOfShape(dist, paths.product('vi', '*')). */
export function pagesOfShape(outDir: string, shape: string): BuiltPage[] {
  const locale = localeOfUrl(shape);
  return routePatterns(builtPages(outDir)).flatMap((r) => (r.shapes[locale] === shape && !r.redirects ? r.pages[locale] : []));
}

export interface Representative {
  route: RoutePattern<BuiltPage>;
  locale: Locale;
  /** The pattern in this language: '/san-pham/*' style. */
  shape: string;
  page: BuiltPage;
  /** A readable test name: '/en/products/* (en) /en/products/x/'. */
  name: string;
}

/**
 * One page per route pattern and language. The largest file of a pattern is taken: the richest
 * example (most sections, images, certificates…) exercises the most markup, and the choice is stable.
 */
export function representativePages(outDir: string): Representative[] {
  const size = (p: BuiltPage) => fs.statSync(p.file).size;
  return routePatterns(builtPages(outDir)).flatMap((route) =>
    LOCALES.flatMap((locale) => {
      const page = [...route.pages[locale]].sort((a, b) => size(b) - size(a) || a.url.localeCompare(b.url))[0];
      if (!page) return [];
      const shape = route.shapes[locale]!;
      return [{ route, locale, shape, page, name: `${shape}${route.redirects ? ' (former address, opens another page)' : ''} (${locale}) ${page.url}` }];
    }),
  );
}
