// The products behind each listing page, computed once per build: a list page looks its products up
// instead of filtering the whole catalogue, so its cost does not grow with the catalogue.
import type { Catalogue, Product } from '../lib/catalogue';
import type { Listing } from '../lib/pagination';
import { getCatalogue } from './catalogue';

/** The star levels a listing can show, highest first. */
export const LISTED_STARS = [5, 4, 3] as const;

let byStars: Promise<Map<number, Product[]>> | undefined;

/** Products of each star level, in catalogue order. */
export function getProductsByStars(): Promise<Map<number, Product[]>> {
  byStars ??= getCatalogue().then((c) => {
    const map = new Map<number, Product[]>(LISTED_STARS.map((s) => [s, []]));
    for (const p of c.products) if (p.stars !== undefined) map.get(p.stars)?.push(p);
    return map;
  });
  return byStars;
}

/** The products a listing shows, in catalogue order. */
export async function listingProducts(catalogue: Catalogue, listing: Listing): Promise<Product[]> {
  if (listing.kind === 'stars') return (await getProductsByStars()).get(listing.stars) ?? [];
  if (listing.kind === 'category') {
    const record = catalogue.byId.group.get(listing.id) ?? catalogue.byId.set.get(listing.id);
    if (!record) throw new Error(`unknown product group or set "${listing.id}"`);
    return record.products;
  }
  return catalogue.products;
}
