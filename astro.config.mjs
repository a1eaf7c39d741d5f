// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import fs from 'node:fs';
import path from 'node:path';
import { contentStoreOutsideBundle } from './scripts/build/content-store-outside-bundle.ts';
import { releaseSyncedContent } from './scripts/build/release-synced-content.ts';
import { devSearchIndex } from './scripts/dev/search-index-middleware.ts';
import { emptyCategoryPaths } from './scripts/shared/empty-categories.ts';
import { formerAddressPaths } from './scripts/shared/former-addresses.ts';
import { assertPublishableAddress } from './src/lib/publishing/publish.ts';
import { languageAlternates } from './src/lib/publishing/alternates.ts';
import { escapeHtml } from './src/lib/content/markdown-escape-html.ts';

// The site's address comes from the content folder (SITE_URL overrides it), so another
// province's content builds with this same configuration.
const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');
const siteConfig = JSON.parse(fs.readFileSync(path.join(contentDir, 'site.json'), 'utf8'));
const site = process.env.SITE_URL || siteConfig.url;
// A build for publishing (PUBLISH=1) refuses the placeholder address of site.json.
assertPublishableAddress(site, process.env.SITE_URL ? 'SITE_URL' : path.join(contentDir, 'site.json'));

// Astro writes its intermediate build files to <outDir> only when outDir is inside the project;
// otherwise to ./.astro/, where two builds running side by side overwrite each other's chunks.
const outDir = path.resolve(process.env.OUT_DIR || 'dist');
if (!outDir.startsWith(process.cwd() + path.sep)) {
  throw new Error(`OUT_DIR must be a folder inside the project (${process.cwd()}), got ${outDir}: use e.g. .test-output/<name>/dist`);
}

// Pages at records' former addresses send readers on and stay out of the sitemap: read from the
// content when the sitemap is written, not at every start (dev server, astro check).
/** @type {Set<string> | undefined} */
let formerAddresses;
// So do the pages of product groups and sets with no product: no page links to them.
/** @type {Set<string> | undefined} */
let emptyCategories;

export default defineConfig({
  site,
  // Separate output and cache folders let tests and the benchmark build several content folders side by side.
  outDir,
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  // Editors preview content with the dev server; the developer toolbar is not for them (and its
  // late-discovered dependencies reload the first page a fresh dev server serves).
  devToolbar: { enabled: false },
  // Four pages rendered at a time: a page's render waits for its file to be written, and on this
  // project's 2-core machines the render phase spent a fifth of its time waiting so (measured at
  // 2,000 products: 21–28 s with one page at a time, 18–22 s with four; 8 and 16 gave no more).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    devSearchIndex(outDir),
    // astro build reads the content store from its file instead of bundling it as a string (memory).
    contentStoreOutsideBundle(),
    // astro build lets go of the content layer's copy of the store once the content is synced (memory).
    releaseSyncedContent(),
    // Every page's language versions, exactly as its own hreflang links declare them (the
    // integration's i18n option pairs only pages whose paths are identical, i.e. / and /en/).
    // The not-found pages (/404.html, /en/404/) are kept out: they are noindex and have no address
    // of their own; so are former addresses (noindex, they lead to a record's page).
    sitemap({
      filter: (page) => {
        const { pathname } = new URL(page);
        return (
          !/\/404(\.html|\/)$/.test(pathname) &&
          !(formerAddresses ??= formerAddressPaths(contentDir)).has(pathname) &&
          !(emptyCategories ??= emptyCategoryPaths(contentDir)).has(pathname)
        );
      },
      serialize: (item) => ({ ...item, links: languageAlternates(item.url) }),
    }),
  ],
  markdown: {
    // Astro's own processor (Sätteri) with one plugin: raw HTML in a body is rejected by the check,
    // and escapeHtml escapes it anyway, so it never reaches a page.
    processor: satteri({ mdastPlugins: [escapeHtml] }),
  },
  image: {
    responsiveStyles: false,
  },
  vite: {
    plugins: [tailwindcss()],
    // The map loads Leaflet on demand; listing it here lets the dev server prepare it at start,
    // instead of discovering it on the first map and reloading the page.
    optimizeDeps: { include: ['leaflet'] },
    // Never inline scripts or assets: the Content-Security-Policy allows only the site's own files.
    build: { assetsInlineLimit: 0 },
  },
});
