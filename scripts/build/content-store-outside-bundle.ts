// astro build bundles the content collections' store (Astro's data-store.json: every record, its
// body and its rendered HTML) into the prerender bundle as one string literal,
// `export default JSON.parse("…")`. At 20,000 products that literal is 59 MB: the bundler (Rolldown)
// held up to 0.7 GB of native memory for it, kept most of it committed while every page was
// rendered, and V8 kept the literal alive beside the parsed store. This integration has the
// bundled module read the same file when the prerender code starts instead, so only the parsed
// store stays in memory: astro build's peak at 20,000 products fell from 2.49 to 2.16 GiB
// (npm run bench, 7 Dec). The store, its format and its place (Astro's cacheDir) are Astro's own; only
// where it is read changes.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The store's virtual module as Astro resolves it (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** What Astro's own loader returns for the store kept in one file (the default storage). */
const INLINE_STORE = 'export default JSON.parse(';
/** The Vite environment that renders the static pages in astro build. */
const PRERENDER = 'prerender';

/** The module that replaces the inlined store: it reads `storeFile` when the prerender code starts. */
export const storeReader = (storeFile: string) =>
  `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;

/**
 * The Vite plugin: replaces the store's inlined module in server builds. Fails the build when the
 * prerender bundle never loaded the store as expected (a newer Astro that names or writes it
 * differently), rather than let the memory it saves come back unnoticed.
 */
export function contentStorePlugin(storeFile: string): Plugin {
  let replaced = false;
  return {
    name: 'ocop:content-store-outside-bundle',
    apply: 'build',
    transform: {
      filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
      handler(code, id) {
        if (id !== DATA_STORE_MODULE || this.environment.name === 'client') return null;
        if (!code.startsWith(INLINE_STORE)) {
          this.error(`${id}: Astro no longer inlines the content store as ${INLINE_STORE}…); scripts/build/content-store-outside-bundle.ts must follow its new form`);
        }
        replaced = true;
        return { code: storeReader(storeFile), map: { mappings: '' } };
      },
    },
    buildEnd() {
      if (this.environment.name === PRERENDER && !replaced) {
        this.error(`the prerender bundle did not load Astro's content store (${DATA_STORE_MODULE.slice(1)}); scripts/build/content-store-outside-bundle.ts must follow Astro's change`);
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
