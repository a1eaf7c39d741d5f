// What the search page hands its script in <script type="application/json" id="search-config">:
// every text the script shows (it holds none of its own) and where Pagefind lives.
import type { searchPageVi } from '../i18n/sections/search';
import type { FilterKey, RecordType } from '../lib/search/search-query';
import type { SearchBundle } from '../lib/search/search-bundles';
import type { VocabularyData } from '../lib/search/search-vocabulary';

export type SearchMessages = (typeof searchPageVi)['messages'];

export interface SearchConfig {
  /** URL of Pagefind's JS API, imported at run time (it is written after the Astro build). */
  pagefind: string;
  /** The index's Pagefind bundles (src/lib/search/search-bundles.ts), the first searched before any result is shown. */
  bundles: SearchBundle[];
  /** This language's order file (search-bundles.ts). */
  recordOrderUrl: string;
  /** This page's path, for suggestion links. */
  searchPath: string;
  /** The records' names (JSON), fetched when a query needs "Did you mean …" or a typo corrected. */
  namesUrl: string;
  /** The search vocabulary's entries (content/search-vocabulary.json), as search words. */
  vocabulary: VocabularyData;
  /** The catalogue's place names, so a query's place is not read as a product word. */
  places: string[];
  /** Results shown at once; "show more" adds as many again. */
  pageSize: number;
  messages: SearchMessages;
  labels: {
    /** Filter names, for "without the … filter". */
    filter: Record<FilterKey, string>;
    type: Record<RecordType, string>;
    legalForm: Record<string, string>;
  };
  /** True on English pages: producer and place names stay Vietnamese and are marked lang="vi". */
  vietnameseNames: boolean;
  /** The build date and the site's time zone: result cards' statuses are recomputed for today (live-status.ts). */
  status: { asOf: string; timeZone: string };
}

export function readConfig(doc: Document): SearchConfig {
  const el = doc.getElementById('search-config');
  if (!el?.textContent) throw new Error('search: the page has no #search-config');
  return JSON.parse(el.textContent) as SearchConfig;
}
