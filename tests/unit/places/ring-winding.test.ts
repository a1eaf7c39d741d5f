// Boundary rings as RFC 7946 §3.1.6 wants them: outer rings counter-clockwise, holes clockwise.
import { describe, expect, it } from 'vitest';
import { ringTurn, windGeometry, windPolygon } from '../../../src/lib/places/ring-winding';

// A square 0..4 and a hole 1..2, each written clockwise (x = longitude east, y = latitude north).
const clockwiseSquare = [[0, 0], [0, 4], [4, 4], [4, 0], [0, 0]];
const clockwiseHole = [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]];

describe('ring winding', () => {
  it('measures the turn: positive counter-clockwise, negative clockwise', () => {
    expect(ringTurn(clockwiseSquare)).toBe(-32);
    expect(ringTurn([...clockwiseSquare].reverse())).toBe(32);
  });

  it('turns an outer ring counter-clockwise and a hole clockwise, keeping the same positions', () => {
    const [outer, hole] = windPolygon([clockwiseSquare, [...clockwiseHole].reverse()]);
    expect(ringTurn(outer!)).toBeGreaterThan(0);
    expect(ringTurn(hole!)).toBeLessThan(0);
    expect(outer).toEqual([...clockwiseSquare].reverse());
    expect(hole).toEqual(clockwiseHole);
  });

  it('leaves rings already wound right as they are, and does not change its input', () => {
    const right = [[...clockwiseSquare].reverse(), clockwiseHole];
    expect(windPolygon(right)).toEqual(right);
    const input = { type: 'Polygon' as const, coordinates: [clockwiseSquare] };
    const copy = structuredClone(input);
    windGeometry(input);
    expect(input).toEqual(copy);
  });

  it('winds every part of a MultiPolygon', () => {
    const wound = windGeometry({ type: 'MultiPolygon', coordinates: [[clockwiseSquare], [clockwiseSquare.map(([x, y]) => [x! + 10, y!])]] });
    for (const [outer] of wound.coordinates) expect(ringTurn(outer!)).toBeGreaterThan(0);
  });
});
