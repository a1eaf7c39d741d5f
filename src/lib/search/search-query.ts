// The search page's state, pure: the query as typed and as searched, the filters and sort kept in
// the URL (?q=…&stars=4&district=…), and the Pagefind options they turn into. Shared by the client
// script, the search page and the index records, so URL names and filter values agree everywhere.
import { foldVietnamese } from '../content/slug';

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

/** Pagefind's filter option: the values of one filter are alternatives. */
export type PagefindFilters = Partial<Record<FilterKey, { any: string[] }>>;

export function toggleFilter(state: SearchState, key: FilterKey, value: string, on: boolean): SearchState {
  const current = state.filters[key].filter((v) => v !== value);
  return { ...state, filters: { ...state.filters, [key]: on ? [...current, value] : current } };
}

export type Suggestion =
  | { kind: 'withoutFilters'; state: SearchState }
  | { kind: 'dropFilter'; key: FilterKey; state: SearchState };

/**
 * What to offer when filters leave nothing: the same words without the filters, then the filters
 * less one of them. Words alone get other help (src/browser/search-engine.ts): a word no record
 * has is corrected from the records' names ("mamm" → "mắm"), and a query no record is named by
 * gets the closest names and the browse pages. The caller keeps the suggestions that do find something.
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

/** Which records have each filter value: filter key → value → record ids (read once from the index). */
export type Membership = Partial<Record<FilterKey, Record<string, ReadonlySet<string>>>>;

/** Whether a record passes every ticked filter (values of one filter are alternatives); `except` is left out. */
export function passesFilters(id: string, filters: FilterSelection, membership: Membership, except?: FilterKey): boolean {
  for (const key of FILTER_KEYS) {
    if (key === except || filters[key].length === 0) continue;
    const byValue = membership[key] ?? {};
    if (!filters[key].some((v) => byValue[v]?.has(id))) return false;
  }
  return true;
}

/**
 * For each filter, how many of the records each value would leave, with the other filters applied
 * but not its own (ticking a second district widens the list, so its count says by how much).
 */
export function filterCounts(ids: readonly string[], filters: FilterSelection, membership: Membership): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const key of FILTER_KEYS) {
    const byValue = membership[key];
    if (!byValue) continue;
    const pool = ids.filter((id) => passesFilters(id, filters, membership, key));
    counts[key] = Object.fromEntries(Object.entries(byValue).map(([value, members]) => [value, pool.filter((id) => members.has(id)).length]));
  }
  return counts;
}
