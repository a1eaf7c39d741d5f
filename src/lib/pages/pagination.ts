// Splits a list into numbered pages for static listing pages, and chooses which page links a
// page shows: a fixed window, so a list page costs the same at 10 pages or at 400.

export const PAGE_SIZE = 24;

/** How many pages a list of `length` items fills (at least one, so an empty list still has its page). */
export function pageCount(length: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(length / size));
}

/** The items on page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** Page numbers 1…count, for getStaticPaths. */
export function pageNumbers(length: number, size = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(length, size) }, (_, i) => i + 1);
}

/** A page link, or a gap standing for the pages left out. */
export type PageLink = number | 'gap';

/**
 * The pages a pagination bar links: the first, the last, and `radius` pages either side of the
 * current one, with a gap where pages are left out. A gap never stands for a single page: that page
 * is shown instead, so the bar never says "…" where a number would fit. At most 2 × radius + 5 links.
 */
export function pageWindow(current: number, count: number, radius = 2): PageLink[] {
  const from = Math.max(1, current - radius);
  const to = Math.min(count, current + radius);
  const links: PageLink[] = [];
  if (from > 1) links.push(1);
  if (from === 3) links.push(2);
  else if (from > 3) links.push('gap');
  for (let n = from; n <= to; n++) links.push(n);
  if (to === count - 2) links.push(count - 1);
  else if (to < count - 2) links.push('gap');
  if (to < count) links.push(count);
  return links;
}

/** The rest parameter of a listing route: undefined for page 1, "trang/2" (or "page/2") after. */
export function pageParam(pageWord: string, n: number): string | undefined {
  return n > 1 ? `${pageWord}/${n}` : undefined;
}

/** Which products a listing page shows. */
export type Listing = { kind: 'all' } | { kind: 'stars'; stars: number } | { kind: 'category'; id: string } | { kind: 'district'; id: string };
