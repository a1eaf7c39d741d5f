// Bytes a reader downloads for their first search: Pagefind's script, its WebAssembly, and the index
// chunks and result fragments one typical query fetches. Measured in headless Chromium by summing
// the /pagefind/ responses, on the site's search page when it works, else through Pagefind's JS API.
// The search page shows its first results from the first bundle (src/lib/search/search-bundles.ts)
// and only then loads the others and the order file: those responses are counted apart, as what
// follows the first results (tests/browser/search.test.ts checks that none is asked for before).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { CHROMIUM_ARGS, chromiumExecutable } from '../shared/chromium.ts';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { serveFolder } from './static-server.ts';
import { recordOrderPath, SEARCH_BUNDLES } from '../../src/lib/search/search-bundles.ts';
import { LOCALES } from '../../src/lib/pages/routes.ts';

const SEARCH_PAGE = '/tim-kiem/';
/** Results whose data a reader's first screen loads. */
const RESULTS_SHOWN = 5;

export interface SearchRequest {
  path: string;
  kind: string;
  bytes: number;
  /** Fetched after the first results were shown: the other bundles and the order file. */
  afterFirstResults?: boolean;
}

const LATER_BUNDLES = SEARCH_BUNDLES.slice(1).map((b) => b.path);
const ORDER_FILES = LOCALES.map(recordOrderPath);
const afterFirstResults = (p: string) => LATER_BUNDLES.some((b) => p.startsWith(b)) || ORDER_FILES.includes(p);

export interface SearchDownload {
  method: 'search page' | 'Pagefind JS API';
  /** Why the JS API was used, when it was. */
  note?: string;
  query: string;
  results: number | null;
  /** Sum of the /pagefind/ response bodies up to the first results, as served without HTTP compression. */
  totalBytes: number;
  /** The same, had the host gzipped the text files (Pagefind's index files are already compressed). */
  totalBytesIfHostGzips: number;
  /** What the page fetched after its first results (the other bundles, the order file), had the host gzipped the text files. */
  afterFirstResultsIfHostGzips: number;
  byKind: Record<string, number>;
  requests: SearchRequest[];
}

function kindOf(p: string): string {
  if (/\/fragment\//.test(p)) return 'result fragments';
  if (/\/index\//.test(p)) return 'index chunks';
  if (/\/filter\//.test(p)) return 'filter chunks';
  if (/\.pf_meta$/.test(p)) return 'metadata';
  if (/wasm\./.test(p)) return 'WebAssembly';
  if (/\.js$/.test(p)) return 'JavaScript';
  if (/\.css$/.test(p)) return 'CSS';
  if (/\.json$/.test(p)) return 'entry JSON';
  return 'other';
}

function recordPagefindResponses(page: Page, into: Promise<SearchRequest | null>[]) {
  page.on('response', (response: Response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/pagefind/')) return;
    into.push(
      response
        .body()
        .then((body) => ({ path: url.pathname, kind: kindOf(url.pathname), bytes: body.length, ...(afterFirstResults(url.pathname) ? { afterFirstResults: true } : {}) }))
        .catch(() => null),
    );
  });
}

async function settle(pending: Promise<SearchRequest | null>[]): Promise<SearchRequest[]> {
  // New requests may start while earlier ones finish: wait until the list stops growing.
  let seen = -1;
  while (seen !== pending.length) {
    seen = pending.length;
    await Promise.all(pending);
    await new Promise((r) => setTimeout(r, 750));
  }
  return (await Promise.all(pending)).filter((r): r is SearchRequest => r !== null);
}

async function waitForFragments(pending: Promise<SearchRequest | null>[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const done = (await Promise.all(pending)).filter(Boolean) as SearchRequest[];
    if (done.some((r) => r.kind === 'result fragments')) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** Loads /tim-kiem/?q=…, typing the query too if the page does not search on load; null if no result was fetched. */
async function viaSearchPage(browser: Browser, origin: string, query: string): Promise<SearchRequest[] | null> {
  // As on a phone (360 px): the filter panel starts closed there, and its counts load when it opens.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const pending: Promise<SearchRequest | null>[] = [];
    recordPagefindResponses(page, pending);
    await page.goto(`${origin}${SEARCH_PAGE}?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    if (!(await waitForFragments(pending, 6000))) {
      const input = page.locator('main input[type="search"], main input[name="q"], input[type="search"]').first();
      if ((await input.count()) === 0) return null;
      await input.fill('');
      await input.pressSequentially(query, { delay: 60 });
      if (!(await waitForFragments(pending, 8000))) return null;
    }
    return await settle(pending);
  } finally {
    await context.close();
  }
}

/** Pagefind's documented JS API: init, search, then the data of the first results. */
async function viaJsApi(browser: Browser, origin: string, query: string): Promise<{ requests: SearchRequest[]; results: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const pending: Promise<SearchRequest | null>[] = [];
    recordPagefindResponses(page, pending);
    // A page of the site's origin with no Content-Security-Policy of its own (a plain 404).
    await page.goto(`${origin}/__bench_blank__`);
    // A string, not a function: the script runner's transpiled helpers do not exist in the page.
    // Pagefind picks its index by the page's language: the search page is Vietnamese.
    const results = (await page.evaluate(`(async () => {
      document.documentElement.lang = 'vi';
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const search = await pagefind.search(${JSON.stringify(query)});
      await Promise.all(search.results.slice(0, ${RESULTS_SHOWN}).map((r) => r.data()));
      return search.results.length;
    })()`)) as number;
    return { requests: await settle(pending), results };
  } finally {
    await context.close();
  }
}

export async function measureFirstSearch(distDir: string, query: string): Promise<SearchDownload> {
  const server = await serveFolder(distDir);
  const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    let method: SearchDownload['method'] = 'search page';
    let note: string | undefined;
    let results: number | null = null;
    let requests = fs.existsSync(path.join(distDir, SEARCH_PAGE, 'index.html')) ? await viaSearchPage(browser, server.origin, query) : null;
    if (!requests) {
      method = 'Pagefind JS API';
      note = fs.existsSync(path.join(distDir, SEARCH_PAGE, 'index.html'))
        ? `${SEARCH_PAGE} did not fetch any result for the query, so Pagefind's JS API was used (search, then the data of the first ${RESULTS_SHOWN} results)`
        : `${SEARCH_PAGE} is not built yet, so Pagefind's JS API was used (search, then the data of the first ${RESULTS_SHOWN} results)`;
      ({ requests, results } = await viaJsApi(browser, server.origin, query));
    }
    const first = requests.filter((r) => !r.afterFirstResults);
    const byKind: Record<string, number> = {};
    for (const r of first) byKind[r.kind] = (byKind[r.kind] ?? 0) + r.bytes;
    const ifGzipped = (list: SearchRequest[]) =>
      list.reduce((n, r) => {
        if (!['JavaScript', 'CSS', 'entry JSON'].includes(r.kind)) return n + r.bytes;
        return n + zlib.gzipSync(fs.readFileSync(path.join(distDir, r.path))).length;
      }, 0);
    return {
      method,
      note,
      query,
      results,
      totalBytes: first.reduce((n, r) => n + r.bytes, 0),
      totalBytesIfHostGzips: ifGzipped(first),
      afterFirstResultsIfHostGzips: ifGzipped(requests.filter((r) => r.afterFirstResults)),
      byKind,
      requests: requests.sort((a, b) => b.bytes - a.bytes),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
