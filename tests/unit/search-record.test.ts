// What the search index learns of a record's English text (src/lib/search-record.ts): the English
// index holds it, the Vietnamese one does not, and its words are never folded (only names are).
import { describe, expect, it } from 'vitest';
import { productRecord, salesPointRecord } from '../../src/lib/search-record';
import { sampleCatalogue } from './data-sample';

const c = sampleCatalogue();
const product = c.products.find((p) => p.id === 'nuoc-mam-5-sao')!;
const point = c.salesPoints.find((s) => s.id === 'cua-hang-dai-loc')!;

describe('the English text in the search index', () => {
  it('is in the English record of a product and of a sales point, not in the Vietnamese one', () => {
    expect(productRecord('en', product).english).toContain('A special fish sauce, made from anchovies.');
    expect(productRecord('vi', product).english).not.toContain('anchovies');
    expect(salesPointRecord('en', point).english).toContain('A shop in the Đại Lộc market.');
    expect(salesPointRecord('vi', point).english).not.toContain('market');
  });

  it('is not copied into the folded text, which holds names and related words only', () => {
    const record = productRecord('en', product);
    expect(record.foldedNames).not.toContain('anchovies');
    expect(record.foldedContext).not.toContain('anchovies');
  });
});
