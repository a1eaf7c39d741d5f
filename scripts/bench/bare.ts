// The yardstick: a throwaway Astro project that does the least a content site can do — one
// Markdown collection, one dynamic route, one trivial page per entry — with the same Astro
// version (the repository's node_modules). What this site's build costs beyond it is our own.
import fs from 'node:fs';
import path from 'node:path';
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
  entries: defineCollection({ loader: glob({ pattern: '*.md', base: './entries' }), schema: z.object({ title: z.string() }) }),
};
`;

const ROUTE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const entries = await getCollection('entries');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><h1>{entry.data.title}</h1><Content /></body>
</html>
`;

/** Writes a bare Astro project into `dir` that builds exactly `pages` pages. */
export function writeBareProject(repoRoot: string, dir: string, pages: number) {
  fs.mkdirSync(path.join(dir, 'src/pages/p'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'entries'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }, null, 2));
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG);
  fs.writeFileSync(path.join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  fs.writeFileSync(path.join(dir, 'src/pages/p/[slug].astro'), ROUTE);
  for (let i = 1; i <= pages; i++) {
    fs.writeFileSync(path.join(dir, 'entries', `trang-${i}.md`), `---\ntitle: "Trang số ${i}"\n---\nMột trang **đơn giản** số ${i}.\n`);
  }
  linkNodeModules(repoRoot, dir);
}
