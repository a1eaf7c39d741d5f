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
import { markedTerm, rankResults, wholeWordsTerm } from '../lib/search-rank';

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

/** Imports /pagefind/pagefind.js (written after the Astro build, so never bundled). */
export async function loadPagefind(url: string): Promise<PagefindApi> {
  const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await api.init();
  return api;
}

/**
 * Loads every filter's chunks, and so the counts the filter panel shows. Pagefind counts only the
 * filters whose chunks it has loaded, and those chunks grow with the catalogue (170 KB of a first
 * search at 10,000 products), so the page loads them only once the panel is open or a filter ticked.
 */
export function loadFilterTotals(api: PagefindApi): Promise<FilterCounts> {
  return api.filters();
}

export interface StateResults {
  results: PagefindResult[];
  /** For each filter, how many results each option would give (other filters applied, not its own). */
  counts: FilterCounts;
}

// Pagefind calls run one at a time: the tone-exact search switches an option of the shared
// instance on and off, and no other search may run in between.
let queue: Promise<unknown> = Promise.resolve();
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

type SearchOptions = { filters?: PagefindFilters; sort?: PagefindSort };
const find = (api: PagefindApi, term: string | null, options: SearchOptions) => exclusive(() => api.search(term, options));

/** The ids of the results that have the words exactly as typed (tone marks and đ). */
async function toneExactIds(api: PagefindApi, term: string, filters: PagefindFilters): Promise<Set<string>> {
  const res = await exclusive(async () => {
    await api.options({ exactDiacritics: true });
    try {
      return await api.search(term, { filters });
    } finally {
      await api.options({ exactDiacritics: false });
    }
  });
  return new Set(res?.results.map((r) => r.id) ?? []);
}

/**
 * The Pagefind term a state searches: its words as whole words when any record has them, else
 * as Pagefind's prefixes (typos, a word being typed); filters alone search everything (null).
 */
async function termOf(api: PagefindApi, state: SearchState): Promise<{ term: string | null; whole: boolean }> {
  const folded = searchTerm(state.q);
  if (!folded) return { term: null, whole: false };
  const whole = wholeWordsTerm(state.q)!;
  const probe = await find(api, whole, {});
  return probe && probe.results.length > 0 ? { term: whole, whole: true } : { term: folded, whole: false };
}

export async function searchState(api: PagefindApi, state: SearchState): Promise<StateResults> {
  const { term, whole } = await termOf(api, state);
  const filters = pagefindFilters(state.filters);
  const main = await find(api, term, { filters, sort: pagefindSort(state) });
  if (!main) return { results: [], counts: {} };
  const counts: FilterCounts = { ...main.filters };
  // Ticking a second district should widen the results, so a ticked filter's counts come from a
  // search without that filter (searches reuse loaded chunks, so these cost no download).
  const ticked = FILTER_KEYS.filter((k: FilterKey) => state.filters[k].length > 0);
  for (const key of ticked) {
    const other = await find(api, term, { filters: pagefindFilters(state.filters, key) });
    counts[key] = other?.filters[key] ?? {};
  }
  if (term === null || state.sort !== 'relevance') return { results: main.results, counts };
  // Relevance: a whole-word search gives every result the same score, so the scores come from
  // Pagefind's ranked search of the same words; tone-exact matches go first.
  const ranked = whole ? await find(api, searchTerm(state.q), { filters }) : main;
  const scores = new Map((ranked?.results ?? []).map((r) => [r.id, r.score]));
  const marked = markedTerm(state.q);
  const exact = marked ? await toneExactIds(api, whole ? `"${marked}"` : marked, filters) : new Set<string>();
  return { results: rankResults(main.results, scores, exact), counts };
}

/** How many results a state gives, for suggestions. */
export async function countResults(api: PagefindApi, state: SearchState): Promise<number> {
  const { term } = await termOf(api, state);
  const res = await find(api, term, { filters: pagefindFilters(state.filters) });
  return res?.results.length ?? 0;
}
