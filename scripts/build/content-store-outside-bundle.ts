// astro build bundles the content collections' store (Astro's data-store.json: every record, its
// body and its rendered HTML) into the prerender bundle as one string literal,
// `export default JSON.parse("…")`. At 20,000 products that literal is 59 MB, and making it cost
// more still: Astro's loader reads the file, parses it once to check it, and writes it out again as a
// string literal, which the bundler (Rolldown) copies and hands to every transform hook. The build's
// memory rose by 0.85 GiB in the four seconds of bundling, to astro build's peak (2.1 GiB at 20,000
// products, measured 7 Dec), the bundler kept much of it committed while the pages rendered, and
// V8 kept the literal beside the parsed store. This integration loads that module itself, before
// Astro's loader, as a module that reads the same file when the prerender code starts: the store
// is read and parsed once, by the code that uses it. The store, its format and its place (Astro's
// cacheDir) are Astro's own; only where it is read changes.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The store's virtual module as Astro resolves it (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** The Vite environment that renders the static pages in astro build. */
const PRERENDER = 'prerender';

/**
 * The module that replaces Astro's: it reads `storeFile` when the prerender code starts. Astro's own
 * is `export default JSON.parse(<the file's text>)` (astro/dist/content/vite-plugin-content-virtual-mod.js;
 * tests/unit/scripts/content-store-outside-bundle.test.ts fails when an upgrade changes that).
 */
export const storeReader = (storeFile: string) =>
  `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;

/**
 * The Vite plugin: loads the store's module in server builds before Astro's loader does (a hook
 * ordered first), when there is a store file (without one, Astro's loader gives an empty store).
 * Fails the build when the prerender bundle never loaded the store through it (a newer Astro that
 * names the module differently), rather than let the memory it saves come back unnoticed.
 */
export function contentStorePlugin(storeFile: string): Plugin {
  let loaded = false;
  return {
    name: 'ocop:content-store-outside-bundle',
    apply: 'build',
    enforce: 'pre',
    load: {
      order: 'pre',
      filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
      handler(id) {
        if (id !== DATA_STORE_MODULE || this.environment.name === 'client' || !fs.existsSync(storeFile)) return null;
        loaded = true;
        return { code: storeReader(storeFile), map: { mappings: '' } };
      },
    },
    buildEnd() {
      if (this.environment.name === PRERENDER && !loaded) {
        this.error(`the prerender bundle did not load Astro's content store (${DATA_STORE_MODULE.slice(1)}) from ${storeFile}; scripts/build/content-store-outside-bundle.ts must follow Astro's change`);
      }
    },
  };
}

/** The integration: the plugin, in astro build only, reading the store from Astro's cacheDir. */
export function contentStoreOutsideBundle(): AstroIntegration {
  return {
    name: 'ocop:content-store-outside-bundle',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({ vite: { plugins: [contentStorePlugin(storeFile)] } });
      },
    },
  };
}
