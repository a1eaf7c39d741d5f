// The part of Pagefind's browser API the search page uses, typed (src/browser/search-engine.ts
// runs the searches).
import type { PagefindFilters, PagefindSort } from '../lib/search/search-query';

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Word positions of the matches in the record's text (none for a match in its metadata only). */
  words: number[];
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
