// Splits a list into numbered pages for static listing pages.

export const PAGE_SIZE = 24;

export interface Page<T> {
  number: number;
  count: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size) }));
}

/** The rest parameter of a listing route: undefined for page 1, "trang/2" (or "page/2") after. */
export function pageParam(pageWord: string, n: number): string | undefined {
  return n > 1 ? `${pageWord}/${n}` : undefined;
}

/** Which products a listing page shows. */
export type Listing = { kind: 'all' } | { kind: 'stars'; stars: number } | { kind: 'category'; id: string };
