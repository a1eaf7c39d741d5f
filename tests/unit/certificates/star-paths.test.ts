import { describe, expect, it } from 'vitest';
import { STARS_WIDTH, starPaths } from '../../../src/lib/certificates/star-paths';

const starsIn = (d: string) => (d.match(/M/g) ?? []).length;

describe('starPaths', () => {
  it('draws as many earned stars as the rating and the rest in the second path', () => {
    for (const n of [0, 1, 3, 4, 5]) {
      const { earned, rest } = starPaths(n);
      expect([starsIn(earned), starsIn(rest)]).toEqual([n, 5 - n]);
    }
  });
  it('places the five stars side by side inside the drawing', () => {
    const xs = [...starPaths(5).earned.matchAll(/M([\d.]+) /g)].map((m) => Number(m[1]));
    expect(xs).toEqual([10, 32, 54, 76, 98]);
    expect(Math.max(...xs) + 10).toBeLessThanOrEqual(STARS_WIDTH);
  });
  it('clamps ratings outside 0–5', () => {
    expect(starsIn(starPaths(7).earned)).toBe(5);
    expect(starsIn(starPaths(-1).rest)).toBe(5);
  });
});
