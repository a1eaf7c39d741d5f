// Search relevance, pure parts: what a record gives the index field by field (and where each field
// sits), what a query asks for (concepts, vocabulary synonyms, places), the order of results by the
// field that holds the words, and "Did you mean".
import { describe, expect, it } from 'vitest';
import { vi } from '../../../src/i18n/vi';
import { displayName, localName } from '../../../src/lib/content/names';
import { queryConcepts } from '../../../src/lib/search/search-concepts';
import { fieldAt, FIELDS, isNameHead, NAME_PART, SLOT_FILLER, SLOT_WORDS, slotText } from '../../../src/lib/search/search-fields';
import { placePhrases, separatePlaces } from '../../../src/lib/search/search-names';
import { FIELD_POINTS, hasStrongMatch, queryTarget, rankCandidates, type Candidate, type ConceptMatch } from '../../../src/lib/search/search-rank';
import { plainText, producerRecord, productRecord, salesPointRecord } from '../../../src/lib/search/search-record';
import { allowedErrors, closestNames, closestWord, editDistance, knownWords } from '../../../src/lib/search/search-suggest';
import { searchWords, setWords, vocabularyData } from '../../../src/lib/search/search-vocabulary';
import type { Field } from '../../../src/lib/search/search-fields';
import { sampleCatalogue } from '../data-sample';

const VOCABULARY = vocabularyData([
  { id: 'tra', vi: ['trà', 'chè'], en: ['tea'], sets: ['tra-thao-moc'] },
  { id: 'nuoc-mam', vi: ['nước mắm', 'mắm'], en: ['fish sauce'] },
  { id: 'mat-ong', vi: ['mật ong'], en: ['honey'] },
  { id: 'que', vi: ['quế'], en: ['cinnamon'] },
  { id: 'banh-que', vi: ['bánh quế'], en: ['wafer roll'] },
  { id: 'yen', vi: ['yến'], en: ["bird's nest"] },
]);
const PLACES = ['Bắc Trà My', 'Nam Trà My', 'Quế Sơn', 'Hội An'];
const CONTEXT = { vocabulary: VOCABULARY, places: PLACES };

describe('search fields: one slot of fixed length per field, strongest first', () => {
  it('puts each field at its slot and reads a position back to its field', () => {
    const { slots } = slotText({ name: { head: 'mật ong', headFolded: 'mat ong', others: 'honey' }, type: 'mật ong', set: 'thực phẩm', producer: 'htx a', place: 'trà my', description: 'một câu.' });
    const text = FIELDS.map((f) => slots[f]).join(' ');
    const tokens = text.split(' ');
    expect(tokens.length).toBe(SLOT_WORDS * 5 + 2);
    expect(tokens[0]).toBe('mật');
    expect(tokens[NAME_PART]).toBe('mat');
    expect(tokens[SLOT_WORDS]).toBe('mật');
    expect(tokens[SLOT_WORDS * 4]).toBe('trà');
    expect(tokens[SLOT_WORDS * 5]).toBe('một');
    expect(tokens.filter((t) => t !== SLOT_FILLER).length).toBe(15);
    expect(FIELDS.map((f, i) => fieldAt(i * SLOT_WORDS + 3))).toEqual(FIELDS);
    expect(fieldAt(SLOT_WORDS * 40)).toBe('description');
    expect([0, NAME_PART, 1, NAME_PART + 1].map(isNameHead)).toEqual([true, true, false, false]);
  });
  it('gives the words a slot cannot hold to the description', () => {
    const long = Array.from({ length: SLOT_WORDS + 10 }, (_, i) => `w${i}`).join(' ');
    const { slots, overflow } = slotText({ name: { head: 'a', headFolded: 'a', others: '' }, type: long, description: 'end' });
    expect(slots.type.split(' ')).toHaveLength(SLOT_WORDS);
    expect(overflow).toBe(11);
    expect(slots.description.startsWith('end w199')).toBe(true);
  });
});

describe('search records: the record’s own words, field by field', () => {
  const catalogue = sampleCatalogue();
  const p = catalogue.byId.product.get('nuoc-mam-5-sao')!;
  const records = [
    ...catalogue.products.map((x) => productRecord('vi', x, 'Làm từ cá cơm, **ủ chượp** trong [thùng gỗ](https://example.org).')),
    ...catalogue.producers.map((x) => producerRecord('vi', x)),
    ...catalogue.salesPoints.map((s) => salesPointRecord('vi', s)),
  ];
  it('names, product type, product set, producer, place and description, lower case with tone marks', () => {
    const r = productRecord('vi', p, 'Mô tả.', { setWords: setWords([{ id: 'x', vi: ['nước chấm'], en: ['dip'], sets: [p.productSet!.id] }]) });
    expect(r.fields.name).toContain('nước mắm đặc biệt');
    expect(r.fields.type).toContain('nước chấm · dip');
    expect(r.fields.set).toContain(p.productSet!.name.toLowerCase());
    expect(r.fields.set).toContain(p.group!.name.toLowerCase());
    expect(r.fields.producer).toContain(p.producer!.name.toLowerCase());
    expect(r.fields.place).toContain(p.district.name.toLowerCase());
    expect(r.fields.description).toBe('mô tả.');
  });
  it('takes place names out of names into the place field ("trà" in "Trà My" is not tea)', () => {
    const places = placePhrases(PLACES);
    expect(separatePlaces('mật ong Trà My', places)).toEqual({ rest: 'mật ong', places: ['Trà My'] });
    expect(separatePlaces('HTX Quế Trà My - Minh Phúc', places)).toEqual({ rest: 'HTX Quế - Minh Phúc', places: ['Trà My'] });
    expect(separatePlaces('Tinh dầu quế', places)).toEqual({ rest: 'Tinh dầu quế', places: [] });
    // Tone marks count: "Tra My" typed in a name as ASCII is not the place as written.
    expect(separatePlaces('hộ Quế Sơn Hai', places).places).toEqual(['Quế Sơn']);
    const r = productRecord('vi', { ...p, name: 'mật ong Trà My' }, '', { places });
    expect(r.fields.name).not.toContain('trà');
    expect(r.fields.place).toContain('trà my');
  });
  it('the description as plain text (no Markdown marks or link targets)', () => {
    expect(plainText('## Tiêu đề\n\nSản phẩm **đặc sản** của [HTX](https://x.org/a).')).toBe('Tiêu đề Sản phẩm đặc sản của HTX.');
  });
  it('no label of the page ("Tình trạng", "Nguồn", "Chỉ đường"…)', () => {
    const labels = [vi.product.certificate, vi.product.producer, vi.product.about, vi.places.directions.label, vi.nav.products, 'Tình trạng'].map((l) => l.toLowerCase());
    for (const r of records) {
      const text = Object.values(r.fields).join(' ');
      for (const label of labels) expect(text, `${r.meta.title}: ${label}`).not.toContain(label);
    }
  });
  it('result cards show names in display form', () => {
    for (const r of records) expect(r.meta.title).toBe(displayName(r.meta.title!));
  });
});

describe('queryConcepts: what a query asks for', () => {
  it('reads a vocabulary phrase as one product concept, with its other words as synonyms', () => {
    const [c] = queryConcepts('Nước  Mắm', CONTEXT);
    expect(c).toMatchObject({ typed: 'nước mắm', folded: 'nuoc mam', marked: true, kind: 'product', written: 'nước mắm' });
    // "mắm" is inside "nước mắm": the typed words already find it.
    // A Vietnamese word's synonyms are Vietnamese (every record has a Vietnamese name); an English
    // word's are both.
    expect(c!.synonyms).toEqual([]);
    expect(queryConcepts('trà', CONTEXT)[0]!.synonyms).toEqual(['chè']);
    expect(queryConcepts('tea', CONTEXT)[0]!.synonyms).toEqual(['trà', 'chè']);
    expect(queryConcepts('fish sauce', CONTEXT)[0]!.synonyms).toEqual(['nước mắm', 'mắm']);
    // "quế" is also part of "bánh quế" (wafer rolls): the records named cinnamon in English come first.
    expect(queryConcepts('quế', CONTEXT)[0]!.synonyms).toEqual(['cinnamon']);
    expect(queryConcepts("bird's nest", CONTEXT)[0]).toMatchObject({ kind: 'product', synonyms: ['yến'] });
  });
  it('without tone marks matches the vocabulary folded; with marks, only the same marks', () => {
    expect(queryConcepts('nuoc mam', CONTEXT)[0]).toMatchObject({ kind: 'product', marked: false, written: 'nước mắm' });
    // "nước mắm" holds "mắm", which "mam" already finds.
    expect(queryConcepts('mam', CONTEXT)[0]).toMatchObject({ kind: 'product', written: 'mắm', synonyms: [] });
    // "mầm" (a sprout) is not "mắm".
    expect(queryConcepts('mầm', CONTEXT)[0]).toMatchObject({ kind: 'word', synonyms: [] });
  });
  it('reads a place name, or its last words, as a place: "trà my" is not tea', () => {
    expect(queryConcepts('que tra my', CONTEXT).map((c) => [c.typed, c.kind])).toEqual([
      ['que', 'product'],
      ['tra my', 'place'],
    ]);
    expect(queryConcepts('Quế Sơn', CONTEXT).map((c) => c.kind)).toEqual(['place']);
    expect(queryConcepts('trà', CONTEXT).map((c) => c.kind)).toEqual(['product']);
  });
  it('makes every other word a concept, and drops stop words unless nothing else is left', () => {
    expect(queryConcepts('honey from hoi an', CONTEXT).map((c) => c.typed)).toEqual(['honey', 'hoi an']);
    expect(queryConcepts('the', CONTEXT).map((c) => c.typed)).toEqual(['the']);
    expect(queryConcepts('trà xanh', CONTEXT).map((c) => [c.typed, c.kind])).toEqual([
      ['trà', 'product'],
      ['xanh', 'word'],
    ]);
  });
});

const m = (field: Field, extra: Partial<ConceptMatch> = {}): ConceptMatch => ({ field, exact: true, agree: 1, head: false, ...extra });
const cand = (id: string, matches: (ConceptMatch | undefined)[], type: Candidate['type'] = 'product', score = 0): Candidate => ({ id, type, matches, score });
const ids = (ranked: { id: string }[]) => ranked.map((r) => r.id);
const word = { kind: 'word' as const };
const product = { kind: 'product' as const };

describe('rankCandidates: the field that holds the words decides', () => {
  it('ranks name above type and set, above producer, above place, above description (each tier)', () => {
    const order: Field[] = ['description', 'place', 'producer', 'type', 'name'];
    const ranked = rankCandidates(order.map((f) => cand(f, [m(f)], 'product', 100 - FIELD_POINTS[f])), [word]);
    expect(ids(ranked)).toEqual(['name', 'type', 'producer', 'place', 'description']);
    // Whatever Pagefind's own score: it only breaks ties.
    expect(ids(rankCandidates([cand('place', [m('place')], 'product', 99), cand('producer', [m('producer')], 'product', 1)], [word]))).toEqual(['producer', 'place']);
  });
  it('ranks a product set like a product type, but drops set-only matches when a record has the words in its name', () => {
    const honey = cand('mat-ong-tra-my', [m('name')]);
    const fishCake = cand('cha-ca', [m('set')]);
    expect(ids(rankCandidates([fishCake, honey], [product]))).toEqual(['mat-ong-tra-my']);
    // No record named so: the set still finds its products ("thủy sản", seafood).
    expect(ids(rankCandidates([fishCake, cand('producer-x', [m('place')], 'producer')], [word]))).toEqual(['cha-ca', 'producer-x']);
  });
  it('adds the concepts of a query, a product word counting double', () => {
    // "que tra my": cinnamon named + Trà My as place beats a Trà My record without cinnamon.
    const concepts = [product, { kind: 'place' as const }];
    const ranked = rankCandidates(
      [cand('honey-tra-my', [undefined, m('name')]), cand('oil-tra-my', [m('name'), m('place')]), cand('cinnamon-oil-elsewhere', [m('name'), undefined])],
      concepts,
    );
    expect(ids(ranked)).toEqual(['oil-tra-my', 'cinnamon-oil-elsewhere', 'honey-tra-my']);
    // "trà xanh": a tea (tea named) before the producer named "…xanh…" that makes a tea.
    expect(ids(rankCandidates([cand('producer', [m('type'), m('name')], 'producer'), cand('tea', [m('name'), undefined])], [product, word]))).toEqual(['tea', 'producer']);
  });
  it('puts matches with the tone marks as typed first ("đèn" before "đen"), even those in a description', () => {
    const ranked = rankCandidates([cand('black-oil', [m('name', { exact: false })]), cand('lamp-maker-product', [m('producer')]), cand('lamp-in-text', [m('description')])], [word]);
    expect(ids(ranked)).toEqual(['lamp-maker-product', 'lamp-in-text', 'black-oil']);
    // One word typed with other marks does not hide a record that has all the others ("nước yến đông hu").
    const jar = cand('nuoc-yen-dong-hu', [m('name'), m('name'), m('name', { exact: false }), m('name')]);
    const other = cand('dong-trung-ha-thao', [undefined, undefined, m('name'), undefined]);
    expect(ids(rankCandidates([other, jar], [word, product, word, word]))).toEqual(['nuoc-yen-dong-hu', 'dong-trung-ha-thao']);
  });
  it('at equal strength: products, then producers and sales points, unless the query names a place or a producer', () => {
    const same = [cand('shop', [m('place')], 'salesPoint'), cand('maker', [m('place')], 'producer'), cand('item', [m('place')], 'product')];
    expect(ids(rankCandidates(same, [word]))).toEqual(['item', 'maker', 'shop']);
    expect(ids(rankCandidates(same, [{ kind: 'place' }]))).toEqual(['shop', 'item', 'maker']);
    const named = [cand('item', [m('producer'), m('producer')]), cand('maker', [m('name'), m('name')], 'producer')];
    expect(queryTarget(named, [word, word])).toBe('producer');
    expect(queryTarget(named, [product, word])).toBe('products');
    const tie = [cand('item', [m('name'), m('name')]), cand('maker', [m('name'), m('name')], 'producer')];
    expect(ids(rankCandidates(tie, [word, word]))).toEqual(['maker', 'item']);
  });
  it('then the record whose name says it in both languages, then the one whose name starts with it', () => {
    const ranked = rankCandidates(
      [cand('wafer', [m('name')], 'product', 9), cand('ginseng-in-honey', [m('name', { agree: 2 })], 'product', 5), cand('honey', [m('name', { agree: 2, head: true })], 'product', 1)],
      [product],
    );
    expect(ids(ranked)).toEqual(['honey', 'ginseng-in-honey', 'wafer']);
  });
  it('marks description-only matches as weak, and says when nothing else matched', () => {
    const ranked = rankCandidates([cand('desc', [m('description')]), cand('named', [m('name')])], [word]);
    expect(ranked.map((r) => r.weak)).toEqual([false, true]);
    expect(hasStrongMatch(ranked)).toBe(true);
    expect(hasStrongMatch(rankCandidates([cand('desc', [m('description')])], [word]))).toBe(false);
  });
});

describe('Did you mean, and typo correction', () => {
  it('measures typing errors: insertions, deletions, substitutions and swapped neighbours', () => {
    expect(editDistance('mamm', 'mam')).toBe(1);
    expect(editDistance('qeu', 'que')).toBe(1);
    expect(editDistance('lanten', 'lantern')).toBe(1);
    expect(editDistance('cinamon', 'cinnamon')).toBe(1);
    expect(editDistance('pizza', 'piza', 0)).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
    expect([2, 3, 5, 7, 8].map(allowedErrors)).toEqual([0, 1, 1, 1, 2]);
    // "iphone" is two errors from "phong": not a typo of it.
    expect(closestWord('iphone', knownWords(['gạo Phong Thử']))).toBeUndefined();
  });
  it('corrects a word to the most common close word of the names ("mamm" → "mắm", not "mầm")', () => {
    const words = knownWords(['nước mắm Duy Trinh', 'nước mắm Cửa Khe', 'mầm đậu nành', 'Mắm ruốc']);
    expect(closestWord('mamm', words)).toBe('mắm');
    expect(closestWord('xyzzyq', words)).toBeUndefined();
    // A short word is corrected only for a slip that cannot make another word.
    expect(closestWord('qeu', knownWords(['quế']))).toBe('quế');
    expect(closestWord('chuop', knownWords(['chuối rừng khô']))).toBeUndefined();
    expect(closestWord('men', knownWords(['dầu mè']))).toBeUndefined();
    expect(closestWord('lanten', knownWords(['lantern']))).toBe('lantern');
  });
  it('offers the names’ phrases within one or two errors, closest first, once each', () => {
    const names = ['bánh tráng Hải An', 'Bánh tráng sấy', 'bánh tráng lề Địch Yên', 'Tinh dầu Quế', 'tinh dầu quế Ngọc Dơn'];
    expect(closestNames('banh trangg', names)).toEqual([{ text: 'bánh tráng', distance: 1 }]);
    expect(closestNames('tinh dau qeu', names).map((s) => s.text)).toEqual(['Tinh dầu Quế']);
    expect(closestNames('pizza', names)).toEqual([]);
    expect(searchWords('Bird’s  Nest!')).toBe('birds nest');
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
