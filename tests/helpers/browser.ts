// The one browser-test harness: serves a built dist/ on a free localhost port and drives Chromium
// through playwright-core. Every browser test (a11y, CSP, search, map, language switch…) uses it.
//
// Use:
//   import { describe, expect, it } from 'vitest';
//   import { useSite } from './browser';
//   import { REAL } from './sites';
//
//   const site = useSite(REAL);               // registers beforeAll/afterAll for this file
//
//   describe('search', () => {
//     it('finds fish sauce', async () => {
//       const page = await site.newPage();    // fresh context; closed automatically in afterAll
//       await site.goto(page, '/tim-kiem/?q=nuoc+mam');  // same as page.goto(site.url(path))
//       await expect.poll(() => page.locator('main a').count()).toBeGreaterThan(0);
//       expect(site.problems(page)).toEqual([]);  // CSP violations, console errors, page errors
//     });
//   });
//
// - useSite(REAL) and useSite(FIXTURE) may both be called in one file: they share one Chromium.
// - Call useSite at the top level of the test file (or inside describe), never inside a test.
// - The server serves dist/ as a static host would: a directory → its index.html (a directory
//   without the trailing slash → 301 to it), real content types (.wasm, Pagefind's .pf_* files…),
//   a missing path → the nearest 404.html with status 404 (as Cloudflare Pages and Netlify do), and
//   the headers of dist/_headers (so the header CSP is enforced as well as the meta tag's); the
//   _headers file itself is not served. The server alone: startStaticServer (browser-server.ts).
// - Accessibility of any page state: runAxe(page) and describeViolations from ./browser-axe.
// - One page can be reused across tests (faster than a context per test): read
//   site.problems(page).length before a visit and slice the list after it.
// - Service workers are blocked unless a test asks for them (newPage({ serviceWorkers: 'allow' }),
//   as tests/browser/offline.test.ts does): the offline copy a worker downloads in the background
//   would otherwise compete with what the other tests time and count.
// - Pages are offline: requests to other origins never reach the network. Images from other origins
//   (map tiles) get a 1×1 PNG; anything else from another origin is aborted (and so shows up in
//   problems(page) as a console error), because the site must not depend on third-party scripts.
// - Chromium: CHROMIUM_PATH, else the build that npm ci installs (@sparticuz/chromium, pinned;
//   scripts/shared/chromium.ts). Never run `npx playwright install`: browser downloads fail here.
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Route } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../scripts/shared/chromium';
import { startStaticServer, type StaticServer } from './browser-server';
import type { SiteUnderTest } from './sites';

export { contentType, parseHeadersFile, startStaticServer, type StaticServer } from './browser-server';

// ---------------------------------------------------------------------------------------------
// Chromium

export { CHROMIUM_ARGS, chromiumExecutable } from '../../scripts/shared/chromium';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumExecutable(), headless: true, args: CHROMIUM_ARGS });
}

// One Chromium per test file (vitest isolates modules per file), shared by every useSite() call in it.
let sharedBrowser: Promise<Browser> | undefined;
let users = 0;

async function acquireBrowser(): Promise<Browser> {
  users++;
  sharedBrowser ??= launchChromium();
  return sharedBrowser;
}

async function releaseBrowser(): Promise<void> {
  users--;
  if (users > 0 || !sharedBrowser) return;
  const browser = sharedBrowser;
  sharedBrowser = undefined;
  await (await browser.catch(() => undefined))?.close();
}

// ---------------------------------------------------------------------------------------------
// Problems a page reports: CSP violations, console errors, uncaught exceptions

export interface PageProblem {
  kind: 'csp' | 'console' | 'pageerror';
  text: string;
}

const problemsOf = new WeakMap<Page, PageProblem[]>();

/** Starts recording a page's problems (newPage() does this for every page it makes). */
export async function watchPage(page: Page): Promise<void> {
  const list: PageProblem[] = [];
  problemsOf.set(page, list);
  await page.exposeBinding('__reportCspViolation', (_source, text: string) => {
    list.push({ kind: 'csp', text });
  });
  // Init scripts are injected by the DevTools protocol, so the page's own CSP does not block them.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile || e.documentURI}:${e.lineNumber}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') list.push({ kind: 'console', text: `${msg.text()} (${msg.location().url})` });
  });
  page.on('pageerror', (err) => list.push({ kind: 'pageerror', text: String(err.stack ?? err) }));
}

/** What went wrong on the page so far: [] when nothing did. */
export function pageProblems(page: Page): PageProblem[] {
  return [...(problemsOf.get(page) ?? [])];
}

// A transparent 1×1 PNG for map tiles and other images from other origins.
const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

// ---------------------------------------------------------------------------------------------
// useSite

export interface SiteSession {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  readonly baseUrl: string;
  /** The shared Chromium (for tests that need their own contexts). */
  readonly browser: Browser;
  /** The absolute URL of a site path ('/en/' → 'http://127.0.0.1:1234/en/'). */
  url(sitePath: string): string;
  /** A new page in its own context (service workers blocked unless options allow them), watched for problems, offline; closed in afterAll. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** page.goto(url(sitePath)), waiting for the load event; returns the main response. */
  goto(page: Page, sitePath: string): ReturnType<Page['goto']>;
  /**
   * goto with the page's meta refresh taken out: a record's former address (src/views/MovedPage.astro)
   * opens the record at once, and this keeps the browser on the page itself to check it.
   */
  gotoWithoutRefresh(page: Page, sitePath: string): ReturnType<Page['goto']>;
  /** CSP violations, console errors and uncaught exceptions seen on the page (see watchPage). */
  problems(page: Page): PageProblem[];
}

/** Serves `site.outDir` and opens Chromium for the current test file (beforeAll/afterAll). */
export function useSite(site: SiteUnderTest | { outDir: string }): SiteSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startStaticServer(site.outDir);
    browser = await acquireBrowser();
  });

  afterAll(async () => {
    for (const c of contexts.splice(0)) await c.close().catch(() => undefined);
    if (browser) await releaseBrowser();
    await server?.close();
  });

  const ready = () => {
    if (!server || !browser) throw new Error('useSite(): the server is not running; use it inside tests, after beforeAll.');
    return { server, browser };
  };

  const session: SiteSession = {
    get baseUrl() {
      return ready().server.baseUrl;
    },
    get browser() {
      return ready().browser;
    },
    url: (sitePath) => new URL(sitePath, `${ready().server.baseUrl}/`).href,
    async newPage(options = {}) {
      const { server: s, browser: b } = ready();
      const context = await b.newContext({ locale: 'vi-VN', serviceWorkers: 'block', ...options });
      contexts.push(context);
      const origin = new URL(s.baseUrl).origin;
      await context.route(
        (url) => url.origin !== origin && (url.protocol === 'http:' || url.protocol === 'https:'),
        (route) =>
          route.request().resourceType() === 'image'
            ? route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_PNG })
            : route.abort('blockedbyclient'),
      );
      const page = await context.newPage();
      await watchPage(page);
      return page;
    },
    goto: (page, sitePath) => page.goto(session.url(sitePath), { waitUntil: 'load' }),
    async gotoWithoutRefresh(page, sitePath) {
      const url = session.url(sitePath);
      const withoutRefresh = async (route: Route) => {
        const original = await route.fetch();
        await route.fulfill({ response: original, body: (await original.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
      };
      await page.route(url, withoutRefresh);
      try {
        return await session.goto(page, sitePath);
      } finally {
        await page.unroute(url, withoutRefresh);
      }
    },
    problems: pageProblems,
  };
  return session;
}
