// What a record's own text claims agrees with its fields (an audit of the content against itself):
// - a producer called "chủ thể của N sản phẩm OCOP" has N products with a certificate, and one called
//   "chủ thể của sản phẩm OCOP “…”" has one: a product with certificates: [] is not an OCOP product;
// - a product whose text says its sources disagree and names two star levels records starsUnknown:
//   a conflict of star levels is never settled by choosing one;
// - a producer without a commune whose products all print the same commune carries it too.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../scripts/shared/read-content';
import type { ProducerData, ProductData } from '../../../src/lib/content/schema';
import { SITES } from '../../helpers/sites';

describe.each(SITES)('$name: the content\'s own text agrees with its fields', (site) => {
  const records = readContent(site.contentDir);
  const producers = records.filter((r) => r.collection === 'producers').map((r) => ({ id: r.id, file: r.file, data: r.data as ProducerData, body: r.body ?? '' }));
  const products = records.filter((r) => r.collection === 'products').map((r) => ({ id: r.id, file: r.file, data: r.data as ProductData, body: r.body ?? '' }));
  const productsOf = (producer: string) => products.filter((p) => p.data.producer === producer);
  const certified = (producer: string) => productsOf(producer).filter((p) => p.data.certificates.length > 0);

  it('a producer is called the maker of as many OCOP products as it has products with a certificate', () => {
    const wrong: string[] = [];
    for (const p of producers) {
      const many = /chủ thể của (\d+) sản phẩm OCOP/.exec(p.body);
      const n = certified(p.id).length;
      if (many && Number(many[1]) !== n) wrong.push(`${p.file}: says ${many[1]} OCOP products, has ${n} with a certificate`);
      if (!many && /chủ thể của sản phẩm OCOP/.test(p.body) && n !== 1) wrong.push(`${p.file}: says one OCOP product, has ${n} with a certificate`);
    }
    expect(wrong).toEqual([]);
  });

  it('a product whose sources disagree on its star level records starsUnknown, not one of the levels', () => {
    const wrong = products
      .filter((p) => /chưa thống nhất|mâu thuẫn|không thống nhất/.test(p.body) && new Set(p.body.match(/[345] sao/g) ?? []).size > 1)
      .filter((p) => !p.data.certificates.some((c) => c.starsUnknown))
      .map((p) => p.file);
    expect(wrong).toEqual([]);
  });

  it('a producer without a commune has none of its products printing one same commune', () => {
    const wrong = producers
      .filter((p) => !p.data.commune)
      .filter((p) => {
        const mine = productsOf(p.id);
        return mine.length > 0 && mine.every((x) => x.data.commune) && new Set(mine.map((x) => x.data.commune)).size === 1;
      })
      .map((p) => `${p.file}: its products all name ${productsOf(p.id)[0]!.data.commune}`);
    expect(wrong).toEqual([]);
  });
});
