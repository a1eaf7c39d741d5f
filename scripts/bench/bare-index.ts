// The bare pipeline's search index (scripts/bench/bare.ts): the site's own indexer over the bare
// project's built pages, as scripts/after-build/main.ts runs it, with the same report line.
//   tsx scripts/bench/bare-index.ts <dist>
import path from 'node:path';
import { indexSite, indexSize } from '../after-build/index-search.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
try {
  const { pages, ms, languages } = await indexSite(dist);
  console.log(
    `pagefind: indexed ${pages} records (${Object.entries(languages).map(([l, n]) => `${l} ${n}`).join(', ')}) in ${ms} ms; ` +
      `index ${(indexSize(dist) / 1024).toFixed(1)} KB`,
  );
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
