// Sizes and counts of a built site folder.
import fs from 'node:fs';
import path from 'node:path';

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

export interface DistMeasurement {
  htmlPages: number;
  pagefindIndex: FolderSize;
  dist: FolderSize;
}

export function measureDist(distDir: string): DistMeasurement {
  return { htmlPages: countHtmlPages(distDir), pagefindIndex: folderSize(path.join(distDir, 'pagefind')), dist: folderSize(distDir) };
}
