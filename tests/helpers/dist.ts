// Reading a built site: list its pages, parse them, map URLs to files.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every page of the catalogue under a dist folder, as paths relative to it (e.g. "san-pham/x/index.html"); admin/ left out. */
export function htmlFiles(distDir: string): string[] {
  return (fs.readdirSync(distDir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
    // The content editor (scripts/cms) is not a page of the catalogue: tests/build/cms.test.ts covers it.
    .filter((f) => !f.startsWith('admin/'))
    .sort();
}

/** The file a site URL path is served from ("/san-pham/x/" → ".../san-pham/x/index.html"). */
export function fileForUrl(distDir: string, urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const rel = clean.endsWith('/') ? `${clean}index.html` : clean;
  return path.join(distDir, rel);
}

const cache = new Map<string, HTMLElement>();

/** Parses a page of the built site by URL path or by relative file name (cached per run). */
export function page(distDir: string, urlOrFile: string): HTMLElement {
  const file = urlOrFile.endsWith('.html') && !urlOrFile.startsWith('/') ? path.join(distDir, urlOrFile) : fileForUrl(distDir, urlOrFile);
  let root = cache.get(file);
  if (!root) {
    root = parse(fs.readFileSync(file, 'utf8'));
    cache.set(file, root);
  }
  return root;
}

/** The JSON-LD objects of a page. */
export function jsonLd(root: HTMLElement): Record<string, unknown>[] {
  return root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));
}
