// The search page's engine (src/browser/search-engine.ts) run in Node against a built site: the
// site's own Pagefind script and index (read from dist/ instead of fetched), the search page's own
// configuration (its vocabulary and places, read from the built page) and its names list. The
// judged query set runs through this, so it tests what a visitor's browser would compute.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import type { SearchConfig } from '../../src/browser/search-config';
import { SearchEngine } from '../../src/browser/search-engine';
import { searchSources, type PagefindApi, type PagefindModule } from '../../src/browser/search-pagefind';
import type { RecordOrder, SearchBundle } from '../../src/lib/search/search-bundles';
import { emptyState, type SearchState } from '../../src/lib/search/search-query';
import { paths, type Locale } from '../../src/lib/pages/routes';
import { fileForUrl } from './dist';

const ORIGIN = 'http://search.test';

/** fetch() for the site's origin, answered from dist/ (Pagefind's script fetches its index with it). */
function installFetch(distDir: string): void {
  const previous = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    if (url.origin !== ORIGIN) return previous(input as Parameters<typeof fetch>[0]);
    const file = fileForUrl(distDir, url.pathname);
    if (!fs.existsSync(file)) return new Response(null, { status: 404 });
    return new Response(fs.readFileSync(file));
  }) as typeof fetch;
}

export interface NodeSearch {
  config: SearchConfig;
  engine: SearchEngine;
  /** The URLs of the results for a query (and optionally filters), best first. */
  urls(q: string, state?: Partial<SearchState>): Promise<string[]>;
}

/**
 * One engine per language of a built site, searching every bundle. Each language gets the script
 * under its own URL (a query string), as two pages would.
 */
export async function nodeSearch(distDir: string, locale: Locale): Promise<NodeSearch> {
  installFetch(distDir);
  const page = parse(fs.readFileSync(fileForUrl(distDir, paths.search(locale)), 'utf8'));
  const config = JSON.parse(page.querySelector('#search-config')!.textContent) as SearchConfig;
  const script = pathToFileURL(path.join(distDir, config.pagefind));
  const pagefind = (await import(`${script.href}?${locale}`)) as PagefindModule;
  const fetchJson = async <T,>(url: string) => (await (await fetch(`${ORIGIN}${url}`)).json()) as T;
  // Pagefind picks the index of the page's <html lang> when an instance is made: a stand-in
  // document says it meanwhile. Without a web worker (Node), init() returns before the instance
  // has started its WebAssembly, and two instances starting it at once break each other: a first
  // search waits for the start, as the page's first results do in a browser.
  const instance = (bundle: SearchBundle): PagefindApi => {
    const g = globalThis as { document?: unknown };
    g.document = { querySelector: () => ({ getAttribute: () => locale }) };
    let api: PagefindApi;
    try {
      api = pagefind.createInstance({ basePath: `${ORIGIN}${bundle.path}`, baseUrl: '/' });
    } finally {
      delete g.document;
    }
    const init = api.init.bind(api);
    return Object.assign(api, {
      init: async () => {
        await init();
        await api.search('"started"');
      },
    });
  };
  const sources = searchSources(config.bundles, config.recordOrderUrl, instance, fetchJson<RecordOrder>);
  const loadNames = async () => (await fetchJson<{ names: string[] }>(config.namesUrl)).names;
  const engine = new SearchEngine(sources, { vocabulary: config.vocabulary, places: config.places, loadNames });
  // As the page does once the first results are shown: every bundle is searched.
  await engine.loadAll();
  return {
    config,
    engine,
    async urls(q, state = {}) {
      const outcome = await engine.search({ ...emptyState(), ...state, q });
      return Promise.all(outcome.results.map(async (r) => (await r.result.data()).url));
    },
  };
}
