import { describe, expect, it } from 'vitest';
import {
  byVisitOrder,
  directionsTarget,
  distanceKm,
  googleDirectionsUrl,
  mapMarkers,
  nearbySalesPoints,
  osmDirectionsUrl,
  provinceLevelCentres,
  salesPointJsonLd,
  type PlaceDistrict,
  type PlaceSalesPoint,
} from '../../../src/lib/places/places';
import { telephoneHref } from '../../../src/lib/pages/format';

const district = (id: string, centroid?: { lat: number; lon: number }): PlaceDistrict => ({
  id,
  name: id.replace(/^./, (c) => c.toUpperCase()),
  kind: 'huyện',
  centroid,
});

// Roughly along one meridian: 0.1° of latitude is about 11 km.
const origin = district('origin', { lat: 15.0, lon: 108.0 });
const near = district('near', { lat: 15.1, lon: 108.0 });
const middle = district('middle', { lat: 15.3, lon: 108.0 });
const far = district('far', { lat: 15.6, lon: 108.0 });
const farthest = district('farthest', { lat: 16.0, lon: 108.0 });
const unlocated = district('unlocated');

const point = (id: string, d: PlaceDistrict, extra: Partial<PlaceSalesPoint> = {}): PlaceSalesPoint => ({
  id,
  name: `Điểm ${id}`,
  kind: 'điểm bán',
  status: 'open',
  district: d,
  ...extra,
});

describe('distanceKm', () => {
  it('is zero between a point and itself', () => {
    expect(distanceKm(origin.centroid!, origin.centroid!)).toBe(0);
  });
  it('measures a degree of latitude as about 111 km', () => {
    expect(distanceKm({ lat: 15, lon: 108 }, { lat: 16, lon: 108 })).toBeCloseTo(111.2, 0);
  });
  it('combines latitude and longitude: 0.3° north and 0.136° east at 15.7° N is about 36 km', () => {
    expect(distanceKm({ lat: 15.5736, lon: 108.474 }, { lat: 15.8736, lon: 108.338 })).toBeCloseTo(36.4, 0);
  });
  it('is symmetric', () => {
    expect(distanceKm(near.centroid!, far.centroid!)).toBeCloseTo(distanceKm(far.centroid!, near.centroid!), 9);
  });
});

describe('nearbySalesPoints', () => {
  const points = [
    point('far-1', far),
    point('near-2', near, { name: 'B' }),
    point('near-1', near, { name: 'A' }),
    point('middle-1', middle),
    point('farthest-1', farthest),
    point('nowhere-1', unlocated),
  ];

  it('lists the points of the three nearest districts, nearest first, with their distance', () => {
    const result = nearbySalesPoints(origin, points);
    expect(result.ranked).toBe(true);
    expect(result.items.map((i) => i.salesPoint.id)).toEqual(['near-1', 'near-2', 'middle-1', 'far-1']);
    expect(result.items[0]!.distanceKm).toBeCloseTo(11.1, 0);
  });

  it('keeps as many districts as asked', () => {
    expect(nearbySalesPoints(origin, points, 1).items.map((i) => i.salesPoint.id)).toEqual(['near-1', 'near-2']);
  });

  it('lists every recorded point, by district then name, when the district has no centroid', () => {
    const result = nearbySalesPoints(unlocated, points);
    expect(result.ranked).toBe(false);
    expect(result.items.map((i) => i.salesPoint.id)).toEqual(['far-1', 'farthest-1', 'middle-1', 'near-1', 'near-2']);
    expect(result.items.every((i) => i.distanceKm === undefined)).toBe(true);
  });

  it('lists every recorded point when no other district has a centroid', () => {
    const result = nearbySalesPoints(origin, [point('nowhere-1', unlocated)]);
    expect(result.ranked).toBe(false);
    expect(result.items.map((i) => i.salesPoint.id)).toEqual(['nowhere-1']);
  });

  it('leaves out closed points, province-level centres and the district itself', () => {
    const result = nearbySalesPoints(origin, [
      point('own', origin),
      point('closed', near, { status: 'closed' }),
      point('centre', near, { provinceLevel: true }),
      point('planned', middle, { status: 'planned' }),
    ]);
    expect(result.items.map((i) => i.salesPoint.id)).toEqual(['planned']);
  });

  it('is empty when nothing else is recorded', () => {
    expect(nearbySalesPoints(origin, [point('own', origin)]).items).toEqual([]);
  });
});

describe('provinceLevelCentres', () => {
  it('keeps the province-level centres that are not closed, by name', () => {
    const centres = provinceLevelCentres([
      point('b', near, { provinceLevel: true, name: 'Trung tâm B' }),
      point('a', far, { provinceLevel: true, name: 'Trung tâm A', status: 'planned' }),
      point('closed', far, { provinceLevel: true, status: 'closed' }),
      point('local', far),
    ]);
    expect(centres.map((c) => c.id)).toEqual(['a', 'b']);
  });
});

describe('directions', () => {
  it('uses coordinates when the content has them', () => {
    const target = directionsTarget(point('x', near, { geo: { lat: 15.88, lon: 108.33 }, address: 'chợ' }), 'Quảng Nam');
    expect(target).toEqual({ geo: { lat: 15.88, lon: 108.33 } });
    expect(osmDirectionsUrl(target!)).toBe('https://www.openstreetmap.org/directions?route=%3B15.88%2C108.33');
    expect(googleDirectionsUrl(target!)).toBe('https://www.google.com/maps/dir/?api=1&destination=15.88%2C108.33');
  });

  it('falls back to the address, the district with its kind and the region', () => {
    const target = directionsTarget(point('x', district('tiên phước'), { address: '12 Lê Lợi' }), 'Quảng Nam');
    expect(target).toEqual({ query: '12 Lê Lợi, huyện Tiên phước, Quảng Nam' });
    const osm = new URL(osmDirectionsUrl(target!));
    expect(osm.origin + osm.pathname).toBe('https://www.openstreetmap.org/directions');
    expect(osm.searchParams.get('to')).toBe('12 Lê Lợi, huyện Tiên phước, Quảng Nam');
    const google = new URL(googleDirectionsUrl(target!));
    expect(google.searchParams.get('api')).toBe('1');
    expect(google.searchParams.get('destination')).toBe('12 Lê Lợi, huyện Tiên phước, Quảng Nam');
  });

  it('offers no directions without an address or coordinates (a name alone finds some other place)', () => {
    expect(directionsTarget(point('x', near, { name: 'Chợ phiên Bến Đò' }), 'Tỉnh Ví Dụ')).toBeUndefined();
  });
});

describe('telephoneHref', () => {
  it('keeps only digits and a leading plus', () => {
    expect(telephoneHref('0235 3.812 (345)')).toBe('tel:02353812345');
    expect(telephoneHref('+84 235 3812 345')).toBe('tel:+842353812345');
  });
});

describe('salesPointJsonLd', () => {
  const site = { url: 'https://ocop.example.org', region: 'Tỉnh Ví Dụ' };
  it('describes a Store with its address, coordinates and phone', () => {
    const ld = salesPointJsonLd(
      point('ben-do', near, { address: 'chợ Bến Đò', geo: { lat: 16.11, lon: 107.91 }, phone: '0900 000 002', nameEn: 'Ferry shop' }),
      '/diem-ban/ben-do/',
      site,
    );
    expect(ld).toMatchObject({
      '@type': 'Store',
      name: 'Điểm ben-do',
      alternateName: 'Ferry shop',
      url: 'https://ocop.example.org/diem-ban/ben-do/',
      address: { streetAddress: 'chợ Bến Đò', addressLocality: 'Near', addressRegion: 'Tỉnh Ví Dụ', addressCountry: 'VN' },
      geo: { '@type': 'GeoCoordinates', latitude: 16.11, longitude: 107.91 },
      telephone: '0900 000 002',
    });
  });
  it('types a planned sales point (not yet open) as a Place, not a Store', () => {
    const ld = salesPointJsonLd(point('sap-mo', near, { status: 'planned' }), '/diem-ban/sap-mo/', site);
    expect(ld['@type']).toBe('Place');
    expect(ld['@id']).toBe('https://ocop.example.org/diem-ban/sap-mo/#place');
    expect(salesPointJsonLd(point('x', near, { status: 'closed' }), '/diem-ban/x/', site)['@type']).toBe('Store');
  });
  it('leaves out what the content does not give', () => {
    const ld = salesPointJsonLd(point('x', near), '/diem-ban/x/', site);
    expect(ld).not.toHaveProperty('geo');
    expect(ld).not.toHaveProperty('telephone');
    expect(ld.address).not.toHaveProperty('streetAddress');
  });
});

describe('mapMarkers', () => {
  const labels = {
    nameOf: (s: PlaceSalesPoint) => ({ text: s.name, lang: 'vi' }),
    districtNameOf: (d: PlaceDistrict) => ({ text: d.name }),
    detailOf: (s: PlaceSalesPoint) => s.kind,
    urlOf: (s: PlaceSalesPoint) => `/diem-ban/${s.id}/`,
  };

  it('gives each located point its own marker and gathers the rest at their district centroid', () => {
    const markers = mapMarkers(
      [
        point('located', near, { geo: { lat: 15.11, lon: 108.01 } }),
        point('near-b', near, { name: 'B' }),
        point('near-a', near, { name: 'A' }),
        point('middle', middle),
        point('nowhere', unlocated),
      ],
      labels,
    );
    expect(markers.located).toEqual([
      { id: 'located', lat: 15.11, lon: 108.01, name: { text: 'Điểm located', lang: 'vi' }, detail: 'điểm bán', url: '/diem-ban/located/' },
    ]);
    expect(markers.approximate.map((m) => m.districtId)).toEqual(['middle', 'near']);
    const nearMarker = markers.approximate[1]!;
    expect([nearMarker.lat, nearMarker.lon]).toEqual([15.1, 108.0]);
    expect(nearMarker.salesPoints.map((s) => s.id)).toEqual(['near-a', 'near-b']);
  });

  it('leaves a point off the map when neither it nor its district has coordinates', () => {
    expect(mapMarkers([point('nowhere', unlocated)], labels)).toEqual({ located: [], approximate: [] });
  });
});

describe('byVisitOrder', () => {
  it('puts open sales points first, then those of unknown status, planned and closed ones; an address first; then by name', () => {
    const points = [
      point('b-closed', origin, { status: 'closed', address: 'x' }),
      point('c-planned', origin, { status: 'planned', address: 'x' }),
      point('d-unknown', origin, { status: 'unknown', address: 'x' }),
      point('e-open', origin),
      point('f-open', origin, { address: '72 Nguyễn Thái Học' }),
      point('a-open', origin),
    ];
    expect([...points].sort(byVisitOrder).map((p) => p.id)).toEqual(['f-open', 'a-open', 'e-open', 'd-unknown', 'c-planned', 'b-closed']);
  });
});
