// Builds the Pagefind search index over dist/ after astro build (called by scripts/after-build/main.ts).
// Any indexing error fails the build (the astro-pagefind integration would only log it), and so
// does an index that lacks a language of the site: Pagefind splits pages by <html lang>, and the
// search page loads the index of its own language.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { LOCALES, paths, type Locale } from '../../src/lib/routes';

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

export async function indexSite(distDir: string): Promise<IndexResult> {
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

/** Records per language, from the index's own entry file. */
export function indexedLanguages(distDir: string): Record<string, number> {
  const entryFile = path.join(distDir, 'pagefind', 'pagefind-entry.json');
  if (!fs.existsSync(entryFile)) return {};
  const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([l, v]) => [l, v.page_count]));
}

/** Pagefind's default UI files: written by Pagefind, never loaded by this site. */
const UNUSED_UI = /pagefind-(component-|modular-)?ui\.|pagefind-highlight\.js$/;

/** Bytes under dist/pagefind/ that the search page can download (Pagefind's own UI left out). */
export function indexSize(distDir: string): number {
  const root = path.join(distDir, 'pagefind');
  let bytes = 0;
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && !UNUSED_UI.test(entry.name)) bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}
