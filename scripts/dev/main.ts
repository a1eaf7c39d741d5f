// npm run dev: Astro's development server, with a search index to search (see search-index-middleware.ts).
// Without a build yet, it builds once first, so search works on a fresh checkout too.
import fs from 'node:fs';
import path from 'node:path';
import { runInTerminal as run } from '../shared/run-command.ts';

const outDir = path.resolve(process.env.OUT_DIR || 'dist');
if (!fs.existsSync(path.join(outDir, 'pagefind', 'pagefind.js'))) {
  console.log(`npm run dev: no search index in ${path.relative(process.cwd(), outDir)}/ yet — building the site once so search works in the dev server.`);
  const built = await run('npm', ['run', 'build']);
  if (built !== 0) process.exit(built);
}
process.exit(await run('astro', ['dev', ...process.argv.slice(2)]));
