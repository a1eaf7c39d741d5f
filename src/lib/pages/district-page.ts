// What a district page lists, so that its size does not grow with the catalogue: its first
// products (those in force first, then by stars and name) and its first producers; a district with
// more products has its full list on paginated pages of its own (/dia-phuong/<id>/san-pham/).
import { byListOrder, byName, type Producer, type Product } from '../content/catalogue';

/** Product cards a district page shows; the rest are on the district's product list pages. */
export const DISTRICT_PAGE_PRODUCTS = 12;
/** Producers a district page lists by name; the rest are in the producers directory. */
export const DISTRICT_PAGE_PRODUCERS = 48;

/** A district's products in their order: those its page shows, and whether it has a full list of its own. */
export function districtProducts(products: readonly Product[]): { all: Product[]; shown: Product[]; hasList: boolean } {
  const all = [...products].sort(byListOrder);
  return { all, shown: all.slice(0, DISTRICT_PAGE_PRODUCTS), hasList: all.length > DISTRICT_PAGE_PRODUCTS };
}

/** A district's producers by name, and those its page lists. */
export function districtProducers(producers: readonly Producer[]): { all: Producer[]; shown: Producer[] } {
  const all = [...producers].sort(byName);
  return { all, shown: all.slice(0, DISTRICT_PAGE_PRODUCERS) };
}
