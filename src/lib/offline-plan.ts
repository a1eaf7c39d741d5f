// Which built files the service worker keeps for use without a connection, decided from the list
// of files in dist/ (after the Pagefind index is written):
// - the shell, stored when the worker installs: bundled styles, scripts and fonts, the icons,
//   the manifests, the offline page of each language, and Pagefind's own script and entry file;
// - one pack per language, stored on the first visit in that language: the home page, the search
//   page and its names list, every district and sales point page, the list pages, and that
//   language's Pagefind files.
// Product and producer pages are in no pack: they are kept when visited, or when a district is saved.
// Neither are images (photos are kept with the pages that show them). When a language's automatic
// copy would exceed the budget, the further pages of the lists (page 2 onwards, which search
// and the district pages cover) are left out first: see fitToBudget.
import { LOCALES, paths, type Locale } from './routes';

export interface OfflineEntry {
  /** Site path ('/dia-phuong/hoi-an/', '/pagefind/index/vi_1a2b.pf_index'). */
  url: string;
  /** Content hash: an entry whose revision has not changed is copied, not downloaded, on an update. */
  revision: string;
  bytes: number;
}

export interface OfflineManifest {
  /** One hash of every entry: the worker's caches are named by it. */
  version: string;
  shell: OfflineEntry[];
  packs: Record<Locale, OfflineEntry[]>;
  /** The page a navigation gets when neither the network nor the caches have it, per language. */
  offlinePages: Record<Locale, string>;
  /** Path prefixes of the languages, longest first ('/en/' before '/'). */
  localePrefixes: [string, Locale][];
  /** List pages (page 2 onwards) left out of each pack to keep within the budget. */
  leftOut: Record<Locale, number>;
}

/** What a first visit may store automatically for one language (issue 18): 5 MB. */
export const OFFLINE_COPY_BUDGET_BYTES = 5_000_000;

/** What Pagefind's pagefind-entry.json says about each language. */
export type PagefindLanguages = Record<string, { hash: string; wasm: string | null }>;

/** '/dia-phuong/hoi-an/index.html' → '/dia-phuong/hoi-an/'; other files keep their path. */
export function urlOfFile(file: string): string {
  const posix = `/${file.split('\\').join('/').replace(/^\/+/, '')}`;
  return posix.endsWith('/index.html') ? posix.slice(0, -'index.html'.length) : posix;
}

/** Pagefind's files that serve every language (its UI files are never loaded by this site). */
const PAGEFIND_COMMON = ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json'];

function isShell(url: string): boolean {
  // Styles, scripts and fonts (.woff2: every browser with service workers reads it); not images.
  if (url.startsWith('/_astro/')) return /\.(css|js|woff2)$/.test(url);
  if (url === '/favicon.svg' || /^\/icons\/[^/]+\.png$/.test(url)) return true;
  if (PAGEFIND_COMMON.includes(url)) return true;
  return LOCALES.some((l) => url === paths.offline(l) || url === paths.webAppManifest(l));
}

/** The HTML pages of a language's pack. */
function isPackPage(url: string, l: Locale): boolean {
  // The search page's names list ("Did you mean …") goes with it.
  if (url === paths.searchNames(l)) return true;
  if (!url.endsWith('/')) return false;
  if ([paths.home(l), paths.search(l), paths.glossary(l), paths.producers(l)].includes(url)) return true;
  const under = [paths.districts(l), paths.salesPoints(l), paths.category(l, 'x').replace(/x\/$/, '')];
  if (under.some((p) => url.startsWith(p))) return true;
  // Product lists: the first page, further pages and the star levels, never a product page.
  const productLists = [paths.products(l), paths.products(l, 2).replace(/2\/$/, ''), ...[3, 4, 5].map((s) => paths.starLevel(l, s))];
  return url === productLists[0] || productLists.slice(1).some((p) => url.startsWith(p));
}

/** Page 2 onwards of a paginated list ('/san-pham/trang/2/', '/en/categories/food/page/3/'). */
export function isFurtherListPage(url: string): boolean {
  return LOCALES.some((l) => {
    const word = paths.products(l, 2).split('/').at(-3)!;
    return new RegExp(`/${word}/\\d+/$`).test(url);
  });
}

/** Pagefind files of one language: its meta file, index, fragment and filter chunks, and its WebAssembly. */
function isPackSearchFile(url: string, l: Locale, languages: PagefindLanguages): boolean {
  const lang = languages[l];
  if (!lang) return false;
  if (url === `/pagefind/pagefind.${lang.hash}.pf_meta`) return true;
  if (url === `/pagefind/wasm.${lang.wasm ?? 'unknown'}.pagefind`) return true;
  return /^\/pagefind\/(index|fragment|filter)\/[^/]+$/.test(url) && url.split('/').at(-1)!.startsWith(`${l}_`);
}

/** English pages live under /en/; a Vietnamese page is one that is under no other language's prefix. */
export function localePrefixes(): [string, Locale][] {
  return LOCALES.map((l) => [paths.home(l), l] as [string, Locale]).sort((a, b) => b[0].length - a[0].length);
}

export function localeOfUrl(url: string): Locale {
  return localePrefixes().find(([prefix]) => url.startsWith(prefix))![1];
}

export interface OfflineGroups {
  shell: string[];
  packs: Record<Locale, string[]>;
}

/** Sorts site paths (dist files already turned into URLs) into the shell and the language packs. */
export function groupOfflineFiles(urls: readonly string[], languages: PagefindLanguages): OfflineGroups {
  const packs = Object.fromEntries(LOCALES.map((l) => [l, [] as string[]])) as Record<Locale, string[]>;
  const shell: string[] = [];
  for (const url of [...urls].sort()) {
    if (isShell(url)) {
      shell.push(url);
      continue;
    }
    if (url.startsWith('/pagefind/')) {
      const l = LOCALES.find((x) => isPackSearchFile(url, x, languages));
      if (l) packs[l].push(url);
      continue;
    }
    const l = localeOfUrl(url);
    if (isPackPage(url, l)) packs[l].push(url);
  }
  return { shell, packs };
}

/**
 * Leaves the further list pages out of a language's pack when its automatic copy exceeds the
 * budget (a large catalogue); returns how many were left out per language. What remains may still
 * exceed the budget: the district and sales point pages and the search index are never dropped.
 */
export function fitToBudget(manifest: Pick<OfflineManifest, 'shell' | 'packs'>, budget = OFFLINE_COPY_BUDGET_BYTES): Record<Locale, number> {
  const leftOut = Object.fromEntries(LOCALES.map((l) => [l, 0])) as Record<Locale, number>;
  for (const l of LOCALES) {
    if (automaticCopyBytes(manifest, l) <= budget) continue;
    const kept = manifest.packs[l].filter((e) => !isFurtherListPage(e.url));
    leftOut[l] = manifest.packs[l].length - kept.length;
    manifest.packs[l] = kept;
  }
  return leftOut;
}

/** Bytes a visitor's device stores automatically for one language: the shell and that language's pack. */
export function automaticCopyBytes(manifest: Pick<OfflineManifest, 'shell' | 'packs'>, l: Locale): number {
  const sum = (entries: OfflineEntry[]) => entries.reduce((a, e) => a + e.bytes, 0);
  return sum(manifest.shell) + sum(manifest.packs[l]);
}
