// Sizes and counts of a built site folder.
import fs from 'node:fs';
import path from 'node:path';
import { describeManifest, offlineManifest } from '../after-build/write-service-worker.ts';

export interface FolderSize {
  bytes: number;
  files: number;
}

export function folderSize(dir: string): FolderSize {
  let bytes = 0;
  let files = 0;
  if (!fs.existsSync(dir)) return { bytes, files };
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** HTML pages in a dist folder (Pagefind's own files excluded). */
export function countHtmlPages(distDir: string): number {
  return (fs.readdirSync(distDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${path.sep}`)).length;
}

/** What the service worker keeps (issue 18): the shell, and per language the automatic copy of a first visit. */
export interface OfflineMeasurement {
  shell: { files: number; bytes: number };
  languages: Record<string, { files: number; bytes: number; automaticBytes: number; listPagesLeftOut: number }>;
  /** sw.js carries the offline manifest, so it grows with the catalogue too. */
  workerBytes: number;
}

export interface DistMeasurement {
  htmlPages: number;
  pagefindIndex: FolderSize;
  dist: FolderSize;
  offline: OfflineMeasurement;
}

export function measureOffline(distDir: string): OfflineMeasurement {
  const { shell, languages } = describeManifest(offlineManifest(distDir));
  const worker = path.join(distDir, 'sw.js');
  return { shell, languages, workerBytes: fs.existsSync(worker) ? fs.statSync(worker).size : 0 };
}

export function measureDist(distDir: string): DistMeasurement {
  return {
    htmlPages: countHtmlPages(distDir),
    pagefindIndex: folderSize(path.join(distDir, 'pagefind')),
    dist: folderSize(distDir),
    offline: measureOffline(distDir),
  };
}
