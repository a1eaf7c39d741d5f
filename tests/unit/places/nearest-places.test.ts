import { describe, expect, it } from 'vitest';
import { formatDistance } from '../../../src/lib/pages/format';
import { canVisit, nearMeCandidates, nearestPlaces } from '../../../src/lib/places/nearest-places';
import { distanceKm } from '../../../src/lib/places/places';

// Real places' coordinates (approximate city centres), enough to check order and distances.
const HOI_AN = { lat: 15.8801, lon: 108.338 };
const TAM_KY = { lat: 15.5736, lon: 108.474 };
const DA_NANG = { lat: 16.0544, lon: 108.2022 };
const HA_NOI = { lat: 21.0285, lon: 105.8542 };

describe('nearestPlaces', () => {
  const places = [
    { id: 'tam-ky', at: TAM_KY },
    { id: 'ha-noi', at: HA_NOI },
    { id: 'da-nang', at: DA_NANG },
    { id: 'hoi-an', at: HOI_AN },
  ];
  it('orders places by straight-line distance from the reader and keeps the limit', () => {
    const near = nearestPlaces(places, { lat: 15.87, lon: 108.33 }, (p) => p.at, 3);
    expect(near.map((n) => n.place.id)).toEqual(['hoi-an', 'da-nang', 'tam-ky']);
    expect(near[0]!.km).toBeLessThan(2);
    expect(near[1]!.km).toBeCloseTo(distanceKm({ lat: 15.87, lon: 108.33 }, DA_NANG), 6);
  });
  it('keeps the input order between places at the same distance, and gives nothing for a limit of 0', () => {
    const twins = [{ id: 'a', at: HOI_AN }, { id: 'b', at: HOI_AN }, { id: 'c', at: HOI_AN }];
    expect(nearestPlaces(twins, TAM_KY, (p) => p.at, 5).map((n) => n.place.id)).toEqual(['a', 'b', 'c']);
    expect(nearestPlaces(places, TAM_KY, (p) => p.at, 0)).toEqual([]);
  });
  it('measures Hội An to Tam Kỳ at about 37 km', () => {
    expect(distanceKm(HOI_AN, TAM_KY)).toBeGreaterThan(35);
    expect(distanceKm(HOI_AN, TAM_KY)).toBeLessThan(40);
  });
});

describe('formatDistance', () => {
  it('writes metres under a kilometre, to the nearest 50 m, never 0 m', () => {
    expect(formatDistance('en', 0.834)).toBe('850 m');
    expect(formatDistance('vi', 0.01)).toBe('50 m');
    expect(formatDistance('en', 0.99)).toBe('1.0 km');
  });
  it('writes one decimal under 10 km and whole kilometres beyond, with each language’s decimal sign', () => {
    expect(formatDistance('en', 2.44)).toBe('2.4 km');
    expect(formatDistance('vi', 2.44)).toBe('2,4 km');
    expect(formatDistance('vi', 9.96)).toBe('10 km');
    expect(formatDistance('en', 1234.4)).toBe('1,234 km');
    expect(formatDistance('vi', 1234.4)).toBe('1.234 km');
  });
});

describe('canVisit', () => {
  it('leaves out sales points that are only planned or have closed, and keeps producers and the rest', () => {
    expect(canVisit({ type: 'salesPoint', status: 'open' })).toBe(true);
    expect(canVisit({ type: 'salesPoint', status: 'unknown' })).toBe(true);
    expect(canVisit({ type: 'salesPoint', status: 'planned' })).toBe(false);
    expect(canVisit({ type: 'salesPoint', status: 'closed' })).toBe(false);
    expect(canVisit({ type: 'producer' })).toBe(true);
  });
});

describe('nearMeCandidates', () => {
  it('puts the sales points one can visit before producers, keeping each one’s order', () => {
    const places = [
      { id: 'p1', type: 'producer' },
      { id: 's-planned', type: 'salesPoint', status: 'planned' },
      { id: 's1', type: 'salesPoint', status: 'open' },
      { id: 'p2', type: 'producer' },
      { id: 's2', type: 'salesPoint', status: 'unknown' },
      { id: 's-closed', type: 'salesPoint', status: 'closed' },
    ];
    expect(nearMeCandidates(places, (p) => p).map((p) => p.id)).toEqual(['s1', 's2', 'p1', 'p2']);
    // Measured to the same point, the sales point is listed first.
    const at = { lat: 15.88, lon: 108.338 };
    expect(nearestPlaces(nearMeCandidates(places, (p) => p), HOI_AN, () => at, 2).map((n) => n.place.id)).toEqual(['s1', 's2']);
  });
});
