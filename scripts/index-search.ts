// Builds the Pagefind search index over dist/ after astro build, and measures it.
// Any indexing error fails the build (the astro-pagefind integration would only log it), and so
// does an index that lacks a language of the site: Pagefind splits pages by <html lang>, and the
// search page loads the index of its own language.
//
//   tsx scripts/index-search.ts [dist]                      index (run by npm run build)
//   tsx scripts/index-search.ts --measure [dist] [query…]   index size and bytes one search downloads
//
// For the benchmark: indexSize(dist) and searchDownload(dist, query) below.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { LOCALES, paths, type Locale } from '../src/lib/routes';
import { pagefindFilters, searchTerm, stateFromParams } from '../src/lib/search-query';

export interface IndexResult {
  pages: number;
  ms: number;
  languages: Record<string, number>;
}

// The pages that are search records (a product, a producer, a sales point, in each language), as
// one Pagefind glob: the index.html one folder below each record path (san-pham, chu-the…). Only
// these carry data-pagefind-body; giving Pagefind just them spares it parsing the long list pages
// (the printable catalogue, the supplier directory, district pages).
export function recordPagesGlob(locales: readonly Locale[] = LOCALES): string {
  const folders = locales.flatMap((l) => [paths.product(l, '*'), paths.producer(l, '*'), paths.salesPoint(l, '*')]);
  return `{${folders.map((f) => `${f.replace(/^\//, '')}index.html`).join(',')}}`;
}

export async function indexSite(distDir: string, locales: readonly string[] = LOCALES): Promise<IndexResult> {
  const started = Date.now();
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`pagefind: ${distDir} holds no built site (no index.html); run astro build first`);
  }
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({});
    if (!index || createErrors.length) throw new Error(`pagefind: could not create an index: ${createErrors.join('; ')}`);
    const added = await index.addDirectory({ path: distDir, glob: recordPagesGlob() });
    if (added.errors.length) throw new Error(`pagefind: indexing failed: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`pagefind: no page in ${distDir} was indexed (is data-pagefind-body missing?)`);
    const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind: writing the index failed: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  const languages = indexedLanguages(distDir);
  const missing = locales.filter((l) => !languages[l]);
  if (missing.length) {
    throw new Error(
      `pagefind: no search index for ${missing.join(', ')} (indexed: ${JSON.stringify(languages)}); ` +
        `record pages need <html lang> and data-pagefind-body in every language`,
    );
  }
  const pages = Object.values(languages).reduce((a, b) => a + b, 0);
  return { pages, ms: Date.now() - started, languages };
}

/** Records per language, from the index's own entry file. */
export function indexedLanguages(distDir: string): Record<string, number> {
  const entryFile = path.join(distDir, 'pagefind', 'pagefind-entry.json');
  if (!fs.existsSync(entryFile)) return {};
  const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([l, v]) => [l, v.page_count]));
}

// ---------------------------------------------------------------------------------------------
// Measuring

export interface IndexSize {
  /** Everything under dist/pagefind/ that the search page can download (not Pagefind's own UI). */
  bytes: number;
  byKind: Record<'script' | 'wasm' | 'meta' | 'index' | 'fragment' | 'filter', number>;
  files: number;
  /** Pagefind's default UI files, written by Pagefind but never loaded by this site. */
  unusedUiBytes: number;
  languages: Record<string, number>;
}

const kindOf = (rel: string): keyof IndexSize['byKind'] | 'ui' => {
  if (/pagefind-(component-|modular-)?ui\.|pagefind-highlight\.js$/.test(rel)) return 'ui';
  if (rel.startsWith('index/')) return 'index';
  if (rel.startsWith('fragment/')) return 'fragment';
  if (rel.startsWith('filter/')) return 'filter';
  if (rel.startsWith('wasm.')) return 'wasm';
  if (rel.endsWith('.pf_meta') || rel.endsWith('.json')) return 'meta';
  return 'script';
};

export function indexSize(distDir: string): IndexSize {
  const root = path.join(distDir, 'pagefind');
  const size: IndexSize = {
    bytes: 0,
    byKind: { script: 0, wasm: 0, meta: 0, index: 0, fragment: 0, filter: 0 },
    files: 0,
    unusedUiBytes: 0,
    languages: indexedLanguages(distDir),
  };
  for (const rel of fs.readdirSync(root, { recursive: true }) as string[]) {
    const file = path.join(root, rel);
    if (!fs.statSync(file).isFile()) continue;
    const bytes = fs.statSync(file).size;
    const kind = kindOf(rel.split(path.sep).join('/'));
    if (kind === 'ui') {
      size.unusedUiBytes += bytes;
      continue;
    }
    size.byKind[kind] += bytes;
    size.bytes += bytes;
    size.files++;
  }
  return size;
}

export interface SearchDownload {
  query: string;
  language: string;
  results: number;
  /** URLs of the first results, best first. */
  first: string[];
  /** Every file the search page fetches from dist/pagefind/ for this search on a cold cache. */
  files: { path: string; bytes: number }[];
  bytes: number;
  /** Of which index chunks, filter chunks and result fragments: the part that grows with the catalogue. */
  dataBytes: number;
}

interface PagefindModule {
  createInstance(): {
    filters(): Promise<unknown>;
    search(term: string | null, options?: object): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
    destroy(): Promise<void>;
  };
}

let measureRun = 0;

/**
 * What one search costs a visitor on a cold cache, measured by running the site's own
 * pagefind.js in Node with a fetch that reads dist/ and records each file: the same requests the
 * search page makes (entry, meta, WASM, every filter chunk for the counts, the index chunks of the
 * query's words, the fragments of the results it shows). The browser also loads
 * pagefind-worker.js, which Node cannot run, so it is counted from disk.
 * `query` may carry filters like the page's URL: "q=banh+trang&district=dai-loc".
 */
export async function searchDownload(distDir: string, query: string, options: { language?: Locale; shown?: number } = {}): Promise<SearchDownload> {
  const { language = 'vi', shown = 20 } = options;
  const root = path.resolve(distDir);
  const state = stateFromParams(new URLSearchParams(query.includes('=') ? query : `q=${encodeURIComponent(query)}`));
  const files: { path: string; bytes: number }[] = [];
  const saved = { fetch: globalThis.fetch, document: (globalThis as { document?: unknown }).document };
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const file = fileURLToPath(url.split('?')[0]!);
    const body = fs.readFileSync(file);
    files.push({ path: path.relative(root, file).split(path.sep).join('/'), bytes: body.length });
    return new Response(body, { headers: { 'Content-Type': file.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream' } });
  }) as typeof fetch;
  // pagefind.js picks its index by <html lang>; this stands in for the page.
  (globalThis as { document?: unknown }).document = { currentScript: null, querySelector: () => ({ getAttribute: () => language }) };
  try {
    // A fresh module each time (cache-busting query), so nothing is already loaded.
    const moduleUrl = `${pathToFileURL(path.join(root, 'pagefind', 'pagefind.js')).href}?measure=${++measureRun}`;
    const mod = (await import(moduleUrl)) as PagefindModule;
    const instance = mod.createInstance();
    await instance.filters();
    const term = searchTerm(state.q) || null;
    const res = await instance.search(term, { filters: pagefindFilters(state.filters) });
    const data = await Promise.all(res.results.slice(0, shown).map((r) => r.data()));
    await instance.destroy();
    const worker = path.join(root, 'pagefind', 'pagefind-worker.js');
    if (fs.existsSync(worker)) files.push({ path: 'pagefind/pagefind-worker.js', bytes: fs.statSync(worker).size });
    files.unshift({ path: 'pagefind/pagefind.js', bytes: fs.statSync(path.join(root, 'pagefind', 'pagefind.js')).size });
    const bytes = files.reduce((n, f) => n + f.bytes, 0);
    const dataBytes = files.filter((f) => /\/(index|filter|fragment)\//.test(f.path)).reduce((n, f) => n + f.bytes, 0);
    return { query, language, results: res.results.length, first: data.map((d) => d.url), files, bytes, dataBytes };
  } finally {
    globalThis.fetch = saved.fetch;
    (globalThis as { document?: unknown }).document = saved.document;
  }
}

// ---------------------------------------------------------------------------------------------
// Command line

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(args: string[]): Promise<void> {
  const measure = args[0] === '--measure';
  const rest = measure ? args.slice(1) : args;
  const dist = path.resolve(rest[0] ?? 'dist');
  if (!measure) {
    const { pages, ms, languages } = await indexSite(dist);
    const size = indexSize(dist);
    console.log(`pagefind: indexed ${pages} records (${Object.entries(languages).map(([l, n]) => `${l} ${n}`).join(', ')}) in ${ms} ms; index ${kb(size.bytes)}`);
    return;
  }
  const size = indexSize(dist);
  console.log(`index: ${kb(size.bytes)} in ${size.files} files`, Object.fromEntries(Object.entries(size.byKind).map(([k, v]) => [k, kb(v)])));
  for (const query of rest.slice(1).length ? rest.slice(1) : ['banh trang', 'dau me', 'den long']) {
    for (const language of LOCALES) {
      const d = await searchDownload(dist, query, { language });
      console.log(`${language} "${query}": ${d.results} results, ${kb(d.bytes)} downloaded (${kb(d.dataBytes)} index data) in ${d.files.length} files`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await main(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
