// The dev server has no search index of its own: Pagefind indexes built pages, after `astro build`.
// This integration serves /pagefind/ from the last build's output folder, so the search page works
// in `npm run dev` as it does on the built site (with the index of that build: run
// `npm run build` again to search new content). scripts/dev/main.ts builds one when none exists.
import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentTypeOf } from '../shared/content-types.ts';

export function devSearchIndex(outDir: string): AstroIntegration {
  const root = path.join(outDir, 'pagefind');
  return {
    name: 'ocop:dev-search-index',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith('/pagefind/')) return next();
          const file = path.join(root, decodeURIComponent(url.pathname.slice('/pagefind/'.length)));
          if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
            res.statusCode = 404;
            res.end(`No search index at ${path.relative(process.cwd(), root)}: run npm run build once.`);
            return;
          }
          res.setHeader('Content-Type', contentTypeOf(file));
          res.setHeader('Cache-Control', 'no-cache');
          fs.createReadStream(file).pipe(res);
        });
      },
    },
  };
}
