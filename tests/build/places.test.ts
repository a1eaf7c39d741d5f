// District and sales-point pages as a visitor sees them, checked against the content files.
import fs from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/shared/read-content';
import { paths, type Locale } from '../../src/lib/pages/routes';
import { displayName } from '../../src/lib/content/names';
import { DISTRICT_PAGE_PRODUCERS, DISTRICT_PAGE_PRODUCTS } from '../../src/lib/pages/district-page';
import { PAGE_SIZE } from '../../src/lib/pages/pagination';
import type { DistrictData, ProducerData, ProductData, SalesPointData, SiteConfig } from '../../src/lib/content/schema';
import { jsonLd, page } from '../helpers/dist';
import { FIXTURE, REAL, SITES, type SiteUnderTest } from '../helpers/sites';

interface Content {
  site: SiteConfig;
  districts: (DistrictData & { id: string })[];
  salesPoints: (SalesPointData & { id: string })[];
  products: (ProductData & { id: string })[];
  producers: (ProducerData & { id: string })[];
}

function content(site: SiteUnderTest): Content {
  const records = readContent(site.contentDir);
  const of = <T,>(collection: string) => records.filter((r) => r.collection === collection).map((r) => ({ ...(r.data as T), id: r.id }));
  return {
    site: records.find((r) => r.collection === 'site')!.data as SiteConfig,
    districts: of<DistrictData>('districts'),
    salesPoints: of<SalesPointData>('salesPoints'),
    products: of<ProductData>('products'),
    producers: of<ProducerData>('producers'),
  };
}

const sorted = (xs: string[]) => [...xs].sort();
const attrs = (root: HTMLElement, selector: string, name: string) => sorted(root.querySelectorAll(selector).map((e) => e.getAttribute(name)!));
const LOCALES: Locale[] = ['vi', 'en'];

describe.each(SITES)('district and sales-point pages of $name', (site) => {
  const c = content(site);
  const dist = site.outDir;
  const built = (url: string) => fs.existsSync(path.join(dist, url, 'index.html'));

  it('has one district page per district record, in both languages', () => {
    if (site === REAL) expect(c.districts).toHaveLength(18);
    for (const locale of LOCALES) {
      const folder = path.join(dist, paths.districts(locale));
      const pages = fs.readdirSync(folder).filter((f) => fs.existsSync(path.join(folder, f, 'index.html')));
      expect(sorted(pages)).toEqual(sorted(c.districts.map((d) => d.id)));
    }
  });

  it('lists every district with its counts of sales points, products and producers', () => {
    for (const locale of LOCALES) {
      const root = page(dist, paths.districts(locale));
      expect(attrs(root, '[data-district-list] [data-district]', 'data-district')).toEqual(sorted(c.districts.map((d) => d.id)));
      for (const d of c.districts) {
        const item = root.querySelector(`[data-district-list] [data-district="${d.id}"]`)!;
        const count = (what: string) => Number(item.querySelector(`[data-count="${what}"]`)!.textContent.trim());
        expect(count('sales-points'), d.id).toBe(c.salesPoints.filter((s) => s.district === d.id).length);
        expect(count('products'), d.id).toBe(c.products.filter((p) => p.district === d.id).length);
        expect(count('producers'), d.id).toBe(c.producers.filter((p) => p.district === d.id).length);
        expect(item.querySelector('a')!.getAttribute('href')).toBe(paths.district(locale, d.id));
      }
    }
  });

  it('shows the site’s note on the former districts when the content gives one', () => {
    const note = { vi: c.site.districtNote, en: c.site.districtNoteEn ?? c.site.districtNote };
    if (site === REAL) expect(note.vi).toBeTruthy();
    for (const locale of LOCALES) {
      for (const url of [paths.districts(locale), ...c.districts.map((d) => paths.district(locale, d.id))]) {
        const shown = page(dist, url).querySelector('[data-district-note]');
        if (note[locale]) expect(shown?.textContent, url).toContain(note[locale]);
        else expect(shown, url).toBeNull();
      }
    }
  });

  /** A district's products as listed: its page's first ones, then (when it has more) its full list's pages. */
  function listedProducts(locale: Locale, id: string) {
    const root = page(dist, paths.district(locale, id));
    const onPage = root.querySelectorAll('[data-district-products] [data-product]').map((e) => e.getAttribute('data-product')!);
    const link = root.querySelector('[data-district-all-products]')?.getAttribute('href');
    const full: string[] = [];
    const listPages: string[] = [];
    for (let n = 1; link && built(paths.districtProducts(locale, id, n)); n++) {
      listPages.push(paths.districtProducts(locale, id, n));
      full.push(...page(dist, paths.districtProducts(locale, id, n)).querySelectorAll('main [data-product]').map((e) => e.getAttribute('data-product')!));
    }
    return { root, onPage, link, full, listPages };
  }

  it('lists exactly the sales points of each district, its first products with a link to all of them, and its producers', () => {
    for (const locale of LOCALES) {
      for (const d of c.districts) {
        const where = `${paths.district(locale, d.id)}`;
        const { root, onPage, link, full, listPages } = listedProducts(locale, d.id);
        expect(attrs(root, '[data-district-sales-points] [data-sales-point]', 'data-sales-point'), where).toEqual(
          sorted(c.salesPoints.filter((s) => s.district === d.id).map((s) => s.id)),
        );
        const products = sorted(c.products.filter((p) => p.district === d.id).map((p) => p.id));
        expect(onPage.length, where).toBe(Math.min(products.length, DISTRICT_PAGE_PRODUCTS));
        if (products.length > DISTRICT_PAGE_PRODUCTS) {
          // The full list: every product once, the page's first ones first, pages of at most PAGE_SIZE.
          expect(link, where).toBe(paths.districtProducts(locale, d.id));
          expect(sorted(full), where).toEqual(products);
          expect(full.slice(0, onPage.length), where).toEqual(onPage);
          expect(listPages.length, where).toBe(Math.ceil(products.length / PAGE_SIZE));
        } else {
          expect(link, where).toBeUndefined();
          expect(built(paths.districtProducts(locale, d.id)), where).toBe(false);
          expect(sorted(onPage), where).toEqual(products);
        }
        const producers = sorted(c.producers.filter((p) => p.district === d.id).map((p) => p.id));
        const listed = attrs(root, '[data-district-producers] [data-producer]', 'data-producer');
        if (producers.length > DISTRICT_PAGE_PRODUCERS) {
          expect(listed.length, where).toBe(DISTRICT_PAGE_PRODUCERS);
          expect(root.querySelector('[data-district-all-producers]')?.getAttribute('href'), where).toBe(`${paths.producers(locale)}#d-${d.id}`);
        } else {
          expect(listed, where).toEqual(producers);
          expect(root.querySelector('[data-district-all-producers]'), where).toBeNull();
        }
        for (const a of root.querySelectorAll('[data-district-producers] [data-producer] a')) {
          expect(a.getAttribute('href')).toBe(paths.producer(locale, a.closest('[data-producer]')?.getAttribute('data-producer')!));
        }
      }
    }
  });

  it('orders a district’s products in force first, then by stars, highest first', () => {
    if (site === REAL) expect(c.districts.some((d) => c.products.filter((p) => p.district === d.id).length > DISTRICT_PAGE_PRODUCTS)).toBe(true);
    for (const d of c.districts) {
      const { root, full, listPages } = listedProducts('vi', d.id);
      const cards = [root, ...listPages.map((u) => page(dist, u))].flatMap((r, i) =>
        r.querySelectorAll(i === 0 ? '[data-district-products] [data-product]' : 'main [data-product]'),
      );
      const rank = cards.slice(listPages.length ? DISTRICT_PAGE_PRODUCTS : 0).map((card) => ({
        inForce: ['valid', 'expiring'].includes(card.querySelector('[data-status]')?.getAttribute('data-status') ?? ''),
        // As src/lib/content/catalogue.ts ranks them: the stars, then "star level not stated", then none.
        stars: { unstated: 1, none: 0 }[card.querySelector('[data-stars]')?.getAttribute('data-stars') ?? 'none'] ?? Number(card.querySelector('[data-stars]')!.getAttribute('data-stars')),
      }));
      const key = (r: { inForce: boolean; stars: number }) => (r.inForce ? 10 : 0) + r.stars;
      expect(rank.map(key), d.id).toEqual([...rank.map(key)].sort((a, b) => b - a));
      expect(full.length === 0 || full.length > DISTRICT_PAGE_PRODUCTS, d.id).toBe(true);
    }
  });

  it('says plainly when a district has no sales point and suggests others', () => {
    const empty = c.districts.filter((d) => !c.salesPoints.some((s) => s.district === d.id));
    expect(empty.length).toBeGreaterThan(0);
    const suggestible = c.salesPoints.filter((s) => s.status !== 'closed');
    const centres = suggestible.filter((s) => s.provinceLevel).map((s) => s.id);
    for (const d of empty) {
      const root = page(dist, paths.district('vi', d.id));
      expect(root.querySelector('[data-no-sales-points]'), d.id).not.toBeNull();
      const nearby = root.querySelector('[data-nearby-sales-points]')!;
      const listed = attrs(nearby, '[data-sales-point]', 'data-sales-point');
      const others = suggestible.filter((s) => !s.provinceLevel && s.district !== d.id).map((s) => s.id);
      const centroidOf = (id: string) => c.districts.find((x) => x.id === id)?.centroid;
      const rankable = others.filter((id) => centroidOf(c.salesPoints.find((s) => s.id === id)!.district));
      if (d.centroid && rankable.length > 0) {
        expect(nearby.getAttribute('data-nearby-sales-points'), d.id).toBe('ranked');
        expect(listed.length, d.id).toBeGreaterThan(0);
        for (const id of listed) expect(rankable).toContain(id);
      } else {
        // Without a centroid there is no honest order: every recorded point is listed.
        expect(nearby.getAttribute('data-nearby-sales-points'), d.id).toBe('all');
        expect(listed, d.id).toEqual(sorted(others));
      }
      expect(attrs(root, '[data-province-centres] [data-sales-point]', 'data-sales-point'), d.id).toEqual(sorted(centres));
    }
  });

  it('marks a planned sales point as planned wherever it is listed', () => {
    const planned = c.salesPoints.filter((s) => s.status === 'planned');
    // The real content records planned centres; without one this test would check nothing.
    if (site === REAL) expect(planned.length).toBeGreaterThan(0);
    for (const s of planned) {
      for (const locale of LOCALES) {
        const own = page(dist, paths.salesPoint(locale, s.id));
        expect(own.querySelector('[data-sales-point-status]')!.getAttribute('data-sales-point-status')).toBe('planned');
        expect(own.querySelector('[data-planned-note]'), s.id).not.toBeNull();
        for (const url of [paths.district(locale, s.district), paths.salesPoints(locale)]) {
          const card = page(dist, url).querySelector(`[data-sales-point="${s.id}"]`)!;
          const badge = card.querySelector('[data-sales-point-status]')!;
          expect(badge.getAttribute('data-sales-point-status'), `${url} ${s.id}`).toBe('planned');
          expect(badge.textContent.trim()).toBe(locale === 'vi' ? 'Dự kiến' : 'Planned');
          expect(card.querySelector('[data-planned-note]'), `${url} ${s.id}`).not.toBeNull();
        }
      }
    }
  });

  it('lists every sales point on the sales-point page, under its district', () => {
    for (const locale of LOCALES) {
      const root = page(dist, paths.salesPoints(locale));
      const list = root.querySelector('[data-sales-point-list]')!;
      expect(attrs(list, '[data-sales-point]', 'data-sales-point')).toEqual(sorted(c.salesPoints.map((s) => s.id)));
      for (const s of c.salesPoints) {
        expect(list.querySelector(`[data-district="${s.district}"] [data-sales-point="${s.id}"]`), s.id).not.toBeNull();
      }
    }
  });

  it('gives every sales point a page with its facts, products, sources and a Store (a Place when only planned) in JSON-LD', () => {
    for (const s of c.salesPoints) {
      for (const locale of LOCALES) expect(built(paths.salesPoint(locale, s.id)), s.id).toBe(true);
      const root = page(dist, paths.salesPoint('vi', s.id));
      expect(root.querySelector('h1')!.textContent.trim()).toBe(s.name);
      if (s.address) expect(root.querySelector('main')!.textContent).toContain(s.address);
      if (s.phone) expect(root.querySelector(`a[href="tel:${s.phone.replace(/[^+0-9]/g, '')}"]`), s.id).not.toBeNull();
      const soldHere = c.products.filter((p) => p.whereToBuy?.salesPoints?.includes(s.id)).map((p) => p.id);
      expect(attrs(root, '[data-sales-point-products] [data-product]', 'data-product'), s.id).toEqual(sorted(soldHere));
      for (const source of s.sources) expect(root.querySelector(`a[href="${source.url}"]`), source.url).not.toBeNull();
      // A planned sales point is not open yet: nothing can be bought there, so it is not typed Store.
      const type = s.status === 'planned' ? 'Place' : 'Store';
      const store = jsonLd(root).find((d) => d['@type'] === type)!;
      expect(store, s.id).toBeDefined();
      expect(jsonLd(root).some((d) => d['@type'] === (type === 'Store' ? 'Place' : 'Store')), s.id).toBe(false);
      expect(store.name).toBe(displayName(s.name));
      expect((store.address as { addressLocality: string }).addressLocality).toBe(c.districts.find((d) => d.id === s.district)!.name);
      if (s.geo) expect(store.geo).toEqual({ '@type': 'GeoCoordinates', latitude: s.geo.lat, longitude: s.geo.lon });
      else expect(store.geo).toBeUndefined();
    }
  });

  it('links directions to OpenStreetMap and Google Maps in a new tab, from coordinates or else the address', () => {
    for (const s of c.salesPoints) {
      const root = page(dist, paths.salesPoint('vi', s.id));
      const box = root.querySelector('[data-directions]')!;
      expect(box.getAttribute('data-directions'), s.id).toBe(s.geo ? 'coordinates' : s.address ? 'address' : 'none');
      // Without an address or coordinates there is nothing to route to: no buttons, a plain note.
      if (!s.geo && !s.address) {
        expect(box.querySelectorAll('a'), s.id).toHaveLength(0);
        expect(root.querySelectorAll('[data-directions-provider]'), s.id).toHaveLength(0);
        continue;
      }
      const links = box.querySelectorAll('a');
      expect(links.map((a) => new URL(a.getAttribute('href')!).host)).toEqual(['www.openstreetmap.org', 'www.google.com']);
      for (const a of links) {
        expect(a.getAttribute('target')).toBe('_blank');
        expect(a.getAttribute('rel')).toContain('noopener');
        const url = new URL(a.getAttribute('href')!);
        const target = url.searchParams.get('destination') ?? url.searchParams.get('to') ?? url.searchParams.get('route');
        if (s.geo) expect(target).toContain(`${s.geo.lat},${s.geo.lon}`);
        else expect(target).toContain(s.address!);
      }
    }
  });

  it('marks Vietnamese-only names as Vietnamese on English pages', () => {
    const root = page(dist, paths.salesPoints('en'));
    for (const s of c.salesPoints) {
      const name = root.querySelector(`[data-sales-point="${s.id}"] a`)!;
      expect(name.getAttribute('lang') ?? null, s.id).toBe(s.nameEn ? null : 'vi');
    }
    for (const d of c.districts) {
      expect(page(dist, paths.district('en', d.id)).querySelector('h1')!.getAttribute('lang')).toBe('vi');
    }
  });

  it('publishes the sales points with coordinates as GeoJSON, longitude first, precision exact', () => {
    const collection = JSON.parse(fs.readFileSync(path.join(dist, 'data/diem-ban.geojson'), 'utf8'));
    expect(collection.type).toBe('FeatureCollection');
    const located = c.salesPoints.filter((s) => s.geo);
    if (site === FIXTURE) expect(located).toHaveLength(1);
    // The others, placed at their current unit, are checked in units.test.ts.
    expect(collection.features.filter((f: { properties: { precision: string } }) => f.properties.precision === 'exact')).toHaveLength(located.length);
    for (const s of located) {
      const feature = collection.features.find((f: { properties: { id: string } }) => f.properties.id === s.id);
      expect(feature.geometry).toEqual({ type: 'Point', coordinates: [s.geo!.lon, s.geo!.lat] });
      expect(feature.properties).toMatchObject({ name: s.name, kind: s.kind, status: s.status, precision: 'exact' });
      expect(feature.properties.district).toBe(c.districts.find((d) => d.id === s.district)!.name);
      expect(new URL(feature.properties.url).pathname).toBe(paths.salesPoint('vi', s.id));
    }
  });

  it('hands the map one marker per located point and one approximate marker per district, as JSON in an attribute', () => {
    const located = c.salesPoints.filter((s) => s.geo);
    const approximateDistricts = new Set(
      c.salesPoints.filter((s) => !s.geo && c.districts.find((d) => d.id === s.district)?.centroid).map((s) => s.district),
    );
    for (const locale of LOCALES) {
      const root = page(dist, paths.salesPoints(locale));
      const map = root.querySelector('[data-sales-point-map]');
      if (located.length + approximateDistricts.size === 0) {
        expect(map).toBeNull();
        continue;
      }
      const data = JSON.parse(map!.getAttribute('data-map-data')!);
      expect(sorted(data.markers.located.map((m: { id: string }) => m.id))).toEqual(sorted(located.map((s) => s.id)));
      expect(sorted(data.markers.approximate.map((m: { districtId: string }) => m.districtId))).toEqual(sorted([...approximateDistricts]));
      expect(data.tiles.url).toBe(c.site.map.tiles);
      // The CSP allows only the site's own scripts: every script is either a file or inert data.
      for (const script of root.querySelectorAll('script')) {
        const type = script.getAttribute('type');
        if (script.getAttribute('src')) expect(script.getAttribute('src')!.startsWith('/')).toBe(true);
        else expect(type).toBe('application/ld+json');
      }
    }
  });
});
