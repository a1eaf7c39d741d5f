// The synthetic catalogue the benchmark builds: N products, the country's ratio of producers to
// products (about 9,000 producers at 20,000 products), as many district-level places as the
// country had for its size (18 at most sizes a province reaches, about 700 at 20,000), three sales
// points in each, the six national groups, certificates of every dating kind and a few photos.
// Everything is marked as made up (site name, bodies, sources at https://example.org/gia-lap/…)
// and generated from a fixed seed, so every run builds the same files.
import fs from 'node:fs';
import path from 'node:path';
import { levelFromStars } from '../../src/lib/certificates/certifying-level.ts';
import { RESERVED_PRODUCT_SLUGS } from '../../src/lib/pages/routes.ts';
import { DISTRICT_KINDS, QUALITY_SYSTEMS, SALES_POINT_KINDS, type CertificateData, type LegalForm } from '../../src/lib/content/schema.ts';
import { slugify } from '../../src/lib/content/slug.ts';
import { jsonSourceText, sourceDigest } from '../../src/lib/content/translation.ts';
import { markdownFile } from './front-matter.ts';
import { writeSyntheticPhotos } from './images.ts';
import { seededRandom, type Random } from './random.ts';
import * as W from './words.ts';

/** "Today" for the synthetic catalogue: every date in it is on or before this day; builds get it as BUILD_DATE. */
export const SYNTHETIC_TODAY = '2026-06-30';
/** A query that matches a typical share of the synthetic products (one product type in ~40). */
export const SEARCH_QUERY = 'nước mắm';
/** Producers per product: Vietnam counted 15,590 OCOP products from 8,476 producers in 12/2024; about 9,000 at 20,000 products. */
export const PRODUCERS_PER_PRODUCT = 0.45;
/** Products per district-level place: the country's ~700 districts for ~20,000 products. */
const PRODUCTS_PER_DISTRICT = 29;
/** A province has at least this many district-level places (Quảng Nam had 18). */
const MIN_DISTRICTS = 18;
const SALES_POINTS_PER_DISTRICT = 3;

/** District-level places for a catalogue of `products` products: max(18, round(N / 29)). */
export function districtCount(products: number): number {
  return Math.max(MIN_DISTRICTS, Math.round(products / PRODUCTS_PER_DISTRICT));
}

/** Producers for a catalogue of `products` products (at least one). */
export function producerCount(products: number): number {
  return Math.max(1, Math.round(products * PRODUCERS_PER_PRODUCT));
}
const PHOTO_COUNT = 8;
const SOURCE_BASE = 'https://example.org/gia-lap';
const SOURCE_TITLE = 'Nguồn giả lập (dữ liệu đo hiệu năng, không có thật)';

export interface SyntheticCatalogue {
  root: string;
  counts: { products: number; producers: number; districts: number; salesPoints: number; productGroups: number; productSets: number; photos: number };
  productSlugs: string[];
}

interface Place {
  slug: string;
  name: string;
  communes: string[];
  centroid: { lat: number; lon: number };
}

interface ProducerStub {
  slug: string;
  name: string;
  district: Place;
  commune: string;
}

/**
 * The English block of a record with a Vietnamese body, stamped as `npm run translations -- --stamp`
 * would (the synthetic English text is a placeholder, not a translation of the made-up body).
 */
function englishOf(description: string | undefined, body: string) {
  return description && body ? { description, translatedOn: SYNTHETIC_TODAY, sourceDigest: sourceDigest(body) } : undefined;
}

/** The translation block of a JSON record with English fields, stamped. */
function translationOf(record: Record<string, unknown>, collection: 'districts' | 'salesPoints') {
  return record.descriptionEn ? { translatedOn: SYNTHETIC_TODAY, sourceDigest: sourceDigest(jsonSourceText(collection, record)) } : undefined;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));
const pad2 = (n: number) => String(n).padStart(2, '0');

/** Hands out unique slugs: a repeated name gets -2, -3… like an editor would do. */
function slugMaker(reserved: readonly string[] = []) {
  const used = new Set<string>(reserved);
  return (name: string) => {
    const base = slugify(name);
    let slug = base;
    for (let k = 2; used.has(slug); k++) slug = `${base}-${k}`;
    used.add(slug);
    return slug;
  };
}

const sources = (random: Random, kind: string, slug: string) =>
  Array.from({ length: random.weighted([[1, 70], [2, 25], [3, 5]] as const) }, (_, i) => ({
    url: `${SOURCE_BASE}/${kind}/${slug}${i ? `?nguon=${i + 1}` : ''}`,
    title: SOURCE_TITLE,
    date: random.chance(0.5) ? `${random.int(2019, 2025)}-${pad2(random.int(1, 12))}-${pad2(random.int(1, 28))}` : undefined,
  }));

function placeName(random: Random): string {
  const first = random.pick(W.PLACE_FIRST);
  let second = random.pick(W.PLACE_SECOND);
  while (second === first) second = random.pick(W.PLACE_SECOND);
  return `${first} ${second}`;
}

const person = (random: Random) => `${random.pick(W.FAMILY_NAMES)} ${random.pick(W.MIDDLE_NAMES)} ${random.pick(W.GIVEN_NAMES)}`;
const brand = (random: Random) => random.sample(W.BRAND_WORDS, random.int(2, 3)).join(' ');
const phone = (random: Random) => `0${random.int(200, 999)} ${random.int(100, 999)} ${random.int(100, 999)}`;

function paragraphs(random: Random, fill: { place: string; product: string }, count: number): string {
  return Array.from({ length: count }, () =>
    random
      .sample(W.BODY_SENTENCES, random.int(2, 4))
      .map((s) => s.replace('{place}', fill.place).replace('{product}', fill.product))
      .join(' '),
  ).join('\n\n');
}

function writeJson(file: string, data: unknown) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

/** A district name not yet used: two words while a few draws find one, else three (the two-word names run out near 700). */
function newDistrictName(random: Random, used: Set<string>): string {
  for (let tries = 0; tries < 20; tries++) {
    const name = placeName(random);
    if (!used.has(name)) return name;
  }
  for (;;) {
    const name = `${placeName(random)} ${random.pick(W.PLACE_SECOND)}`;
    if (!used.has(name)) return name;
  }
}

function writeDistricts(root: string, random: Random, count: number): Place[] {
  const names = new Set<string>();
  while (names.size < count) names.add(newDistrictName(random, names));
  const slug = slugMaker();
  return [...names].map((name, i) => {
    const kind: (typeof DISTRICT_KINDS)[number] = i < 2 ? 'thành phố' : i < 4 ? 'thị xã' : 'huyện';
    const place: Place = {
      slug: slug(name),
      name,
      communes: Array.from({ length: 8 }, () => `${random.pick(W.COMMUNE_KINDS)} ${placeName(random)}`),
      centroid: { lat: round(15.1 + random.next() * 1.1, 4), lon: round(107.3 + random.next() * 1.3, 4) },
    };
    const record: Record<string, unknown> = {
      name,
      nameEn: random.chance(0.3) ? `${name} ${kind === 'huyện' ? 'District' : kind === 'thị xã' ? 'Town' : 'City'}` : undefined,
      kind,
      // Three digits, as the schema expects (the country's real codes run from 001 to 973).
      gsoCode: i < 500 ? String(500 + i) : i < 900 ? String(i - 400).padStart(3, '0') : undefined,
      centroid: place.centroid,
      seat: random.chance(0.7) ? place.communes[0] : undefined,
      description: `${kind[0]!.toUpperCase()}${kind.slice(1)} ${name} là đơn vị hành chính giả lập, tạo ra để đo hiệu năng của trang.`,
      descriptionEn: random.chance(0.5) ? `A made-up administrative unit, generated for the performance benchmark.` : undefined,
      reorganisation: random.chance(0.3) ? `Năm 2025 sáp nhập vào đơn vị giả lập ${placeName(random)}.` : undefined,
    };
    record.translation = translationOf(record, 'districts');
    writeJson(path.join(root, 'districts', `${place.slug}.json`), { ...record, sources: sources(random, 'dia-phuong', place.slug) });
    return place;
  });
}

function writeSalesPoints(root: string, random: Random, districts: Place[]): Map<string, string[]> {
  const byDistrict = new Map<string, string[]>();
  const slug = slugMaker();
  const write = (district: Place, kind: (typeof SALES_POINT_KINDS)[number], provinceLevel: boolean) => {
    const name = `${random.pick(W.SALES_POINT_NAMES[kind])} ${provinceLevel ? 'tỉnh' : district.name}`;
    const id = slug(`${name} ${provinceLevel ? district.name : ''}`);
    const near = (x: number) => round(x + (random.next() - 0.5) * 0.06, 5);
    const record: Record<string, unknown> = {
      name,
      kind,
      provinceLevel: provinceLevel || undefined,
      district: district.slug,
      address: `${random.pick(W.VILLAGE_KINDS)} ${random.int(1, 12)}, ${random.pick(district.communes)}`,
      geo: provinceLevel || random.chance(0.6) ? { lat: near(district.centroid.lat), lon: near(district.centroid.lon) } : undefined,
      openingHours: random.chance(0.7) ? `${random.int(6, 8)}:00–${random.int(17, 21)}:00` : undefined,
      phone: random.chance(0.6) ? phone(random) : undefined,
      operator: random.chance(0.4) ? `Hợp tác xã ${placeName(random)}` : undefined,
      opened: random.chance(0.5) ? String(random.int(2019, 2025)) : undefined,
      status: provinceLevel ? 'open' : random.weighted([['open', 75], ['planned', 10], ['closed', 5], ['unknown', 10]] as const),
      description: random.chance(0.5) ? 'Điểm bán giả lập, chỉ dùng để đo hiệu năng.' : undefined,
      descriptionEn: random.chance(0.3) ? 'A made-up sales point, for the benchmark only.' : undefined,
    };
    record.translation = translationOf(record, 'salesPoints');
    writeJson(path.join(root, 'sales-points', `${id}.json`), { ...record, sources: sources(random, 'diem-ban', id) });
    byDistrict.set(district.slug, [...(byDistrict.get(district.slug) ?? []), id]);
  };
  const kinds = ['điểm bán', 'cửa hàng', 'chợ phiên'] as const;
  for (const district of districts) for (let k = 0; k < SALES_POINTS_PER_DISTRICT; k++) write(district, kinds[k % kinds.length]!, false);
  write(districts[0]!, 'trung tâm OCOP', true);
  write(districts[1]!, 'trung tâm OCOP', true);
  return byDistrict;
}

function writeGroupsAndSets(root: string) {
  const source = [{ url: `${SOURCE_BASE}/bo-tieu-chi`, title: SOURCE_TITLE }];
  writeJson(
    path.join(root, 'product-groups.json'),
    W.GROUPS.map((g, i) => ({ id: g.id, code: i + 1, name: g.name, nameEn: g.nameEn, sources: source })),
  );
  writeJson(
    path.join(root, 'product-sets.json'),
    W.GROUPS.flatMap((g, i) => g.sets.map((s, k) => ({ id: s.id, group: g.id, code: `${i + 1}.${k + 1}`, name: s.name, nameEn: s.nameEn, sources: source }))),
  );
}

function producerName(random: Random, form: LegalForm, district: Place): string {
  switch (form) {
    case 'hợp tác xã':
      return `Hợp tác xã ${random.pick(['nông nghiệp', 'dịch vụ nông nghiệp', 'sản xuất và thương mại'])} ${random.chance(0.5) ? district.name : placeName(random)}`;
    case 'doanh nghiệp':
      return `Công ty ${random.pick(['TNHH', 'cổ phần', 'TNHH MTV'])} ${brand(random)}`;
    case 'hộ kinh doanh':
      return `Hộ kinh doanh ${person(random)}`;
    case 'cơ sở sản xuất':
      return `Cơ sở sản xuất ${random.chance(0.5) ? person(random) : brand(random)}`;
    case 'tổ hợp tác':
      return `Tổ hợp tác ${placeName(random)}`;
  }
}

function writeProducers(root: string, random: Random, districts: Place[], count: number): ProducerStub[] {
  const slug = slugMaker();
  return Array.from({ length: count }, () => {
    const district = random.pick(districts);
    const legalForm = random.weighted<LegalForm>([['hợp tác xã', 30], ['doanh nghiệp', 25], ['hộ kinh doanh', 25], ['cơ sở sản xuất', 15], ['tổ hợp tác', 5]]);
    const name = producerName(random, legalForm, district);
    const producer: ProducerStub = { slug: slug(name), name, district, commune: random.pick(district.communes) };
    const data = {
      name,
      formerNames: random.chance(0.05) ? [{ name: `Tổ hợp tác ${placeName(random)}`, note: 'tên cũ giả lập' }] : undefined,
      legalForm,
      district: district.slug,
      commune: random.chance(0.8) ? producer.commune : undefined,
      address: random.chance(0.6) ? `${random.pick(W.VILLAGE_KINDS)} ${random.int(1, 12)}, ${producer.commune}` : undefined,
      contacts: random.chance(0.6)
        ? {
            phone: [phone(random)],
            email: random.chance(0.5) ? `lienhe.${producer.slug}@example.org` : undefined,
            website: random.chance(0.3) ? `${SOURCE_BASE}/trang-web/${producer.slug}` : undefined,
            social: random.chance(0.25) ? [{ label: 'Trang mạng xã hội (giả lập)', url: `${SOURCE_BASE}/mang-xa-hoi/${producer.slug}` }] : undefined,
          }
        : undefined,
      qualitySystems: random.chance(0.3) ? random.sample(QUALITY_SYSTEMS, random.int(1, 2)) : undefined,
      english: random.chance(0.3) ? 'A made-up producer, generated for the performance benchmark.' : undefined,
      sources: sources(random, 'chu-the', producer.slug),
    };
    const body = random.chance(0.5) ? paragraphs(random, { place: district.name, product: 'Sản phẩm' }, 1) : '';
    const file = { ...data, english: englishOf(data.english, body) };
    fs.mkdirSync(path.join(root, 'producers'), { recursive: true });
    fs.writeFileSync(path.join(root, 'producers', `${producer.slug}.md`), markdownFile(file, body));
    return producer;
  });
}

/** 1–3 certificates, oldest first: dated, year-only, or (alone) of unknown date. */
function certificates(random: Random): Partial<CertificateData>[] {
  const count = random.weighted([[1, 70], [2, 25], [3, 5]] as const);
  let year = random.int(2018, Math.max(2018, 2026 - 3 * (count - 1)));
  let stars = random.weighted([[3, 75], [4, 22], [5, 3]] as const) as 3 | 4 | 5;
  const out: Partial<CertificateData>[] = [];
  for (let i = 0; i < count; i++) {
    const month = year === 2026 ? random.int(1, 6) : random.int(1, 12);
    const date = `${year}-${pad2(month)}-${pad2(random.int(1, 28))}`;
    const dating = count === 1 && random.chance(0.12) ? 'unknown' : random.chance(0.25) ? 'year' : 'date';
    // Who certified these stars then: district level only from 24/02/2023 to 30/06/2025 (src/lib/certificates/certifying-level.ts).
    const level = levelFromStars(stars, dating === 'date' ? { date } : dating === 'year' ? { year } : {});
    const scoreFloor = { 3: 50, 4: 70, 5: 90 }[stars];
    out.push({
      level: random.chance(0.9) ? level : undefined,
      stars,
      decision: random.chance(0.85) ? `${random.int(100, 4999)}/QĐ-${stars === 5 ? 'BNNPTNT' : 'UBND'}` : undefined,
      date: dating === 'date' ? date : undefined,
      year: dating === 'year' ? year : undefined,
      dateUnknown: dating === 'unknown' ? true : undefined,
      notAfter: dating === 'unknown' && random.chance(0.5) ? `${random.int(2020, 2025)}-12-31` : undefined,
      score: random.chance(0.4) ? round(scoreFloor + random.next() * (stars === 5 ? 10 : 19.9), 1) : undefined,
      revoked: dating === 'date' && year < 2025 && random.chance(0.02) ? { date: `${year + 1}-${pad2(random.int(1, 12))}-15`, reason: 'Giả lập: cơ sở ngừng sản xuất' } : undefined,
      source: random.chance(0.1) ? `${SOURCE_BASE}/quyet-dinh/${random.int(100, 9999)}` : undefined,
    });
    year = Math.min(2026, year + random.int(2, 4));
    if (stars < 5 && random.chance(0.4)) stars = (stars + 1) as 3 | 4 | 5;
  }
  return out;
}

const GROUP_WEIGHTS = [50, 12, 15, 5, 12, 6];

function writeProducts(
  root: string,
  random: Random,
  count: number,
  producers: ProducerStub[],
  districts: Place[],
  salesPoints: Map<string, string[]>,
  photos: string[],
): string[] {
  const slug = slugMaker(RESERVED_PRODUCT_SLUGS);
  const groupChoices = W.GROUPS.map((g, i) => [g, GROUP_WEIGHTS[i]!] as const);
  fs.mkdirSync(path.join(root, 'products'), { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    // The first producers each get one product, so none is left without; the rest are spread at random.
    const producer = random.chance(0.03) ? undefined : producers[i < producers.length ? i : random.int(0, producers.length - 1)]!;
    const district = producer?.district ?? random.pick(districts);
    const set = random.pick(random.weighted(groupChoices).sets);
    const [noun, nounEn] = random.pick(set.products);
    const qualifier = random.weighted([[district.name, 30], [(producer?.commune ?? random.pick(district.communes)).replace(/^(xã|phường|thị trấn) /, ''), 40], [brand(random), 30]] as const);
    const name = `${noun} ${qualifier}`;
    const id = slug(name);
    const photoCount = random.weighted([[0, 75], [1, 20], [2, 5]] as const);
    const localPoints = salesPoints.get(district.slug) ?? [];
    const data = {
      name,
      nameEn: random.chance(0.6) ? `${qualifier} ${nounEn}` : undefined,
      english: random.chance(0.2) ? `A made-up ${nounEn} product, generated for the performance benchmark.` : undefined,
      producer: producer?.slug,
      productSet: set.id,
      district: district.slug,
      commune: producer && random.chance(0.7) ? producer.commune : undefined,
      certificates: certificates(random),
      images: photoCount
        ? random.sample(photos, photoCount).map((photo, k) => ({ src: `../images/${photo}`, alt: `Ảnh giả lập số ${k + 1} của ${name}`, credit: random.chance(0.5) ? 'Ảnh giả lập' : undefined }))
        : undefined,
      specs: random.chance(0.5)
        ? { packaging: random.pick(W.PACKAGING), size: random.chance(0.8) ? random.pick(W.SIZES) : undefined, shelfLife: random.chance(0.6) ? random.pick(W.SHELF_LIVES) : undefined }
        : undefined,
      whereToBuy: random.chance(0.5)
        ? {
            salesPoints: localPoints.length ? random.sample(localPoints, random.int(1, 2)) : undefined,
            online: random.chance(0.4) ? [{ label: 'Gian hàng trực tuyến (giả lập)', url: `${SOURCE_BASE}/gian-hang/${id}` }] : undefined,
          }
        : undefined,
      sources: sources(random, 'san-pham', id),
    };
    const body = random.chance(0.8) ? paragraphs(random, { place: district.name, product: noun }, random.int(1, 3)) : '';
    const file = { ...data, english: englishOf(data.english, body) };
    fs.writeFileSync(path.join(root, 'products', `${id}.md`), markdownFile(file, body));
    return id;
  });
}

function writeSiteFiles(root: string, counts: { products: number; producers: number }) {
  writeJson(path.join(root, 'site.json'), {
    name: 'OCOP Tỉnh Giả Lập',
    nameEn: 'Synthetic Province OCOP',
    region: 'Tỉnh Giả Lập',
    regionEn: 'Synthetic Province',
    url: 'https://ocop.example.org',
    reportErrorUrl: `${SOURCE_BASE}/bao-loi`,
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    dataDate: SYNTHETIC_TODAY,
    timeZone: 'Asia/Ho_Chi_Minh',
    map: {
      tiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap contributors',
      attributionUrl: 'https://www.openstreetmap.org/copyright',
    },
    intro: 'Danh mục giả lập, tạo tự động để đo hiệu năng. Không sản phẩm, chủ thể hay điểm bán nào trong đây là thật.',
    introEn: 'A made-up catalogue, generated to measure performance. No product, producer or sales point in it is real.',
    districtNote: 'Tên địa phương là tên giả lập.',
    districtNoteEn: 'District names are made up.',
  });
  const source = [{ url: `${SOURCE_BASE}/so-lieu`, title: SOURCE_TITLE }];
  writeJson(path.join(root, 'figures.json'), [
    { id: 'gia-lap-2024', asOf: '12/2024', sortDate: '2024-12-31', scope: 'province', products: Math.round(counts.products * 0.8), producers: Math.round(counts.producers * 0.8), sources: source },
    { id: 'gia-lap-2025', asOf: '12/2025', sortDate: '2025-12-31', scope: 'province', products: counts.products, producers: counts.producers, stars3: Math.round(counts.products * 0.75), sources: source },
  ]);
}

export interface GenerateOptions {
  seed?: number;
  /** District-level places; default districtCount(products). */
  districts?: number;
}

/** Writes a complete content folder for `products` products into `root` (which must not exist yet or be empty). */
export async function generateCatalogue(root: string, products: number, { seed = 9, districts: places = districtCount(products) }: GenerateOptions = {}): Promise<SyntheticCatalogue> {
  if (products < 1) throw new Error('the synthetic catalogue needs at least one product');
  const random = seededRandom(seed);
  fs.mkdirSync(root, { recursive: true });
  const photos = await writeSyntheticPhotos(path.join(root, 'images'), PHOTO_COUNT, random);
  const districts = writeDistricts(root, random, places);
  const salesPoints = writeSalesPoints(root, random, districts);
  writeGroupsAndSets(root);
  const producers = writeProducers(root, random, districts, producerCount(products));
  const productSlugs = writeProducts(root, random, products, producers, districts, salesPoints, photos);
  writeSiteFiles(root, { products, producers: producers.length });
  return {
    root,
    counts: {
      products,
      producers: producers.length,
      districts: districts.length,
      salesPoints: [...salesPoints.values()].reduce((n, ids) => n + ids.length, 0),
      productGroups: W.GROUPS.length,
      productSets: W.GROUPS.reduce((n, g) => n + g.sets.length, 0),
      photos: photos.length,
    },
    productSlugs,
  };
}
