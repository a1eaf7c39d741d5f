// Related products: the producer's other products first, then others of the same product set.
// Both lists stop at `limit`: a product set grows with the catalogue, and a product page must not.
import type { Product } from '../content/catalogue';

function firstOthers(products: readonly Product[], exclude: ReadonlySet<Product>, limit: number): Product[] {
  const out: Product[] = [];
  for (const p of products) {
    if (out.length >= limit) break;
    if (!exclude.has(p)) out.push(p);
  }
  return out;
}

export function relatedProducts(product: Product, limit: number): { sameProducer: Product[]; sameSet: Product[] } {
  const sameProducer = firstOthers(product.producer?.products ?? [], new Set([product]), limit);
  const sameSet = firstOthers(product.productSet?.products ?? [], new Set([product, ...sameProducer]), limit);
  return { sameProducer, sameSet };
}
