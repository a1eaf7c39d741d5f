// Sizes and counts of a built site folder.
import fs from 'node:fs';
import path from 'node:path';
import { describePlan, offlinePlan, type ServiceWorkerReport } from '../after-build/write-service-worker.ts';

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

/**
 * What the service worker keeps (issues 18 and 28): the shell, and per language the automatic copy of
 * a first visit (its pack, in steps of priority), what is left to be saved on request, and sw.js.
 */
export interface OfflineMeasurement {
  shell: { files: number; bytes: number };
  languages: ServiceWorkerReport['languages'];
  /** sw.js carries the offline manifest (the shell and the packs, not the sets). */
  workerBytes: number;
}

export interface DistMeasurement {
  htmlPages: number;
  pagefindIndex: FolderSize;
  dist: FolderSize;
  offline: OfflineMeasurement;
}

export function measureOffline(distDir: string): OfflineMeasurement {
  const { shell, languages } = describePlan(offlinePlan(distDir));
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
