// What the search index learns of a record's English text (src/lib/search/search-record.ts): the English
// index holds it, the Vietnamese one does not, and its words are never folded (only names are).
import { describe, expect, it } from 'vitest';
import { productRecord, salesPointRecord } from '../../../src/lib/search/search-record';
import { sampleCatalogue } from '../data-sample';

const c = sampleCatalogue();
const product = c.products.find((p) => p.id === 'nuoc-mam-5-sao')!;
const point = c.salesPoints.find((s) => s.id === 'cua-hang-dai-loc')!;

describe('the English text in the search index', () => {
  it('is in the English record of a product and of a sales point, not in the Vietnamese one', () => {
    // In the description field (src/lib/search/search-fields.ts): a word only there is the weakest match.
    expect(productRecord('en', product).fields.description).toContain('a special fish sauce, made from anchovies.');
    expect(productRecord('vi', product).fields.description).not.toContain('anchovies');
    expect(salesPointRecord('en', point).fields.description).toContain('a shop in the đại lộc market.');
    expect(salesPointRecord('vi', point).fields.description).not.toContain('market');
  });

  it('is not copied into the other fields, which hold names and related words (and their folded copies) only', () => {
    const { fields } = productRecord('en', product);
    for (const field of ['name', 'type', 'set', 'producer', 'place'] as const) expect(fields[field], field).not.toContain('anchovies');
  });
});
