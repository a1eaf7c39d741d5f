// `npm run dev` as an editor uses it: pages styled, scripts running, map and search working, no
// CSP violation, no console error, and no dependency-scan error in the server's output.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, pageProblems, watchPage } from '../helpers/browser';
import { withoutVitest } from '../helpers/build-site';
import { REAL, ROOT } from '../helpers/sites';

let server: ChildProcess;
let output = '';
let baseUrl: string;
let browser: Browser;

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen({ port: 0, host: '127.0.0.1' }, resolve));
  const { port } = s.address() as net.AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  // The real content and the search index of its test build (the dev server serves /pagefind/ from OUT_DIR).
  // Astro's own entry run by this Node (the project's Node 24), whatever node is first on PATH.
  server = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    // Without Vitest's own variables (NODE_ENV=test, VITEST…): the dev server as a person starts it.
    env: { ...withoutVitest(process.env), CONTENT_DIR: REAL.contentDir, OUT_DIR: REAL.outDir, ASTRO_CACHE_DIR: REAL.cacheDir, BUILD_DATE: '2026-11-23' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 90_000;
  let last = '';
  for (;;) {
    const up = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(30_000) }).then(
      (r) => ((last = `HTTP ${r.status}`), r.ok),
      (e: Error) => ((last = String(e.cause ?? e)), false),
    );
    if (up) break;
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`the dev server did not start (${last}):\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  browser = await launchChromium();
  // A fresh dev server reloads the first page it serves once, when its first page's client modules
  // are ready (seen with Vite 8, also with the toolbar off); later pages load once. Take that visit here.
  const first = await (await browser.newContext()).newPage();
  await first.goto(`${baseUrl}/`, { waitUntil: 'load' });
  await first.waitForEvent('framenavigated', { timeout: 20_000 }).catch(() => undefined);
  await first.waitForLoadState('networkidle');
  await first.context().close();
}, 150_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

async function open(pathname: string, viewport = { width: 1366, height: 900 }): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'vi-VN', viewport })).newPage();
  await watchPage(page);
  // Tiles and anything else from another origin never leave the machine.
  await page.route((url) => !url.href.startsWith(baseUrl), (route) => route.abort('blockedbyclient'));
  const response = await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'load' });
  expect(response?.status(), pathname).toBe(200);
  return page;
}

describe('the dev server (npm run dev)', () => {
  it('serves a product page with its stylesheet applied and no CSP violation or console error', async () => {
    const page = await open('/san-pham/nuoc-mam-duy-trinh/');
    // The page's own colours and layout come from the stylesheet: the paper background and the flex body.
    const style = await page.evaluate(() => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      display: getComputedStyle(document.body).display,
    }));
    expect(style).toEqual({ background: 'rgb(251, 248, 243)', display: 'flex' });
    await page.waitForLoadState('networkidle');
    expect(pageProblems(page)).toEqual([]);
    // No CSP meta tag in dev (it would block the dev server's own inline styles and scripts).
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0);
  });

  it('runs search with the index of the last build', async () => {
    const page = await open('/tim-kiem/?q=nuoc+mam');
    await expect.poll(() => page.locator('[data-search-results] a').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(pageProblems(page)).toEqual([]);
  });

  it('draws the sales-point map (tiles refused) without a problem besides the refused tiles', async () => {
    // On a phone the map waits below the list for its button.
    const page = await open('/diem-ban/', { width: 360, height: 400 });
    await page.locator('[data-map-show]').first().click();
    await expect.poll(() => page.locator('[data-sales-point-map]').getAttribute('data-map-state'), { timeout: 30_000 }).toBe('ready');
    expect(await page.locator('[data-map-marker]').count()).toBeGreaterThan(0);
    expect(pageProblems(page).filter((p) => !(p.kind === 'console' && p.text.includes('ERR_BLOCKED_BY_CLIENT')))).toEqual([]);
  });

  it('prints no dependency-scan error', () => {
    expect(output).not.toMatch(/Failed to scan for dependencies|error/i);
  });
});
