// Joins the collections once: product → producer → district → product set → group, with
// certificate status computed for "today". Pages and exports read this, never raw collections.
import {
  certificateStatus,
  certificatesNewestFirst,
  currentCertificate,
  isInForce,
  starsNotStated,
  validity,
  type CertificateStatus,
  type Validity,
} from '../certificates/certificate';
import { orderFigureSeries } from './figures';
import type {
  CertificateData,
  DistrictData,
  FigureData,
  ProducerData,
  ProductData,
  ProductGroupData,
  ProductSetData,
  FormerCommuneData,
  SalesPointData,
  SiteConfig,
  UnitData,
} from './schema';
import { successorIndex } from '../places/units';

export interface Entry<T> {
  id: string;
  data: T;
}

export interface CatalogueInput {
  site: SiteConfig;
  today: string;
  districts: Entry<DistrictData>[];
  producers: Entry<Omit<ProducerData, 'slug'>>[];
  products: Entry<Omit<ProductData, 'slug' | 'images'> & { images?: { src: unknown; alt: string; credit?: string }[] }>[];
  salesPoints: Entry<Omit<SalesPointData, 'slug'>>[];
  productGroups: Entry<ProductGroupData>[];
  productSets: Entry<ProductSetData>[];
  figures: Entry<FigureData>[];
  /** Wards and communes since 1 July 2025; absent or empty for a content folder not yet mapped. */
  units?: Entry<UnitData>[];
  formerCommunes?: Entry<FormerCommuneData>[];
}

export type ProductStatus = CertificateStatus | 'none';

export interface CertificateView extends CertificateData {
  status: CertificateStatus;
  validity: Validity;
}

export interface Unit extends Omit<UnitData, 'slug'> {
  id: string;
  /** Former districts it covers, by name. */
  districts: District[];
}

export interface FormerCommune extends Omit<FormerCommuneData, 'slug' | 'district'> {
  id: string;
  district: District;
}

/** What a record's former commune is today: the unit it became, or a note that no source says. */
export type Place = { unit: Unit; orphan?: undefined } | { orphan: FormerCommune; unit?: undefined };

export type Figure = FigureData & { id: string };

export interface District extends DistrictData {
  id: string;
  /** The totals published for this district (content/figures.json, scope district), oldest first. */
  figures: Figure[];
  /** Units since 1 July 2025 made (wholly or partly) of this district's former communes. */
  units: Unit[];
  products: Product[];
  producers: Producer[];
  salesPoints: SalesPoint[];
}

export interface ProductGroup extends ProductGroupData {
  sets: ProductSet[];
  products: Product[];
}

export interface ProductSet extends ProductSetData {
  groupRecord: ProductGroup;
  products: Product[];
}

export interface Producer extends Omit<ProducerData, 'slug' | 'district'> {
  id: string;
  district: District;
  /** The current unit of its commune. */
  place?: Place;
  products: Product[];
  /** Highest star of the producer's products with a certificate in force. */
  topStars?: number;
  groups: ProductGroup[];
}

export interface SalesPoint extends Omit<SalesPointData, 'slug' | 'district'> {
  id: string;
  district: District;
  place?: Place;
  products: Product[];
}

export interface Product extends Omit<ProductData, 'slug' | 'producer' | 'district' | 'productSet' | 'certificates' | 'images'> {
  id: string;
  producer?: Producer;
  district: District;
  place?: Place;
  /** Absent until someone assigns one: pages say "product set not assigned" (chưa xếp bộ sản phẩm). */
  productSet?: ProductSet;
  group?: ProductGroup;
  /** Newest first. */
  certificates: CertificateView[];
  current?: CertificateView;
  status: ProductStatus;
  /** Stars of the current certificate (the rank as last rated), whatever its status. */
  stars?: 3 | 4 | 5;
  /** The current certificate is OCOP but no source gives its star level ("OCOP, star level not stated"). */
  starsUnstated: boolean;
  inForce: boolean;
  salesPoints: SalesPoint[];
  images: { src: unknown; alt: string; credit?: string }[];
}

export interface Catalogue {
  site: SiteConfig;
  today: string;
  districts: District[];
  producers: Producer[];
  products: Product[];
  salesPoints: SalesPoint[];
  groups: ProductGroup[];
  sets: ProductSet[];
  /** Products with no product set yet (hence in no group), in catalogue order. */
  unassigned: Product[];
  /** Every published figure, each series (province, national, one district) oldest first. */
  figures: Figure[];
  units: Unit[];
  byId: {
    district: Map<string, District>;
    producer: Map<string, Producer>;
    product: Map<string, Product>;
    salesPoint: Map<string, SalesPoint>;
    group: Map<string, ProductGroup>;
    set: Map<string, ProductSet>;
    unit: Map<string, Unit>;
  };
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
export const byName = <T extends { name: string }>(a: T, b: T) => collator.compare(a.name, b.name);
/** Rank for ordering: the stars, then OCOP without a stated star level, then no certificate. */
export const starRank = (p: Pick<Product, 'stars' | 'starsUnstated'>) => p.stars ?? (p.starsUnstated ? 1 : 0);
/** Stars (highest first; star level not stated after 3★; no certificate last), then name. */
export const byStarsThenName = (a: Product, b: Product) => starRank(b) - starRank(a) || byName(a, b);
/**
 * The order of every list of products (src/lib/certificates/product-order.ts): a certificate in force on the
 * catalogue's day first, then byStarsThenName.
 */
export const byListOrder = (a: Product, b: Product) => Number(b.inForce) - Number(a.inForce) || byStarsThenName(a, b);

function need<T>(map: Map<string, T>, id: string, what: string, from: string): T {
  const v = map.get(id);
  if (!v) throw new Error(`${from}: unknown ${what} "${id}" (run npm run check)`);
  return v;
}

export function buildCatalogue(input: CatalogueInput): Catalogue {
  const { today } = input;
  const districts = input.districts
    .map((e): District => ({ ...e.data, id: e.id, figures: [], units: [], products: [], producers: [], salesPoints: [] }))
    .sort(byName);
  const district = new Map(districts.map((d) => [d.id, d]));

  const units = (input.units ?? [])
    .map((e): Unit => {
      const ds = [...new Set(e.data.formerUnits.map((f) => f.district))].map((id) => need(district, id, 'district', `unit ${e.id}`));
      const { slug: _slug, ...data } = e.data;
      return { ...data, id: e.id, districts: ds.sort(byName) };
    })
    .sort(byName);
  for (const u of units) for (const d of u.districts) d.units.push(u);
  const unit = new Map(units.map((u) => [u.id, u]));
  const orphans = (input.formerCommunes ?? []).map((e): FormerCommune => {
    const { slug: _slug, ...data } = e.data;
    return { ...data, id: e.id, district: need(district, e.data.district, 'district', `former commune ${e.id}`) };
  });
  const successors = successorIndex(
    units.map((u) => ({ ...u, record: u })),
    orphans.map((o) => ({ id: o.id, name: o.name, district: o.district.id, record: o })),
  );
  const placeOf = (districtId: string, commune: string | undefined): Place | undefined => {
    const found = successors.resolve(districtId, commune);
    if (!found) return undefined;
    return 'unit' in found ? { unit: found.unit.record } : { orphan: found.orphan.record };
  };

  const groups = input.productGroups
    .map((e): ProductGroup => ({ ...e.data, id: e.id, sets: [], products: [] }))
    .sort((a, b) => a.code - b.code);
  const group = new Map(groups.map((g) => [g.id, g]));
  const sets = input.productSets
    .map((e): ProductSet => {
      const g = need(group, e.data.group, 'product group', `product set ${e.id}`);
      const s: ProductSet = { ...e.data, id: e.id, groupRecord: g, products: [] };
      g.sets.push(s);
      return s;
    })
    .sort((a, b) => collator.compare(a.code, b.code));
  const set = new Map(sets.map((s) => [s.id, s]));

  const producers = input.producers
    .map((e): Producer => {
      const d = need(district, e.data.district, 'district', `producer ${e.id}`);
      const p: Producer = { ...e.data, id: e.id, district: d, place: placeOf(d.id, e.data.commune), products: [], groups: [] };
      d.producers.push(p);
      return p;
    })
    .sort(byName);
  const producer = new Map(producers.map((p) => [p.id, p]));

  const salesPoints = input.salesPoints
    .map((e): SalesPoint => {
      const d = need(district, e.data.district, 'district', `sales point ${e.id}`);
      const s: SalesPoint = { ...e.data, id: e.id, district: d, place: placeOf(d.id, e.data.commune), products: [] };
      d.salesPoints.push(s);
      return s;
    })
    .sort(byName);
  const salesPoint = new Map(salesPoints.map((s) => [s.id, s]));

  const products = input.products
    .map((e): Product => {
      const from = `product ${e.id}`;
      const certificates = certificatesNewestFirst(e.data.certificates).map(
        (c): CertificateView => ({ ...c, status: certificateStatus(c, today), validity: validity(c) }),
      );
      const current = currentCertificate(certificates, today);
      const ps = e.data.productSet ? need(set, e.data.productSet, 'product set', from) : undefined;
      const status: ProductStatus = current ? current.status : 'none';
      const p: Product = {
        ...e.data,
        id: e.id,
        producer: e.data.producer ? need(producer, e.data.producer, 'producer', from) : undefined,
        district: need(district, e.data.district, 'district', from),
        place: placeOf(e.data.district, e.data.commune),
        productSet: ps,
        group: ps?.groupRecord,
        certificates,
        current,
        status,
        stars: current?.stars,
        starsUnstated: starsNotStated(current),
        inForce: isInForce(status as CertificateStatus),
        salesPoints: (e.data.whereToBuy?.salesPoints ?? []).map((id) => need(salesPoint, id, 'sales point', from)),
        images: e.data.images ?? [],
      };
      return p;
    })
    .sort(byListOrder);
  const product = new Map(products.map((p) => [p.id, p]));

  const unassigned: Product[] = [];
  for (const p of products) {
    p.district.products.push(p);
    if (p.productSet && p.group) {
      p.productSet.products.push(p);
      p.group.products.push(p);
    } else unassigned.push(p);
    p.producer?.products.push(p);
    for (const s of p.salesPoints) s.products.push(p);
  }
  for (const p of producers) {
    const inForce = p.products.filter((x) => x.inForce && x.stars);
    p.topStars = inForce.length ? Math.max(...inForce.map((x) => x.stars!)) : undefined;
    p.groups = groups.filter((g) => p.products.some((x) => x.group === g));
  }

  const figures = orderFigureSeries(input.figures.map((e): Figure => ({ ...e.data, id: e.id })));
  for (const f of figures) if (f.scope === 'district') need(district, f.district!, 'district', `figure ${f.id}`).figures.push(f);
  return {
    site: input.site,
    today,
    districts,
    producers,
    products,
    salesPoints,
    groups,
    sets,
    unassigned,
    figures,
    units,
    byId: { district, producer, product, salesPoint, group, set, unit },
  };
}

/** Groups items by a key, keeping first-seen order (Node 20 has no Object.groupBy). */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
