// What `npm run build` does after astro build: the products' QR code files, the content editor's
// files in admin/ (scripts/cms), then the Pagefind search index. Any failure exits 1, so the build fails.
//   tsx scripts/after-build/main.ts [dist]
import path from 'node:path';
import { indexSite, indexSize } from './index-search.ts';
import { writeQrFiles } from './write-qr-files.ts';
import { writeAdmin } from '../cms/admin-files.ts';
import { contentDir } from '../../src/lib/content-layout.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
try {
  let started = Date.now();
  const codes = await writeQrFiles(dist);
  console.log(`qr: wrote ${codes} QR code files in ${Date.now() - started} ms`);
  const adminFiles = writeAdmin(dist, contentDir(), process.cwd());
  console.log(`admin: wrote the content editor (${adminFiles} files) to ${path.join(dist, 'admin')}`);
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
