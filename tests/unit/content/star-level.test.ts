// A certificate whose star level no source gives: how the schema takes it and how every consumer
// (catalogue, ordering, search record, exports, JSON-LD, statistics) shows it, never as stars.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, byStarsThenName } from '../../../src/lib/content/catalogue';
import { catalogueDocument, catalogueJsonSchema, productColumns, STAR_LEVEL_NOT_STATED, toCsv } from '../../../src/lib/publishing/exports';
import { orderFigures } from '../../../src/lib/content/figures';
import { productJsonLd } from '../../../src/lib/publishing/jsonld';
import { certificateSchema } from '../../../src/lib/content/schema';
import { productRecord, STARS_UNSTATED } from '../../../src/lib/search/search-record';
import { coverage, statistics, UNSTATED } from '../../../src/lib/pages/stats';
import { sampleInput } from '../data-sample';

const sources = [{ url: 'https://example.org/nguon', title: 'Nguồn thử' }];

function withUnstated() {
  const input = sampleInput();
  input.products.push(
    { id: 'che-chua-ro-sao', data: { name: 'Chè chưa rõ sao', productSet: 'gia-vi', district: 'tien-phuoc', certificates: [{ starsUnknown: true, dateUnknown: true }], sources } },
    // Still in force on TODAY (known only by year 2025), so it reaches the in-force statistics.
    { id: 'mat-ong-chua-ro-sao', data: { name: 'Mật ong', productSet: 'gia-vi', district: 'dai-loc', certificates: [{ level: 'province', starsUnknown: true, year: 2025 }], sources } },
  );
  input.figures.push({ id: '2022-dot-1', data: { id: '2022-dot-1', asOf: 'Đợt 1 năm 2022', scope: 'province', stars3: 9, sources } });
  return buildCatalogue(input);
}

describe('certificateSchema: star level', () => {
  it('takes starsUnknown: true in place of stars', () => {
    expect(certificateSchema.safeParse({ starsUnknown: true, dateUnknown: true }).success).toBe(true);
  });

  it('refuses a certificate with neither stars nor starsUnknown, naming both ways to fix it', () => {
    const r = certificateSchema.safeParse({ year: 2020 });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message).join(' ')).toMatch(/3, 4 or 5 stars, or starsUnknown: true/);
  });

  it('refuses stars together with starsUnknown', () => {
    const r = certificateSchema.safeParse({ stars: 3, starsUnknown: true, year: 2020 });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/either stars or starsUnknown/);
  });

  it('refuses starsUnknown: false (leave the field out instead)', () => {
    expect(certificateSchema.safeParse({ stars: 3, starsUnknown: false, year: 2020 }).success).toBe(false);
  });
});

describe('a product whose star level is not stated', () => {
  const c = withUnstated();
  const p = c.byId.product.get('che-chua-ro-sao')!;

  it('has no stars and is marked starsUnstated; a product without certificate is not', () => {
    expect(p.stars).toBeUndefined();
    expect(p.starsUnstated).toBe(true);
    expect(c.products.filter((x) => x.starsUnstated).map((x) => x.id).sort()).toEqual(['che-chua-ro-sao', 'mat-ong-chua-ro-sao']);
    const rated = c.products.filter((x) => x.stars);
    expect(rated.every((x) => !x.starsUnstated)).toBe(true);
  });

  it('sorts after every rated product and before none', () => {
    const order = [...c.products].sort(byStarsThenName);
    const at = order.indexOf(p);
    expect(order.slice(0, at).every((x) => x.stars || x.starsUnstated)).toBe(true);
    expect(order.slice(at + 1).every((x) => !x.stars)).toBe(true);
  });

  it('is found in search under the "unstated" star filter, never a number', () => {
    const r = productRecord('vi', p);
    expect(r.filters.stars).toEqual([STARS_UNSTATED]);
    expect(r.meta.stars).toBe(STARS_UNSTATED);
    expect(r.sort.stars).toBe(1);
  });

  it('is in the CSV with an empty stars cell and star_level "not stated"', () => {
    const rows = parse(toCsv(productColumns, c.products, { siteUrl: c.site.url }), { bom: true, columns: true }) as Record<string, string>[];
    const row = rows.find((x) => x.id === p.id)!;
    expect(row.stars).toBe('');
    expect(row.star_level).toBe(STAR_LEVEL_NOT_STATED);
    expect(rows.find((x) => x.id === 'nuoc-mam-5-sao')!.star_level).toBe('5');
  });

  it('is in catalogue.json, which its JSON Schema accepts, and the schema refuses a certificate with neither', () => {
    const doc = JSON.parse(JSON.stringify(catalogueDocument(c, '2026-11-23T00:00:00Z')));
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(catalogueJsonSchema(c.site.url));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const exported = doc.products.find((x: { id: string }) => x.id === p.id);
    expect(exported.starsUnstated).toBe(true);
    expect(exported.stars).toBeUndefined();
    expect(exported.certificates[0].starsUnknown).toBe(true);
    delete exported.certificates[0].starsUnknown;
    expect(validate(doc)).toBe(false);
  });

  it('gets a JSON-LD award in words, not a number of stars', () => {
    const ld = productJsonLd(p, { product: '/san-pham/che-chua-ro-sao/' }, c.site, 'Mô tả', 'OCOP, chưa rõ hạng sao');
    expect(ld.award).toEqual(['OCOP, chưa rõ hạng sao']);
  });

  it('is counted apart in the statistics: its own bar, never under 3, 4 or 5 stars', () => {
    const s = statistics(c);
    expect(s.unstated).toBe(2);
    const bar = s.byStars.find((x) => x.key === UNSTATED)!;
    expect(bar.count).toBe(1);
    expect(s.byStars.reduce((sum, x) => sum + x.count, 0)).toBe(s.inForce);
  });
});

describe('coverage', () => {
  it('compares the catalogue with the last province total and names a conflicting figure of the same date', () => {
    const c = withUnstated();
    const cov = coverage(c)!;
    expect(cov.figure.id).toBe('2024');
    expect(cov.products).toBe(c.products.length);
    expect(cov.share).toBeCloseTo(c.products.length / 400);
    expect(cov.conflicting).toEqual([]);
  });

  it('names another total for the same period, but not one that only sorts on the same day', () => {
    const input = sampleInput();
    input.figures.push(
      { id: 'nam-2024', data: { id: 'nam-2024', asOf: '2024', sortDate: '2024-12-31', scope: 'province', products: 390, sources } },
      { id: '2024-khac', data: { id: '2024-khac', asOf: '12/2024', sortDate: '2024-12-31', scope: 'province', products: 410, sources } },
    );
    const cov = coverage(buildCatalogue(input))!;
    expect(cov.figure.id).toBe('2024-khac');
    expect(cov.conflicting.map((f) => f.id)).toEqual(['2024']);
  });
});

describe('orderFigures', () => {
  it('orders by sortDate and keeps an undated figure where the editor put it', () => {
    const f = [{ id: 'a', sortDate: '2021-12-31' }, { id: 'b' }, { id: 'c', sortDate: '2022-11-30' }, { id: 'd', sortDate: '2019-12-31' }, { id: 'e' }];
    expect(orderFigures(f).map((x) => x.id)).toEqual(['d', 'a', 'b', 'c', 'e']);
  });
});
