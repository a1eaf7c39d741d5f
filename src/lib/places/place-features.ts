// Where producers and sales points are, as GeoJSON: at the exact point a source gives, or else at the
// label point of the ward or commune their former commune became (precision "commune"). A record
// with neither is left out: nothing here guesses a position. Also the outlines of a district's units.
import type { District, Place, Producer, SalesPoint, Unit } from '../content/catalogue';
import { windGeometry } from './ring-winding';
import { paths } from '../pages/routes';

export type Precision = 'exact' | 'commune';

export interface PlaceFeatureProperties {
  id: string;
  type: 'producer' | 'salesPoint';
  name: string;
  nameEn?: string;
  precision: Precision;
  districtId: string;
  district: string;
  commune?: string;
  /** Current unit (id and "phường Bàn Thạch"), when the former commune maps to one. */
  unitId?: string;
  unit?: string;
  /** Product groups (ids) made or sold there. */
  groups: string[];
  /** Highest star level with a certificate in force (producers) or sold there (sales points); null when none. */
  stars: number | null;
  /** Sales points: kind and status as at the source's date. */
  kind?: string;
  status?: string;
  /** Page on this site (Vietnamese and English paths, and the absolute Vietnamese address). */
  path: string;
  pathEn: string;
  url: string;
}

export interface PlaceFeature {
  type: 'Feature';
  id: string;
  /** GeoJSON order: longitude first (RFC 7946). */
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: PlaceFeatureProperties;
}

export interface PlaceFeatureCollection {
  type: 'FeatureCollection';
  features: PlaceFeature[];
}

const unitOf = (place: Place | undefined): Unit | undefined => place?.unit;

function position(geo: { lat: number; lon: number } | undefined, place: Place | undefined): { at: [number, number]; precision: Precision } | undefined {
  if (geo) return { at: [geo.lon, geo.lat], precision: 'exact' };
  const unit = unitOf(place);
  return unit ? { at: [unit.label.lon, unit.label.lat], precision: 'commune' } : undefined;
}

const topStars = (stars: (number | undefined)[]) => {
  const known = stars.filter((s): s is number => s !== undefined);
  return known.length ? Math.max(...known) : null;
};

function feature(
  type: PlaceFeatureProperties['type'],
  r: { id: string; name: string; nameEn?: string; district: District; commune?: string; place?: Place },
  at: { at: [number, number]; precision: Precision },
  extra: { groups: string[]; stars: number | null; path: string; pathEn: string; kind?: string; status?: string },
  siteUrl: string,
): PlaceFeature {
  const unit = unitOf(r.place);
  return {
    type: 'Feature',
    id: `${type}/${r.id}`,
    geometry: { type: 'Point', coordinates: at.at },
    properties: {
      id: r.id,
      type,
      name: r.name,
      ...(r.nameEn ? { nameEn: r.nameEn } : {}),
      precision: at.precision,
      districtId: r.district.id,
      district: r.district.name,
      ...(r.commune ? { commune: r.commune } : {}),
      ...(unit ? { unitId: unit.id, unit: `${unit.kind} ${unit.name}` } : {}),
      ...extra,
      url: new URL(extra.path, siteUrl).href,
    },
  };
}

export function producerFeatures(producers: readonly Producer[], siteUrl: string): PlaceFeature[] {
  return producers.flatMap((p) => {
    // Producers carry no coordinates of their own yet: only their commune places them.
    const at = position(undefined, p.place);
    if (!at) return [];
    const extra = { groups: p.groups.map((g) => g.id), stars: p.topStars ?? null, path: paths.producer('vi', p.id), pathEn: paths.producer('en', p.id) };
    return [feature('producer', p, at, extra, siteUrl)];
  });
}

export function salesPointFeatures(salesPoints: readonly SalesPoint[], siteUrl: string): PlaceFeature[] {
  return salesPoints.flatMap((s) => {
    const at = position(s.geo, s.place);
    if (!at) return [];
    const extra = {
      kind: s.kind,
      status: s.status,
      groups: [...new Set(s.products.flatMap((x) => (x.group ? [x.group.id] : [])))],
      stars: topStars(s.products.filter((x) => x.inForce).map((x) => x.stars)),
      path: paths.salesPoint('vi', s.id),
      pathEn: paths.salesPoint('en', s.id),
    };
    return [feature('salesPoint', s, at, extra, siteUrl)];
  });
}

/** How many producers and sales points no map can show: no source gives their point or their commune. */
export function unplacedCounts(producers: readonly Producer[], salesPoints: readonly SalesPoint[]): { producers: number; salesPoints: number } {
  return {
    producers: producers.filter((p) => !position(undefined, p.place)).length,
    salesPoints: salesPoints.filter((s) => !position(s.geo, s.place)).length,
  };
}

export const featureCollection = (features: PlaceFeature[]): PlaceFeatureCollection => ({ type: 'FeatureCollection', features });

/** The outlines of the units that replaced a district's communes, for its page's map. */
export function districtOutlines(district: District) {
  const first = district.units[0];
  return {
    type: 'FeatureCollection' as const,
    ...(first ? { attribution: first.attribution } : {}),
    features: district.units.map((u) => ({
      type: 'Feature' as const,
      id: u.id,
      // Outer rings counter-clockwise, holes clockwise (RFC 7946 §3.1.6), whatever the content holds.
      geometry: windGeometry(u.boundary),
      properties: { id: u.id, name: u.name, kind: u.kind, code: u.code, label: [u.label.lon, u.label.lat] as [number, number] },
    })),
  };
}

/** Address of a district's outline file. */
export const outlinesPath = (districtId: string) => `/data/ranh-gioi/${districtId}.geojson`;
