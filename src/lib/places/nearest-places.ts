// Which places are nearest to where a reader is (the places map's "near me"): straight-line
// distances from a position the reader's device gives, computed in the browser; the position is
// never sent anywhere. A place without an exact point is measured to its unit's label point, so its
// distance is approximate and said to be.
import { distanceKm, type Geo } from './places';

export interface NearPlace<T> {
  place: T;
  km: number;
}

/** A place a reader can go to now: not a sales point that is only planned or has closed. */
export function canVisit(place: { type: string; status?: string }): boolean {
  return place.type !== 'salesPoint' || (place.status !== 'planned' && place.status !== 'closed');
}

/**
 * The places "near me" chooses from: those a reader can go to, sales points before producers, so
 * that at the same distance (places measured to the same ward's middle) where to buy comes first.
 */
export function nearMeCandidates<T>(places: readonly T[], properties: (place: T) => { type: string; status?: string }): T[] {
  const visitable = places.filter((p) => canVisit(properties(p)));
  return [...visitable.filter((p) => properties(p).type === 'salesPoint'), ...visitable.filter((p) => properties(p).type !== 'salesPoint')];
}

/** The `limit` places nearest to `from`, nearest first (ties keep the input order). */
export function nearestPlaces<T>(places: readonly T[], from: Geo, at: (place: T) => Geo, limit: number): NearPlace<T>[] {
  return places
    .map((place, i) => ({ place, km: distanceKm(from, at(place)), i }))
    .sort((a, b) => a.km - b.km || a.i - b.i)
    .slice(0, Math.max(0, limit))
    .map(({ place, km }) => ({ place, km }));
}

/** Beyond this, a reader is not in the area the catalogue covers: the list says how far it is. */
export const FAR_AWAY_KM = 50;
