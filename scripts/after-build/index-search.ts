// Builds the Pagefind search index over dist/ after astro build (called by scripts/after-build/main.ts).
// Any indexing error fails the build (the astro-pagefind integration would only log it), and so
// does an index that lacks a language of the site: Pagefind splits pages by <html lang>, and the
// search page loads the index of its own language.
//
// Pagefind is given each record page's search record only (the element with data-pagefind-body,
// see src/components/SearchRecord.astro), not the whole page, and indexes one language at a time
// in its own process: at 10,000 products a single run over whole pages held 1.9 GB and parsed
// 0.9 GB of HTML. Each language's records are split into the bundles of
// src/lib/search/search-bundles.ts (products; producers and sales points; the products'
// descriptions), each bundle indexed in a process of its own, its records in name order, and the
// language's order file written beside them. One run per language writes the same files as one run
// over both (measured): a language's index files carry its name, and each bundle's
// pagefind-entry.json, which lists the languages, is written here from the runs' entries.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { LOCALES, paths, type Locale } from '../../src/lib/pages/routes';
import { descriptionBundleOf, planRecordOrder, recordOrderPath, SEARCH_BUNDLES, type OrderedRecord, type SearchBundle } from '../../src/lib/search/search-bundles';
import { RECORD_TYPES, type RecordType } from '../../src/lib/search/search-query';
import type { BuiltSearchIndex, PagefindLanguages } from '../../src/lib/offline/offline-plan';

export interface IndexResult {
  pages: number;
  ms: number;
  languages: Record<string, number>;
}

interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

/**
 * The pages that may be search records in a language (a product, a producer, a sales point), as
 * paths relative to dist/: the index.html one folder below each record path (san-pham, chu-the…).
 * List pages in those folders (/san-pham/3-sao/) carry no record and are left out by recordOf.
 */
export function recordPageFiles(distDir: string, locale: Locale): string[] {
  const folders = [paths.product(locale, '*'), paths.producer(locale, '*'), paths.salesPoint(locale, '*')].map((f) =>
    f.replace(/^\//, '').replace(/\*\/$/, ''),
  );
  return folders.flatMap((folder) => {
    const dir = path.join(distDir, folder);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'index.html')))
      .map((d) => `${folder}${d.name}/index.html`)
      .sort();
  });
}

const BODY = ' data-pagefind-body';

/**
 * The page's search record as a small HTML document Pagefind indexes exactly as it would the page
 * (its <html lang> and its one data-pagefind-body element), or null for a page without a record.
 * It reads the page's bytes and decodes only the record and the <html> tag: decoding whole pages
 * left each one's text for the garbage collector, and the indexer's process grew by 0.2 GB beside
 * Pagefind's largest.
 */
export function recordOf(html: Buffer, file: string): string | null {
  const at = html.indexOf(BODY);
  if (at < 0) return null;
  if (html.indexOf(BODY, at + BODY.length) >= 0) throw new Error(`pagefind: ${file}: more than one element with data-pagefind-body (expected one search record)`);
  const start = html.lastIndexOf('<', at);
  const tag = /^<([a-z]+)/.exec(html.toString('latin1', start, at))?.[1];
  const end = tag ? html.indexOf(`</${tag}>`, at) : -1;
  if (!tag || end < 0 || html.subarray(at, end).includes(`<${tag}`)) {
    throw new Error(`pagefind: ${file}: the search record (the element with data-pagefind-body) must be one element without a nested <${tag ?? '?'}>`);
  }
  const htmlTag = html.indexOf('<html');
  const lang = htmlTag < 0 ? undefined : /^<html[^>]*\slang="([^"]+)"/.exec(html.toString('utf8', htmlTag, html.indexOf('>', htmlTag) + 1))?.[1];
  if (!lang) throw new Error(`pagefind: ${file}: no <html lang>: Pagefind needs the page's language`);
  return `<!doctype html><html lang="${lang}"><head></head><body>${html.toString('utf8', start, end + tag.length + 3)}</body></html>`;
}

/**
 * The one word of an empty description's page: Pagefind leaves out a page without a word, and the
 * descriptions' bundle needs a page for every record. U+203F is a word to Pagefind (one of its
 * include_characters) that no visitor types.
 */
const NO_DESCRIPTION = '\u203f';

/** A record's description field, as SearchRecord.astro writes it: one paragraph of escaped text. */
const DESCRIPTION = /<p data-record-field="description"(?: lang="[a-z-]+")?>([^<]*)<\/p>/;

/**
 * What a bundle takes of a record (recordOf's document): the whole record; the record without its
 * description, when the descriptions are a bundle of their own; or that bundle's page, the
 * description alone (no filter, no meta: the search page shows the record's own result).
 */
export function recordPart(record: string, part: 'whole' | 'withoutDescription' | 'description', file: string): string {
  if (part === 'whole') return record;
  const found = DESCRIPTION.exec(record);
  if (!found) throw new Error(`pagefind: ${file}: the search record has no description paragraph (<p data-record-field="description">), which its descriptions' bundle needs`);
  if (part === 'withoutDescription') return record.replace(DESCRIPTION, '');
  const lang = /^<!doctype html><html lang="([^"]+)">/.exec(record)![1];
  const paragraph = found[1]!.trim() ? found[0] : found[0].replace('</p>', `${NO_DESCRIPTION}</p>`);
  return `<!doctype html><html lang="${lang}"><head></head><body><div data-pagefind-body>${paragraph}</div></body></html>`;
}

/** The buffer readPage reads into, grown to the largest page read so far (empty until a page is read). */
let scratch = Buffer.alloc(0);

/**
 * A page's bytes, read into one buffer reused from page to page (no allocation per page): valid
 * only until the next call, so its caller decodes what it keeps before anything else reads a page.
 */
export function readPage(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size > scratch.length) scratch = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = fs.readSync(fd, scratch, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return scratch.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/** Where the bundles are written: dist/pagefind/ and the folders below it. */
const indexDir = (distDir: string) => path.join(distDir, 'pagefind');
const bundleDir = (distDir: string, bundle: SearchBundle) => path.join(distDir, bundle.path);
const entryFile = (dir: string) => path.join(dir, 'pagefind-entry.json');

/** How many records are handed to Pagefind before it has answered for the first of them. */
const RECORDS_IN_FLIGHT = 64;

/**
 * What the indexer needs to know of a record before handing it to Pagefind: its type, name key and
 * star level, the attributes of its element (src/components/SearchRecord.astro); null for a page
 * without a record.
 */
export function recordKeys(html: Buffer, file: string): OrderedRecord | null {
  // Only the element's opening tag is decoded: the keys must not be slices of the whole page,
  // which would keep every page's text alive until all are read.
  const at = html.indexOf(BODY);
  if (at < 0) return null;
  const tag = html.toString('utf8', html.lastIndexOf('<', at), html.indexOf('>', at));
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const type = attr('data-search-record');
  const name = attr('data-record-name');
  const stars = Number(attr('data-record-stars'));
  if (!type || !(RECORD_TYPES as readonly string[]).includes(type)) throw new Error(`pagefind: ${file}: the search record has no data-search-record type (${RECORD_TYPES.join(', ')}), got ${JSON.stringify(type)}`);
  if (name === undefined) throw new Error(`pagefind: ${file}: the search record has no data-record-name`);
  if (!Number.isInteger(stars)) throw new Error(`pagefind: ${file}: the search record's data-record-stars is not a number`);
  return { type: type as RecordType, name, stars, file };
}

/**
 * Pagefind numbers the pages it keeps: each record must be one page, or the order file and a
 * bundle of descriptions (page i is the description of its bundle's page i) would name the wrong records.
 */
function checkPageCount(entry: PagefindEntry, records: number, bundle: SearchBundle): void {
  const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  if (pages !== records) throw new Error(`pagefind: ${bundle.path}: ${records} records handed to Pagefind, but its index has ${pages} pages (it must keep every record as one page)`);
}

/** What a bundle takes of each of its records (recordPart). */
function partOf(i: number): 'whole' | 'withoutDescription' | 'description' {
  if (SEARCH_BUNDLES[i]!.descriptionsOf !== undefined) return 'description';
  return descriptionBundleOf(i) === undefined ? 'whole' : 'withoutDescription';
}

/**
 * Hands records to a new Pagefind index in the order given (their page numbers) and writes it as a
 * bundle. A bundle of descriptions keeps no fragments: the search page shows the record's own.
 */
async function writeBundle(distDir: string, i: number, files: readonly string[]): Promise<PagefindEntry> {
  const bundle = SEARCH_BUNDLES[i]!;
  const part = partOf(i);
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({});
    if (!index || createErrors.length) throw new Error(`pagefind: could not create an index: ${createErrors.join('; ')}`);
    // A fixed number of records in flight, each lane reading its next file as soon as Pagefind has
    // taken its last: the files are read one by one, never all at once, and reading overlaps
    // Pagefind's work. Pagefind numbers pages in the order its messages arrive, and each lane sends
    // its file in the same synchronous step as it takes it: the page order is the files' order.
    let next = 0;
    const lane = async () => {
      while (next < files.length) {
        const file = files[next++]!;
        // Read and decoded in one synchronous step: readPage's buffer is shared by the lanes.
        const record = recordOf(readPage(path.join(distDir, file)), file);
        if (!record) throw new Error(`pagefind: ${file}: the search record went missing between two readings`);
        const added = await index.addHTMLFile({ sourcePath: file, content: recordPart(record, part, file) });
        if (added.errors.length) throw new Error(`pagefind: ${file}: ${added.errors.join('; ')}`);
      }
    };
    await Promise.all(Array.from({ length: RECORDS_IN_FLIGHT }, lane));
    const dir = bundleDir(distDir, bundle);
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length) throw new Error(`pagefind: writing the index failed: ${written.errors.join('; ')}`);
    if (part === 'description') fs.rmSync(path.join(dir, 'fragment'), { recursive: true, force: true });
    const entry = JSON.parse(fs.readFileSync(entryFile(dir), 'utf8')) as PagefindEntry;
    checkPageCount(entry, files.length, bundle);
    return entry;
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes one language: its records in name order, split into the bundles of search-bundles.ts,
 * each in a Pagefind process of its own; then the language's order file. Returns each bundle's entry.
 */
async function indexLanguage(distDir: string, locale: Locale): Promise<(PagefindEntry | null)[]> {
  const records = recordPageFiles(distDir, locale).flatMap((file) => recordKeys(readPage(path.join(distDir, file)), file) ?? []);
  const { bundles, order } = planRecordOrder(records);
  const entries: (PagefindEntry | null)[] = [];
  for (const [i, bundle] of SEARCH_BUNDLES.entries()) {
    const files = bundles[i]!.map((r) => r.file);
    entries.push(files.length ? await writeBundle(distDir, i, files) : null);
    if (i > 0) removeScripts(bundleDir(distDir, bundle));
  }
  fs.writeFileSync(path.join(distDir, recordOrderPath(locale)), JSON.stringify(order));
  return entries;
}

/** Each bundle's pagefind-entry.json lists the languages of every run that wrote to it. */
function writeEntries(distDir: string, runs: (PagefindEntry | null)[][]): void {
  for (const [i, bundle] of SEARCH_BUNDLES.entries()) {
    const entries = runs.map((r) => r[i]).filter((e): e is PagefindEntry => !!e);
    const dir = bundleDir(distDir, bundle);
    if (entries.length === 0) {
      // No record of this kind in any language: an empty bundle the search page can still load.
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(entryFile(dir), JSON.stringify({ version: runs.flat().find(Boolean)?.version ?? '', languages: {} }));
      continue;
    }
    const all = entries.flatMap((e) => Object.entries(e.languages)).sort(([a], [b]) => a.localeCompare(b));
    fs.writeFileSync(entryFile(dir), JSON.stringify({ ...entries.at(-1), languages: Object.fromEntries(all) }));
  }
}

export async function indexSite(distDir: string): Promise<IndexResult> {
  const started = Date.now();
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`pagefind: ${distDir} holds no built site (no index.html); run astro build first`);
  }
  fs.rmSync(indexDir(distDir), { recursive: true, force: true });
  fs.mkdirSync(indexDir(distDir), { recursive: true });
  const runs: (PagefindEntry | null)[][] = [];
  for (const locale of LOCALES) runs.push(await indexLanguage(distDir, locale));
  writeEntries(distDir, runs);
  // Records per language: a bundle of descriptions repeats its bundle's records.
  const languages: Record<string, number> = {};
  for (const run of runs) {
    for (const [i, entry] of run.entries()) {
      if (SEARCH_BUNDLES[i]!.descriptionsOf !== undefined) continue;
      for (const [l, v] of Object.entries(entry?.languages ?? {})) languages[l] = (languages[l] ?? 0) + v.page_count;
    }
  }
  const missing = LOCALES.filter((l) => !languages[l]);
  if (missing.length) {
    throw new Error(
      `pagefind: no search index for ${missing.join(', ')} (indexed: ${JSON.stringify(languages)}); ` +
        `record pages need <html lang> and data-pagefind-body in every language`,
    );
  }
  const pages = Object.values(languages).reduce((a, b) => a + b, 0);
  return { pages, ms: Date.now() - started, languages };
}

/** The search index as the offline plan sees it (src/lib/offline/offline-plan.ts): each bundle's languages, each language's order file. */
export function builtSearchIndex(distDir: string): BuiltSearchIndex {
  const bundles = SEARCH_BUNDLES.map((bundle) => {
    const file = entryFile(bundleDir(distDir, bundle));
    if (!fs.existsSync(file)) throw new Error(`${file}: no search index; the service worker is written after Pagefind`);
    return { path: bundle.path, languages: (JSON.parse(fs.readFileSync(file, 'utf8')) as { languages: PagefindLanguages }).languages };
  });
  return { bundles, languageFiles: Object.fromEntries(LOCALES.map((l) => [l, [recordOrderPath(l)]])) };
}

/**
 * Pagefind writes its script, web worker and UI beside every bundle; the search page loads the
 * first bundle's script and worker for all of them, so the other bundles' copies are removed.
 */
function removeScripts(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    if (name === 'pagefind.js' || name === 'pagefind-worker.js' || UNUSED_UI.test(name)) fs.rmSync(path.join(dir, name));
  }
}

/** Pagefind's default UI files: written by Pagefind, never loaded by this site. */
const UNUSED_UI = /pagefind-(component-|modular-)?ui\.|pagefind-highlight\.js$/;

/** Bytes under dist/pagefind/ that the search page can download (Pagefind's own UI left out). */
export function indexSize(distDir: string): number {
  const root = indexDir(distDir);
  let bytes = 0;
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && !UNUSED_UI.test(entry.name)) bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}
