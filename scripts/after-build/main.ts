// What `npm run build` does after astro build: the content editor's files in admin/ (scripts/cms),
// the app icons, the Pagefind search index, the products' QR code files, then the service worker
// (last: its offline manifest lists every file above). Any failure exits 1, so the build fails.
// The QR files are drawn after indexing, not beside it: Pagefind's process is the build's largest
// (2.0–2.2 GiB at 20,000 products), and the drawing (which reads the whole content folder) added
// about 0.15 GB beside it, for 10–18 s saved (npm run bench).
//   tsx scripts/after-build/main.ts [dist]   (default: OUT_DIR, as astro build, else dist/)
import path from 'node:path';
import { indexSite, indexSize } from './index-search.ts';
import { writeAppIcons } from './write-app-icons.ts';
import { writeQrFiles } from './write-qr-files.ts';
import { OFFLINE_COPY_BUDGET_BYTES } from '../../src/lib/offline/offline-plan.ts';
import { writeServiceWorker } from './write-service-worker.ts';
import { writeAdmin } from '../cms/admin-files.ts';
import { contentDir } from '../../src/lib/content/content-layout.ts';

const dist = path.resolve(process.argv[2] ?? (process.env.OUT_DIR || 'dist'));

try {
  // The editor saves into the repository it is served from: a content folder outside this project
  // (another province's, kept elsewhere) gets a site without it, not a failed build.
  const content = contentDir();
  if (path.relative(process.cwd(), content).startsWith('..')) {
    console.log(`admin: no content editor: the content folder ${content} is outside this project (${process.cwd()})`);
  } else {
    const adminFiles = await writeAdmin(dist, content, process.cwd());
    console.log(`admin: wrote the content editor (${adminFiles} files) to ${path.join(dist, 'admin')}`);
  }
  const icons = writeAppIcons(dist);
  console.log(`icons: wrote ${icons.join(', ')}`);
  const { pages, ms, languages } = await indexSite(dist);
  console.log(
    `pagefind: indexed ${pages} records (${Object.entries(languages).map(([l, n]) => `${l} ${n}`).join(', ')}) in ${ms} ms; ` +
      `index ${(indexSize(dist) / 1024).toFixed(1)} KB`,
  );
  const qrStarted = Date.now();
  const codes = await writeQrFiles(dist);
  console.log(`qr: wrote ${codes} QR code files in ${Date.now() - qrStarted} ms`);
  const started = Date.now();
  const sw = await writeServiceWorker(dist);
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  console.log(
    `service worker: version ${sw.version}, shell ${sw.shell.files} files ${kb(sw.shell.bytes)}; automatic offline copy ` +
      Object.entries(sw.languages).map(([l, x]) => `${l} ${x.files + sw.shell.files} files ${kb(x.automaticBytes)}`).join(', ') +
      `; sw.js ${kb(sw.workerBytes)} in ${Date.now() - started} ms`,
  );
  for (const [l, x] of Object.entries(sw.languages)) {
    const { districts, ...sets } = x.onRequest;
    const saved = [
      ...Object.entries(sets).map(([id, v]) => `${id} ${v.files} files ${kb(v.bytes)}`),
      ...(districts.files ? [`district pages ${districts.files} files ${kb(districts.bytes)} (with each district's button)`] : []),
    ];
    if (saved.length) console.log(`service worker: ${l}: left out of the automatic copy to keep within its budget, saved on request: ${saved.join('; ')}`);
    if (x.automaticBytes > OFFLINE_COPY_BUDGET_BYTES) {
      console.log(`service worker: ${l}: the automatic offline copy (${kb(x.automaticBytes)}) exceeds its budget of ${kb(OFFLINE_COPY_BUDGET_BYTES)}`);
    }
  }
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
