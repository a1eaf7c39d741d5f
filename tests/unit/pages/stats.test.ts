import { describe, expect, it } from 'vitest';
import { expiringWithin, homeSummary, statistics, tally } from '../../../src/lib/pages/stats';
import { sampleCatalogue, TODAY } from '../data-sample';

describe('tally', () => {
  it('keeps the given keys in order, with zeros, and appends keys it was not told about', () => {
    expect(tally(['a', 'c', 'a', 'x'], (s) => s, ['a', 'b', 'c'])).toEqual([
      { key: 'a', count: 2 },
      { key: 'b', count: 0 },
      { key: 'c', count: 1 },
      { key: 'x', count: 1 },
    ]);
  });
});

describe('statistics', () => {
  const c = sampleCatalogue();
  const s = statistics(c);
  const counts = <K>(list: { key: K; count: number }[]) => list.map((x) => [x.key, x.count]);

  it('counts only products with a certificate in force', () => {
    expect(s.products).toBe(7);
    expect(s.inForce).toBe(4);
  });

  it('breaks the products in force down so that every breakdown adds up to the total', () => {
    for (const list of [s.byStars, s.byGroup, s.byDistrict, s.byLegalForm, s.byYear]) {
      expect(list.reduce((sum, x) => sum + x.count, 0)).toBe(s.inForce);
    }
  });

  it('counts by star, group, district, legal form and year of certification', () => {
    expect(counts(s.byStars)).toEqual([[5, 1], [4, 1], [3, 2]]);
    expect(s.byGroup.map((x) => [x.key?.id, x.count])).toEqual([['thuc-pham', 3], ['do-uong', 1]]);
    expect(s.byDistrict.map((x) => [x.key.id, x.count])).toEqual([['dai-loc', 2], ['tien-phuoc', 2]]);
    expect(counts(s.byLegalForm).slice(0, 3)).toEqual([['hợp tác xã', 2], ['cơ sở sản xuất', 1], [null, 1]]);
    expect(counts(s.byYear)).toEqual([[2024, 2], [2025, 1], [2026, 1]]);
  });

  it('keeps the published figures apart, province and national separately, oldest first', () => {
    expect(s.figures.province.map((f) => f.id)).toEqual(['2022', '2024']);
    expect(s.figures.national.map((f) => f.id)).toEqual(['ca-nuoc-2024']);
  });

  it('leaves the home summary as it was', () => {
    const home = homeSummary(c);
    expect(home.inForce).toBe(4);
    expect(home.inForceByStars).toEqual([{ stars: 5, count: 1 }, { stars: 4, count: 1 }, { stars: 3, count: 2 }]);
  });
});

describe('expiringWithin', () => {
  const c = sampleCatalogue();

  it('lists certificates in force whose last day falls in the next six months', () => {
    const e = expiringWithin(c.products, TODAY);
    expect(e.until).toBe('2027-05-23');
    expect(e.certain.map((p) => p.id)).toEqual(['tuong-sap-het-han']);
  });

  it('lists apart those known only by year whose last day may fall in the window', () => {
    expect(expiringWithin(c.products, TODAY).possible.map((p) => p.id)).toEqual(['ruou-theo-nam']);
    expect(expiringWithin(c.products, TODAY, 1).possible).toEqual([]);
  });

  it('never lists an expired, revoked or undated certificate', () => {
    const ids = Object.values(expiringWithin(c.products, TODAY, 120)).flat().map((p) => (typeof p === 'string' ? p : p.id));
    for (const id of ['mam-het-han', 'mam-thu-hoi', 'mam-khong-ngay']) expect(ids).not.toContain(id);
  });
});

describe('statistics with a product no product set has been assigned to', () => {
  it('counts it under "not assigned" in the groups, so the groups still add up', async () => {
    const { buildCatalogue } = await import('../../../src/lib/content/catalogue');
    const { sampleInput } = await import('../data-sample');
    const input = sampleInput();
    const { productSet: _set, ...data } = input.products[0]!.data;
    input.products[0]!.data = data;
    const s = statistics(buildCatalogue(input));
    expect(s.byGroup.map((x) => [x.key?.id ?? null, x.count])).toEqual([['thuc-pham', 2], ['do-uong', 1], [null, 1]]);
    expect(s.byGroup.reduce((sum, x) => sum + x.count, 0)).toBe(s.inForce);
  });
});
