// Builds the Pagefind search index over dist/ after astro build (called by scripts/after-build/main.ts).
// Any indexing error fails the build (the astro-pagefind integration would only log it), and so
// does an index that lacks a language of the site: Pagefind splits pages by <html lang>, and the
// search page loads the index of its own language.
//
// Pagefind is given each record page's search record only (the element with data-pagefind-body,
// see src/components/SearchRecord.astro), not the whole page, and indexes one language at a time
// in its own process: at 10,000 products a single run over whole pages held 1.9 GB and parsed
// 0.9 GB of HTML. One run per language writes the same files as one run over both (measured):
// a language's index files carry its name, and pagefind-entry.json, which lists the languages, is
// written here from the runs' entries. The records go in sorted by path, so page numbers are stable.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { LOCALES, paths, type Locale } from '../../src/lib/pages/routes';

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
 */
export function recordOf(html: string, file: string): string | null {
  const at = html.indexOf(BODY);
  if (at < 0) return null;
  if (html.indexOf(BODY, at + BODY.length) >= 0) throw new Error(`pagefind: ${file}: more than one element with data-pagefind-body (expected one search record)`);
  const start = html.lastIndexOf('<', at);
  const tag = /^<([a-z]+)/.exec(html.slice(start, at))?.[1];
  const end = tag ? html.indexOf(`</${tag}>`, at) : -1;
  if (!tag || end < 0 || html.slice(at, end).includes(`<${tag}`)) {
    throw new Error(`pagefind: ${file}: the search record (the element with data-pagefind-body) must be one element without a nested <${tag ?? '?'}>`);
  }
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  if (!lang) throw new Error(`pagefind: ${file}: no <html lang>: Pagefind needs the page's language`);
  return `<!doctype html><html lang="${lang}"><head></head><body>${html.slice(start, end + tag.length + 3)}</body></html>`;
}

/** Where Pagefind writes its bundle, and the search page loads it from. */
const indexDir = (distDir: string) => path.join(distDir, 'pagefind');
const entryFile = (distDir: string) => path.join(indexDir(distDir), 'pagefind-entry.json');

/** How many records are handed to Pagefind before it has answered for the first of them. */
const RECORDS_IN_FLIGHT = 64;

/** Indexes one language's record pages in a Pagefind process of its own; returns the entry it wrote. */
async function indexLanguage(distDir: string, locale: Locale): Promise<PagefindEntry> {
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({});
    if (!index || createErrors.length) throw new Error(`pagefind: could not create an index: ${createErrors.join('; ')}`);
    // A fixed number of records in flight, each lane reading its next file as soon as Pagefind has
    // taken its last: the files are read one by one, never all at once, and reading overlaps
    // Pagefind's work (waiting for a whole batch left one of the two idle in turn).
    const files = recordPageFiles(distDir, locale);
    let next = 0;
    const lane = async () => {
      while (next < files.length) {
        const file = files[next++]!;
        const record = recordOf(fs.readFileSync(path.join(distDir, file), 'utf8'), file);
        if (!record) continue;
        const added = await index.addHTMLFile({ sourcePath: file, content: record });
        if (added.errors.length) throw new Error(`pagefind: ${file}: ${added.errors.join('; ')}`);
      }
    };
    await Promise.all(Array.from({ length: RECORDS_IN_FLIGHT }, lane));
    const written = await index.writeFiles({ outputPath: indexDir(distDir) });
    if (written.errors.length) throw new Error(`pagefind: writing the index failed: ${written.errors.join('; ')}`);
    return JSON.parse(fs.readFileSync(entryFile(distDir), 'utf8')) as PagefindEntry;
  } finally {
    await pagefind.close();
  }
}

export async function indexSite(distDir: string): Promise<IndexResult> {
  const started = Date.now();
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`pagefind: ${distDir} holds no built site (no index.html); run astro build first`);
  }
  fs.rmSync(indexDir(distDir), { recursive: true, force: true });
  const entries: PagefindEntry[] = [];
  for (const locale of LOCALES) entries.push(await indexLanguage(distDir, locale));
  // Each run's entry lists its own language; the bundle's lists them all, in Pagefind's order.
  const all = entries.flatMap((e) => Object.entries(e.languages)).sort(([a], [b]) => a.localeCompare(b));
  fs.writeFileSync(entryFile(distDir), JSON.stringify({ ...entries.at(-1), languages: Object.fromEntries(all) }));
  const languages = Object.fromEntries(all.map(([l, v]) => [l, v.page_count]));
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
