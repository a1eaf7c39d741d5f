import { describe, expect, it } from 'vitest';
import { bundleOf, descriptionBundleOf, idsByName, idsByStars, planRecordOrder, recordAt, recordOrderPath, SEARCH_BUNDLES, type OrderedRecord } from '../../../src/lib/search/search-bundles';

const rec = (type: OrderedRecord['type'], name: string, stars: number, file = `${type}/${name}`): OrderedRecord => ({ type, name, stars, file });

describe('search bundles', () => {
  it('puts products in the first bundle, searched before any result is shown, and producers and sales points in the next', () => {
    expect(bundleOf('product')).toBe(0);
    expect(bundleOf('producer')).toBe(1);
    expect(bundleOf('salesPoint')).toBe(1);
    expect(SEARCH_BUNDLES[0]!.path).toBe('/pagefind/');
    expect(SEARCH_BUNDLES.every((b) => b.path.endsWith('/'))).toBe(true);
    expect(recordOrderPath('en')).toBe('/pagefind/records.en.json');
  });

  it('keeps the products’ descriptions in a bundle of their own, loaded after the first results', () => {
    const d = descriptionBundleOf(0)!;
    expect(d).toBeGreaterThan(0);
    expect(SEARCH_BUNDLES[d]!.descriptionsOf).toBe(0);
    expect(SEARCH_BUNDLES[d]!.types).toEqual([]);
    expect(descriptionBundleOf(1)).toBeUndefined();
  });

  const records = [
    rec('product', 'nuoc mam', 4),
    rec('producer', 'htx cua dai', 4),
    rec('salesPoint', 'cho hoi an', 0),
    rec('product', 'banh trang', 3),
    rec('product', 'mat ong', 1),
    rec('producer', 'co so an', 0),
    rec('product', 'nuoc mam', 5, 'product/nuoc-mam-2'),
  ];
  const { bundles, order } = planRecordOrder(records);

  it('hands each bundle its records in name order, the page path breaking ties', () => {
    expect(bundles[0]!.map((r) => r.file)).toEqual(['product/banh trang', 'product/mat ong', 'product/nuoc mam', 'product/nuoc-mam-2']);
    expect(bundles[1]!.map((r) => r.name)).toEqual(['cho hoi an', 'co so an', 'htx cua dai']);
  });

  it('hands the descriptions’ bundle the products, page for page', () => {
    expect(bundles[descriptionBundleOf(0)!]).toEqual(bundles[0]);
  });

  it('writes two characters per record (type, stars) in page order, and the bundles interleaved by name', () => {
    expect(order.bundles).toEqual(['p3p1p4p5', 's0r0r4', '']);
    expect(order.byName).toBe('0111000');
    expect(recordAt(order, 1, 0)).toEqual({ type: 'salesPoint', stars: 0 });
    expect(recordAt(order, 0, 3)).toEqual({ type: 'product', stars: 5 });
    expect(() => recordAt(order, 1, 3)).toThrow(/no record 3 in bundle 1/);
  });

  // Pagefind's ids for each bundle's pages, in page order, as a search with no words gives them.
  const pages = [['0:b', '0:m', '0:n', '0:n2'], ['1:cho', '1:co', '1:htx']];

  it('merges the loaded bundles into one name order', () => {
    expect(idsByName(order, pages)).toEqual(['0:b', '1:cho', '1:co', '1:htx', '0:m', '0:n', '0:n2']);
    // Before the second bundle is loaded, the products alone, still in name order.
    expect(idsByName(order, [pages[0], undefined])).toEqual(['0:b', '0:m', '0:n', '0:n2']);
  });

  it('orders by stars, best first, in name order at equal stars (no certificate last, stars not stated just before)', () => {
    expect(idsByStars(order, pages)).toEqual(['0:n2', '1:htx', '0:n', '0:b', '0:m', '1:cho', '1:co']);
  });

  it('refuses a star level that is not one digit', () => {
    expect(() => planRecordOrder([rec('product', 'x', 12)])).toThrow(/product\/x: star level 12/);
  });
});
