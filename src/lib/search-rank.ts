// Search relevance, pure: which Pagefind term a query becomes and how its results are ordered.
// Pagefind matches every word as a prefix ("tra" finds "trạng", "tráng", "trầm") and folds tone
// marks; a quoted term matches whole words only. So a query is first searched as whole words, and
// only when no record has them (a typo, a word still being typed) as prefixes. Among the results,
// records with the words exactly as typed, tone marks and đ included ("đèn", a lamp), come before
// those that match only once folded ("đen", black), then Pagefind's own relevance decides.
import { foldVietnamese } from './slug';
import { normalizeQuery, searchTerm } from './search-query';

/** The query as whole words, for Pagefind's exact (quoted) search: "trà" → '"tra"'. */
export function wholeWordsTerm(raw: string): string | null {
  const folded = searchTerm(raw).replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
  return folded ? `"${folded}"` : null;
}

/** The query as typed (lowercase, tone marks kept), when it has tone marks or đ; null when plain ASCII. */
export function markedTerm(raw: string): string | null {
  const q = normalizeQuery(raw).replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
  return q && foldVietnamese(q) !== q ? q : null;
}

/**
 * Orders results: those in `exact` (tone-exact matches) first, then by Pagefind score (highest
 * first), ties in their original order. `scores` maps result ids to Pagefind's relevance score.
 */
export function rankResults<T extends { id: string }>(results: readonly T[], scores: ReadonlyMap<string, number>, exact: ReadonlySet<string>): T[] {
  return results
    .map((r, i) => ({ r, i, tier: exact.has(r.id) ? 0 : 1, score: scores.get(r.id) ?? 0 }))
    .sort((a, b) => a.tier - b.tier || b.score - a.score || a.i - b.i)
    .map((x) => x.r);
}
