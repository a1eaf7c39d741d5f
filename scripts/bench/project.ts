// Where the benchmark builds: a private copy of the project in a temporary folder.
//
// Why not build in the working tree with OUT_DIR/ASTRO_CACHE_DIR alone: Astro still writes
// <root>/.astro/content-assets.mjs (the image imports of the content being built) and, when OUT_DIR
// lies outside the working directory, its prerender chunks to <root>/.astro/ too. Two builds of
// different content folders in one tree at once overwrite each other's files there (seen while
// writing this benchmark: "LocalImageUsedWrongly" in a build whose images were fine). A copy of the
// sources with its own root gives the benchmark its own .astro/, and a frozen snapshot of src/
// while other people keep editing the tree.
import fs from 'node:fs';
import path from 'node:path';

/** Root entries that are not part of what `npm run build` reads (or are build outputs and caches). */
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.astro', '.test-output', 'bench', 'content', 'tests', '.ci', 'tmp']);
/** Caches inside node_modules that builds write to: each copy gets its own. */
const PRIVATE_NODE_MODULES_ENTRIES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/**
 * node_modules as a real folder of symlinks to the repository's packages, so the copy resolves the
 * very same installed versions while Vite and Astro caches under node_modules/ stay private.
 */
export function linkNodeModules(repoRoot: string, projectDir: string) {
  const target = path.join(projectDir, 'node_modules');
  fs.mkdirSync(target, { recursive: true });
  const source = path.join(repoRoot, 'node_modules');
  for (const entry of fs.readdirSync(source)) {
    if (PRIVATE_NODE_MODULES_ENTRIES.has(entry)) continue;
    fs.symlinkSync(path.join(source, entry), path.join(target, entry));
  }
}

/** Copies the project's sources and configuration (not content/, tests/ or outputs) into `dest`. */
export function copyProject(repoRoot: string, dest: string) {
  fs.mkdirSync(dest, { recursive: true });
  for (const entry of fs.readdirSync(repoRoot)) {
    if (NOT_COPIED.has(entry) || entry.endsWith('.log')) continue;
    fs.cpSync(path.join(repoRoot, entry), path.join(dest, entry), { recursive: true });
  }
  linkNodeModules(repoRoot, dest);
}
