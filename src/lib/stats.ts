// Counts over the catalogue, for the home page and the statistics page.
import { certificatesNewestFirst } from './certificate';
import type { Catalogue, Product } from './catalogue';

export interface HomeSummary {
  products: number;
  producers: number;
  districts: number;
  salesPoints: number;
  inForce: number;
  inForceByStars: { stars: number; count: number }[];
  newest: Product[];
  topRated: Product[];
}

export function countInForceByStars(products: readonly Product[]): { stars: number; count: number }[] {
  return [5, 4, 3].map((stars) => ({ stars, count: products.filter((p) => p.inForce && p.stars === stars).length }));
}

/** Products whose newest certificate is the most recent, by decision date or year. */
export function newestCertified(products: readonly Product[], limit: number): Product[] {
  const withCert = products.filter((p) => p.current && (p.current.date || p.current.year));
  const order = certificatesNewestFirst(withCert.map((p) => p.current!));
  const byCert = new Map(withCert.map((p) => [p.current!, p]));
  return order.slice(0, limit).map((c) => byCert.get(c)!);
}

export function homeSummary(c: Catalogue): HomeSummary {
  const inForceByStars = countInForceByStars(c.products);
  return {
    products: c.products.length,
    producers: c.producers.length,
    districts: c.districts.length,
    salesPoints: c.salesPoints.length,
    inForce: c.products.filter((p) => p.inForce).length,
    inForceByStars,
    newest: newestCertified(c.products, 6),
    topRated: c.products.filter((p) => (p.stars ?? 0) >= 4).slice(0, 8),
  };
}
