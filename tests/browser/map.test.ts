// The sales-point map in Chromium, on the fixture site (one sales point with coordinates), with the
// tile server unreachable: the map must still draw its markers, and the list must work without it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/shared/read-content';
import { paths, type Locale } from '../../src/lib/pages/routes';
import type { DistrictData, SalesPointData, SiteConfig } from '../../src/lib/content/schema';
import { useSite } from '../helpers/browser';
import { FIXTURE, REAL, type SiteUnderTest } from '../helpers/sites';

const site = useSite(FIXTURE);
const real = useSite(REAL);

function mapContent(s: SiteUnderTest) {
  const records = readContent(s.contentDir);
  const config = records.find((r) => r.collection === 'site')!.data as SiteConfig;
  const salesPoints = records.filter((r) => r.collection === 'salesPoints').map((r) => ({ ...(r.data as SalesPointData), id: r.id }));
  const districts = records.filter((r) => r.collection === 'districts').map((r) => ({ ...(r.data as DistrictData), id: r.id }));
  const unlocated = salesPoints.filter((p) => !p.geo && districts.find((d) => d.id === p.district)?.centroid);
  return {
    config,
    salesPoints,
    located: salesPoints.filter((p) => p.geo),
    // Points without coordinates share one marker per district, when the district has a centroid.
    approximate: new Map([...new Set(unlocated.map((p) => p.district))].map((d) => [d, unlocated.filter((p) => p.district === d).map((p) => p.id)])),
  };
}

const { config, salesPoints, located, approximate } = mapContent(FIXTURE);
const tileHost = new URL(config.map.tiles.replace(/\{[a-z]\}/g, 'a')).host;

/** A phone-sized page whose tile requests are refused; returns the tile URLs Leaflet asked for. */
async function phonePage(options: { javaScriptEnabled?: boolean } = {}, on = site): Promise<{ page: Page; tiles: string[]; leaflet: string[] }> {
  const page = await on.newPage({ viewport: { width: 360, height: 400 }, ...options });
  const tiles: string[] = [];
  const leaflet: string[] = [];
  await page.route((url) => url.host === tileHost, (route) => {
    tiles.push(route.request().url());
    return route.abort();
  });
  page.on('request', (r) => /leaflet/i.test(r.url()) && leaflet.push(r.url()));
  return { page, tiles, leaflet };
}

// Refused tiles are logged by Chromium as failed loads; anything else is a real problem.
const problemsBesidesTiles = (page: Page, on = site) => on.problems(page).filter((p) => !(p.kind === 'console' && p.text.includes(tileHost)));

async function waitForMap(page: Page) {
  await expect.poll(() => page.locator('[data-sales-point-map]').getAttribute('data-map-state'), { timeout: 20_000 }).toBe('ready');
}

describe('sales-point map', () => {
  it('loads Leaflet only when the map comes into view, then shows one marker per located sales point', async () => {
    expect(located).toHaveLength(1);
    const { page, tiles, leaflet } = await phonePage();
    await site.goto(page, paths.salesPoints('vi'));
    const map = page.locator('[data-sales-point-map]');
    // The list comes first; on a phone the map starts below the fold.
    expect((await map.boundingBox())!.y).toBeGreaterThan(400 + 200);
    await page.waitForTimeout(300);
    expect(leaflet.filter((u) => u.endsWith('.js'))).toEqual([]);
    expect(await map.getAttribute('data-map-state')).toBeNull();

    await map.scrollIntoViewIfNeeded();
    await waitForMap(page);
    expect(leaflet.some((u) => u.endsWith('.js'))).toBe(true);

    await expect.poll(() => page.locator('[data-map-marker="located"]').count()).toBe(located.length);
    expect(await page.locator('[data-map-marker="approximate"]').count()).toBe(approximate.size);
    for (const s of located) expect(await page.locator(`[data-map-marker="located"][data-sales-point="${s.id}"]`).count()).toBe(1);

    // Marker images come from the site itself and actually load. A marker is in the page before its
    // image has arrived: decode() waits for the image, and fails if it cannot load.
    const icons = await page.locator('[data-map-marker="located"]').evaluateAll((els) =>
      Promise.all(
        (els as HTMLImageElement[]).map(async (img) => ({
          src: new URL(img.src).pathname,
          loaded: await img.decode().then(() => img.naturalWidth > 0, () => false),
        })),
      ),
    );
    for (const icon of icons) {
      expect(icon.src).toMatch(/^\/_astro\/marker-icon/);
      expect(icon.loaded).toBe(true);
    }
    const shadow = page.locator('.leaflet-marker-shadow').first();
    expect(await shadow.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth > 0, () => false))).toBe(true);

    // Leaflet asked for tiles (refused here) and credits the tile source.
    expect(tiles.length).toBeGreaterThan(0);
    // Without tiles the map says why it is blank, over the map, rather than being a grey box.
    const noTiles = page.locator('[data-map-no-tiles]');
    await expect.poll(() => noTiles.isVisible()).toBe(true);
    expect(await noTiles.textContent()).toMatch(/bản đồ/i);
    const credit = page.locator(`.leaflet-control-attribution a[href="${config.map.attributionUrl}"]`);
    expect(await credit.textContent()).toBe(config.map.attribution);
    expect(problemsBesidesTiles(page)).toEqual([]);
  });

  it('follows a marker’s popup link to the sales point’s page', async () => {
    const target = located[0]!;
    const { page } = await phonePage();
    await site.goto(page, paths.salesPoints('vi'));
    await page.locator('[data-sales-point-map]').scrollIntoViewIfNeeded();
    await waitForMap(page);
    await page.locator(`[data-map-marker="located"][data-sales-point="${target.id}"]`).click();
    const link = page.locator(`.leaflet-popup a[href="${paths.salesPoint('vi', target.id)}"]`);
    expect(await link.textContent()).toBe(target.name);
    // Opening the popup pans the map to show it (an animation): on a busy machine its frames come
    // so late that the link can look still mid-pan, and a tap then lands where it was. Tap once the
    // map has stopped moving, as a person would.
    await expect.poll(() => page.locator('.leaflet-pan-anim, .leaflet-zoom-anim').count()).toBe(0);
    await Promise.all([page.waitForURL(site.url(paths.salesPoint('vi', target.id))), link.click()]);
    expect((await page.locator('h1').textContent())?.trim()).toBe(target.name);
    expect(problemsBesidesTiles(page)).toEqual([]);
  });

  it.each<Locale>(['vi', 'en'])('opens a popup from the keyboard and links within the %s pages', async (locale) => {
    const target = located[0]!;
    const { page } = await phonePage();
    await site.goto(page, paths.salesPoints(locale));
    await page.locator('[data-sales-point-map]').scrollIntoViewIfNeeded();
    await waitForMap(page);
    const marker = page.locator(`[data-map-marker="located"][data-sales-point="${target.id}"]`);
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`.leaflet-popup a[href="${paths.salesPoint(locale, target.id)}"]`).count()).toBe(1);
  });

  it('loads the map when “show map” is pressed, from the top of the page', async () => {
    const { page } = await phonePage();
    await site.goto(page, paths.salesPoints('vi'));
    const button = page.locator('[data-map-show]').first();
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await waitForMap(page);
    expect(await page.locator('[data-map-marker="located"]').count()).toBe(located.length);
    expect(await page.locator('[data-sales-point-map]').isVisible()).toBe(true);
  });

  it('says nothing about the background when the tiles do load', async () => {
    // The harness answers other origins' images (the tiles) with a small PNG.
    const page = await site.newPage({ viewport: { width: 360, height: 400 } });
    await site.goto(page, paths.salesPoints('en'));
    await page.locator('[data-map-show]').first().click();
    await waitForMap(page);
    await expect.poll(() => page.locator('.leaflet-tile-loaded').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-map-no-tiles]').isHidden()).toBe(true);
  });

  it('keeps the list whole without JavaScript, and says the map needs it', async () => {
    const { page, leaflet } = await phonePage({ javaScriptEnabled: false });
    await site.goto(page, paths.salesPoints('vi'));
    for (const s of salesPoints) expect(await page.locator(`[data-sales-point-list] [data-sales-point="${s.id}"]`).count()).toBe(1);
    expect(await page.locator('[data-map-show]').first().isVisible()).toBe(false);
    await page.locator('[data-sales-point-map]').scrollIntoViewIfNeeded();
    expect(await page.locator('[data-map-status]').isVisible()).toBe(true);
    expect(leaflet.filter((u) => u.endsWith('.js'))).toEqual([]);
  });

  it('gathers the real sales points without coordinates on one approximate marker per district', async () => {
    const content = mapContent(REAL);
    if (content.approximate.size === 0) return;
    const { page } = await phonePage({}, real);
    await real.goto(page, paths.salesPoints('vi'));
    await page.locator('[data-sales-point-map]').scrollIntoViewIfNeeded();
    await waitForMap(page);
    await expect.poll(() => page.locator('[data-map-marker="approximate"]').count()).toBe(content.approximate.size);
    expect(await page.locator('[data-map-marker="located"]').count()).toBe(content.located.length);
    const [district, ids] = [...content.approximate][0]!;
    await page.locator(`[data-map-marker="approximate"][data-district="${district}"]`).click();
    const links = page.locator('.leaflet-popup-content a');
    await expect.poll(() => links.count()).toBe(ids.length);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(ids.map((id) => paths.salesPoint('vi', id)).sort());
    expect(problemsBesidesTiles(page, real)).toEqual([]);
  });
});
