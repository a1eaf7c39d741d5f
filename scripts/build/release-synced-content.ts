// astro build first syncs the content collections: Astro's content layer reads every record into a
// store in memory and writes it to data-store.json. The pages are then rendered from a second copy,
// the one the prerender code reads from that file (scripts/build/content-store-outside-bundle.ts),
// while the content layer keeps the first for the rest of the build, unused: two copies of every
// record, body and rendered HTML. This integration lets go of the first once the build starts
// (Astro's own singleton, globalContentLayer, disposed as Astro disposes it on a new sync), which
// lowered astro build's memory while rendering 20,000 products by about 0.25 GiB (measured 7 Dec).
//
// The singleton is not part of Astro's public API: it is read from the installed Astro's file
// (loaded with require(), which shares Node's module cache with Astro's own import of it, where a
// dynamic import() in this config-loaded module would go through Vite's module runner), and the
// build fails if an upgrade moved or changed it, rather than let the memory come back unnoticed.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AstroIntegration } from 'astro';

/** Where Astro 7 keeps the content layer's singleton, in its package. */
export const CONTENT_LAYER_MODULE = 'dist/content/instance.js';

interface ContentLayerSingleton {
  get(): unknown;
  dispose(): void;
}

const isSingleton = (value: unknown): value is ContentLayerSingleton =>
  typeof value === 'object' && value !== null && typeof (value as ContentLayerSingleton).get === 'function' && typeof (value as ContentLayerSingleton).dispose === 'function';

/** The installed Astro's content layer singleton; throws, naming the file, when it is not there as expected. */
export function contentLayerSingleton(require: NodeJS.Require = createRequire(import.meta.url)): ContentLayerSingleton {
  const file = path.join(path.dirname(require.resolve('astro/package.json')), CONTENT_LAYER_MODULE);
  let singleton: unknown;
  try {
    singleton = (require(file) as { globalContentLayer?: unknown }).globalContentLayer;
  } catch (error) {
    throw new Error(`${file}: cannot load Astro's content layer singleton (${(error as Error).message}); scripts/build/release-synced-content.ts must follow Astro's change`);
  }
  if (!isSingleton(singleton)) throw new Error(`${file}: no globalContentLayer with get() and dispose(); scripts/build/release-synced-content.ts must follow Astro's change`);
  return singleton;
}

/** The integration: in astro build, once the content is synced, the content layer and its store are let go. */
export function releaseSyncedContent(): AstroIntegration {
  return {
    name: 'ocop:release-synced-content',
    hooks: {
      'astro:build:start': () => {
        const layer = contentLayerSingleton();
        if (!layer.get()) throw new Error(`astro build started without a synced content layer: scripts/build/release-synced-content.ts must follow Astro's change`);
        layer.dispose();
      },
    },
  };
}
