// The part of Pagefind's browser API the search page uses, typed (src/browser/search-engine.ts
// runs the searches), and the index's bundles as the engine takes them.
import type { SearchBundle, RecordOrder } from '../lib/search/search-bundles';
import type { PagefindFilters } from '../lib/search/search-query';
import type { SearchSources } from './search-engine';

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
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindResponse | null>;
}

/** Pagefind's module: one instance per bundle, all sharing its script and web worker. */
export interface PagefindModule {
  createInstance(options: { basePath: string; baseUrl?: string }): PagefindApi;
}

/** Imports /pagefind/pagefind.js (written after the Astro build, so never bundled). */
export async function loadPagefind(url: string): Promise<PagefindModule> {
  return (await import(/* @vite-ignore */ url)) as PagefindModule;
}

/**
 * The engine's sources: an instance of each bundle, made and started when the engine asks for it
 * (its metadata and WebAssembly are fetched then; the engine asks once), and the order file.
 * `instance` makes the instance (in Node, the tests make it with their own options).
 */
export function searchSources(bundles: readonly SearchBundle[], orderUrl: string, instance: (bundle: SearchBundle) => PagefindApi, fetchOrder: (url: string) => Promise<RecordOrder>): SearchSources {
  return {
    bundles: bundles.map((bundle) => ({
      types: bundle.types,
      descriptionsOf: bundle.descriptionsOf,
      load: async () => {
        const api = instance(bundle);
        await api.init();
        return api;
      },
    })),
    loadOrder: () => fetchOrder(orderUrl),
  };
}
