// Products whose current certificate gives no star level ("OCOP, chưa rõ hạng sao"), computed once
// per build so a list page shows their count without filtering the whole catalogue.
import type { Product } from '../lib/catalogue';
import { getCatalogue } from './catalogue';

let unstated: Promise<Product[]> | undefined;

export function getProductsWithStarsUnstated(): Promise<Product[]> {
  unstated ??= getCatalogue().then((c) => c.products.filter((p) => p.starsUnstated));
  return unstated;
}
