import { describe, expect, it } from 'vitest';
import { LEGAL_FORMS, QUALITY_SYSTEMS } from '../../../src/lib/content/schema';
import {
  displayHost,
  filterToParams,
  matchesSupplier,
  parseFilter,
  readSupplierDataset,
  supplierDataAttributes,
  supplierFacts,
  supplierOptions,
  suppliersFor,
} from '../../../src/lib/pages/suppliers';
import { telephoneHref } from '../../../src/lib/pages/format';
import { sampleCatalogue } from '../data-sample';

const c = sampleCatalogue();
const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('suppliersFor', () => {
  it('lists every producer, best rated first', () => {
    expect(ids(suppliersFor(c))).toEqual(['htx-dai-loc', 'co-so-tien-phuoc', 'dn-het-han']);
  });

  it('filters by product group, district, legal form, quality system and highest star', () => {
    expect(ids(suppliersFor(c, { group: 'do-uong' }))).toEqual(['co-so-tien-phuoc']);
    expect(ids(suppliersFor(c, { district: 'dai-loc' }))).toEqual(['htx-dai-loc', 'dn-het-han']);
    expect(ids(suppliersFor(c, { legalForm: 'doanh nghiệp' }))).toEqual(['dn-het-han']);
    expect(ids(suppliersFor(c, { qualitySystem: 'ISO 22000' }))).toEqual(['htx-dai-loc']);
    expect(ids(suppliersFor(c, { minStars: 3 }))).toEqual(['htx-dai-loc', 'co-so-tien-phuoc']);
    expect(ids(suppliersFor(c, { minStars: 5, district: 'tien-phuoc' }))).toEqual([]);
  });
});

describe('supplier facts in data attributes', () => {
  it('read back exactly what was written, spaces in names included', () => {
    for (const p of c.producers) {
      const attrs = supplierDataAttributes(supplierFacts(p));
      // What the browser's dataset gives for data-foo-bar: fooBar.
      const dataset = Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k.slice(5).replace(/-(\w)/g, (_, ch: string) => ch.toUpperCase()), v]));
      expect(readSupplierDataset(dataset)).toEqual(supplierFacts(p));
    }
  });

  it('match the same producers in the browser as at build time', () => {
    const filter = { qualitySystem: 'ISO 22000', minStars: 4 };
    const facts = readSupplierDataset({ groups: 'thuc-pham', district: 'dai-loc', legalForm: 'hợp tác xã', qualitySystems: 'HACCP|ISO 22000', topStars: '5' });
    expect(matchesSupplier(facts, filter)).toBe(true);
    expect(matchesSupplier({ ...facts, topStars: 0 }, filter)).toBe(false);
  });
});

describe('filter in the page address', () => {
  it('round-trips and ignores empty or impossible values', () => {
    const filter = { district: 'dai-loc', qualitySystem: 'ISO 22000', minStars: 4 };
    expect(parseFilter(filterToParams(filter))).toEqual(filter);
    expect(parseFilter(new URLSearchParams('district=&minStars=7&legalForm=h%E1%BB%A3p+t%C3%A1c+x%C3%A3'))).toEqual({ legalForm: 'hợp tác xã' });
  });
});

describe('supplierOptions', () => {
  it('offers only values some listed producer has, in the schema’s order', () => {
    const o = supplierOptions(c.producers, { legalForms: LEGAL_FORMS, qualitySystems: QUALITY_SYSTEMS });
    expect(o.districts.map((d) => d.id)).toEqual(['dai-loc', 'tien-phuoc']);
    expect(o.legalForms).toEqual(['hợp tác xã', 'doanh nghiệp', 'cơ sở sản xuất']);
    expect(o.qualitySystems).toEqual(['VietGAP', 'HACCP', 'ISO 22000']);
    expect(o.stars).toEqual([3, 4, 5]);
  });
});

describe('contact helpers', () => {
  it('makes tel: links of digits only, keeping an international plus', () => {
    expect(telephoneHref('0235 3 123 456')).toBe('tel:02353123456');
    expect(telephoneHref('+84 (235) 3.123.456')).toBe('tel:+842353123456');
  });

  it('shows a website by its host', () => {
    expect(displayHost('https://www.htx.example.org/san-pham')).toBe('htx.example.org');
  });
});
