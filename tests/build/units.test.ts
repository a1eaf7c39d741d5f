// Wards and communes since 1 July 2025 as the built sites show them: label points inside their
// boundaries, the current unit beside every former commune (pages and CSV), the GeoJSON of
// producers and sales points with its precision, and the district outline files (outer rings
// counter-clockwise and holes clockwise, as RFC 7946 §3.1.6 asks).
import fs from 'node:fs';
import path from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/shared/read-content';
import { paths } from '../../src/lib/pages/routes';
import type { FormerCommuneData, ProducerData, ProductData, SalesPointData, UnitData } from '../../src/lib/content/schema';
import { communeKey } from '../../src/lib/places/units';
import { outlinesPath } from '../../src/lib/places/place-features';
import { page } from '../helpers/dist';
import { FIXTURE, REAL, SITES, type SiteUnderTest } from '../helpers/sites';

function content(site: SiteUnderTest) {
  const records = readContent(site.contentDir);
  const of = <T,>(collection: string) => records.filter((r) => r.collection === collection).map((r) => ({ ...(r.data as T), id: r.id, file: r.file }));
  return {
    units: of<UnitData>('units'),
    orphans: of<FormerCommuneData>('formerCommunes'),
    producers: of<ProducerData>('producers'),
    products: of<ProductData>('products'),
    salesPoints: of<SalesPointData>('salesPoints'),
  };
}

const inside = (point: { lat: number; lon: number }, boundary: UnitData['boundary']) => booleanPointInPolygon([point.lon, point.lat], boundary as never);

describe('the units of the real content', () => {
  const c = content(REAL);

  it('holds the 78 wards and communes of former Quảng Nam, each with its label point inside its boundary', () => {
    expect(c.units).toHaveLength(78);
    for (const u of c.units) {
      expect(inside(u.label, u.boundary), `${u.file}: label ${JSON.stringify(u.label)}`).toBe(true);
      expect(u.attribution.licence).toBe('MIT');
      expect(u.sources.length).toBeGreaterThan(0);
    }
  });

  it('maps every former commune named in content to a unit or to a record saying no successor is known', () => {
    const known = new Set([...c.units.flatMap((u) => u.formerUnits.map((f) => communeKey(f.district, f.name))), ...c.orphans.map((o) => communeKey(o.district, o.name))]);
    const named = [...c.producers, ...c.products, ...c.salesPoints].filter((r) => r.commune);
    expect(named.length).toBeGreaterThan(50);
    for (const r of named) expect(known.has(communeKey(r.district, r.commune!)), `${r.file}: ${r.commune}`).toBe(true);
  });

  it('puts Tam Thăng, Tân Thạnh and Hòa Thuận of Tam Kỳ in phường Bàn Thạch, a concave unit whose centroid lies outside it', () => {
    const banThach = c.units.find((u) => u.name === 'Bàn Thạch')!;
    expect(banThach.formerUnits.map((f) => `${f.kind} ${f.name} (${f.district})`).sort()).toEqual(['phường Hòa Thuận (tam-ky)', 'phường Tân Thạnh (tam-ky)', 'xã Tam Thăng (tam-ky)']);
    // The centroid published in the shared data (15.603753, 108.476666) falls outside: the label point must not.
    expect(inside({ lat: 15.603753, lon: 108.476666 }, banThach.boundary)).toBe(false);
    expect(inside(banThach.label, banThach.boundary)).toBe(true);
  });
});

describe.each(SITES)('current units on the pages and in the files of $name', (site) => {
  const c = content(site);
  const dist = site.outDir;
  const file = (rel: string) => fs.readFileSync(path.join(dist, rel), 'utf8');
  const unitByKey = new Map(c.units.flatMap((u) => u.formerUnits.map((f) => [communeKey(f.district, f.name), u] as const)));
  const unitOf = (r: { district: string; commune?: string }) => (r.commune ? unitByKey.get(communeKey(r.district, r.commune)) : undefined);

  it('shows the current unit beside the commune on every producer page, in both languages', () => {
    for (const p of c.producers) {
      const unit = unitOf(p);
      const vi = page(dist, paths.producer('vi', p.id)).querySelector('[data-commune] [data-current-unit]');
      const en = page(dist, paths.producer('en', p.id)).querySelector('[data-commune] [data-current-unit]');
      if (!unit) {
        if (p.commune && c.orphans.length + c.units.length > 0) expect(vi?.textContent, p.id).toContain('chưa rõ');
        continue;
      }
      expect(vi!.textContent, p.id).toBe(`(nay là ${unit.kind} ${unit.name}, ${unit.parent})`);
      expect(en!.textContent, p.id).toContain(`now ${unit.name} ${unit.kind === 'phường' ? 'ward' : 'commune'}, ${unit.parentEn}`);
    }
  });

  it('writes the current unit into the CSV files and the JSON', () => {
    const producers = parse(file('data/chu-the.csv'), { bom: true, columns: true }) as Record<string, string>[];
    const products = parse(file('data/san-pham.csv'), { bom: true, columns: true }) as Record<string, string>[];
    for (const [rows, records] of [[producers, c.producers], [products, c.products]] as const) {
      for (const r of records) {
        const row = rows.find((x) => x.id === r.id)!;
        const unit = unitOf(r);
        expect(row.unit_name, r.id).toBe(unit ? `${unit.kind} ${unit.name}` : '');
        expect(row.unit_code, r.id).toBe(unit?.code ?? '');
        expect(row.unit_status, r.id).toBe(unit ? 'known' : r.commune && c.orphans.some((o) => communeKey(o.district, o.name) === communeKey(r.district, r.commune!)) ? 'unknown' : '');
      }
    }
    const json = JSON.parse(file('data/catalogue.json'));
    expect(json.units.map((u: { id: string }) => u.id).sort()).toEqual(c.units.map((u) => u.id).sort());
    expect(json.units.every((u: object) => !('boundary' in u))).toBe(true);
  });

  it('publishes one GeoJSON feature per producer and sales point with a place, each with its precision', () => {
    const collection = JSON.parse(file('data/dia-diem.geojson'));
    const placed = [
      ...c.producers.filter((p) => unitOf(p)).map((p) => ({ key: `producer/${p.id}`, geo: undefined, unit: unitOf(p)! })),
      ...c.salesPoints.filter((s) => s.geo || unitOf(s)).map((s) => ({ key: `salesPoint/${s.id}`, geo: s.geo, unit: unitOf(s) })),
    ];
    expect(placed.length).toBeGreaterThan(0);
    expect(collection.features.map((f: { id: string }) => f.id).sort()).toEqual(placed.map((p) => p.key).sort());
    for (const p of placed) {
      const f = collection.features.find((x: { id: string }) => x.id === p.key);
      if (p.geo) {
        expect(f.properties.precision).toBe('exact');
        expect(f.geometry.coordinates).toEqual([p.geo.lon, p.geo.lat]);
      } else {
        expect(f.properties.precision).toBe('commune');
        expect(f.geometry.coordinates).toEqual([p.unit!.label.lon, p.unit!.label.lat]);
        expect(f.properties.unitId).toBe(p.unit!.id);
      }
    }
    const salesOnly = JSON.parse(file('data/diem-ban.geojson'));
    expect(salesOnly.features.map((f: { id: string }) => f.id).sort()).toEqual(placed.filter((p) => p.key.startsWith('salesPoint/')).map((p) => p.key).sort());
  });

  it('lists on each district page the units that replaced it, with a small outline file for its map', () => {
    const districts = new Set(c.units.flatMap((u) => u.formerUnits.map((f) => f.district)));
    for (const d of districts) {
      const root = page(dist, paths.district('vi', d));
      const listed = root.querySelectorAll('[data-district-units] [data-unit]').map((e) => e.getAttribute('data-unit')).sort();
      expect(listed, d).toEqual(c.units.filter((u) => u.formerUnits.some((f) => f.district === d)).map((u) => u.id).sort());
      const url = root.querySelector('[data-unit-outlines]')!.getAttribute('data-outlines-url')!;
      const outlines = JSON.parse(file(url));
      expect(outlines.features.map((f: { id: string }) => f.id).sort()).toEqual(listed);
      expect(fs.statSync(path.join(dist, url)).size, url).toBeLessThan(64 * 1024);
    }
  });

  it('winds every ring of every outline file as RFC 7946 asks: outer rings counter-clockwise, holes clockwise', () => {
    const folder = path.dirname(path.join(dist, outlinesPath('x')));
    const files = fs.readdirSync(folder).filter((f) => f.endsWith('.geojson'));
    expect(files.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    let outer = 0;
    for (const f of files) {
      const fc = JSON.parse(fs.readFileSync(path.join(folder, f), 'utf8')) as { features: { id: string; geometry: UnitData['boundary'] }[] };
      for (const feature of fc.features) {
        const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
        for (const rings of polygons) {
          rings.forEach((ring, i) => {
            // Shoelace sum, longitude as x: positive for a counter-clockwise ring (written out here, not taken from src/).
            let turn = 0;
            for (let k = 0; k < ring.length - 1; k++) turn += ring[k]![0] * ring[k + 1]![1] - ring[k + 1]![0] * ring[k]![1];
            if (i === 0) outer++;
            if (i === 0 ? turn <= 0 : turn >= 0) wrong.push(`${f} ${feature.id} ring ${i} (${i === 0 ? 'outer' : 'hole'})`);
          });
        }
      }
    }
    expect(outer).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('says on the map page how many producers and sales points no map can show', () => {
    const collection = JSON.parse(file('data/dia-diem.geojson'));
    const onMap = (type: string) => collection.features.filter((f: { properties: { type: string } }) => f.properties.type === type).length;
    const salesPoints = c.salesPoints.length - onMap('salesPoint');
    const producers = c.producers.length - onMap('producer');
    const line = page(dist, paths.map('en')).querySelector('[data-not-on-map]');
    if (salesPoints === 0 && producers === 0) return expect(line).toBeNull();
    const text = line!.textContent;
    expect(text).toBe(
      `${[salesPoints && `${salesPoints} sales point${salesPoints === 1 ? '' : 's'}`, producers && `${producers} producer${producers === 1 ? '' : 's'}`].filter(Boolean).join(' and ')} ` +
        `are not on the map: the sources give neither coordinates nor a ward or commune. The lists have them all.`,
    );
  });

  it('links the map (and its "near me") from the home, producers and sales points pages, in both languages', () => {
    for (const locale of ['vi', 'en'] as const) {
      for (const from of [paths.home(locale), paths.producers(locale), paths.salesPoints(locale)]) {
        expect(page(dist, from).querySelectorAll(`a[href="${paths.map(locale)}"]`).length, from).toBeGreaterThan(0);
      }
      expect(page(dist, paths.map(locale)).querySelector('[data-map-near] [data-map-locate]'), paths.map(locale)).not.toBeNull();
    }
  });
});

describe('a producer of xã Tam Thăng (fixture)', () => {
  const dist = FIXTURE.outDir;
  it('shows phường Bàn Thạch on its page and in the CSV', () => {
    const vi = page(dist, paths.producer('vi', 'co-so-ruou-nui'));
    expect(vi.querySelector('[data-commune]')!.textContent).toContain('xã Tam Thăng');
    expect(vi.querySelector('[data-commune] [data-current-unit]')!.textContent).toBe('(nay là phường Bàn Thạch, TP Thử Nghiệm)');
    expect(page(dist, paths.producer('en', 'co-so-ruou-nui')).querySelector('[data-current-unit]')!.textContent).toBe('(now Bàn Thạch ward, Test City)');
    const rows = parse(fs.readFileSync(path.join(dist, 'data/chu-the.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.id === 'co-so-ruou-nui')).toMatchObject({ commune: 'xã Tam Thăng', unit_id: 'ban-thach', unit_name: 'phường Bàn Thạch', unit_status: 'known' });
  });

  it('says so when a former commune has no known successor', () => {
    const root = page(dist, paths.product('vi', 'mam-chua-ro-ngay'));
    expect(root.querySelector('[data-current-unit]')!.textContent).toBe('(chưa rõ nay thuộc phường, xã nào)');
    expect(page(dist, paths.product('en', 'mam-chua-ro-ngay')).querySelector('[data-current-unit]')!.textContent).toBe('(current ward or commune unknown)');
  });
});
