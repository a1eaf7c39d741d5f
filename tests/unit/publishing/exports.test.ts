import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { vi } from '../../../src/i18n/vi';
import { buildCatalogue } from '../../../src/lib/content/catalogue';
import {
  catalogueDocument,
  catalogueJsonSchema,
  columnNames,
  producerColumns,
  productColumns,
  salesPointColumns,
  tableRows,
  toCsv,
} from '../../../src/lib/publishing/exports';
import { sampleCatalogue, sampleInput } from '../data-sample';

const c = sampleCatalogue();
const ctx = { siteUrl: c.site.url };
const readCsv = (text: string) => parse(text, { bom: true, columns: true }) as Record<string, string>[];

describe('toCsv', () => {
  const text = toCsv(productColumns, c.products, ctx);

  it('starts with a byte-order mark and names the columns on the first line', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toBe(columnNames(productColumns).join(','));
  });

  it('writes one row per record, with Vietnamese text unchanged', () => {
    const rows = readCsv(text);
    expect(rows.map((r) => r.id)).toEqual(c.products.map((p) => p.id));
    expect(rows.find((r) => r.id === 'nuoc-mam-5-sao')!.name).toBe('Nước mắm đặc biệt');
  });

  it('leaves unknown values empty and writes computed status, validity and links', () => {
    const row = readCsv(text).find((r) => r.id === 'tuong-sap-het-han')!;
    expect(row).toMatchObject({
      status: 'expiring',
      in_force: 'true',
      stars: '4',
      decision_date: '2024-01-20',
      decision_year: '2024',
      valid_until: '2027-01-20',
      valid_until_earliest: '',
      producer_name: 'Hợp tác xã Đại Lộc',
      url: 'https://ocop.example.org/san-pham/tuong-sap-het-han/',
    });
    const byYear = readCsv(text).find((r) => r.id === 'ruou-theo-nam')!;
    expect(byYear).toMatchObject({ decision_date: '', decision_year: '2024', valid_until_earliest: '2027-01-01', valid_until_latest: '2027-12-31' });
    expect(readCsv(text).find((r) => r.id === 'banh-khong-chu-the')!.producer_id).toBe('');
  });

  it('quotes cells holding commas and joins lists with semicolons', () => {
    const rows = readCsv(toCsv(producerColumns, c.producers, ctx));
    const htx = rows.find((r) => r.id === 'htx-dai-loc')!;
    expect(htx.address).toBe('thôn 1, xã Đại Đồng');
    expect(htx.quality_systems).toBe('HACCP; ISO 22000');
    expect(htx.top_stars).toBe('5');
    expect(rows.find((r) => r.id === 'dn-het-han')!.top_stars).toBe('');
  });

  it('writes sales points with their coordinates', () => {
    const [row] = readCsv(toCsv(salesPointColumns, c.salesPoints, ctx));
    expect(row).toMatchObject({ id: 'cua-hang-dai-loc', lat: '15.88', lon: '108.1', province_level: 'false' });
  });

  it('carries the English text in its own column, empty where there is none', () => {
    const rows = readCsv(text);
    expect(rows.find((r) => r.id === 'nuoc-mam-5-sao')!.description_en).toBe('A special fish sauce, made from anchovies.');
    expect(rows.find((r) => r.id === 'tuong-sap-het-han')!.description_en).toBe('');
    const [point] = readCsv(toCsv(salesPointColumns, c.salesPoints, ctx));
    expect(point).toMatchObject({ description: 'Cửa hàng ở chợ Đại Lộc.', description_en: 'A shop in the Đại Lộc market.' });
  });
});

describe('tableRows', () => {
  it('gives the cells in column order', () => {
    const [row] = tableRows(salesPointColumns, c.salesPoints, ctx);
    expect(row![columnNames(salesPointColumns).indexOf('name')]).toBe('Cửa hàng OCOP Đại Lộc');
  });
});

describe('column descriptions', () => {
  it('describes every exported column in both languages, and nothing else', () => {
    for (const dict of [vi, en]) {
      const described = dict.data.openData.columns;
      expect(Object.keys(described.products)).toEqual(columnNames(productColumns));
      expect(Object.keys(described.producers)).toEqual(columnNames(producerColumns));
      expect(Object.keys(described.salesPoints)).toEqual(columnNames(salesPointColumns));
      for (const text of [described.products, described.producers, described.salesPoints].flatMap(Object.values)) expect(text.length).toBeGreaterThan(5);
    }
  });
});

describe('catalogueDocument', () => {
  const doc = JSON.parse(JSON.stringify(catalogueDocument(c, '2026-11-23T03:00:00.000Z')));
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(catalogueJsonSchema(c.site.url));

  it('validates against its own JSON Schema', () => {
    expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('fails validation when a field appears that the schema does not describe', () => {
    const bad = structuredClone(doc);
    bad.products[0].undocumented = 1;
    expect(validate(bad)).toBe(false);
  });

  it('holds every record, with ids in place of joined records', () => {
    expect(doc.products).toHaveLength(c.products.length);
    expect(doc.producers).toHaveLength(c.producers.length);
    expect(doc.districts).toHaveLength(c.districts.length);
    expect(doc.salesPoints).toHaveLength(c.salesPoints.length);
    expect(doc.productSets).toHaveLength(c.sets.length);
    expect(doc.figures).toHaveLength(3);
    const p = doc.products.find((x: { id: string }) => x.id === 'tuong-sap-het-han');
    expect(p).toMatchObject({ producer: 'htx-dai-loc', district: 'dai-loc', productSet: 'gia-vi', group: 'thuc-pham', status: 'expiring', inForce: true });
    expect(Object.keys(p)[0]).toBe('id');
  });

  it('marks exactly one certificate as current on each certified product, with its computed validity', () => {
    for (const p of doc.products.filter((x: { certificates: unknown[] }) => x.certificates.length > 0)) expect(p.certificates.filter((x: { current: boolean }) => x.current)).toHaveLength(1);
    const revoked = doc.products.find((x: { id: string }) => x.id === 'mam-thu-hoi');
    expect(revoked.certificates[0]).toMatchObject({ status: 'revoked', validity: { validUntil: '2028-02-01' } });
  });

  it('carries the English text, its date and digest, in its own field', () => {
    const p = doc.products.find((x: { id: string }) => x.id === 'nuoc-mam-5-sao');
    expect(p.english).toEqual({ description: 'A special fish sauce, made from anchovies.', translatedOn: '2026-11-01', sourceDigest: '1a2b3c4d' });
    expect(doc.salesPoints[0]).toMatchObject({ descriptionEn: 'A shop in the Đại Lộc market.', translation: { translatedOn: '2026-11-01', sourceDigest: '5e6f7a8b' } });
    const bad = structuredClone(doc);
    bad.products.find((x: { id: string }) => x.id === 'nuoc-mam-5-sao').english.sourceDigest = 'not-hex';
    expect(validate(bad)).toBe(false);
  });

  it('carries the date, the licence and when it was generated', () => {
    expect(doc).toMatchObject({ today: '2026-11-23', dataDate: '2026-11-01', generatedAt: '2026-11-23T03:00:00.000Z', licence: { name: 'CC BY 4.0' } });
    expect(doc.$schema).toBe('https://ocop.example.org/data/catalogue.schema.json');
  });

  it('leaves out a record’s own slug field and its photos', () => {
    const input = sampleInput();
    input.products[0]!.data = { ...input.products[0]!.data, slug: 'nuoc-mam-5-sao', images: [{ src: {}, alt: 'Chai' }] } as never;
    const product = catalogueDocument(buildCatalogue(input), 'x').products.find((p) => p.id === 'nuoc-mam-5-sao')!;
    expect(product).not.toHaveProperty('slug');
    expect(product).not.toHaveProperty('images');
  });
});

describe('a product with no product set assigned', () => {
  const input = sampleInput();
  const { productSet: _set, ...data } = input.products[0]!.data;
  input.products[0]!.data = data;
  const catalogue = buildCatalogue(input);

  it('is in no group and no set, and listed as unassigned', () => {
    const p = catalogue.byId.product.get('nuoc-mam-5-sao')!;
    expect(p.productSet).toBeUndefined();
    expect(p.group).toBeUndefined();
    expect(catalogue.unassigned).toEqual([p]);
    expect(catalogue.groups.flatMap((g) => g.products)).not.toContain(p);
  });

  it('leaves its set and group cells empty in the CSV and out of the JSON, which still validates', () => {
    const row = readCsv(toCsv(productColumns, catalogue.products, ctx)).find((r) => r.id === 'nuoc-mam-5-sao')!;
    expect([row.group_id, row.product_set_id, row.product_set_name]).toEqual(['', '', '']);
    const doc = JSON.parse(JSON.stringify(catalogueDocument(catalogue, '2026-11-23T03:00:00.000Z')));
    const product = doc.products.find((x: { id: string }) => x.id === 'nuoc-mam-5-sao');
    expect(product).not.toHaveProperty('productSet');
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(catalogueJsonSchema(catalogue.site.url));
    expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });
});
