// Saving on request what the automatic offline copy left out (issue 28), in Chromium with the
// browser context's offline mode. The served site is a copy of the real build whose service worker is
// written again with a budget just too small for the search index (as a large catalogue's would be):
// the search page then offers "save search for offline" with its size, stores it when pressed, and
// search works offline. A district's button shows what it would store before it is pressed.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlinePlan, writeServiceWorker, type DistrictOfflineList } from '../../scripts/after-build/write-service-worker';
import { formatMessage } from '../../src/browser/search-messages';
import { offlineVi } from '../../src/i18n/sections/offline';
import { formatBytes } from '../../src/lib/pages/format';
import { OFFLINE_TIERS } from '../../src/lib/offline/offline-plan';
import { paths } from '../../src/lib/pages/routes';
import { useSite } from '../helpers/browser';
import { describeViolations, runAxe } from '../helpers/browser-axe';
import { OUTPUT, REAL } from '../helpers/sites';

const COPY = path.join(OUTPUT, 'offline-sets-copy', 'dist');

/** A budget that holds every step before the search index and one byte less than the index too. */
function budgetWithoutSearch(): number {
  const plan = offlinePlan(COPY);
  const shell = plan.manifest.shell.reduce((a, e) => a + e.bytes, 0);
  const tiers = plan.tiers.vi;
  const upTo = (tier: string) => tiers.filter((t) => OFFLINE_TIERS.indexOf(t.tier) <= OFFLINE_TIERS.indexOf(tier as never)).reduce((a, t) => a + t.kept.bytes, 0);
  return shell + upTo('search') - 1;
}

beforeAll(async () => {
  fs.rmSync(COPY, { recursive: true, force: true });
  fs.cpSync(REAL.outDir, COPY, { recursive: true });
  await writeServiceWorker(COPY, { budgetBytes: budgetWithoutSearch() });
});
afterAll(() => fs.rmSync(path.dirname(COPY), { recursive: true, force: true }));

const site = useSite({ outDir: COPY });

describe('saving for offline on request (real catalogue, a budget too small for its search index)', () => {
  let page: Page;

  it('leaves the search index out of the automatic copy and lists it as a set to save', () => {
    const { manifest } = offlinePlan(COPY, { budgetBytes: budgetWithoutSearch() });
    const search = manifest.sets.vi.find((s) => s.id === 'search');
    expect(search?.files).toBeGreaterThan(0);
    expect(manifest.packs.vi.some((e) => e.url.startsWith('/pagefind/'))).toBe(false);
    expect(manifest.packs.vi.some((e) => e.url === paths.search('vi'))).toBe(true);
  });

  it('the search page shows the index’s size before the button is pressed, then stores it', async () => {
    const { manifest } = offlinePlan(COPY, { budgetBytes: budgetWithoutSearch() });
    const search = manifest.sets.vi.find((s) => s.id === 'search')!;
    page = await site.newPage({ serviceWorkers: 'allow' });
    await site.goto(page, '/');
    const status = page.locator('[data-offline-status]');
    await expect.poll(() => status.getAttribute('data-offline-version'), { timeout: 60_000 }).toBe(manifest.version);

    await site.goto(page, paths.search('vi'));
    const box = page.locator('[data-offline-set="search"]');
    await expect.poll(() => box.isVisible(), { timeout: 20_000 }).toBe(true);
    const t = offlineVi.offline.sets;
    expect(await box.locator('[data-offline-set-size]').textContent()).toBe(formatMessage(t.size, { size: formatBytes('vi', search.bytes), n: search.files }));
    expect(await box.getAttribute('data-offline-set-bytes')).toBe(String(search.bytes));
    expect(await box.locator('button').textContent()).toBe(t.search.save);
    // The lists box is shown exactly when some list pages did not fit either.
    const lists = manifest.sets.vi.some((s) => s.id === 'lists');
    expect(await page.locator('[data-offline-set="lists"]').count()).toBe(0);
    await site.goto(page, paths.offline('vi'));
    await expect.poll(() => page.locator('[data-offline-set="search"]').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.locator('[data-offline-set="lists"]').isVisible()).toBe(lists);
    // The boxes, shown only with a worker, pass axe too.
    expect(describeViolations(await runAxe(page))).toEqual([]);
    await site.goto(page, paths.search('vi'));
    await expect.poll(() => box.isVisible(), { timeout: 20_000 }).toBe(true);

    await box.locator('button').click();
    await expect.poll(() => box.locator('[data-offline-set-status]').textContent(), { timeout: 60_000 }).toMatch(/^Đã lưu lúc \d{2}:\d{2} ngày /);
    expect(describeViolations(await runAxe(page))).toEqual([]);
    const names = await page.evaluate(() => caches.keys());
    expect(names.filter((n) => n.endsWith(`${manifest.version}-set-vi-search`))).toHaveLength(1);
    expect(site.problems(page)).toEqual([]);
  });

  it('offline, search then finds "nuoc mam" from the saved index', async () => {
    await page.context().setOffline(true);
    await site.goto(page, `${paths.search('vi')}?q=${encodeURIComponent('nuoc mam')}`);
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 20_000 }).toMatch(/\d/);
    const results = await page.locator('[data-search-results] > li').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.resultUrl ?? ''));
    expect(results.some((u) => /nuoc-mam/.test(u))).toBe(true);
    // Saved, the box says so on the next visit too.
    expect(await page.locator('[data-offline-set="search"] [data-offline-set-status]').textContent()).toMatch(/^Đã lưu lúc/);
    await page.context().setOffline(false);
    expect(site.problems(page)).toEqual([]);
  });

  it('a district’s button says how much it would store before it is pressed', async () => {
    const district = fs.readdirSync(path.join(COPY, paths.districts('vi'))).find((d) => fs.existsSync(path.join(COPY, paths.districtOfflineList('vi', d))))!;
    const list = JSON.parse(fs.readFileSync(path.join(COPY, paths.districtOfflineList('vi', district)), 'utf8')) as DistrictOfflineList;
    expect(list.bytes).toBeGreaterThan(0);
    await site.goto(page, paths.district('vi', district));
    const box = page.locator('[data-offline-district]');
    await expect.poll(() => box.isVisible()).toBe(true);
    await expect
      .poll(() => box.locator('[data-offline-district-size]').textContent())
      .toBe(formatMessage(offlineVi.offline.district.size, { size: formatBytes('vi', list.bytes), n: list.files }));
    expect(site.problems(page)).toEqual([]);
  });

  it('a new build keeps the saved search index: the new worker stores it again when it installs', async () => {
    const budgetBytes = budgetWithoutSearch();
    const oldVersion = offlinePlan(COPY, { budgetBytes }).manifest.version;
    // The new build: the home page changed, and the after-build step writes a new sw.js.
    const home = path.join(COPY, 'index.html');
    fs.writeFileSync(home, fs.readFileSync(home, 'utf8').replace(/(<h1[^>]*>)/, '$1Bản dựng mới '));
    const { version } = await writeServiceWorker(COPY, { budgetBytes });
    expect(version).not.toBe(oldVersion);
    const search = offlinePlan(COPY, { budgetBytes }).manifest.sets.vi.find((s) => s.id === 'search')!;

    await site.goto(page, '/');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update())).catch(() => undefined);
    // What the new worker's install stored, read from the caches (whether or not it has taken over yet:
    // that step is tests/browser/offline.test.ts's): the set again, and its state saying so.
    const installed = (v: string) =>
      page.evaluate(async (v) => {
        // caches.open would create a cache the worker has not made yet: look first.
        if (!(await caches.has(`ocop-offline-${v}-meta`))) return { saved: false, files: 0 };
        const state = await (await caches.open(`ocop-offline-${v}-meta`)).match('/__offline-state.json');
        const sets = state ? ((await state.json()) as { sets?: Record<string, unknown> }).sets : undefined;
        const files = (await caches.has(`ocop-offline-${v}-set-vi-search`)) ? (await (await caches.open(`ocop-offline-${v}-set-vi-search`)).keys()).length : 0;
        return { saved: Boolean(sets?.['vi:search']), files };
      }, v);
    await expect.poll(() => installed(version), { timeout: 90_000, interval: 500 }).toEqual({ saved: true, files: search.files });
  }, 150_000);
});
