// Offline on a phone (issue 18), in Chromium with the browser context's offline mode: after one
// visit to the home page, district, sales point and search pages work without a connection, a
// product page never visited gives the offline page, a saved district's product pages work, and a
// new build replaces the offline copy whole. The served site is a copy of the real build, so the
// "new build" can change it without touching the site other tests read.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineManifest, writeServiceWorker } from '../../scripts/after-build/write-service-worker';
import { offlineEn, offlineVi } from '../../src/i18n/sections/offline';
import { paths } from '../../src/lib/pages/routes';
import { CHROMIUM_ARGS, chromiumExecutable, useSite, type PageProblem } from '../helpers/browser';
import { describeViolations, runAxe } from '../helpers/browser-axe';
import { fileForUrl, page as builtPage } from '../helpers/dist';
import { OUTPUT, REAL } from '../helpers/sites';

const COPY = path.join(OUTPUT, 'offline-copy', 'dist');

beforeAll(() => {
  fs.rmSync(COPY, { recursive: true, force: true });
  fs.cpSync(REAL.outDir, COPY, { recursive: true });
});
afterAll(() => fs.rmSync(path.dirname(COPY), { recursive: true, force: true }));

const site = useSite({ outDir: COPY });

/** A district with products, its first product, and a product of another district (to stay unvisited). */
function pickPages() {
  const districts = fs.readdirSync(path.join(REAL.outDir, paths.districts('vi'))).filter((d) => !d.endsWith('.html'));
  const lists = districts.map((d) => JSON.parse(fs.readFileSync(path.join(REAL.outDir, paths.districtOfflineList('vi', d)), 'utf8')) as { district: string; pages: string[] });
  const withProducts = lists.filter((l) => l.pages.some((p) => p.startsWith(paths.products('vi'))));
  const saved = withProducts[0]!;
  const other = withProducts.find((l) => l !== saved)!;
  const salesPoints = fs.readdirSync(path.join(REAL.outDir, paths.salesPoints('vi'))).filter((d) => !d.endsWith('.html'));
  return {
    district: saved.district,
    savedProduct: saved.pages.find((p) => p.startsWith(paths.products('vi')))!,
    unvisitedProduct: other.pages.find((p) => p.startsWith(paths.products('vi')))!,
    salesPoint: paths.salesPoint('vi', salesPoints[0]!),
  };
}

const h1 = (p: Page) => p.locator('h1').first().textContent();
const builtH1 = (url: string) => builtPage(REAL.outDir, url).querySelector('h1')!.textContent;
const cacheNames = (p: Page) => p.evaluate(() => caches.keys());

describe('offline (real catalogue)', () => {
  let page: Page;
  const pick = () => pickPages();

  it('installs the worker on the home page and keeps the Vietnamese copy, saying when it was saved', async () => {
    page = await site.newPage({ serviceWorkers: 'allow' });
    await site.goto(page, '/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const status = page.locator('[data-offline-status]');
    await expect.poll(() => status.getAttribute('data-offline-version'), { timeout: 60_000 }).toBe(offlineManifest(COPY).version);
    await expect(status.isVisible()).resolves.toBe(true);
    // "lúc 05:52 ngày 2/12/2026", not "lúc 05:52 2 thg 12, 2026".
    expect(await status.textContent()).toMatch(/^Bản ngoại tuyến lưu lúc \d{2}:\d{2} ngày \d{1,2}\/\d{1,2}\/\d{4}: /);
    const names = await cacheNames(page);
    expect(names.some((n) => n.endsWith('-pack-vi'))).toBe(true);
    // Only the language visited: an English pack would double what a phone stores.
    expect(names.some((n) => n.endsWith('-pack-en'))).toBe(false);
    expect(site.problems(page)).toEqual([]);
  });

  it('online, the footer’s link to the offline page explains what works offline without claiming there is no connection', async () => {
    const online = await site.newPage();
    for (const [locale, words] of [['vi', offlineVi], ['en', offlineEn]] as const) {
      const t = words.offline.page;
      await site.goto(online, paths.home(locale));
      const link = online.locator('[data-offline-status] a');
      expect(await link.getAttribute('href')).toBe(paths.offline(locale));
      await site.goto(online, paths.offline(locale));
      await expect.poll(() => online.locator('[data-offline-page]').getAttribute('data-mode')).toBe('guide');
      expect(await online.evaluate(() => navigator.onLine)).toBe(true);
      expect(await h1(online)).toBe(t.title);
      expect(await online.locator('[data-offline-lead]').textContent()).toBe(t.lead);
      expect(await online.title()).not.toContain(t.offlineTitle);
      expect(await online.locator('main').textContent()).not.toContain(t.fallbackLead);
      // The same page without a connection says so (without a worker: the page stays open).
      await online.context().setOffline(true);
      await expect.poll(() => h1(online)).toBe(t.offlineTitle);
      expect(await online.locator('[data-offline-lead]').textContent()).toBe(t.offlineLead);
      await online.context().setOffline(false);
      await expect.poll(() => h1(online)).toBe(t.title);
    }
    // Chromium fetches the tab's icon on its own after load: if that falls after the test went
    // offline (this page has no worker to answer it), the failed fetch is the test's doing, not the site's.
    const tabIconOffline = (p: PageProblem) => p.kind === 'console' && p.text.includes('ERR_INTERNET_DISCONNECTED') && p.text.includes(`${site.baseUrl}/favicon.svg`);
    expect(site.problems(online).filter((p) => !tabIconOffline(p))).toEqual([]);
  });

  it('is installable in both languages: Chromium finds no installability error (what Lighthouse reported)', async () => {
    // Browser contexts are incognito, where nothing installs: a profile on disk, as a phone has.
    const profile = fs.mkdtempSync(path.join(OUTPUT, 'offline-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: await chromiumExecutable(), headless: true, args: CHROMIUM_ARGS });
    try {
      for (const locale of ['vi', 'en'] as const) {
        const p = await context.newPage();
        await p.goto(site.url(paths.home(locale)));
        await p.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
        const cdp = await context.newCDPSession(p);
        const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[] };
        expect(new URL(manifest.url).pathname).toBe(paths.webAppManifest(locale));
        expect(manifest.errors).toEqual([]);
        const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
        expect(installabilityErrors).toEqual([]);
      }
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });

  it('offline: opens a district page, a sales point page and the search page, and finds "nuoc mam"', async () => {
    const { district, salesPoint } = pick();
    await page.context().setOffline(true);
    for (const url of [paths.district('vi', district), salesPoint, paths.districts('vi'), paths.products('vi')]) {
      await site.goto(page, url);
      expect(await h1(page), url).toBe(builtH1(url));
    }
    await site.goto(page, `${paths.search('vi')}?q=${encodeURIComponent('nuoc mam')}`);
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 20_000 }).toMatch(/\d/);
    const results = await page.locator('[data-search-results] > li').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.resultUrl ?? ''));
    expect(results.length).toBeGreaterThan(0);
    expect(results.some((u) => /nuoc-mam/.test(u))).toBe(true);
    // The footer still says when the copy was saved.
    expect(await page.locator('[data-offline-status]').textContent()).toMatch(/lưu lúc/);
    expect(site.problems(page)).toEqual([]);
  });

  it('offline: the map of places visited once shows its markers and lists the places nearest to the reader', async () => {
    const context = page.context();
    await context.setOffline(false);
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 15.8801, longitude: 108.338 });
    const section = page.locator('[data-places-map]');
    await site.goto(page, paths.map('vi'));
    await expect.poll(() => section.getAttribute('data-map-state'), { timeout: 20_000 }).toBe('ready');
    const shown = await section.getAttribute('data-shown');
    await context.setOffline(true);
    await site.goto(page, paths.map('vi'));
    await expect.poll(() => section.getAttribute('data-map-state'), { timeout: 20_000 }).toBe('ready');
    expect(await section.getAttribute('data-shown')).toBe(shown);
    await page.locator('[data-map-locate]').click();
    await expect.poll(() => section.getAttribute('data-near')).toBe('listed');
    expect(await page.locator('[data-near-list] > li').count()).toBeGreaterThan(0);
  });

  it('offline: a product page never visited gives the offline page, which links to what works', async () => {
    const { unvisitedProduct } = pick();
    const before = site.problems(page).length;
    await site.goto(page, unvisitedProduct);
    expect(new URL(page.url()).pathname).toBe(unvisitedProduct);
    await expect(page.locator('[data-offline-page]').count()).resolves.toBe(1);
    // Standing in for another page, it says there is no connection and that page is not saved.
    await expect.poll(() => h1(page)).toBe(offlineVi.offline.page.offlineTitle);
    expect(await page.locator('[data-offline-lead]').textContent()).toBe(offlineVi.offline.page.fallbackLead);
    expect(await page.title()).toContain(offlineVi.offline.page.offlineTitle);
    const links = await page.locator('[data-offline-links] a').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
    expect(links).toContain(paths.districts('vi'));
    expect(links).toContain(paths.search('vi'));
    expect(site.problems(page).slice(before)).toEqual([]);
  });

  it('saves a district’s product pages for offline with its button', async () => {
    const { district, savedProduct } = pick();
    await page.context().setOffline(false);
    await site.goto(page, paths.district('vi', district));
    const box = page.locator('[data-offline-district]');
    await expect.poll(() => box.isVisible()).toBe(true);
    await box.locator('button').click();
    await expect.poll(() => box.locator('[data-offline-district-status]').textContent(), { timeout: 30_000 }).toMatch(/Đã lưu \d+ trang/);
    // The page with the footer line and the save box, shown only with a worker, passes axe too.
    expect(describeViolations(await runAxe(page))).toEqual([]);
    await page.context().setOffline(true);
    await site.goto(page, savedProduct);
    await expect(page.locator('[data-offline-page]').count()).resolves.toBe(0);
    expect(await h1(page)).toBe(builtH1(savedProduct));
    await page.context().setOffline(false);
  });

  it('back online, a new build replaces the copy whole: its page is served after reload, the old caches are gone', async () => {
    const { district, savedProduct } = pick();
    const url = paths.district('vi', district);
    const oldVersion = offlineManifest(COPY).version;
    // The new build: one district page changed, and the after-build step writes a new sw.js.
    const file = fileForUrl(COPY, url);
    const marker = 'Bản dựng mới';
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/(<h1[^>]*>)/, `$1${marker} `));
    const { version } = await writeServiceWorker(COPY);
    expect(version).not.toBe(oldVersion);

    await site.goto(page, url);
    // Browsers look for a new worker on navigation; asking explicitly keeps the test from racing that check.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update())).catch(() => undefined);
    // The new worker stores everything, takes over, and the page reloads itself: then it reports the new version.
    const shownVersion = () => page.locator('[data-offline-status]').getAttribute('data-offline-version', { timeout: 1000 }).catch(() => null);
    await expect.poll(shownVersion, { timeout: 90_000, interval: 500 }).toBe(version);
    await page.reload({ waitUntil: 'load' });
    expect(await h1(page)).toContain(marker);
    const names = await cacheNames(page);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.includes(`-${version}-`)), names.join(', ')).toBe(true);

    // Offline again: the new page, and what the old copy held (the Vietnamese pack, the saved district) is still there.
    await page.context().setOffline(true);
    await site.goto(page, url);
    expect(await h1(page)).toContain(marker);
    await site.goto(page, savedProduct);
    expect(await h1(page)).toBe(builtH1(savedProduct));
    await page.context().setOffline(false);
  }, 150_000);
});
