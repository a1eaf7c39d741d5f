// The steps of a build, in order: check the content, astro build, then the files made from the built
// site (scripts/after-build/main.ts: editor, icons, search index, QR files, service worker). The one
// list that `npm run build` (scripts/build/main.ts), the tests' build helpers and the benchmark run,
// so that a step, its order or the settings of its process cannot differ between them.

export interface BuildStep {
  /** Its name in reports (the benchmark's steps). */
  name: string;
  /** A program of the project's node_modules/.bin. */
  bin: 'tsx' | 'astro';
  args: string[];
  /** Variables its process gets on top of the build's own (CONTENT_DIR, OUT_DIR…). */
  env: Readonly<Record<string, string>>;
}

/**
 * astro build's process, for its memory. The bundler (Rolldown, whose allocator is mimalloc) frees
 * its memory lazily and kept much of it while every page rendered: with no purge delay it gives it
 * back as it frees it. The image encoders' threads (sharp) and the integrations' hooks at the end of
 * the build each grew a malloc arena of their own that was never given back: two arenas at most.
 * At 20,000 products astro build peaked at 1.99 GiB without these two settings and 1.75 GiB with them
 * (one run each, 7 Dec, the rest of the build the same), about as fast.
 */
export const ASTRO_BUILD_ENV: Readonly<Record<string, string>> = { MIMALLOC_PURGE_DELAY: '0', MALLOC_ARENA_MAX: '2' };

/** The steps; `outDir` is handed to the after-build step (else it reads OUT_DIR, as astro build does). */
export function buildSteps(outDir?: string): BuildStep[] {
  return [
    { name: 'check', bin: 'tsx', args: ['scripts/check/main.ts'], env: {} },
    { name: 'astro build', bin: 'astro', args: ['build'], env: ASTRO_BUILD_ENV },
    { name: 'qr + pagefind', bin: 'tsx', args: ['scripts/after-build/main.ts', ...(outDir ? [outDir] : [])], env: {} },
  ];
}
