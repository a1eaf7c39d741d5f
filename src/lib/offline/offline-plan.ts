// Which built files the service worker keeps for use without a connection, and which it saves only
// when the visitor asks, decided from the files in dist/ (after the Pagefind index is written) and
// their sizes, so that what a first visit stores does not grow with the catalogue:
// - the shell, stored when the worker installs: bundled styles, scripts and fonts, the icons,
//   the manifests, the offline page of each language, and Pagefind's own script and entry file;
// - one pack per language, stored automatically on the first visit in that language, filled in
//   this order of priority while the shell and the pack stay within the budget (5 MB):
//     1. start: the home page, the search page with its names list ("Did you mean …") and the list
//        of districts (always kept);
//     2. places: the list of sales points;
//     3. every district page, then 4. every sales point page (a district page shows its sales points);
//     5. the districts' full product lists (for districts with more products than their page shows);
//     6. the language's whole search index (all its Pagefind files, or none: part of an index finds nothing);
//     7. the first page of each product list, the producers list and the glossary;
//     8. the further pages of the product lists (page 2 onwards).
//   Within a step, pages go in by address; one that does not fit is left out and the next is tried.
// - what the pack leaves out is saved when the visitor asks, with its size shown first: the search
//   index and the list pages as two sets per language (offline/<set>.json lists their files), a
//   district's pages with its "save for offline" button (its offline.json, which lists its own page,
//   its sales points, its product lists and every product and producer page of the district).
// Product and producer pages are in no pack: they are kept when visited, or when a district is saved.
// Neither are images (photos are kept with the pages that show them).
import { LOCALES, paths, type Locale } from '../pages/routes';

export interface OfflineEntry {
  /** Site path ('/dia-phuong/hoi-an/', '/pagefind/index/vi_1a2b.pf_index'). */
  url: string;
  /** Content hash: an entry whose revision has not changed is copied, not downloaded, on an update. */
  revision: string;
  bytes: number;
}

/** The steps of a language's automatic pack, in order of priority. */
export const OFFLINE_TIERS = ['start', 'places', 'districts', 'sales-points', 'district-lists', 'search', 'lists', 'further-lists'] as const;
export type OfflineTier = (typeof OFFLINE_TIERS)[number];

/** What a visitor can save on request, per language, when the automatic pack left it out. */
export const OFFLINE_SETS = ['search', 'lists'] as const;
export type OfflineSetId = (typeof OFFLINE_SETS)[number];

/**
 * Where a file the pack leaves out can be saved: a set, or (null) with its district's button.
 * The start step is never left out.
 */
const SET_OF_TIER: Record<OfflineTier, OfflineSetId | null> = {
  start: null,
  places: 'lists',
  districts: null,
  'sales-points': null,
  'district-lists': null,
  search: 'search',
  lists: 'lists',
  'further-lists': 'lists',
};

/** A set as the worker knows it: its list of files (JSON, written after the build) and its size. */
export interface OfflineSetSummary {
  id: OfflineSetId;
  /** Site path of the JSON file listing the set's entries (paths.offlineSet). */
  list: string;
  /** Hash of that list: a set whose files changed gives a new version of the worker. */
  revision: string;
  files: number;
  bytes: number;
}

/** The list file of a set (paths.offlineSet): what the worker stores when the visitor asks. */
export interface OfflineSetList {
  set: OfflineSetId;
  locale: Locale;
  files: number;
  bytes: number;
  entries: OfflineEntry[];
}

export interface OfflineManifest {
  /** One hash of every entry and set: the worker's caches are named by it. */
  version: string;
  shell: OfflineEntry[];
  packs: Record<Locale, OfflineEntry[]>;
  /** Sets a visitor may save on request, per language: only those the pack left files out of. */
  sets: Record<Locale, OfflineSetSummary[]>;
  /** The page a navigation gets when neither the network nor the caches have it, per language. */
  offlinePages: Record<Locale, string>;
  /** Path prefixes of the languages, longest first ('/en/' before '/'). */
  localePrefixes: [string, Locale][];
}

/** What a first visit may store automatically for one language (issue 18), shell included: 5 MB. */
export const OFFLINE_COPY_BUDGET_BYTES = 5_000_000;

/** What Pagefind's pagefind-entry.json says about each language. */
export type PagefindLanguages = Record<string, { hash: string; wasm: string | null }>;

/**
 * The search index as built (src/lib/search/search-bundles.ts): its Pagefind bundles, the first of
 * which holds the script and web worker every bundle uses, and each language's files of its own
 * beside them (the order file).
 */
export interface BuiltSearchIndex {
  bundles: { path: string; languages: PagefindLanguages }[];
  languageFiles: Partial<Record<string, string[]>>;
}

/** '/dia-phuong/hoi-an/index.html' → '/dia-phuong/hoi-an/'; other files keep their path. */
export function urlOfFile(file: string): string {
  const posix = `/${file.split('\\').join('/').replace(/^\/+/, '')}`;
  return posix.endsWith('/index.html') ? posix.slice(0, -'index.html'.length) : posix;
}

/** Pagefind's files that serve every language: the first bundle's script and worker, each bundle's entry (its UI files are never loaded by this site). */
function pagefindCommon(index: BuiltSearchIndex): string[] {
  const first = index.bundles[0]?.path;
  return [...(first ? [`${first}pagefind.js`, `${first}pagefind-worker.js`] : []), ...index.bundles.map((b) => `${b.path}pagefind-entry.json`)];
}

function isShell(url: string, common: readonly string[]): boolean {
  // Styles, scripts and fonts (.woff2: every browser with service workers reads it); not images.
  if (url.startsWith('/_astro/')) return /\.(css|js|woff2)$/.test(url);
  if (url === '/favicon.svg' || /^\/icons\/[^/]+\.png$/.test(url)) return true;
  if (common.includes(url)) return true;
  return LOCALES.some((l) => url === paths.offline(l) || url === paths.webAppManifest(l));
}

/** Page 2 onwards of a paginated list ('/san-pham/trang/2/', '/en/categories/food/page/3/'). */
export function isFurtherListPage(url: string): boolean {
  return LOCALES.some((l) => {
    const word = paths.products(l, 2).split('/').at(-3)!;
    return new RegExp(`/${word}/\\d+/$`).test(url);
  });
}

/** Search files of one language: in each bundle its meta file, index, fragment and filter chunks and its WebAssembly; its order file. */
function isPackSearchFile(url: string, l: Locale, index: BuiltSearchIndex): boolean {
  if (index.languageFiles[l]?.includes(url)) return true;
  return index.bundles.some(({ path, languages }) => {
    const lang = languages[l];
    if (!lang || !url.startsWith(path)) return false;
    const rest = url.slice(path.length);
    if (rest === `pagefind.${lang.hash}.pf_meta` || rest === `wasm.${lang.wasm ?? 'unknown'}.pagefind`) return true;
    return /^(index|fragment|filter)\/[^/]+$/.test(rest) && rest.split('/').at(-1)!.startsWith(`${l}_`);
  });
}

/** One folder below `prefix` ('/dia-phuong/hoi-an/' under '/dia-phuong/'). */
const oneBelow = (url: string, prefix: string) => url.startsWith(prefix) && /^[^/]+\/$/.test(url.slice(prefix.length));

/** The step of a language's pack an HTML page belongs to, or null for a page no pack holds. */
function pageTier(url: string, l: Locale): OfflineTier | null {
  // The search page's names list ("Did you mean …") goes with it.
  if (url === paths.searchNames(l)) return 'start';
  if (!url.endsWith('/')) return null;
  if (url === paths.home(l) || url === paths.search(l) || url === paths.districts(l)) return 'start';
  if (url === paths.salesPoints(l)) return 'places';
  if (oneBelow(url, paths.districts(l))) return 'districts';
  if (oneBelow(url, paths.salesPoints(l))) return 'sales-points';
  // A district's product list: /dia-phuong/<id>/san-pham/ and its further pages.
  const productsWord = paths.districtProducts(l, 'x').split('/').at(-2);
  if (url.startsWith(paths.districts(l)) && url.slice(paths.districts(l).length).split('/')[1] === productsWord) return 'district-lists';
  const productLists = [paths.products(l), ...[3, 4, 5].map((s) => paths.starLevel(l, s))];
  const categories = paths.category(l, 'x').replace(/x\/$/, '');
  const isList = productLists.includes(url) || oneBelow(url, categories) || url === paths.producers(l) || url === paths.glossary(l);
  if (isList) return 'lists';
  const furtherOf = [paths.products(l, 2).replace(/2\/$/, ''), ...[3, 4, 5].map((s) => paths.starLevel(l, s)), categories];
  if (isFurtherListPage(url) && furtherOf.some((p) => url.startsWith(p))) return 'further-lists';
  return null;
}

/** English pages live under /en/; a Vietnamese page is one that is under no other language's prefix. */
export function localePrefixes(): [string, Locale][] {
  return LOCALES.map((l) => [paths.home(l), l] as [string, Locale]).sort((a, b) => b[0].length - a[0].length);
}

export function localeOfUrl(url: string): Locale {
  return localePrefixes().find(([prefix]) => url.startsWith(prefix))![1];
}

export interface OfflineCandidate {
  url: string;
  tier: OfflineTier;
}

export interface OfflineGroups {
  shell: string[];
  /** Per language, every file its pack may hold, in order of priority (by step, then by address). */
  candidates: Record<Locale, OfflineCandidate[]>;
}

/** Sorts site paths (dist files already turned into URLs) into the shell and each language's candidates. */
export function groupOfflineFiles(urls: readonly string[], index: BuiltSearchIndex): OfflineGroups {
  const common = pagefindCommon(index);
  const candidates = Object.fromEntries(LOCALES.map((l) => [l, [] as OfflineCandidate[]])) as Record<Locale, OfflineCandidate[]>;
  const shell: string[] = [];
  for (const url of [...urls].sort()) {
    if (isShell(url, common)) {
      shell.push(url);
      continue;
    }
    if (url.startsWith('/pagefind/')) {
      const l = LOCALES.find((x) => isPackSearchFile(url, x, index));
      if (l) candidates[l].push({ url, tier: 'search' });
      continue;
    }
    const l = localeOfUrl(url);
    const tier = pageTier(url, l);
    if (tier) candidates[l].push({ url, tier });
  }
  const rank = (t: OfflineTier) => OFFLINE_TIERS.indexOf(t);
  for (const l of LOCALES) candidates[l].sort((a, b) => rank(a.tier) - rank(b.tier) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { shell, candidates };
}

/** Files and bytes of one step of a language's pack: kept automatically, and left out. */
export interface TierReport {
  tier: OfflineTier;
  kept: { files: number; bytes: number };
  leftOut: { files: number; bytes: number };
  /** Where what was left out can be saved: a set, or 'district' (a district's button). */
  savedWith: OfflineSetId | 'district' | null;
}

export interface LanguagePlan {
  /** The automatic pack, in order of priority. */
  pack: OfflineEntry[];
  /** What the pack left out, by the set that saves it on request. */
  sets: Record<OfflineSetId, OfflineEntry[]>;
  /** What the pack left out that a district's button saves (its own page, sales points, product lists). */
  byDistrict: OfflineEntry[];
  tiers: TierReport[];
}

const sum = (entries: readonly { bytes: number }[]) => entries.reduce((a, e) => a + e.bytes, 0);

/**
 * Fills one language's pack in order of priority within the budget (shell included): the start
 * step always, then each file (the search index as one unit) that still fits. What remains over
 * the budget is only ever the start step's own size.
 */
export function planLanguage(shell: readonly OfflineEntry[], candidates: readonly (OfflineEntry & { tier: OfflineTier })[], budget = OFFLINE_COPY_BUDGET_BYTES): LanguagePlan {
  let room = budget - sum(shell);
  const plan: LanguagePlan = { pack: [], sets: { search: [], lists: [] }, byDistrict: [], tiers: [] };
  const reports = new Map<OfflineTier, TierReport>(
    OFFLINE_TIERS.map((tier) => [tier, { tier, kept: { files: 0, bytes: 0 }, leftOut: { files: 0, bytes: 0 }, savedWith: null }]),
  );
  // Units in order: each file alone, but the search index whole.
  const units: (OfflineEntry & { tier: OfflineTier })[][] = [];
  for (const c of candidates) {
    const last = units.at(-1);
    if (c.tier === 'search' && last?.[0]?.tier === 'search') last.push(c);
    else units.push([c]);
  }
  for (const unit of units) {
    const tier = unit[0]!.tier;
    const bytes = sum(unit);
    const report = reports.get(tier)!;
    const entries = unit.map(({ url, revision, bytes: b }) => ({ url, revision, bytes: b }));
    if (tier === 'start' || bytes <= room) {
      plan.pack.push(...entries);
      room -= bytes;
      report.kept.files += unit.length;
      report.kept.bytes += bytes;
      continue;
    }
    const set = SET_OF_TIER[tier];
    if (set) plan.sets[set].push(...entries);
    else plan.byDistrict.push(...entries);
    report.leftOut.files += unit.length;
    report.leftOut.bytes += bytes;
    report.savedWith = set ?? 'district';
  }
  plan.tiers = [...reports.values()].filter((r) => r.kept.files || r.leftOut.files);
  return plan;
}

/** Bytes a visitor's device stores automatically for one language: the shell and that language's pack. */
export function automaticCopyBytes(manifest: Pick<OfflineManifest, 'shell' | 'packs'>, l: Locale): number {
  return sum(manifest.shell) + sum(manifest.packs[l]);
}
