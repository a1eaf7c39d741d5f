// How the search index is split, and the record order that replaces Pagefind's sort keys. Pagefind
// loads one metadata file per index before its first answer, one entry per record (and per record
// and sort key): at national scale that file alone grew past a phone's whole first-search budget. So
// the products are one Pagefind bundle, searched first, and the producers and sales points another,
// merged once the first results are shown; and no record carries a sort key. Instead each bundle
// takes its records in name order (so Pagefind's page order is the name order), and a small order
// file per language says each record's type and star level in that order and how the bundles'
// name orders interleave. The search page fetches it only to sort by stars or name, to browse by
// filters alone, or to tell producers from sales points once the second bundle is merged.
//
// The products' descriptions are a bundle of their own, merged with the producers and sales
// points: Pagefind holds a whole index in memory while it writes it, about 100 KB per product
// record, and the descriptions were a third of that (2.0 GiB for 20,000 products in one process,
// 1.3 GiB without their descriptions). That bundle's page i is the description of the products'
// page i, so a match there is the same record's match in its description field; it carries no
// filter and no result data of its own.
import type { RecordType } from './search-query';

export interface SearchBundle {
  /** Where Pagefind writes the bundle and the search page loads it from (a site path ending in /). */
  path: string;
  /** The record types it holds (none for a bundle of descriptions). */
  types: readonly RecordType[];
  /** For a bundle of descriptions: the bundle whose records' description fields it holds, page for page. */
  descriptionsOf?: number;
}

/** The bundles, the first searched before any result is shown. */
export const SEARCH_BUNDLES: readonly SearchBundle[] = [
  { path: '/pagefind/', types: ['product'] },
  { path: '/pagefind/others/', types: ['producer', 'salesPoint'] },
  { path: '/pagefind/descriptions/', types: [], descriptionsOf: 0 },
];

/** The bundle that holds a record type. */
export function bundleOf(type: RecordType): number {
  const i = SEARCH_BUNDLES.findIndex((b) => b.types.includes(type));
  if (i < 0) throw new Error(`search: no search bundle holds records of type ${type}`);
  return i;
}

/** The bundle that holds a bundle's descriptions, when they are not in its own records. */
export function descriptionBundleOf(bundle: number): number | undefined {
  const i = SEARCH_BUNDLES.findIndex((b) => b.descriptionsOf === bundle);
  return i < 0 ? undefined : i;
}

/** Site path of a language's order file. */
export const recordOrderPath = (lang: string) => `${SEARCH_BUNDLES[0]!.path}records.${lang}.json`;

const TYPE_CODE: Record<RecordType, string> = { product: 'p', producer: 'r', salesPoint: 's' };
const TYPE_OF_CODE = new Map(Object.entries(TYPE_CODE).map(([type, code]) => [code, type as RecordType]));

/** The order file: two characters per record for each bundle, in its page order; one per record for the interleaving. */
export interface RecordOrder {
  /** For each bundle, in page order: the record's type code (p, r, s) and its star digit (0 none, 1 stars not stated, 3–5). */
  bundles: string[];
  /** Every record in name order, as the number of its bundle: "0010…" */
  byName: string;
}

export interface OrderedRecord {
  type: RecordType;
  /** 0 without a certificate, 1 certified without a stated level, else 3–5 (a producer: its best product). */
  stars: number;
  /** The name as it sorts (nameKey). */
  name: string;
  /** A tie-breaker that is the same on every build (the page's path). */
  file: string;
}

const byNameThenFile = (a: OrderedRecord, b: OrderedRecord) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * The records of each bundle in the order they are handed to Pagefind (name order), and the order
 * file that describes them. A bundle of descriptions gets its bundle's records, in the same order
 * (the indexer hands it their descriptions alone); the order file has no codes for it.
 */
export function planRecordOrder<T extends OrderedRecord>(records: readonly T[]): { bundles: T[][]; order: RecordOrder } {
  const sorted = [...records].sort(byNameThenFile);
  const bundles = SEARCH_BUNDLES.map(() => [] as T[]);
  let byName = '';
  for (const r of sorted) {
    if (!Number.isInteger(r.stars) || r.stars < 0 || r.stars > 9) throw new Error(`search: ${r.file}: star level ${r.stars} is not one digit`);
    const i = bundleOf(r.type);
    bundles[i]!.push(r);
    byName += String(i);
  }
  SEARCH_BUNDLES.forEach((b, i) => {
    if (b.descriptionsOf !== undefined) bundles[i] = [...bundles[b.descriptionsOf]!];
  });
  const codes = bundles.map((list, i) => (SEARCH_BUNDLES[i]!.descriptionsOf === undefined ? list.map((r) => `${TYPE_CODE[r.type]}${r.stars}`).join('') : ''));
  return { bundles, order: { bundles: codes, byName } };
}

/** The type and star level of the record on a bundle's page (0-based), from the order file. */
export function recordAt(order: RecordOrder, bundle: number, page: number): { type: RecordType; stars: number } {
  const codes = order.bundles[bundle] ?? '';
  const type = TYPE_OF_CODE.get(codes[page * 2] ?? '');
  const stars = Number(codes[page * 2 + 1]);
  if (!type || !Number.isInteger(stars)) throw new Error(`search: the order file has no record ${page} in bundle ${bundle}`);
  return { type, stars };
}

/**
 * Every record of the loaded bundles in name order: `pages[i]` lists bundle i's result ids in its
 * page order (Pagefind's answer to a search with no words), undefined while it is not loaded.
 */
export function idsByName(order: RecordOrder, pages: readonly (readonly string[] | undefined)[]): string[] {
  const next = pages.map(() => 0);
  const out: string[] = [];
  for (const c of order.byName) {
    const i = Number(c);
    const ids = pages[i];
    if (!ids) continue;
    const id = ids[next[i]!++];
    if (id !== undefined) out.push(id);
  }
  return out;
}

/** The same records by star level, highest first, in name order at equal level. */
export function idsByStars(order: RecordOrder, pages: readonly (readonly string[] | undefined)[]): string[] {
  const stars = new Map<string, number>();
  pages.forEach((ids, i) => ids?.forEach((id, page) => stars.set(id, recordAt(order, i, page).stars)));
  return idsByName(order, pages)
    .map((id, at) => ({ id, at, stars: stars.get(id)! }))
    .sort((a, b) => b.stars - a.stars || a.at - b.at)
    .map((r) => r.id);
}
