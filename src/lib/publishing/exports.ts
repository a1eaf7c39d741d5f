// The open-data files: one column definition per CSV, used both to write the files and to
// document them on the data page, so the documentation cannot drift from what is published.
import { stringify } from 'csv-stringify/sync';
import type { Catalogue, Place, Producer, Product, SalesPoint } from '../content/catalogue';
import { paths } from '../pages/routes';
import { certificationYear } from '../pages/stats';
import { FORMER_UNIT_KINDS, UNIT_KINDS, CERTIFICATE_LEVELS, DISTRICT_KINDS, FIGURE_COUNTS, FIGURE_SCOPES, LEGAL_FORMS, QUALITY_SYSTEMS, SALES_POINT_KINDS, SALES_POINT_STATUSES } from '../content/schema';

export interface ExportContext {
  /** Canonical address of the published site, for the `url` columns. */
  siteUrl: string;
}

type Cell = string | number | boolean | undefined;
type ColumnSet<T, K extends string> = Record<K, (record: T, ctx: ExportContext) => Cell>;

/** Curried so TypeScript infers the column names as a union while the record type is given. */
const columnsFor =
  <T>() =>
  <K extends string>(defs: ColumnSet<T, K>): ColumnSet<T, K> =>
    defs;

const list = (items: readonly (string | undefined)[] | undefined) => (items ?? []).filter(Boolean).join('; ') || undefined;
const pageUrl = (ctx: ExportContext, path: string) => new URL(path, ctx.siteUrl).href;

/** "3", "4", "5"; "not stated" for an OCOP certificate whose source gives no star level; empty without a certificate. */
export const STAR_LEVEL_NOT_STATED = 'not stated';
const starLevelCell = (p: Product): Cell => (p.stars ? String(p.stars) : p.starsUnstated ? STAR_LEVEL_NOT_STATED : undefined);
/** The current unit of a record's former commune: empty when no commune is named or it is not mapped. */
export const unitName = (place: Place | undefined) => (place?.unit ? `${place.unit.kind} ${place.unit.name}` : undefined);
/** "unknown" when the commune is recorded as having no known successor, so an empty cell is not mistaken for it. */
export const unitStatus = (place: Place | undefined) => (place?.unit ? 'known' : place?.orphan ? 'unknown' : undefined);

export const productColumns = columnsFor<Product>()({
  id: (p) => p.id,
  name: (p) => p.name,
  name_en: (p) => p.nameEn,
  producer_id: (p) => p.producer?.id,
  producer_name: (p) => p.producer?.name,
  district_id: (p) => p.district.id,
  district_name: (p) => p.district.name,
  commune: (p) => p.commune,
  unit_id: (p) => p.place?.unit?.id,
  unit_name: (p) => unitName(p.place),
  unit_code: (p) => p.place?.unit?.code,
  unit_status: (p) => unitStatus(p.place),
  group_id: (p) => p.group?.id,
  group_name: (p) => p.group?.name,
  product_set_id: (p) => p.productSet?.id,
  product_set_code: (p) => p.productSet?.code,
  product_set_name: (p) => p.productSet?.name,
  stars: (p) => p.stars,
  star_level: (p) => starLevelCell(p),
  status: (p) => p.status,
  in_force: (p) => p.inForce,
  certificate_level: (p) => p.current?.level,
  decision: (p) => p.current?.decision,
  decision_date: (p) => p.current?.date,
  decision_year: (p) => certificationYear(p),
  valid_until: (p) => p.current?.validity.validUntil,
  valid_until_earliest: (p) => p.current?.validity.earliest,
  valid_until_latest: (p) => p.current?.validity.latest,
  score: (p) => p.current?.score,
  revoked_date: (p) => p.current?.revoked?.date,
  certificates: (p) => p.certificates.length,
  sales_points: (p) => list(p.salesPoints.map((s) => s.id)),
  description_en: (p) => p.english?.description,
  url: (p, ctx) => pageUrl(ctx, paths.product('vi', p.id)),
  source_url: (p) => p.sources[0]?.url,
});

export const producerColumns = columnsFor<Producer>()({
  id: (p) => p.id,
  name: (p) => p.name,
  legal_form: (p) => p.legalForm,
  district_id: (p) => p.district.id,
  district_name: (p) => p.district.name,
  commune: (p) => p.commune,
  unit_id: (p) => p.place?.unit?.id,
  unit_name: (p) => unitName(p.place),
  unit_code: (p) => p.place?.unit?.code,
  unit_status: (p) => unitStatus(p.place),
  address: (p) => p.address,
  phone: (p) => list(p.contacts?.phone),
  email: (p) => p.contacts?.email,
  website: (p) => p.contacts?.website,
  quality_systems: (p) => list(p.qualitySystems),
  top_stars: (p) => p.topStars,
  products: (p) => p.products.length,
  products_in_force: (p) => p.products.filter((x) => x.inForce).length,
  group_ids: (p) => list(p.groups.map((g) => g.id)),
  description_en: (p) => p.english?.description,
  url: (p, ctx) => pageUrl(ctx, paths.producer('vi', p.id)),
  source_url: (p) => p.sources[0]?.url,
});

export const salesPointColumns = columnsFor<SalesPoint>()({
  id: (s) => s.id,
  name: (s) => s.name,
  name_en: (s) => s.nameEn,
  kind: (s) => s.kind,
  province_level: (s) => s.provinceLevel === true,
  status: (s) => s.status,
  district_id: (s) => s.district.id,
  district_name: (s) => s.district.name,
  commune: (s) => s.commune,
  unit_id: (s) => s.place?.unit?.id,
  unit_name: (s) => unitName(s.place),
  unit_code: (s) => s.place?.unit?.code,
  unit_status: (s) => unitStatus(s.place),
  address: (s) => s.address,
  lat: (s) => s.geo?.lat,
  lon: (s) => s.geo?.lon,
  opening_hours: (s) => s.openingHours,
  phone: (s) => s.phone,
  operator: (s) => s.operator,
  operator_en: (s) => s.operatorEn,
  opened: (s) => s.opened,
  products: (s) => s.products.length,
  description: (s) => s.description,
  description_en: (s) => s.descriptionEn,
  url: (s, ctx) => pageUrl(ctx, paths.salesPoint('vi', s.id)),
  source_url: (s) => s.sources[0]?.url,
});

export type ProductColumn = keyof typeof productColumns;
export type ProducerColumn = keyof typeof producerColumns;
export type SalesPointColumn = keyof typeof salesPointColumns;

/** The published files, by the name the data page and the dictionary use for them. */
export const DATA_FILES = {
  catalogue: { path: '/data/catalogue.json', format: 'JSON' },
  schema: { path: '/data/catalogue.schema.json', format: 'JSON Schema' },
  products: { path: '/data/san-pham.csv', format: 'CSV' },
  producers: { path: '/data/chu-the.csv', format: 'CSV' },
  salesPoints: { path: '/data/diem-ban.csv', format: 'CSV' },
  salesPointsGeo: { path: '/data/diem-ban.geojson', format: 'GeoJSON' },
  placesGeo: { path: '/data/dia-diem.geojson', format: 'GeoJSON' },
} as const;

export type DataFile = keyof typeof DATA_FILES;

export function columnNames<K extends string>(columns: ColumnSet<never, K>): K[] {
  return Object.keys(columns) as K[];
}

export function tableRows<T, K extends string>(columns: ColumnSet<T, K>, records: readonly T[], ctx: ExportContext): Cell[][] {
  const cells = Object.values(columns) as ((record: T, ctx: ExportContext) => Cell)[];
  return records.map((r) => cells.map((cell) => cell(r, ctx)));
}

/** CSV with a byte-order mark, so spreadsheet programs read the Vietnamese text as UTF-8. */
export function toCsv<T, K extends string>(columns: ColumnSet<T, K>, records: readonly T[], ctx: ExportContext): string {
  const rows = tableRows(columns, records, ctx).map((row) =>
    row.map((v) => (v === undefined ? '' : typeof v === 'boolean' ? String(v) : v)),
  );
  return stringify([Object.keys(columns), ...rows], { bom: true, record_delimiter: 'windows' });
}

// ---------------------------------------------------------------- catalogue.json
// Each record: its id first, the content's own fields, then ids instead of joined records, then what is computed.

/** A record's own `slug` field only repeats its id (the id already is the slug), so it is left out. */
function withoutSlug<T extends object>(record: T): T {
  const { slug: _slug, ...rest } = record as T & { slug?: unknown };
  return rest as T;
}

export function catalogueDocument(c: Catalogue, generatedAt: string) {
  const ctx: ExportContext = { siteUrl: c.site.url };
  const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);
  return {
    $schema: pageUrl(ctx, DATA_FILES.schema.path),
    generatedAt,
    today: c.today,
    dataDate: c.site.dataDate,
    licence: c.site.licence,
    site: { name: c.site.name, nameEn: c.site.nameEn, region: c.site.region, regionEn: c.site.regionEn, url: c.site.url },
    productGroups: c.groups.map(({ id, sets, products, ...g }) => ({ id, ...g, sets: ids(sets), products: products.length })),
    productSets: c.sets.map(({ id, groupRecord, products, ...s }) => ({ id, ...s, products: products.length })),
    districts: c.districts.map(({ id, products, producers, salesPoints, units, figures, ...d }) => ({
      id,
      ...d,
      figures: ids(figures),
      units: ids(units),
      products: products.length,
      producers: producers.length,
      salesPoints: salesPoints.length,
    })),
    // Boundaries stay out (they are in the outline GeoJSON files): ids, names, codes, label points.
    units: c.units.map(({ id, boundary: _boundary, districts, ...u }) => ({ id, ...u, districts: ids(districts) })),
    producers: c.producers.map(({ id, district, products, groups, place, ...p }) => ({
      id,
      ...withoutSlug(p),
      district: district.id,
      ...currentUnitJson(place),
      groups: ids(groups),
      products: ids(products),
      url: pageUrl(ctx, paths.producer('vi', id)),
    })),
    // Photos stay out: they are files with their own credits, not data under the site's licence.
    products: c.products.map(({ id, producer, district, productSet, group, certificates, current, salesPoints, images, place, ...p }) => ({
      id,
      ...withoutSlug(p),
      producer: producer?.id,
      district: district.id,
      ...currentUnitJson(place),
      productSet: productSet?.id,
      group: group?.id,
      certificates: certificates.map((cert) => ({ ...cert, current: cert === current })),
      url: pageUrl(ctx, paths.product('vi', id)),
    })),
    salesPoints: c.salesPoints.map(({ id, district, products, place, ...s }) => ({
      id,
      ...withoutSlug(s),
      district: district.id,
      ...currentUnitJson(place),
      products: ids(products),
      url: pageUrl(ctx, paths.salesPoint('vi', id)),
    })),
    figures: c.figures,
  };
}

export type CatalogueDocument = ReturnType<typeof catalogueDocument>;

/** `unit`: the id of the current unit; `unitUnknown: true` when no source names the successor. */
function currentUnitJson(place: Place | undefined): { unit?: string; unitUnknown?: true } {
  if (place?.unit) return { unit: place.unit.id };
  if (place?.orphan) return { unitUnknown: true };
  return {};
}

// ---------------------------------------------------------------- catalogue.schema.json

type JsonSchema = Record<string, unknown>;

const str = (description?: string): JsonSchema => ({ type: 'string', minLength: 1, ...(description && { description }) });
const int = (description?: string, minimum = 0): JsonSchema => ({ type: 'integer', minimum, ...(description && { description }) });
const isoDay = (description?: string): JsonSchema => ({ type: 'string', format: 'date', ...(description && { description }) });
const webUrl = (description?: string): JsonSchema => ({ type: 'string', format: 'uri', pattern: '^https?://', ...(description && { description }) });
const oneOf = (values: readonly (string | number | boolean)[], description?: string): JsonSchema => ({ enum: [...values], ...(description && { description }) });
const arrayOf = (items: JsonSchema, description?: string): JsonSchema => ({ type: 'array', items, ...(description && { description }) });
const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });
const ids = (what: string) => arrayOf(str(), `ids of ${what}`);

/** Closed objects: a field added to the export without a line here fails the build test. */
function object(properties: Record<string, JsonSchema>, required: string[], description?: string): JsonSchema {
  return { type: 'object', additionalProperties: false, required, properties, ...(description && { description }) };
}

export const CERTIFICATE_STATUSES = ['valid', 'expiring', 'expired', 'revoked', 'unknown'] as const;

export function catalogueJsonSchema(siteUrl: string): JsonSchema {
  const certificate = object(
    {
      level: oneOf(CERTIFICATE_LEVELS, 'who certified'),
      stars: oneOf([3, 4, 5], 'absent when the source does not give the star level (then starsUnknown is true)'),
      starsUnknown: oneOf([true], 'OCOP certificate whose star level the source does not give: "OCOP, star level not stated", never a number of stars'),
      decision: str('decision number'),
      date: isoDay('decision date'),
      year: int('year of the decision, when the source gives only the year', 2000),
      dateUnknown: oneOf([true], 'the source gives no year'),
      notAfter: isoDay('with dateUnknown: the certificate was issued no later than this'),
      score: { type: 'number', minimum: 0, maximum: 100 },
      revoked: object({ date: isoDay(), reason: str() }, ['date']),
      source: webUrl('source of this certificate, when it differs from the record’s first source'),
      status: oneOf(CERTIFICATE_STATUSES, 'status on `today`, computed from a validity of 36 months'),
      validity: object(
        {
          validUntil: isoDay('last valid day, when the decision date is known'),
          earliest: isoDay('earliest possible last valid day, when only the year is known'),
          latest: isoDay('latest possible last valid day'),
        },
        [],
      ),
      current: { type: 'boolean', description: 'the certificate that speaks for the product now' },
    },
    ['status', 'validity', 'current'],
  );
  // Either a star level or the explicit marker that no source states one.
  certificate.oneOf = [
    { properties: { stars: true }, required: ['stars'] },
    { properties: { starsUnknown: true }, required: ['starsUnknown'] },
  ];

  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: new URL(DATA_FILES.schema.path, siteUrl).href,
    title: 'OCOP catalogue',
    description: 'Every record of the catalogue, with certificate status computed on `today`.',
    type: 'object',
    additionalProperties: false,
    required: ['generatedAt', 'today', 'dataDate', 'licence', 'site', 'productGroups', 'productSets', 'districts', 'units', 'producers', 'products', 'salesPoints', 'figures'],
    properties: {
      $schema: webUrl(),
      generatedAt: { type: 'string', format: 'date-time', description: 'when the file was built' },
      today: isoDay('the day certificate statuses were computed for'),
      dataDate: isoDay('the day the content was last reviewed against its sources'),
      licence: object({ name: str(), url: webUrl() }, ['name', 'url']),
      site: object({ name: str(), nameEn: str(), region: str(), regionEn: str(), url: webUrl() }, ['name', 'nameEn', 'region', 'regionEn', 'url']),
      productGroups: arrayOf(ref('productGroup')),
      productSets: arrayOf(ref('productSet')),
      districts: arrayOf(ref('district')),
      units: arrayOf(ref('unit'), 'wards and communes since 1 July 2025 (boundaries are in the outline GeoJSON files)'),
      producers: arrayOf(ref('producer')),
      products: arrayOf(ref('product')),
      salesPoints: arrayOf(ref('salesPoint')),
      figures: arrayOf(ref('figure')),
    },
    $defs: {
      source: object(
        {
          url: webUrl(),
          title: str(),
          date: isoDay('publication date'),
          englishRendering: oneOf([true], 'only an English rendering of a Vietnamese article was read: facts taken from it rest on a translation'),
        },
        ['url', 'title'],
      ),
      sources: { ...arrayOf(ref('source')), minItems: 1 },
      geo: object({ lat: { type: 'number', minimum: -90, maximum: 90 }, lon: { type: 'number', minimum: -180, maximum: 180 } }, ['lat', 'lon']),
      link: object({ label: str(), url: webUrl() }, ['label', 'url']),
      unit: object(
        {
          id: str(),
          name: str(),
          kind: oneOf(UNIT_KINDS),
          code: str('national code of the unit'),
          parent: str('the city or province, as written after the name'),
          parentEn: str(),
          areaKm2: { type: 'number', exclusiveMinimum: 0 },
          formerUnits: arrayOf(
            object(
              {
                name: str(),
                kind: oneOf(FORMER_UNIT_KINDS),
                district: str('former district id'),
                mergedBefore2025: oneOf([true], 'already merged into another unit on 1 January 2025'),
                source: webUrl(),
              },
              ['name', 'kind', 'district', 'source'],
            ),
            'the former units it was made of on 1 July 2025',
          ),
          label: ref('geo'),
          attribution: object({ text: str(), url: webUrl(), licence: str() }, ['text', 'url', 'licence']),
          sources: ref('sources'),
          districts: ids('former districts it covers'),
        },
        ['id', 'name', 'kind', 'code', 'parent', 'parentEn', 'formerUnits', 'label', 'attribution', 'sources', 'districts'],
        'a ward or commune since 1 July 2025; label is a point inside its boundary (pole of inaccessibility)',
      ),
      certificate,
      english: object(
        {
          description: str('English translation of the record’s Vietnamese description (Markdown), made by a person'),
          translatedOn: isoDay('the day the translation was made'),
          sourceDigest: { type: 'string', pattern: '^[0-9a-f]{8}$', description: 'first 8 hex digits of the SHA-256 of the Vietnamese text it translates (NFC, trimmed, \\n line endings); when it differs from that text’s digest now, the Vietnamese text changed after the translation' },
        },
        ['description', 'translatedOn'],
        'the English text, a translation of the Vietnamese description',
      ),
      translation: object(
        {
          translatedOn: isoDay('the day the record’s English fields (…En) were translated'),
          sourceDigest: { type: 'string', pattern: '^[0-9a-f]{8}$', description: 'first 8 hex digits of the SHA-256 of the Vietnamese fields they translate; when it differs from their digest now, the Vietnamese text changed after the translation' },
        },
        ['translatedOn'],
        'when the English fields of the record were translated, and from which Vietnamese text',
      ),
      productGroup: object(
        { id: str(), code: int('number in the national criteria', 1), name: str(), nameEn: str(), sources: ref('sources'), sets: ids('product sets'), products: int('number of products') },
        ['id', 'code', 'name', 'nameEn', 'sources', 'sets', 'products'],
      ),
      productSet: object(
        { id: str(), group: str('product group id'), code: str('number in the national criteria, e.g. "1.3"'), name: str(), nameEn: str(), sources: ref('sources'), products: int('number of products') },
        ['id', 'group', 'code', 'name', 'nameEn', 'sources', 'products'],
      ),
      district: object(
        {
          id: str(),
          name: str(),
          nameEn: str(),
          kind: oneOf(DISTRICT_KINDS),
          gsoCode: { type: 'string', pattern: '^\\d{3}$' },
          centroid: ref('geo'),
          seat: str(),
          description: str(),
          descriptionEn: str(),
          reorganisation: str('what became of the unit in the 2025 reorganisation'),
          reorganisationEn: str(),
          translation: ref('translation'),
          sources: ref('sources'),
          products: int('number of products'),
          producers: int('number of producers'),
          salesPoints: int('number of sales points'),
          figures: ids('figures published for this district (see figures), oldest first'),
          units: ids('wards and communes since 1 July 2025 made of its former communes'),
        },
        ['id', 'name', 'kind', 'description', 'sources', 'products', 'producers', 'salesPoints', 'figures', 'units'],
        'former district-level unit',
      ),
      producer: object(
        {
          id: str(),
          formerSlugs: arrayOf(str(), 'earlier ids of the record (before a rename, or of records merged into it); its pages at those addresses lead to it'),
          name: str(),
          formerNames: arrayOf(object({ name: str(), note: str() }, ['name'])),
          legalForm: oneOf(LEGAL_FORMS),
          district: str('district id'),
          commune: str(),
          unit: str('id of the current unit (ward or commune since 1 July 2025) of the former commune'),
          unitUnknown: oneOf([true], 'the former commune has no known successor'),
          address: str(),
          contacts: object(
            { phone: arrayOf(str()), email: str(), website: webUrl(), social: arrayOf(ref('link')) },
            [],
          ),
          qualitySystems: arrayOf(oneOf(QUALITY_SYSTEMS)),
          english: ref('english'),
          soldAt: arrayOf(
            object(
              {
                where: str('the shops, channels or customers, as the source says them'),
                whereEn: str(),
                asOf: str('the source’s date, as precise as it gives it'),
                asOfEn: str(),
                source: webUrl('one of the record’s sources'),
              },
              ['where', 'source'],
            ),
            'where sources say its products were sold, as at the source’s date',
          ),
          sources: ref('sources'),
          topStars: oneOf([3, 4, 5], 'highest star among its products with a certificate in force'),
          groups: ids('product groups'),
          products: ids('products'),
          url: webUrl('page on this site'),
        },
        ['id', 'name', 'legalForm', 'district', 'sources', 'groups', 'products', 'url'],
      ),
      product: object(
        {
          id: str(),
          formerSlugs: arrayOf(str(), 'earlier ids of the record (before a rename, or of records merged into it); its pages at those addresses lead to it'),
          name: str(),
          nameEn: str(),
          english: ref('english'),
          producer: str('producer id; absent when the source names none'),
          district: str('district id'),
          commune: str(),
          unit: str('id of the current unit (ward or commune since 1 July 2025) of the former commune'),
          unitUnknown: oneOf([true], 'the former commune has no known successor'),
          productSet: str('product set id; absent until one is assigned ("product set not assigned")'),
          group: str('product group id; absent with the product set'),
          certificates: arrayOf(ref('certificate'), 'newest first'),
          status: oneOf([...CERTIFICATE_STATUSES, 'none'], 'status of the current certificate; none when there is no certificate'),
          stars: oneOf([3, 4, 5], 'stars of the current certificate, whatever its status; absent when none is stated'),
          starsUnstated: { type: 'boolean', description: 'the current certificate is OCOP but no source gives its star level ("OCOP, star level not stated")' },
          inForce: { type: 'boolean', description: 'the current certificate is valid or expiring' },
          specs: object({ packaging: str(), size: str(), shelfLife: str() }, []),
          whereToBuy: object({ salesPoints: ids('sales points'), online: arrayOf(ref('link')) }, []),
          sources: ref('sources'),
          url: webUrl('page on this site'),
        },
        ['id', 'name', 'district', 'certificates', 'status', 'starsUnstated', 'inForce', 'sources', 'url'],
      ),
      salesPoint: object(
        {
          id: str(),
          name: str(),
          nameEn: str(),
          kind: oneOf(SALES_POINT_KINDS),
          provinceLevel: { type: 'boolean' },
          district: str('district id'),
          commune: str(),
          unit: str('id of the current unit (ward or commune since 1 July 2025) of the former commune'),
          unitUnknown: oneOf([true], 'the former commune has no known successor'),
          address: str(),
          geo: ref('geo'),
          openingHours: str(),
          phone: str(),
          operator: str(),
          operatorEn: str('the operator in English, when a source or a translation gives it'),
          opened: str(),
          status: oneOf(SALES_POINT_STATUSES, 'as at the source’s date'),
          description: str(),
          descriptionEn: str(),
          translation: ref('translation'),
          sources: ref('sources'),
          products: ids('products sold there'),
          url: webUrl('page on this site'),
        },
        ['id', 'name', 'kind', 'district', 'status', 'sources', 'products', 'url'],
      ),
      figure: object(
        {
          id: str(),
          asOf: str('the period, as the source says it'),
          asOfEn: str(),
          sortDate: isoDay('a date to order by, only when a source gives the date or period'),
          scope: oneOf(FIGURE_SCOPES),
          district: str('with scope district: the district id'),
          counts: oneOf(FIGURE_COUNTS, 'what products and producers count: total (certified up to then; when absent), round (certified in one round or year only) or participants (taking part or evaluated, not all certified)'),
          products: int(),
          producers: int(),
          stars3: int(),
          stars4: int(),
          stars5: int(),
          note: str(),
          noteEn: str(),
          translation: ref('translation'),
          sources: ref('sources'),
        },
        ['id', 'asOf', 'scope', 'sources'],
        'a headline figure published by the programme, not counted from this catalogue',
      ),
    },
  };
}
