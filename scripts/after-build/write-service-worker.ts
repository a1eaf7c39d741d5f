// Writes the service worker (dist/sw.js) after the search index, so its offline manifest lists
// Pagefind's files too: every built file is sorted into the shell and the language packs
// (src/lib/offline-plan.ts), hashed, and the worker (src/service-worker/sw.ts, which uses Workbox)
// is bundled with that manifest in it. A new build therefore gives a new sw.js whenever any
// kept file changed, and browsers install it as an update.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import {
  automaticCopyBytes,
  fitToBudget,
  groupOfflineFiles,
  localePrefixes,
  urlOfFile,
  type OfflineEntry,
  type OfflineManifest,
  type PagefindLanguages,
} from '../../src/lib/offline-plan.ts';
import { LOCALES, paths, type Locale } from '../../src/lib/routes.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORKER_SOURCE = path.join(ROOT, 'src/service-worker/sw.ts');

function listFiles(distDir: string): string[] {
  return fs
    .readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(distDir, path.join(e.parentPath, e.name)));
}

function pagefindLanguages(distDir: string): PagefindLanguages {
  const file = path.join(distDir, 'pagefind', 'pagefind-entry.json');
  if (!fs.existsSync(file)) throw new Error(`${file}: no search index; the service worker is written after Pagefind`);
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { languages: PagefindLanguages }).languages;
}

/** The offline manifest of a built site: what the worker keeps, with a content hash of each file. */
export function offlineManifest(distDir: string): OfflineManifest {
  const byUrl = new Map(listFiles(distDir).map((f) => [urlOfFile(f), f]));
  const groups = groupOfflineFiles([...byUrl.keys()], pagefindLanguages(distDir));
  const entry = (url: string): OfflineEntry => {
    const data = fs.readFileSync(path.join(distDir, byUrl.get(url)!));
    return { url, revision: crypto.createHash('sha256').update(data).digest('hex').slice(0, 16), bytes: data.length };
  };
  const shell = groups.shell.map(entry);
  const packs = Object.fromEntries(LOCALES.map((l) => [l, groups.packs[l].map(entry)])) as Record<Locale, OfflineEntry[]>;
  const offlinePages = Object.fromEntries(LOCALES.map((l) => [l, paths.offline(l)])) as Record<Locale, string>;
  for (const l of LOCALES) {
    if (!shell.some((e) => e.url === offlinePages[l])) throw new Error(`${distDir}: the offline page ${offlinePages[l]} was not built`);
    if (!packs[l].some((e) => e.url === paths.home(l))) throw new Error(`${distDir}: the home page ${paths.home(l)} was not built`);
  }
  const leftOut = fitToBudget({ shell, packs });
  const all = [...shell, ...LOCALES.flatMap((l) => packs[l])];
  const version = crypto
    .createHash('sha256')
    .update(all.map((e) => `${e.url} ${e.revision}`).join('\n'))
    .digest('hex')
    .slice(0, 12);
  return { version, shell, packs, offlinePages, localePrefixes: localePrefixes(), leftOut };
}

export interface ServiceWorkerReport {
  version: string;
  shell: { files: number; bytes: number };
  /** Per language: its pack, and the automatic copy (shell + pack) a first visit stores. */
  languages: Record<string, { files: number; bytes: number; automaticBytes: number; listPagesLeftOut: number }>;
  workerBytes: number;
}

export function describeManifest(manifest: OfflineManifest): Omit<ServiceWorkerReport, 'workerBytes'> {
  const sum = (entries: OfflineEntry[]) => entries.reduce((a, e) => a + e.bytes, 0);
  return {
    version: manifest.version,
    shell: { files: manifest.shell.length, bytes: sum(manifest.shell) },
    languages: Object.fromEntries(
      LOCALES.map((l) => [
        l,
        { files: manifest.packs[l].length, bytes: sum(manifest.packs[l]), automaticBytes: automaticCopyBytes(manifest, l), listPagesLeftOut: manifest.leftOut[l] },
      ]),
    ),
  };
}

export async function writeServiceWorker(distDir: string): Promise<ServiceWorkerReport> {
  const manifest = offlineManifest(distDir);
  const result = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
    // Workbox logs every request in development builds; its production build is silent.
    define: { __OFFLINE_MANIFEST__: JSON.stringify(manifest), 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  fs.writeFileSync(path.join(distDir, paths.serviceWorker()), code);
  return { ...describeManifest(manifest), workerBytes: code.length };
}
