// The map of producers and sales points, in Chromium with the tile server unreachable, on the
// fixture (a producer of xã Tam Thăng, now phường Bàn Thạch, a U-shaped unit): its marker sits
// inside the unit, is marked approximate, and leads to the producer's page. Search finds it by the
// new unit's name. The district page draws its units' outlines from a small GeoJSON file.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/shared/read-content';
import { nearMeCandidates, nearestPlaces } from '../../src/lib/places/nearest-places';
import type { PlaceFeatureCollection } from '../../src/lib/places/place-features';
import { paths } from '../../src/lib/pages/routes';
import type { SiteConfig, UnitData } from '../../src/lib/content/schema';
import { useSite } from '../helpers/browser';
import { FIXTURE } from '../helpers/sites';

const site = useSite(FIXTURE);
const records = readContent(FIXTURE.contentDir);
const config = records.find((r) => r.collection === 'site')!.data as SiteConfig;
const banThach = records.find((r) => r.collection === 'units' && r.id === 'ban-thach')!.data as UnitData;
const tileHost = new URL(config.map.tiles.replace(/\{[a-z]\}/g, 'a')).host;
const PRODUCER = 'co-so-ruou-nui';

async function blockedTilesPage(options: BrowserContextOptions = {}): Promise<{ page: Page; tiles: string[] }> {
  const page = await site.newPage({ viewport: { width: 360, height: 740 }, ...options });
  const tiles: string[] = [];
  await page.route((url) => url.host === tileHost, (route) => {
    tiles.push(route.request().url());
    return route.abort();
  });
  return { page, tiles };
}
const problemsBesidesTiles = (page: Page) => site.problems(page).filter((p) => !(p.kind === 'console' && (p.text.includes(tileHost) || p.text.includes('ERR_FAILED'))));

describe('map of producers and sales points', () => {
  it('places a producer of xã Tam Thăng inside phường Bàn Thạch, marked approximate, and links to its page', async () => {
    const { page, tiles } = await blockedTilesPage();
    await site.goto(page, paths.map('vi', `producer/${PRODUCER}`));
    await expect.poll(() => page.locator('[data-places-map]').getAttribute('data-map-state'), { timeout: 20_000 }).toBe('ready');
    const marker = page.locator(`[data-place="producer/${PRODUCER}"]`);
    await expect.poll(() => marker.count(), { timeout: 10_000 }).toBe(1);
    expect(await marker.getAttribute('data-map-marker')).toBe('approximate');
    expect(await marker.getAttribute('class')).toContain('is-approximate');
    expect(await marker.getAttribute('title')).toContain('Vị trí gần đúng');
    const lat = Number(await marker.getAttribute('data-lat'));
    const lon = Number(await marker.getAttribute('data-lon'));
    expect(booleanPointInPolygon([lon, lat], banThach.boundary as never)).toBe(true);
    expect({ lat, lon }).toEqual(banThach.label);

    // ?p= opened its popup: it says why the point is approximate and links to the producer.
    const popup = page.locator('.leaflet-popup-content');
    await expect.poll(() => popup.textContent()).toContain('phường Bàn Thạch');
    expect(await popup.textContent()).toContain('Vị trí gần đúng');
    // Opening the popup pans the map to show it: click its link once the map stands still.
    await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim'));
    await Promise.all([page.waitForURL((u) => u.pathname === paths.producer('vi', PRODUCER)), popup.locator('a').first().click()]);
    expect(await page.locator('[data-commune] [data-current-unit]').textContent()).toBe('(nay là phường Bàn Thạch, TP Thử Nghiệm)');
    expect(tiles.length).toBeGreaterThan(0);
    expect(problemsBesidesTiles(page)).toEqual([]);
  });

  // WCAG 2.2 2.5.8 (target size, minimum): a marker is something to press.
  it('gives every marker, exact or approximate, a target of at least 24 × 24 px', async () => {
    const { page } = await blockedTilesPage();
    const markerSizes = () =>
      // The CSS box (offsetWidth/Height): a zoom animation's transform would blur the on-screen one by a fraction of a pixel.
      page.locator('[data-map-marker]').evaluateAll((els) => els.map((el) => ({ kind: (el as HTMLElement).dataset.mapMarker, place: (el as HTMLElement).dataset.place, width: (el as HTMLElement).offsetWidth, height: (el as HTMLElement).offsetHeight })));
    // The whole map, then opened on an exact place (?p=), which stands out of its cluster there.
    await site.goto(page, paths.map('vi'));
    await expect.poll(() => page.locator('[data-places-map]').getAttribute('data-map-state'), { timeout: 20_000 }).toBe('ready');
    const sizes = await markerSizes();
    const data = (await page.evaluate(() => fetch('/data/dia-diem.geojson').then((r) => r.json()))) as PlaceFeatureCollection;
    const exact = data.features.find((f) => f.properties.precision === 'exact')!.properties;
    await site.goto(page, paths.map('vi', `${exact.type}/${exact.id}`));
    await expect.poll(() => page.locator('[data-places-map]').getAttribute('data-map-state'), { timeout: 20_000 }).toBe('ready');
    await expect.poll(() => page.locator(`[data-place="${exact.type}/${exact.id}"]`).count(), { timeout: 10_000 }).toBe(1);
    sizes.push(...(await markerSizes()));
    expect(new Set(sizes.map((s) => s.kind))).toEqual(new Set(['exact', 'approximate']));
    for (const s of sizes) {
      expect(s.width, s.place).toBeGreaterThanOrEqual(24);
      expect(s.height, s.place).toBeGreaterThanOrEqual(24);
    }
  });

  it('says why the map is blank when its tiles cannot be loaded', async () => {
    const { page } = await blockedTilesPage();
    await site.goto(page, paths.map('en'));
    await expect.poll(() => page.locator('[data-places-map]').getAttribute('data-map-state'), { timeout: 20_000 }).toBe('ready');
    const note = page.locator('[data-map-no-tiles]');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('The map background could not be loaded');
  });

  it('filters by type, product group and stars', async () => {
    const { page } = await blockedTilesPage();
    await site.goto(page, paths.map('en'));
    const section = page.locator('[data-places-map]');
    await expect.poll(() => section.getAttribute('data-map-state'), { timeout: 20_000 }).toBe('ready');
    const all = Number(await section.getAttribute('data-shown'));
    expect(all).toBeGreaterThan(1);
    await page.locator('input[name="type"][value="producer"]').uncheck();
    const salesOnly = Number(await section.getAttribute('data-shown'));
    expect(salesOnly).toBeLessThan(all);
    await page.locator('input[name="type"][value="producer"]').check();
    await page.locator('select[name="stars"]').selectOption('5');
    expect(Number(await section.getAttribute('data-shown'))).toBeLessThan(all);
    expect(problemsBesidesTiles(page)).toEqual([]);
  });

  it('lists the places nearest to the reader, nearest first, and follows the filters', async () => {
    // Beside the fixture's sales point (an exact point) and about 2 km from a producer placed at its commune.
    const here = { latitude: 16.112, longitude: 107.912 };
    const { page } = await blockedTilesPage({ geolocation: here, permissions: ['geolocation'] });
    await site.goto(page, paths.map('en'));
    const section = page.locator('[data-places-map]');
    await expect.poll(() => section.getAttribute('data-map-state'), { timeout: 20_000 }).toBe('ready');
    const data = (await page.evaluate(() => fetch('/data/dia-diem.geojson').then((r) => r.json()))) as PlaceFeatureCollection;
    const expected = nearestPlaces(nearMeCandidates(data.features, (f) => f.properties), { lat: here.latitude, lon: here.longitude }, (f) => ({ lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0] }), 5);
    expect(expected.length).toBeGreaterThan(1);

    await page.getByRole('button', { name: 'Find places near me' }).click();
    await expect.poll(() => section.getAttribute('data-near')).toBe('listed');
    const items = page.locator('[data-near-list] > li');
    expect(await items.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.place))).toEqual(expected.map((n) => `${n.place.properties.type}/${n.place.properties.id}`));
    const first = expected[0]!.place.properties;
    expect(first.precision).toBe('exact');
    expect(await items.first().textContent()).toContain('m · Sales point');
    // A place at its commune's middle says its distance is approximate, and the note says why.
    const approximate = expected.findIndex((n) => n.place.properties.precision !== 'exact');
    expect(await items.nth(approximate).textContent()).toContain('≈');
    expect(await page.locator('[data-near-approximate]').isVisible()).toBe(true);
    expect(await items.first().locator('a').getAttribute('href')).toBe(first.pathEn);
    expect(await page.locator('path.map-you').count()).toBe(1);
    const you = (await page.locator('path.map-you').boundingBox())!;
    expect(Math.min(you.width, you.height)).toBeGreaterThanOrEqual(24);
    // Sales points without a known position are listed on the nearest place's district page.
    expect(await page.locator('[data-near-district] a').getAttribute('href')).toBe(paths.district('en', first.districtId));
    expect(await page.locator('[data-near-district] a').textContent()).toBe(`Sales points, products and producers in ${first.district}`);

    // "Show on the map" opens the place's popup; the list follows the filters.
    await items.first().getByRole('button', { name: 'Show on the map' }).click();
    // The map scrolls into view and zooms to the place (animated) before its popup opens.
    await expect.poll(() => page.locator('.leaflet-popup-content').textContent(), { timeout: 10_000 }).toContain(first.nameEn ?? first.name);
    await page.locator('input[name="type"][value="salesPoint"]').uncheck();
    await expect.poll(() => items.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.place))).toEqual(
      expected.filter((n) => n.place.properties.type === 'producer').map((n) => `producer/${n.place.properties.id}`),
    );
    await page.locator('input[name="type"][value="producer"]').uncheck();
    expect(await items.count()).toBe(0);
    expect(await page.locator('[data-near-status]').textContent()).toBe('No place matches the filters chosen.');
    expect(problemsBesidesTiles(page)).toEqual([]);
  });

  it('says so when the reader is far away, and when the device gives no position', async () => {
    const { page } = await blockedTilesPage({ geolocation: { latitude: 21.0285, longitude: 105.8542 }, permissions: ['geolocation'] });
    await site.goto(page, paths.map('vi'));
    const section = page.locator('[data-places-map]');
    await expect.poll(() => section.getAttribute('data-map-state'), { timeout: 20_000 }).toBe('ready');
    await page.getByRole('button', { name: 'Tìm nơi gần tôi' }).click();
    await expect.poll(() => section.getAttribute('data-near')).toBe('listed');
    expect(await page.locator('[data-near-status]').textContent()).toMatch(/^Nơi gần nhất trong danh mục cách bạn \d+ km\.$/);
    expect(await page.locator('[data-near-district]').isHidden()).toBe(true);
    expect(await page.locator('[data-near-district] a').count()).toBe(0);

    const { page: refused } = await blockedTilesPage();
    await site.goto(refused, paths.map('vi'));
    const refusedSection = refused.locator('[data-places-map]');
    await expect.poll(() => refusedSection.getAttribute('data-map-state'), { timeout: 20_000 }).toBe('ready');
    await refused.getByRole('button', { name: 'Tìm nơi gần tôi' }).click();
    await expect.poll(() => refusedSection.getAttribute('data-near')).toBe('failed');
    expect(await refused.locator('[data-near-status]').textContent()).toContain('Thiết bị không cho biết vị trí của bạn');
    expect(await refused.locator(`[data-near-help] a[href="${paths.districts('vi')}"]`).isVisible()).toBe(true);
    expect(await refused.locator('[data-near-results]').isHidden()).toBe(true);
  });

  it('keeps the lists reachable without JavaScript', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await site.goto(page, paths.map('vi'));
    expect(await page.locator('[data-map-status]').textContent()).toContain('cần JavaScript');
    expect(await page.locator(`a[href="${paths.producers('vi')}"]`).count()).toBeGreaterThan(0);
  });

  it('draws the district’s unit outlines from its GeoJSON file', async () => {
    const { page } = await blockedTilesPage();
    const outlines: string[] = [];
    page.on('response', (r) => r.url().includes('/data/ranh-gioi/') && outlines.push(r.url()));
    await site.goto(page, paths.district('vi', 'nui-do'));
    const section = page.locator('[data-unit-outlines]');
    await section.scrollIntoViewIfNeeded();
    await expect.poll(() => section.getAttribute('data-map-state'), { timeout: 20_000 }).toBe('ready');
    expect(outlines.map((u) => new URL(u).pathname)).toEqual(['/data/ranh-gioi/nui-do.geojson']);
    expect(await section.locator('path.leaflet-interactive').count()).toBe(1);
    expect(await section.locator('.map-unit-label').textContent()).toBe('phường Bàn Thạch');
    expect(problemsBesidesTiles(page)).toEqual([]);
  });
});

describe('search by the new unit name', () => {
  for (const q of ['ban thach', 'Bàn Thạch']) {
    it(`"${q}" finds the producer of xã Tam Thăng`, async () => {
      const page = await site.newPage();
      await site.goto(page, `${paths.search('vi')}?${new URLSearchParams({ q })}`);
      await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/\d/);
      const urls = await page.locator('[data-search-results] > li').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.resultUrl ?? ''));
      expect(urls).toContain(paths.producer('vi', PRODUCER));
    });
  }
});
