// Which way a boundary's rings turn: outer rings counter-clockwise, holes clockwise, as RFC 7946
// §3.1.6 asks of published GeoJSON (map libraries draw either; some tools, and d3, read the turn).

type Position = [number, number] | number[];
type Ring = Position[];

/** Twice the signed area (shoelace), longitude as x and latitude as y: positive when the ring turns counter-clockwise. */
export function ringTurn(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}

function turned<R extends Ring>(ring: R, counterClockwise: boolean): R {
  const turn = ringTurn(ring);
  return turn === 0 || turn > 0 === counterClockwise ? ring : ([...ring].reverse() as R);
}

/** A polygon's rings: the first (outer) counter-clockwise, the others (holes) clockwise. */
export function windPolygon<R extends Ring>(rings: readonly R[]): R[] {
  return rings.map((ring, i) => turned(ring, i === 0));
}

/** A Polygon or MultiPolygon with its rings wound as RFC 7946 asks; a new object, the input is left as it is. */
export function windGeometry<G extends { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] }>(geometry: G): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: windPolygon(geometry.coordinates as Ring[]) };
  return { ...geometry, coordinates: (geometry.coordinates as Ring[][]).map((p) => windPolygon(p)) };
}
