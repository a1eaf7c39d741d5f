// The yardstick: the bare pipeline. A throwaway Astro project that does the least a catalogue with
// search can do, with the same Astro version (the repository's node_modules): as many pages as the
// site's build, one Markdown collection, one dynamic route; each record page (a product, producer or
// sales point, in each language) carries only its record's searchable text — exactly what the site
// hands Pagefind, read from the built site with the indexer's own functions (recordPageFiles and
// recordOf in scripts/after-build/index-search.ts: the search record element and its <html lang>) —
// and the other pages are trivial. Then Pagefind indexes its record pages the same way as the site's
// (scripts/bench/bare-index.ts calls the site's indexSite: Node API, one language per process).
// What the site's build costs beyond this is our own.
import fs from 'node:fs';
import path from 'node:path';
import { recordOf, recordPageFiles } from '../after-build/index-search.ts';
import { LOCALES } from '../../src/lib/pages/routes.ts';
import { linkNodeModules } from './project.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({
  site: 'https://bare.example.org',
  outDir: './dist',
  cacheDir: './cache',
  build: { format: 'directory' },
});
`;

const CONTENT_CONFIG = `import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  entries: defineCollection({
    loader: glob({ pattern: '*.md', base: './entries' }),
    schema: z.object({ title: z.string(), path: z.string().optional(), lang: z.string(), record: z.string().optional() }),
  }),
};
`;

// A record page is its search record and nothing else; a trivial page a title and one sentence.
const ROUTE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const entries = await getCollection('entries');
  return entries.map((entry) => ({ params: { path: entry.data.path }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang={entry.data.lang}>
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body>{entry.data.record ? <Fragment set:html={entry.data.record} /> : <><h1>{entry.data.title}</h1><Content /></>}</body>
</html>
`;

/** One record page of the site as the bare project builds it: its path, language and search record. */
export interface BareRecord {
  /** Site path without slashes around it ('san-pham/nuoc-mam-x', 'en/products/nuoc-mam-x'). */
  path: string;
  lang: string;
  /** The search record element, exactly as the site's indexer hands it to Pagefind. */
  html: string;
}

/** The search records the site's indexer reads from a built site, in both languages. */
export function siteRecords(distDir: string): BareRecord[] {
  const out: BareRecord[] = [];
  for (const locale of LOCALES) {
    for (const file of recordPageFiles(distDir, locale)) {
      const doc = recordOf(fs.readFileSync(path.join(distDir, file)), file);
      if (!doc) continue;
      const lang = /<html lang="([^"]+)"/.exec(doc)?.[1];
      const body = doc.indexOf('<body>');
      const end = doc.lastIndexOf('</body>');
      if (!lang || body < 0 || end < body) throw new Error(`bench: ${file}: cannot read the search record the indexer made`);
      out.push({ path: path.posix.dirname(file.split(path.sep).join('/')), lang, html: doc.slice(body + '<body>'.length, end) });
    }
  }
  return out;
}

/** A YAML double-quoted scalar (JSON's escapes, and the two line separators YAML would break on). */
const yamlString = (s: string) => JSON.stringify(s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/**
 * Writes a bare Astro project into `dir` that builds exactly `pages` pages: the site's record pages
 * (`records`) at their own paths, and trivial pages for the rest (the home page among them).
 */
export function writeBareProject(repoRoot: string, dir: string, pages: number, records: readonly BareRecord[]) {
  if (records.length >= pages) throw new Error(`bench: the bare project needs more pages (${pages}) than records (${records.length})`);
  fs.mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'entries'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }, null, 2));
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG);
  fs.writeFileSync(path.join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  fs.writeFileSync(path.join(dir, 'src/pages/[...path].astro'), ROUTE);
  records.forEach((r, i) => {
    const front = [`title: "Bản ghi ${i + 1}"`, `path: ${yamlString(r.path)}`, `lang: ${yamlString(r.lang)}`, `record: ${yamlString(r.html)}`];
    fs.writeFileSync(path.join(dir, 'entries', `ban-ghi-${i + 1}.md`), `---\n${front.join('\n')}\n---\n`);
  });
  for (let i = 1; i <= pages - records.length; i++) {
    // The first trivial page is the home page (the indexer checks that the site has one).
    const where = i === 1 ? '' : `path: "p/trang-${i}"\n`;
    fs.writeFileSync(path.join(dir, 'entries', `trang-${i}.md`), `---\ntitle: "Trang số ${i}"\n${where}lang: "vi"\n---\nMột trang **đơn giản** số ${i}.\n`);
  }
  linkNodeModules(repoRoot, dir);
}
