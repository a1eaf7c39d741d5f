// The search page's state, pure: the query as typed and as searched, the filters and sort kept in
// the URL (?q=…&stars=4&district=…), and the Pagefind options they turn into. Shared by the client
// script, the search page and the index records, so URL names and filter values agree everywhere.
import { foldVietnamese } from './slug';

/** Filters in the order the page shows them; the names are also the URL parameter names. */
export const FILTER_KEYS = ['type', 'stars', 'group', 'district', 'legalForm', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const RECORD_TYPES = ['product', 'producer', 'salesPoint'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const SORTS = ['relevance', 'stars', 'name'] as const;
export type Sort = (typeof SORTS)[number];

/** Longest query kept from a URL: longer text is a paste accident, not a search. */
export const MAX_QUERY_LENGTH = 200;

export type FilterSelection = Record<FilterKey, string[]>;

export interface SearchState {
  /** The query as the visitor typed it (shown in the box and kept in the URL). */
  q: string;
  filters: FilterSelection;
  sort: Sort;
}

export const emptyFilters = (): FilterSelection =>
  Object.fromEntries(FILTER_KEYS.map((k) => [k, [] as string[]])) as unknown as FilterSelection;

export const emptyState = (): SearchState => ({ q: '', filters: emptyFilters(), sort: 'relevance' });

/** Trimmed, single spaces, lowercase: how a query is compared and shown back. */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * What is sent to Pagefind: normalised, tone marks removed and đ→d. Pagefind folds tone marks
 * itself but not đ, and every record carries an ASCII copy of its names, so "den long",
 * "đèn lồng" and "ĐÈN LỒNG" all become the same search and rank the same.
 */
export function searchTerm(raw: string): string {
  return foldVietnamese(normalizeQuery(raw));
}

const isFilterValue = (v: string) => /^[a-z0-9][a-z0-9-]{0,79}$/i.test(v);

/** Reads the state from a URL's query string; unknown parameters and malformed values are dropped. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const state = emptyState();
  state.q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim());
    state.filters[key] = [...new Set(values.filter(isFilterValue))];
  }
  const sort = params.get('sort');
  if ((SORTS as readonly string[]).includes(sort ?? '')) state.sort = sort as Sort;
  return state;
}

/** The URL query string for a state: canonical order, repeated keys for several values, no defaults. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = state.q.replace(/\s+/g, ' ').trim();
  if (q) params.set('q', q);
  for (const key of FILTER_KEYS) for (const v of [...state.filters[key]].sort()) params.append(key, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** "?q=…&stars=4", or "" when the state is empty (so the address stays clean). */
export function queryString(state: SearchState): string {
  const s = paramsFromState(state).toString();
  return s ? `?${s}` : '';
}

export const activeFilterCount = (state: SearchState): number => FILTER_KEYS.reduce((n, k) => n + state.filters[k].length, 0);

/** True when there is something to search for: a query, or at least one filter. */
export const hasCriteria = (state: SearchState): boolean => searchTerm(state.q) !== '' || activeFilterCount(state) > 0;

export type PagefindFilters = Partial<Record<FilterKey, { any: string[] }>>;

/**
 * Pagefind filters: values of one filter are alternatives (any), different filters all apply.
 * `except` leaves one filter out, to count that filter's options as if nothing were ticked in it.
 */
export function pagefindFilters(filters: FilterSelection, except?: FilterKey): PagefindFilters {
  const out: PagefindFilters = {};
  for (const key of FILTER_KEYS) if (key !== except && filters[key].length) out[key] = { any: [...filters[key]] };
  return out;
}

export type PagefindSort = Partial<Record<'stars' | 'name', 'asc' | 'desc'>>;

/**
 * Pagefind sort option. Without a query there is no relevance to sort by, so relevance then means
 * by name; stars are best first, names alphabetical (on the folded name, so "Đ" sorts with "D").
 */
export function pagefindSort(state: SearchState): PagefindSort | undefined {
  const sort = state.sort === 'relevance' && searchTerm(state.q) === '' ? 'name' : state.sort;
  if (sort === 'stars') return { stars: 'desc' };
  if (sort === 'name') return { name: 'asc' };
  return undefined;
}

export function toggleFilter(state: SearchState, key: FilterKey, value: string, on: boolean): SearchState {
  const current = state.filters[key].filter((v) => v !== value);
  return { ...state, filters: { ...state.filters, [key]: on ? [...current, value] : current } };
}

export type Suggestion =
  | { kind: 'withoutFilters'; state: SearchState }
  | { kind: 'dropFilter'; key: FilterKey; state: SearchState };

/**
 * What to offer when a search finds nothing: the same words without the filters, then the filters
 * less one of them. Words alone need no suggestion: Pagefind already ignores unknown words when
 * others match and forgives a typo ("mamm", "trangg"), so words find nothing only when none of
 * them is anywhere in the catalogue; the page then offers the product groups and browse pages.
 * The caller keeps the suggestions that do find something.
 */
export function suggestionCandidates(state: SearchState, max = 4): Suggestion[] {
  const out: Suggestion[] = [];
  const activeKeys = FILTER_KEYS.filter((k) => state.filters[k].length > 0);
  if (searchTerm(state.q) && activeKeys.length) out.push({ kind: 'withoutFilters', state: { ...state, filters: emptyFilters() } });
  // With one filter, dropping it is "without filters" (or, with no words, no search at all).
  if (activeKeys.length > 1) {
    for (const key of activeKeys) out.push({ kind: 'dropFilter', key, state: { ...state, filters: { ...state.filters, [key]: [] } } });
  }
  return out.slice(0, max);
}
