// Search relevance, pure: how strongly a record answers a query, from the field where it has each
// concept of the query (src/lib/search/search-fields.ts). A record that has the words in its own name
// ranks above one that has them in its product type or product set, then its producer's name, its
// place, and last its description; a query of several concepts adds them up, a product word (a
// vocabulary phrase, "mật ong") counting double. Product-set names never make a record match a
// concept on their own when another record has it in its name ("mật ong" lists honey, not the fish
// cakes of the set "…, các sản phẩm từ mật ong…"). A word typed with tone marks counts next to
// nothing where a record has it only with other marks ("đèn", a lamp, before "đen", black). At equal strength
// products come first, unless the query names a place (then sales points) or a producer; then
// the records whose name says it in more of the vocabulary's words (both languages), then those
// whose name starts with it, then Pagefind's own relevance.
import type { Field } from './search-fields';
import type { Concept } from './search-concepts';
import type { RecordType } from './search-query';

/** Points a concept earns in each field. Each is more than the next field can earn for that concept. */
export const FIELD_POINTS: Record<Field, number> = { name: 32, type: 16, set: 16, producer: 8, place: 4, description: 1 };

/** A product word of the vocabulary weighs this much more than another word. */
export const PRODUCT_WORD_FACTOR = 2;

/**
 * A match only once tone marks are dropped ("đen" for a query "đèn") weighs this much: less than
 * any match with the marks as typed, even in a description, but still something when a record has
 * the query's other words ("nước yến đông hu" finds "Nước yến đóng hũ").
 */
export const OTHER_MARKS_FACTOR = 1 / 64;

/** Where a record has one concept of the query. */
export interface ConceptMatch {
  field: Field;
  /** False when the query's words carry tone marks the record does not have (only the folded words match). */
  exact: boolean;
  /** How many spellings of the concept (the words typed, the vocabulary's synonyms) the record has in that field. */
  agree: number;
  /** The concept starts the record's name ("mật ong Trà My", not "Sâm Ngọc Linh ngâm mật ong"). */
  head: boolean;
}

export interface Candidate {
  id: string;
  type: RecordType;
  /** One entry per concept of the query, in the same order; undefined where the record lacks it. */
  matches: (ConceptMatch | undefined)[];
  /** Pagefind's own relevance, for ties (0 when unknown). */
  score: number;
}

export interface RankedCandidate extends Candidate {
  strength: number;
  /** Only its description has the query's words: shown last and labelled as a weaker match. */
  weak: boolean;
}

/** What the query names besides products, which changes the order of record types at equal strength. */
export type QueryTarget = 'products' | 'place' | 'producer';

const TYPE_ORDER: Record<QueryTarget, Record<RecordType, number>> = {
  products: { product: 0, producer: 1, salesPoint: 2 },
  place: { salesPoint: 0, product: 1, producer: 2 },
  producer: { producer: 0, product: 1, salesPoint: 2 },
};

/** The strength of one record: the points of each concept it has, product words doubled, other tone marks nearly nothing. */
export function strengthOf(matches: readonly (ConceptMatch | undefined)[], concepts: readonly Pick<Concept, 'kind'>[]): number {
  return matches.reduce(
    (sum, m, i) => (m ? sum + FIELD_POINTS[m.field] * (concepts[i]?.kind === 'product' ? PRODUCT_WORD_FACTOR : 1) * (m.exact ? 1 : OTHER_MARKS_FACTOR) : sum),
    0,
  );
}

/**
 * A query names a place when a concept is a place name; a producer when it has no product word
 * and some producer has every concept in its name ("Duy Trinh", not "mật ong").
 */
export function queryTarget(candidates: readonly Candidate[], concepts: readonly Pick<Concept, 'kind'>[]): QueryTarget {
  if (concepts.some((c) => c.kind === 'place')) return 'place';
  if (concepts.length === 0 || concepts.some((c) => c.kind === 'product')) return 'products';
  const namesProducer = candidates.some((c) => c.type === 'producer' && c.matches.length === concepts.length && c.matches.every((m) => m?.field === 'name'));
  return namesProducer ? 'producer' : 'products';
}

/**
 * Drops the product-set matches of a concept that some record has in its name, and the records
 * left with no concept at all.
 */
export function withoutSetOnlyMatches(candidates: readonly Candidate[], conceptCount: number): Candidate[] {
  const named = Array.from({ length: conceptCount }, (_, i) => candidates.some((c) => c.matches[i]?.field === 'name'));
  return candidates
    .map((c) => ({ ...c, matches: c.matches.map((m, i) => (m && m.field === 'set' && named[i] ? undefined : m)) }))
    .filter((c) => c.matches.some(Boolean));
}

/** Orders the records that have at least one concept of the query, strongest first. */
export function rankCandidates(candidates: readonly Candidate[], concepts: readonly Pick<Concept, 'kind'>[]): RankedCandidate[] {
  const kept = withoutSetOnlyMatches(candidates, concepts.length);
  const order = TYPE_ORDER[queryTarget(kept, concepts)];
  return kept
    .map((c, i) => ({
      ...c,
      i,
      strength: strengthOf(c.matches, concepts),
      weak: c.matches.every((m) => !m || m.field === 'description'),
      agree: c.matches.reduce((n, m) => n + (m?.agree ?? 0), 0),
      heads: c.matches.filter((m) => m?.head).length,
    }))
    .sort(
      (a, b) =>
        b.strength - a.strength ||
        order[a.type] - order[b.type] ||
        b.agree - a.agree ||
        b.heads - a.heads ||
        b.score - a.score ||
        a.i - b.i,
    )
    .map(({ i: _i, agree: _agree, heads: _heads, ...c }) => c);
}

/** True when some record has a concept of the query anywhere but in its description. */
export const hasStrongMatch = (ranked: readonly RankedCandidate[]): boolean => ranked.some((c) => !c.weak);
