// Where sales points are, for people on the move: distances between district centroids, the
// nearest recorded sales points, directions links and the sales-point map's markers.
// Coordinates come only from content: nothing here guesses a position.
import { displayName } from '../content/names';
import type { SalesPointStatus } from '../content/schema';

/** A point in decimal degrees, as content records it. */
export interface Geo {
  lat: number;
  lon: number;
}

/** What these functions need of a district (the catalogue's District fits). */
export interface PlaceDistrict {
  id: string;
  name: string;
  kind: string;
  centroid?: Geo;
}

/** What these functions need of a sales point (the catalogue's SalesPoint fits). */
export interface PlaceSalesPoint {
  id: string;
  name: string;
  kind: string;
  status: SalesPointStatus;
  address?: string;
  provinceLevel?: boolean;
  geo?: Geo;
  nameEn?: string;
  phone?: string;
  district: PlaceDistrict;
}

const EARTH_RADIUS_KM = 6371.0088;
const radians = (deg: number) => (deg * Math.PI) / 180;
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const byName = <T extends { name: string }>(a: T, b: T) => collator.compare(a.name, b.name);

/** Great-circle distance in kilometres (haversine): a straight line, not a road distance. */
export function distanceKm(a: Geo, b: Geo): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const VISIT_ORDER: Record<SalesPointStatus, number> = { open: 0, unknown: 1, planned: 2, closed: 3 };

/**
 * The order a visitor wants sales points in: open ones first, then those whose status no source
 * gives, then planned and closed ones; within each, those with an address first; then by name.
 */
export function byVisitOrder<S extends PlaceSalesPoint>(a: S, b: S): number {
  return VISIT_ORDER[a.status] - VISIT_ORDER[b.status] || Number(!a.address) - Number(!b.address) || byName(a, b);
}

// A closed shop is no help to someone looking for another place to buy.
const isSuggestible = (s: PlaceSalesPoint) => s.status !== 'closed';

/** Province-level centres worth suggesting to every district, by name. */
export function provinceLevelCentres<S extends PlaceSalesPoint>(salesPoints: readonly S[]): S[] {
  return salesPoints.filter((s) => s.provinceLevel && isSuggestible(s)).sort(byName);
}

export interface NearbySalesPoint<S> {
  salesPoint: S;
  /** Between the two districts' centroids; absent when listing everything. */
  distanceKm?: number;
}

export interface NearbySalesPoints<S> {
  /** true: ordered by distance between centroids; false: every recorded point, by district then name. */
  ranked: boolean;
  items: NearbySalesPoint<S>[];
}

/**
 * Sales points to suggest for a district that has none: those of the `districtLimit` nearest
 * districts (by centroid) that have one. When the district, or every candidate, lacks a centroid
 * there is no honest order, so all recorded points are listed. Province-level centres are left out
 * (they are listed on their own) and so are closed ones.
 */
export function nearbySalesPoints<S extends PlaceSalesPoint>(
  origin: PlaceDistrict,
  salesPoints: readonly S[],
  districtLimit = 3,
): NearbySalesPoints<S> {
  const candidates = salesPoints.filter((s) => s.district.id !== origin.id && !s.provinceLevel && isSuggestible(s));
  const from = origin.centroid;
  const located = from ? candidates.filter((s) => s.district.centroid) : [];
  if (!from || located.length === 0) {
    const items = [...candidates]
      .sort((a, b) => byName(a.district, b.district) || byName(a, b))
      .map((salesPoint) => ({ salesPoint }));
    return { ranked: false, items };
  }
  const withDistance = located.map((salesPoint) => ({ salesPoint, distanceKm: distanceKm(from, salesPoint.district.centroid!) }));
  withDistance.sort((a, b) => a.distanceKm - b.distanceKm || byName(a.salesPoint.district, b.salesPoint.district) || byName(a.salesPoint, b.salesPoint));
  const keptDistricts = new Set<string>();
  const items = withDistance.filter(({ salesPoint }) => {
    const id = salesPoint.district.id;
    if (!keptDistricts.has(id) && keptDistricts.size >= districtLimit) return false;
    keptDistricts.add(id);
    return true;
  });
  return { ranked: true, items };
}

// ---------------------------------------------------------------- directions

/** Where to send a routing service: exact coordinates when content has them, else a searchable address. */
export type DirectionsTarget = { geo: Geo } | { query: string };

/**
 * Coordinates when known; otherwise the address with the district and its kind and the region,
 * which geocoders resolve better than a bare street name. Undefined when the content has neither:
 * a name sent to a map service finds some other place, so no directions are offered then.
 */
export function directionsTarget(salesPoint: PlaceSalesPoint, region: string): DirectionsTarget | undefined {
  if (salesPoint.geo) return { geo: salesPoint.geo };
  if (!salesPoint.address) return undefined;
  const district = `${salesPoint.district.kind} ${salesPoint.district.name}`;
  return { query: [salesPoint.address, district, region].join(', ') };
}

const coordinates = (g: Geo) => `${g.lat},${g.lon}`;

/** openstreetmap.org's directions page with the destination filled in (the start is left to the reader). */
export function osmDirectionsUrl(target: DirectionsTarget): string {
  const params = 'geo' in target ? new URLSearchParams({ route: `;${coordinates(target.geo)}` }) : new URLSearchParams({ to: target.query });
  return `https://www.openstreetmap.org/directions?${params}`;
}

/** Google Maps directions through its documented URL scheme (api=1). */
export function googleDirectionsUrl(target: DirectionsTarget): string {
  const destination = 'geo' in target ? coordinates(target.geo) : target.query;
  return `https://www.google.com/maps/dir/?${new URLSearchParams({ api: '1', destination })}`;
}

// ---------------------------------------------------------------- structured data

/**
 * schema.org Store for a sales point page, with its postal address and, when known, its coordinates.
 * A planned sales point (not yet open) is only a Place: nothing can be bought there yet.
 */
/** `description`: the sales point's own text in the page's language, when it has one (never Vietnamese on an English page). */
export function salesPointJsonLd(salesPoint: PlaceSalesPoint, path: string, site: { url: string; region: string }, description?: string) {
  const url = new URL(path, site.url).href;
  const s = salesPoint;
  const planned = s.status === 'planned';
  return {
    '@context': 'https://schema.org',
    '@type': planned ? 'Place' : 'Store',
    '@id': `${url}#${planned ? 'place' : 'store'}`,
    name: displayName(s.name),
    ...(s.nameEn ? { alternateName: s.nameEn } : {}),
    url,
    ...(description ? { description } : {}),
    address: {
      '@type': 'PostalAddress',
      ...(s.address ? { streetAddress: s.address } : {}),
      addressLocality: s.district.name,
      addressRegion: site.region,
      addressCountry: 'VN',
    },
    ...(s.geo ? { geo: { '@type': 'GeoCoordinates', latitude: s.geo.lat, longitude: s.geo.lon } } : {}),
    ...(s.phone ? { telephone: s.phone } : {}),
  };
}

// The GeoJSON export of producers and sales points is in place-features.ts.

// ---------------------------------------------------------------- map markers

/** A label for the client, with the language it is written in when that differs from the page's. */
export interface MapLabel {
  text: string;
  lang?: string;
}

export interface LocatedMarker {
  id: string;
  lat: number;
  lon: number;
  name: MapLabel;
  /** Kind and status in the page's language. */
  detail: string;
  url: string;
}

export interface ApproximateMarker {
  districtId: string;
  lat: number;
  lon: number;
  district: MapLabel;
  salesPoints: { id: string; name: MapLabel; url: string }[];
}

export interface MapMarkers {
  located: LocatedMarker[];
  approximate: ApproximateMarker[];
}

export interface MarkerLabels<S> {
  nameOf: (salesPoint: S) => MapLabel;
  districtNameOf: (district: PlaceDistrict) => MapLabel;
  detailOf: (salesPoint: S) => string;
  urlOf: (salesPoint: S) => string;
}

/**
 * One marker per sales point with coordinates; the others gather on one marker per district at its
 * centroid, shown as approximate. A point whose district has no centroid stays off the map (it is in the list).
 */
export function mapMarkers<S extends PlaceSalesPoint>(salesPoints: readonly S[], labels: MarkerLabels<S>): MapMarkers {
  const located: LocatedMarker[] = [];
  const approximate = new Map<string, ApproximateMarker>();
  for (const s of [...salesPoints].sort(byName)) {
    if (s.geo) {
      located.push({ id: s.id, lat: s.geo.lat, lon: s.geo.lon, name: labels.nameOf(s), detail: labels.detailOf(s), url: labels.urlOf(s) });
      continue;
    }
    const d = s.district;
    if (!d.centroid) continue;
    let marker = approximate.get(d.id);
    if (!marker) {
      marker = { districtId: d.id, lat: d.centroid.lat, lon: d.centroid.lon, district: labels.districtNameOf(d), salesPoints: [] };
      approximate.set(d.id, marker);
    }
    marker.salesPoints.push({ id: s.id, name: labels.nameOf(s), url: labels.urlOf(s) });
  }
  return { located, approximate: [...approximate.values()].sort((a, b) => collator.compare(a.district.text, b.district.text)) };
}

/** What the page hands the map script (as JSON): tiles, interface strings and markers. */
export interface MapPayload {
  /** The page's language, for numbers. */
  locale: 'vi' | 'en';
  /** Tile URL template, attribution text and link, from the site configuration. */
  tiles: { url: string; attribution: string; attributionUrl: string };
  labels: { approximate: string; approximateNote: string; loading: string; failed: string; noTiles: string };
  markers: MapMarkers;
}
