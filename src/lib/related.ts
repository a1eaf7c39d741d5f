// Related products: the producer's other products first, then others of the same product set.
import type { Product } from './catalogue';

export function relatedProducts(product: Product, limit: number): { sameProducer: Product[]; sameSet: Product[] } {
  const sameProducer = (product.producer?.products ?? []).filter((p) => p !== product).slice(0, limit);
  const taken = new Set([product, ...sameProducer]);
  const sameSet = product.productSet.products.filter((p) => !taken.has(p)).slice(0, limit);
  return { sameProducer, sameSet };
}
