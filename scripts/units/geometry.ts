// Boundaries small enough for a phone, and a label point surely inside them.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { simplify } from '@turf/simplify';
import polylabel from 'polylabel';
import { windGeometry } from '../../src/lib/places/ring-winding.ts';
import type { BoundaryData } from '../../src/lib/content/schema.ts';

export type Position = [number, number];
export type Geometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

/** About 110 m: outlines stay recognisable at street-level zooms of a commune. */
export const SIMPLIFY_TOLERANCE_DEG = 0.001;
/** Five decimals of a degree is about 1 m; four (11 m) is below what the simplification keeps. */
export const DECIMALS = 4;

const round = (n: number) => Number(n.toFixed(DECIMALS));

// Rounding can repeat a position; a ring needs 4 positions (first = last) to stay a polygon.
function cleanRing(ring: Position[]): Position[] | undefined {
  const out: Position[] = [];
  for (const [x, y] of ring) {
    const p: Position = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : undefined;
}

function cleanPolygon(rings: Position[][]): Position[][] | undefined {
  const outer = cleanRing(rings[0]);
  if (!outer) return undefined;
  return [outer, ...rings.slice(1).map(cleanRing).filter((r): r is Position[] => r !== undefined)];
}

/** Douglas–Peucker simplification (Turf, high quality), then coordinates cut to DECIMALS, rings wound as RFC 7946 asks. */
export function boundaryFor(geometry: Geometry): BoundaryData {
  const simple = simplify(geometry as never, { tolerance: SIMPLIFY_TOLERANCE_DEG, highQuality: true, mutate: false }) as unknown as Geometry;
  const polygons = (simple.type === 'Polygon' ? [simple.coordinates] : simple.coordinates)
    .map(cleanPolygon)
    .filter((p): p is Position[][] => p !== undefined);
  if (polygons.length === 1) return windGeometry({ type: 'Polygon', coordinates: polygons[0] });
  return windGeometry({ type: 'MultiPolygon', coordinates: polygons });
}

// Shoelace area of a ring, in square degrees (enough to pick the largest part).
function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(a / 2);
}

/**
 * The pole of inaccessibility of the largest part (polylabel): the inside point farthest from the
 * edge, so a marker there sits inside even a crescent-shaped unit, where a centroid may fall outside.
 */
export function labelPoint(boundary: BoundaryData): { lat: number; lon: number } | undefined {
  const polygons = boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;
  const largest = [...polygons].sort((a, b) => ringArea(b[0]) - ringArea(a[0]))[0];
  if (!largest) return undefined;
  const [lon, lat] = polylabel(largest as Position[][], 0.0001);
  const point = { lat: Number(lat.toFixed(5)), lon: Number(lon.toFixed(5)) };
  return pointInBoundary(point, boundary) ? point : undefined;
}

export function pointInBoundary(point: { lat: number; lon: number }, boundary: BoundaryData): boolean {
  return booleanPointInPolygon([point.lon, point.lat], boundary as never);
}
