// Published figures: which of them are totals of certified products (charted, compared with the
// catalogue), how each series (province, one district) is ordered, and each district's coverage.
import { describe, expect, it } from 'vitest';
import { buildCatalogue, type CatalogueInput } from '../../../src/lib/content/catalogue';
import { isCertifiedTotal, latestCertifiedTotal, orderFigureSeries } from '../../../src/lib/content/figures';
import { figureSchema, producerSchema, source } from '../../../src/lib/content/schema';
import { coverage, coverageByDistrict, districtCoverage, hasDistrictFigures, publishedTrend } from '../../../src/lib/pages/stats';
import { validateContent, type RawRecord } from '../../../src/lib/content/validate';
import { sampleInput } from '../data-sample';

const sources = [{ url: 'https://example.org/nguon', title: 'Nguồn thử' }];
type FigureInput = CatalogueInput['figures'][number];
const figure = (id: string, data: Omit<FigureInput['data'], 'id' | 'sources'>): FigureInput => ({ id, data: { id, sources, ...data } });

/** The sample catalogue with these figures instead of its own. */
function withFigures(figures: FigureInput[]) {
  const input = sampleInput();
  input.figures = figures;
  return buildCatalogue(input);
}

describe('which figures are totals of certified products', () => {
  it('a figure is a total unless it says it counts one round or participants, and only with a product count', () => {
    expect(isCertifiedTotal({ scope: 'province', products: 10 })).toBe(true);
    expect(isCertifiedTotal({ scope: 'province', counts: 'total', products: 10 })).toBe(true);
    expect(isCertifiedTotal({ scope: 'province', counts: 'round', products: 10 })).toBe(false);
    expect(isCertifiedTotal({ scope: 'province', counts: 'participants', products: 35 })).toBe(false);
    expect(isCertifiedTotal({ scope: 'province' })).toBe(false);
  });

  it('the province trend plots certified totals only: the pilot\'s participants and a round\'s count are left out', () => {
    const c = withFigures([
      figure('thi-diem', { asOf: '2018', sortDate: '2018-12-31', scope: 'province', counts: 'participants', products: 35, producers: 33 }),
      figure('dot-1', { asOf: 'Đợt 1 năm 2020', sortDate: '2020-12-09', scope: 'province', counts: 'round', products: 29 }),
      figure('cuoi-2020', { asOf: 'Cuối 2020', sortDate: '2020-12-31', scope: 'province', products: 206 }),
      figure('2024', { asOf: '2024', sortDate: '2024-12-31', scope: 'province', products: 400 }),
    ]);
    expect(publishedTrend(c).map((f) => f.id)).toEqual(['cuoi-2020', '2024']);
  });

  it('the province coverage compares the catalogue with the latest total, never a later round or count of participants', () => {
    const c = withFigures([
      figure('2024', { asOf: '2024', sortDate: '2024-12-31', scope: 'province', products: 400 }),
      figure('dot-2025', { asOf: '2025', sortDate: '2025-06-30', scope: 'province', counts: 'round', products: 13 }),
    ]);
    expect(coverage(c)?.figure.id).toBe('2024');
  });
});

describe('each series is ordered on its own', () => {
  it('an undated district figure sorts with the next dated figure of its own district, not with another series', () => {
    const ordered = orderFigureSeries([
      { id: 'a-undated', scope: 'district', district: 'a', products: 5 },
      { id: 'b-2019', scope: 'district', district: 'b', sortDate: '2019-12-31', products: 3 },
      { id: 'a-2022', scope: 'district', district: 'a', sortDate: '2022-12-31', products: 21 },
      { id: 'p-2020', scope: 'province', sortDate: '2020-12-31', products: 206 },
      { id: 'a-2018', scope: 'district', district: 'a', sortDate: '2018-12-31', products: 2 },
    ]);
    const series = (key: string) => ordered.filter((f) => (f.district ?? f.scope) === key).map((f) => f.id);
    expect(series('a')).toEqual(['a-2018', 'a-undated', 'a-2022']);
    expect(series('b')).toEqual(['b-2019']);
    expect(latestCertifiedTotal(ordered.filter((f) => f.district === 'a'))?.id).toBe('a-2022');
  });
});

describe('district coverage', () => {
  const c = withFigures([
    figure('dai-loc-2021', { asOf: '2021', sortDate: '2021-12-31', scope: 'district', district: 'dai-loc', products: 8 }),
    figure('dai-loc-2024', { asOf: 'Đầu năm 2024', sortDate: '2024-03-31', scope: 'district', district: 'dai-loc', products: 21 }),
    figure('dai-loc-2025', { asOf: '2025', sortDate: '2025-06-30', scope: 'district', district: 'dai-loc', counts: 'round', products: 4 }),
    figure('tien-phuoc-2023', { asOf: '2023', sortDate: '2023-12-31', scope: 'district', district: 'tien-phuoc', counts: 'round', products: 2 }),
    figure('2024', { asOf: '2024', sortDate: '2024-12-31', scope: 'province', products: 400 }),
  ]);
  const daiLoc = c.byId.district.get('dai-loc')!;
  const tienPhuoc = c.byId.district.get('tien-phuoc')!;

  it('each district holds its own figures, oldest first; province figures stay out of them', () => {
    expect(daiLoc.figures.map((f) => f.id)).toEqual(['dai-loc-2021', 'dai-loc-2024', 'dai-loc-2025']);
    expect(tienPhuoc.figures.map((f) => f.id)).toEqual(['tien-phuoc-2023']);
  });

  it('says the latest published total, and counts the district\'s products that have a certificate', () => {
    const withoutCertificate = buildCatalogue({
      ...sampleInput(),
      figures: [figure('dai-loc-2024', { asOf: '2024', sortDate: '2024-03-31', scope: 'district', district: 'dai-loc', products: 21 })],
      products: [
        ...sampleInput().products,
        { id: 'chua-chung-nhan', data: { name: 'Chưa chứng nhận', productSet: 'gia-vi', district: 'dai-loc', certificates: [], sources } },
      ],
    });
    const d = withoutCertificate.byId.district.get('dai-loc')!;
    const r = districtCoverage(d);
    expect(r.figure?.id).toBe('dai-loc-2024');
    expect(d.products.length).toBe(6);
    // Every certificate counts, expired or revoked included; the product without one does not.
    expect(r.inCatalogue).toBe(5);
  });

  it('a later round does not replace the latest total; a district with only a round has no total', () => {
    expect(districtCoverage(daiLoc).figure?.id).toBe('dai-loc-2024');
    expect(districtCoverage(tienPhuoc).figure).toBeUndefined();
    expect(districtCoverage(tienPhuoc).inCatalogue).toBe(2);
  });

  it('lists every district when some district has figures, none when the content records no district figure', () => {
    expect(hasDistrictFigures(c)).toBe(true);
    expect(coverageByDistrict(c).map((r) => r.district.id)).toEqual(c.districts.map((d) => d.id));
    const none = withFigures([figure('2024', { asOf: '2024', sortDate: '2024-12-31', scope: 'province', products: 400 })]);
    expect(hasDistrictFigures(none)).toBe(false);
    expect(coverageByDistrict(none)).toEqual([]);
  });
});

describe('the schema of figures, sources and "where to buy" facts', () => {
  const base = { id: 'x', asOf: '2024', sources };

  it('a district figure names its district, and only a district figure does', () => {
    expect(figureSchema.safeParse({ ...base, scope: 'district', district: 'dai-loc', products: 3 }).success).toBe(true);
    const missing = figureSchema.safeParse({ ...base, scope: 'district', products: 3 });
    expect(missing.success).toBe(false);
    expect(missing.error!.issues[0]!.path).toEqual(['district']);
    expect(figureSchema.safeParse({ ...base, scope: 'province', district: 'dai-loc' }).success).toBe(false);
  });

  it('counts is total, round or participants', () => {
    for (const counts of ['total', 'round', 'participants']) expect(figureSchema.safeParse({ ...base, scope: 'province', counts }).success).toBe(true);
    const bad = figureSchema.safeParse({ ...base, scope: 'province', counts: 'tham gia' });
    expect(bad.error!.issues[0]!.message).toBe('expected one of: total, round, participants');
  });

  it('a source may say it was read only in an English rendering', () => {
    expect(source.safeParse({ url: 'https://vietnam.vn/en/x', title: 'x', englishRendering: true }).success).toBe(true);
    expect(source.safeParse({ url: 'https://vietnam.vn/en/x', title: 'x', englishRendering: 'yes' }).success).toBe(false);
  });

  it('a "where to buy" fact needs the place and its source; its date is optional', () => {
    const producer = { name: 'HTX', legalForm: 'hợp tác xã', district: 'dai-loc', sources };
    expect(producerSchema.safeParse({ ...producer, soldAt: [{ where: 'siêu thị', asOf: '12/2023', source: sources[0]!.url }] }).success).toBe(true);
    expect(producerSchema.safeParse({ ...producer, soldAt: [{ where: 'siêu thị' }] }).success).toBe(false);
    expect(producerSchema.safeParse({ ...producer, soldAt: [] }).success).toBe(false);
  });
});

describe('the content check', () => {
  const districts: RawRecord[] = [{ collection: 'districts', file: 'content/districts/dai-loc.json', id: 'dai-loc', data: { name: 'Đại Lộc', kind: 'huyện', description: 'Huyện.', sources } }];

  it('a district figure must name an existing district', () => {
    const records: RawRecord[] = [
      ...districts,
      { collection: 'figures', file: 'content/figures.json[0]', id: 'x', data: { id: 'x', asOf: '2024', scope: 'district', district: 'dai-lac', products: 3, sources } },
    ];
    const { errors } = validateContent(records, '2026-11-23');
    expect(errors).toEqual([
      { severity: 'error', file: 'content/figures.json[0]', field: 'district', value: '"dai-lac"', expected: 'the slug of an existing district (content/districts/)' },
    ]);
  });

  it('a "where to buy" fact must cite one of the record\'s own sources', () => {
    const records: RawRecord[] = [
      ...districts,
      {
        collection: 'producers',
        file: 'content/producers/htx.md',
        id: 'htx',
        data: { name: 'HTX', legalForm: 'hợp tác xã', district: 'dai-loc', soldAt: [{ where: 'siêu thị', source: 'https://example.org/khac' }], sources },
      },
    ];
    const { errors } = validateContent(records, '2026-11-23');
    expect(errors).toEqual([
      {
        severity: 'error',
        file: 'content/producers/htx.md',
        field: 'soldAt[0].source',
        value: '"https://example.org/khac"',
        expected: "the url of one of this record's sources (add the source to sources first)",
      },
    ]);
  });
});
