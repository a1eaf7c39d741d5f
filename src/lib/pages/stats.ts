// Counts over the catalogue, for the home page and the statistics page.
import { byName, groupBy, type Catalogue, type District, type Figure, type Product, type ProductGroup } from '../content/catalogue';
import { certificatesNewestFirst } from '../certificates/certificate';
import { addMonths, yearOf } from '../certificates/dates';
import { isCertifiedTotal, latestCertifiedTotal } from '../content/figures';
import { LEGAL_FORMS, type LegalForm } from '../content/schema';

export interface HomeSummary {
  products: number;
  producers: number;
  districts: number;
  salesPoints: number;
  /** Districts with at least one sales point (where the sales points are, not how many districts exist). */
  salesPointDistricts: number;
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
    salesPointDistricts: c.districts.filter((d) => d.salesPoints.length > 0).length,
    inForce: c.products.filter((p) => p.inForce).length,
    inForceByStars,
    newest: newestCertified(c.products, 6),
    topRated: c.products.filter((p) => (p.stars ?? 0) >= 4).slice(0, 8),
  };
}

// ---------------------------------------------------------------- statistics page

/** How far ahead the statistics page looks for certificates running out. */
export const EXPIRY_WINDOW_MONTHS = 6;

export interface Tally<K> {
  key: K;
  count: number;
}

/** Counts items per key, in the order of `keys`; keys no item has are kept with zero, unlisted keys are appended. */
export function tally<T, K>(items: readonly T[], keyOf: (item: T) => K, keys: readonly K[] = []): Tally<K>[] {
  const groups = groupBy(items, keyOf);
  const extra = [...groups.keys()].filter((k) => !keys.includes(k));
  return [...keys, ...extra].map((key) => ({ key, count: groups.get(key)?.length ?? 0 }));
}

const byCountThenOrder = <K>(list: Tally<K>[]) => list.map((t, i) => ({ t, i })).sort((a, b) => b.t.count - a.t.count || a.i - b.i).map(({ t }) => t);

/** Year of the decision: from its date, or the year the source gives. */
export function certificationYear(p: Product): number | undefined {
  const c = p.current;
  return c?.date ? yearOf(c.date) : c?.year;
}

export interface ExpiringSoon {
  until: string;
  /** The last valid day is known and falls in the window. */
  certain: Product[];
  /** Only the year is known, and the last valid day may fall in the window. */
  possible: Product[];
}

export function expiringWithin(products: readonly Product[], today: string, months = EXPIRY_WINDOW_MONTHS): ExpiringSoon {
  const until = addMonths(today, months);
  const inForce = products.filter((p) => p.inForce && p.current);
  const last = (p: Product) => p.current!.validity;
  const certain = inForce
    .filter((p) => last(p).validUntil && last(p).validUntil! <= until)
    .sort((a, b) => last(a).validUntil!.localeCompare(last(b).validUntil!) || byName(a, b));
  const possible = inForce
    .filter((p) => !last(p).validUntil && last(p).earliest && last(p).earliest! <= until)
    .sort((a, b) => last(a).earliest!.localeCompare(last(b).earliest!) || byName(a, b));
  return { until, certain, possible };
}

/** Key of the products whose current certificate gives no star level ("OCOP, star level not stated"). */
export const UNSTATED = 'unstated';

/** The catalogue against the latest product total the province published (content/figures.json). */
export interface Coverage {
  products: number;
  figure: Figure & { products: number };
  /** Other figures for the same period (same asOf) that give another total (a conflict between sources). */
  conflicting: (Figure & { products: number })[];
  /** products / figure.products, 0–1. */
  share: number;
}

export function coverage(c: Catalogue): Coverage | undefined {
  // Only a total of certified products: a round's count or the pilot's participants measure something else.
  const totals = c.figures.filter((f) => f.scope === 'province').filter(isCertifiedTotal);
  const figure = totals.at(-1);
  if (!figure || figure.products === 0) return undefined;
  // Same period as the source words it ("12/2024"), not merely the same sort key (a bare "2024" sorts on 31/12 too).
  const conflicting = totals.filter((f) => f !== figure && f.asOf === figure.asOf && f.products !== figure.products);
  return { products: c.products.length, figure, conflicting, share: c.products.length / figure.products };
}

/** A district's latest published total of certified products against what the catalogue holds of it. */
export interface DistrictCoverage {
  district: District;
  /** The latest certified total published for the district; absent when none is recorded. */
  figure?: Figure & { products: number };
  /** The district's products in the catalogue with a certificate recorded (the published totals count certified products). */
  inCatalogue: number;
}

export function districtCoverage(d: District): DistrictCoverage {
  return { district: d, figure: latestCertifiedTotal(d.figures), inCatalogue: d.products.filter((p) => p.certificates.length > 0).length };
}

/** Whether the content records any district's published figures (a province may record none). */
export const hasDistrictFigures = (c: Pick<Catalogue, 'districts'>): boolean => c.districts.some((d) => d.figures.length > 0);

/** Every district's coverage, in district order, or none when the content records no district figure at all. */
export function coverageByDistrict(c: Catalogue): DistrictCoverage[] {
  return hasDistrictFigures(c) ? c.districts.map(districtCoverage) : [];
}

/** The province's published totals of certified products, oldest first: what the trend chart plots. */
export const publishedTrend = (c: Pick<Catalogue, 'figures'>): (Figure & { products: number })[] =>
  c.figures.filter((f) => f.scope === 'province').filter(isCertifiedTotal);

export interface Statistics {
  products: number;
  inForce: number;
  /** Products in the catalogue whose current certificate gives no star level, whatever its status. */
  unstated: number;
  coverage?: Coverage;
  /** Each district's published total against the catalogue; empty when no district figure is recorded. */
  byDistrictCoverage: DistrictCoverage[];
  byStars: Tally<number | typeof UNSTATED>[];
  /** `null`: no product set assigned yet, hence no group (kept so the parts add up to the total). */
  byGroup: Tally<ProductGroup | null>[];
  byDistrict: Tally<District>[];
  /** `null`: the source names no producer. */
  byLegalForm: Tally<LegalForm | null>[];
  /** `null`: no year known (kept so the parts add up to the total). */
  byYear: Tally<number | null>[];
  expiring: ExpiringSoon;
  /** The programme's own published figures: never mixed with the counts above. */
  figures: { province: Figure[]; national: Figure[]; trend: (Figure & { products: number })[] };
}

/** Every count is over products with a certificate in force, so each breakdown adds up to `inForce`. */
export function statistics(c: Catalogue): Statistics {
  const inForce = c.products.filter((p) => p.inForce);
  const years = tally(inForce, (p) => certificationYear(p) ?? null).sort((a, b) => (a.key ?? 9999) - (b.key ?? 9999));
  return {
    products: c.products.length,
    inForce: inForce.length,
    unstated: c.products.filter((p) => p.starsUnstated).length,
    coverage: coverage(c),
    byDistrictCoverage: coverageByDistrict(c),
    byStars: tally(inForce, (p): number | typeof UNSTATED => p.stars ?? UNSTATED, [5, 4, 3]),
    byGroup: tally(inForce, (p): ProductGroup | null => p.group ?? null, c.groups),
    byDistrict: byCountThenOrder(tally(inForce, (p) => p.district, c.districts)),
    byLegalForm: byCountThenOrder(tally(inForce, (p) => p.producer?.legalForm ?? null, LEGAL_FORMS)),
    byYear: years,
    expiring: expiringWithin(c.products, c.today),
    figures: {
      province: c.figures.filter((f) => f.scope === 'province'),
      national: c.figures.filter((f) => f.scope === 'national'),
      trend: publishedTrend(c),
    },
  };
}
