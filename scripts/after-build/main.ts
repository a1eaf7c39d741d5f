// What `npm run build` does after astro build: the products' QR code files, then the Pagefind
// search index. Any failure exits 1, so the build fails.
//   tsx scripts/after-build/main.ts [dist]
import path from 'node:path';
import { indexSite, indexSize } from './index-search.ts';
import { writeQrFiles } from './write-qr-files.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
try {
  let started = Date.now();
  const codes = await writeQrFiles(dist);
  console.log(`qr: wrote ${codes} QR code files in ${Date.now() - started} ms`);
  started = Date.now();
  const { pages, ms, languages } = await indexSite(dist);
  console.log(
    `pagefind: indexed ${pages} records (${Object.entries(languages).map(([l, n]) => `${l} ${n}`).join(', ')}) in ${ms} ms; ` +
      `index ${(indexSize(dist) / 1024).toFixed(1)} KB`,
  );
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
