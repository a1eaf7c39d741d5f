import { describe, expect, it } from 'vitest';
import type { Product } from '../../../src/lib/content/catalogue';
import { relatedProducts } from '../../../src/lib/pages/related';

// Only the links relatedProducts follows: the producer's products and the product set's products.
function catalogueOf(setSize: number) {
  const set = { products: [] as Product[] };
  const producer = { products: [] as Product[] };
  const products = Array.from({ length: setSize }, (_, i) => ({ id: `p${i}`, productSet: set, producer: i < 3 ? producer : undefined }) as unknown as Product);
  set.products.push(...products);
  producer.products.push(...products.slice(0, 3));
  return products;
}

describe('related products', () => {
  it("lists the producer's other products first, then others of the set, never the product itself", () => {
    const products = catalogueOf(10);
    const { sameProducer, sameSet } = relatedProducts(products[0]!, 4);
    expect(sameProducer.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(sameSet.map((p) => p.id)).toEqual(['p3', 'p4', 'p5', 'p6']);
  });

  it('stops at the limit however large the product set', () => {
    const products = catalogueOf(100_000);
    const { sameSet } = relatedProducts(products[50_000]!, 6);
    expect(sameSet).toHaveLength(6);
    expect(sameSet).not.toContain(products[50_000]);
  });
});
