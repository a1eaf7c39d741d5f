// The drawing of a star rating: five stars in a row, as two SVG path strings (the earned stars and
// the rest), computed once per rating instead of on every card.
export const STAR_SIZE = 20;
export const STAR_GAP = 2;
/** Width of the five-star drawing in viewBox units. */
export const STARS_WIDTH = 5 * STAR_SIZE + 4 * STAR_GAP;

function star(i: number): string {
  const x = i * (STAR_SIZE + STAR_GAP);
  return `M${10 + x} 1.5l2.6 5.5 6 .7-4.5 4.1 1.2 5.9L${10 + x} 14.8l-5.3 2.9 1.2-5.9L${1.4 + x} 7.7l6-.7z`;
}

const row = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => star(from + k)).join('');

const PATHS = [0, 1, 2, 3, 4, 5].map((n) => ({ earned: row(0, n), rest: row(n, 5) }));

/** Paths for a rating of 0 to 5 stars (rounded and clamped). */
export function starPaths(stars: number): { earned: string; rest: string } {
  return PATHS[Math.max(0, Math.min(5, Math.round(stars)))]!;
}
