// The part of Pagefind's browser API the search page uses, typed, and the searches one visible
// state needs: the results, and filter counts that treat ticks within one filter as alternatives.
import {
  FILTER_KEYS,
  pagefindFilters,
  pagefindSort,
  searchTerm,
  type FilterKey,
  type PagefindFilters,
  type PagefindSort,
  type SearchState,
} from '../lib/search-query';

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: { filters?: PagefindFilters; sort?: PagefindSort }): Promise<PagefindResponse | null>;
}

/** Imports /pagefind/pagefind.js (written after the Astro build, so never bundled) and loads every filter. */
export async function loadPagefind(url: string): Promise<{ api: PagefindApi; totals: FilterCounts }> {
  const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await api.init();
  // Pagefind counts only the filters whose chunks it has loaded; filters() loads them all.
  const totals = await api.filters();
  return { api, totals };
}

export interface StateResults {
  results: PagefindResult[];
  /** For each filter, how many results each option would give (other filters applied, not its own). */
  counts: FilterCounts;
}

/** A query searches its ASCII-folded form; filters alone search everything (null term). */
const termOf = (state: SearchState): string | null => searchTerm(state.q) || null;

export async function searchState(api: PagefindApi, state: SearchState): Promise<StateResults> {
  const term = termOf(state);
  const main = await api.search(term, { filters: pagefindFilters(state.filters), sort: pagefindSort(state) });
  if (!main) return { results: [], counts: {} };
  const counts: FilterCounts = { ...main.filters };
  // Ticking a second district should widen the results, so a ticked filter's counts come from a
  // search without that filter (searches reuse loaded chunks, so these cost no download).
  const ticked = FILTER_KEYS.filter((k: FilterKey) => state.filters[k].length > 0);
  await Promise.all(
    ticked.map(async (key) => {
      const other = await api.search(term, { filters: pagefindFilters(state.filters, key) });
      counts[key] = other?.filters[key] ?? {};
    }),
  );
  return { results: main.results, counts };
}

/** How many results a state gives, for suggestions. */
export async function countResults(api: PagefindApi, state: SearchState): Promise<number> {
  const res = await api.search(termOf(state), { filters: pagefindFilters(state.filters) });
  return res?.results.length ?? 0;
}
