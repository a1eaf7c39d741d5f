// The products behind each listing page, computed once per build: a list page looks its products up
// instead of filtering the whole catalogue, so its cost does not grow with the catalogue.
import type { Catalogue, Product } from '../lib/content/catalogue';
import { districtProducts } from '../lib/pages/district-page';
import type { Listing } from '../lib/pages/pagination';
import { getCatalogue } from './catalogue';

/** The star levels a listing can show, highest first. */
export const LISTED_STARS = [5, 4, 3] as const;

interface StarGroups {
  byStars: Map<number, Product[]>;
  /** OCOP products whose source gives no star level ("OCOP, chưa rõ hạng sao"). */
  unstated: Product[];
  /** Products with no certificate recorded: neither a star level nor "OCOP, star level not stated". */
  none: Product[];
}

let groups: Promise<StarGroups> | undefined;

/** One pass over the catalogue, once per build: products of each star level, and those without one. */
function getStarGroups(): Promise<StarGroups> {
  groups ??= getCatalogue().then((c) => {
    const byStars = new Map<number, Product[]>(LISTED_STARS.map((s) => [s, []]));
    const unstated: Product[] = [];
    const none: Product[] = [];
    for (const p of c.products) {
      if (p.stars !== undefined) byStars.get(p.stars)?.push(p);
      else if (p.starsUnstated) unstated.push(p);
      else none.push(p);
    }
    return { byStars, unstated, none };
  });
  return groups;
}

/** Products of each star level, in catalogue order. */
export const getProductsByStars = async (): Promise<Map<number, Product[]>> => (await getStarGroups()).byStars;

/** Products whose current certificate gives no star level, in catalogue order. */
export const getProductsWithStarsUnstated = async (): Promise<Product[]> => (await getStarGroups()).unstated;

/** Products with no certificate recorded, in catalogue order. */
export const getProductsWithoutCertificate = async (): Promise<Product[]> => (await getStarGroups()).none;

/** The products a listing shows, in catalogue order (a district's in its page's order). */
export async function listingProducts(catalogue: Catalogue, listing: Listing): Promise<Product[]> {
  if (listing.kind === 'stars') return (await getProductsByStars()).get(listing.stars) ?? [];
  if (listing.kind === 'category') {
    const record = catalogue.byId.group.get(listing.id) ?? catalogue.byId.set.get(listing.id);
    if (!record) throw new Error(`unknown product group or set "${listing.id}"`);
    return record.products;
  }
  if (listing.kind === 'district') {
    const district = catalogue.byId.district.get(listing.id);
    if (!district) throw new Error(`unknown district "${listing.id}"`);
    return districtProducts(district.products).all;
  }
  return catalogue.products;
}
