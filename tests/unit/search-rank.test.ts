// Search relevance, pure parts: the terms a query becomes, the order of results, what a record
// gives the index (its own text, never the page's labels), and the display form of names.
import { describe, expect, it } from 'vitest';
import { vi } from '../../src/i18n/vi';
import { displayName, localName } from '../../src/lib/names';
import { markedTerm, rankResults, wholeWordsTerm } from '../../src/lib/search-rank';
import { plainText, producerRecord, productRecord, salesPointRecord } from '../../src/lib/search-record';
import { sampleCatalogue } from './data-sample';

describe('search terms', () => {
  it('asks Pagefind for whole words, folded ("trà" → "tra" in quotes)', () => {
    expect(wholeWordsTerm('Trà')).toBe('"tra"');
    expect(wholeWordsTerm('  Đèn   lồng ')).toBe('"den long"');
    expect(wholeWordsTerm('"quoted"')).toBe('"quoted"');
    expect(wholeWordsTerm('   ')).toBeNull();
  });
  it('keeps the tone marks as typed for the exact-tone ranking, only when there are any', () => {
    expect(markedTerm('Đèn')).toBe('đèn');
    expect(markedTerm('đen')).toBe('đen');
    expect(markedTerm('den long')).toBeNull();
  });
});

describe('rankResults', () => {
  const r = (id: string) => ({ id });
  it('puts exact-tone matches first, then by Pagefind score, ties in their order', () => {
    const results = [r('black-oil'), r('lamp-a'), r('black-tea'), r('lamp-b'), r('other')];
    const scores = new Map([
      ['black-oil', 10],
      ['lamp-a', 5],
      ['black-tea', 10],
      ['lamp-b', 12],
    ]);
    const ranked = rankResults(results, scores, new Set(['lamp-a', 'lamp-b']));
    expect(ranked.map((x) => x.id)).toEqual(['lamp-b', 'lamp-a', 'black-oil', 'black-tea', 'other']);
  });
  it('without tone marks keeps Pagefind’s relevance alone', () => {
    const ranked = rankResults([r('a'), r('b')], new Map([['b', 2], ['a', 1]]), new Set());
    expect(ranked.map((x) => x.id)).toEqual(['b', 'a']);
  });
});

describe('search records hold the record’s own text', () => {
  const catalogue = sampleCatalogue();
  const records = [
    ...catalogue.products.map((p) => productRecord('vi', p, 'Làm từ cá cơm, **ủ chượp** trong [thùng gỗ](https://example.org).')),
    ...catalogue.producers.map((p) => producerRecord('vi', p)),
    ...catalogue.salesPoints.map((s) => salesPointRecord('vi', s)),
  ];
  it('names, producer, place and product set, with tone marks', () => {
    const p = catalogue.byId.product.get('nuoc-mam-5-sao')!;
    const r = productRecord('vi', p, 'Mô tả.');
    expect(r.names).toContain(p.name);
    expect(r.context).toContain(p.producer!.name);
    expect(r.context).toContain(p.district.name);
    expect(r.context).toContain(p.productSet!.name);
    expect(r.description).toBe('Mô tả.');
  });
  it('the description as plain text (no Markdown marks or link targets)', () => {
    expect(plainText('## Tiêu đề\n\nSản phẩm **đặc sản** của [HTX](https://x.org/a).')).toBe('Tiêu đề Sản phẩm đặc sản của HTX.');
  });
  it('no label of the page ("Tình trạng", "Nguồn", "Chỉ đường"…)', () => {
    const labels = [vi.product.certificate, vi.product.producer, vi.product.about, vi.places.directions.label, vi.nav.products, 'Tình trạng'];
    for (const r of records) {
      const text = `${r.names} ${r.context} ${r.description}`;
      for (const label of labels) expect(text, `${r.meta.title}: ${label}`).not.toContain(label);
    }
  });
  it('result cards show names in display form', () => {
    for (const r of records) expect(r.meta.title).toBe(displayName(r.meta.title!));
  });
});

describe('displayName', () => {
  it('capitalises the first letter and keeps the rest as printed', () => {
    expect(displayName('nước mắm Duy Trinh')).toBe('Nước mắm Duy Trinh');
    expect(displayName('đèn lồng Dé Latana')).toBe('Đèn lồng Dé Latana');
    expect(displayName('hộ kinh doanh Trần Thị Chung')).toBe('Hộ kinh doanh Trần Thị Chung');
    expect(displayName('MITRI TEA Trà sâm')).toBe('MITRI TEA Trà sâm');
    expect(displayName('Bộ đèn "Thôn nữ"')).toBe('Bộ đèn "Thôn nữ"');
  });
  it('skips leading quotes and brackets like CSS ::first-letter, and leaves digits alone', () => {
    expect(displayName('“thôn nữ”')).toBe('“Thôn nữ”');
    expect(displayName('12 con giáp')).toBe('12 con giáp');
    expect(displayName('')).toBe('');
  });
  it('works on decomposed input (NFD) and for the name picked for a language', () => {
    expect(displayName('e\u0301p'.normalize('NFD'))).toBe('Ép');
    expect(localName('en', 'nước mắm')).toEqual({ text: 'Nước mắm', lang: 'vi', fallback: true });
    expect(localName('en', 'nước mắm', 'fish sauce')).toEqual({ text: 'Fish sauce', fallback: false });
  });
});
