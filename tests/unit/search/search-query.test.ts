import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  emptyState,
  hasCriteria,
  normalizeQuery,
  filterCounts,
  passesFilters,
  paramsFromState,
  queryString,
  searchTerm,
  stateFromParams,
  suggestionCandidates,
  toggleFilter,
  type SearchState,
} from '../../../src/lib/search/search-query';
import { dWords, legalFormId, producerRecord, productRecord, salesPointRecord } from '../../../src/lib/search/search-record';
import { sampleCatalogue } from '../data-sample';

const state = (over: Partial<Omit<SearchState, 'filters'>> & { filters?: Partial<SearchState['filters']> } = {}): SearchState => {
  const s = emptyState();
  return { ...s, ...over, filters: { ...s.filters, ...over.filters } };
};

describe('normalizeQuery', () => {
  it('trims, collapses spaces and lowercases, keeping tone marks', () => {
    expect(normalizeQuery('  BÁNH   Tráng \t ')).toBe('bánh tráng');
  });
  it('composes NFD input, so the same words compare equal', () => {
    expect(normalizeQuery('Tiên Phước'.normalize('NFD'))).toBe('tiên phước');
  });
});

describe('searchTerm', () => {
  it('gives one term for the ways people type the same words', () => {
    for (const typed of ['banh trang', 'bánh tráng', 'BÁNH TRÁNG', '  Bánh  tráng ', 'Bánh tráng'.normalize('NFD')]) {
      expect(searchTerm(typed)).toBe('banh trang');
    }
  });
  it('turns đ and Đ into d, as the index copy of the names does', () => {
    expect(searchTerm('đèn lồng')).toBe('den long');
    expect(searchTerm('ĐÈN LỒNG')).toBe('den long');
    expect(searchTerm('dầu mè')).toBe('dau me');
  });
  it('is empty for blank input', () => {
    expect(searchTerm('   ')).toBe('');
  });
});

describe('URL state', () => {
  it('reads the query, repeated or comma-separated filter values and the sort', () => {
    const s = stateFromParams(new URLSearchParams('q=b%C3%A1nh+tr%C3%A1ng&stars=4&stars=5&district=tien-phuoc,dai-loc&sort=stars'));
    expect(s.q).toBe('bánh tráng');
    expect(s.filters.stars).toEqual(['4', '5']);
    expect(s.filters.district).toEqual(['tien-phuoc', 'dai-loc']);
    expect(s.sort).toBe('stars');
  });
  it('drops unknown parameters, unknown sorts, duplicates and malformed values', () => {
    const s = stateFromParams(new URLSearchParams('foo=1&sort=price&stars=4&stars=4&district=<script>&group='));
    expect(s.filters.stars).toEqual(['4']);
    expect(s.filters.district).toEqual([]);
    expect(s.filters.group).toEqual([]);
    expect(s.sort).toBe('relevance');
  });
  it('caps an overlong query', () => {
    expect(stateFromParams(new URLSearchParams({ q: 'a'.repeat(500) })).q).toHaveLength(200);
  });
  it('writes a canonical string: filter order fixed, values sorted, defaults left out', () => {
    const s = state({ q: '  nước  mắm ', filters: { district: ['tien-phuoc', 'dai-loc'], stars: ['4'] } });
    expect(paramsFromState(s).toString()).toBe('q=n%C6%B0%E1%BB%9Bc+m%E1%BA%AFm&stars=4&district=dai-loc&district=tien-phuoc');
    expect(queryString(emptyState())).toBe('');
    expect(queryString(state({ sort: 'name' }))).toBe('?sort=name');
  });
  it('round-trips: reading what was written gives the same state', () => {
    const s = state({ q: 'đèn lồng', filters: { type: ['product'], group: ['thu-cong-my-nghe'], status: ['valid', 'expiring'] }, sort: 'stars' });
    const back = stateFromParams(paramsFromState(s));
    expect(back.q).toBe(s.q);
    expect(back.sort).toBe('stars');
    expect(back.filters.type).toEqual(['product']);
    expect(back.filters.status.sort()).toEqual(['expiring', 'valid']);
  });
  it('reads a plain form submission (empty q, default sort) as an empty state', () => {
    const s = stateFromParams(new URLSearchParams('q=&sort=relevance'));
    expect(s).toEqual(emptyState());
    expect(hasCriteria(s)).toBe(false);
  });
});

describe('criteria and filters', () => {
  it('needs a query or a filter to search', () => {
    expect(hasCriteria(state({ q: '   ' }))).toBe(false);
    expect(hasCriteria(state({ q: 'mật ong' }))).toBe(true);
    expect(hasCriteria(state({ filters: { stars: ['5'] } }))).toBe(true);
  });
  it('makes the values of one filter alternatives, different filters all apply', () => {
    const s = state({ filters: { stars: ['4', '5'], district: ['tien-phuoc'] } });
    expect(activeFilterCount(s)).toBe(3);
    const membership = {
      stars: { '4': new Set(['a']), '5': new Set(['b', 'c']) },
      district: { 'tien-phuoc': new Set(['a', 'b']), 'hoi-an': new Set(['c']) },
    };
    expect(['a', 'b', 'c', 'd'].filter((id) => passesFilters(id, s.filters, membership))).toEqual(['a', 'b']);
    // Left out, a filter does not apply: its own options are counted as if nothing were ticked in it.
    expect(['a', 'b', 'c', 'd'].filter((id) => passesFilters(id, s.filters, membership, 'district'))).toEqual(['a', 'b', 'c']);
  });
  it('counts each option with the other filters applied, not its own', () => {
    const s = state({ filters: { district: ['tien-phuoc'] } });
    const membership = {
      stars: { '4': new Set(['a']), '5': new Set(['b', 'c']) },
      district: { 'tien-phuoc': new Set(['a', 'b']), 'hoi-an': new Set(['c']) },
    };
    expect(filterCounts(['a', 'b', 'c'], s.filters, membership)).toEqual({
      stars: { '4': 1, '5': 1 },
      // Ticking Hội An as well would add one result.
      district: { 'tien-phuoc': 2, 'hoi-an': 1 },
    });
  });
});

describe('suggestionCandidates', () => {
  it('offers the same words without the filters first', () => {
    const s = state({ q: 'nước mắm', filters: { district: ['nui-thanh'] } });
    const [first] = suggestionCandidates(s);
    expect(first?.kind).toBe('withoutFilters');
    expect(first?.state.q).toBe('nước mắm');
    expect(activeFilterCount(first!.state)).toBe(0);
  });
  it('offers to drop one filter at a time when several are ticked', () => {
    const s = state({ filters: { stars: ['5'], district: ['nam-giang'] } });
    const drops = suggestionCandidates(s).filter((c) => c.kind === 'dropFilter');
    expect(drops.map((c) => (c.kind === 'dropFilter' ? c.key : ''))).toEqual(['stars', 'district']);
    expect(drops[0]!.state.filters).toMatchObject({ stars: [], district: ['nam-giang'] });
  });
  it('offers nothing for words alone (they get corrections and names instead), and at most `max`', () => {
    expect(suggestionCandidates(state({ q: 'xyzzy qwerty' }))).toEqual([]);
    const many = state({ q: 'mật ong', filters: { stars: ['5'], group: ['thuc-pham'], district: ['a'], status: ['valid'] } });
    expect(suggestionCandidates(many, 3)).toHaveLength(3);
  });
});

describe('search records (what each page gives the index)', () => {
  const catalogue = sampleCatalogue();
  const product = catalogue.byId.product.get('nuoc-mam-5-sao')!;

  it('folds every field but the description to ASCII, đ included, for "den"/"dac biet"-style typing', () => {
    const r = productRecord('vi', product);
    expect(r.fields.name).toContain('nước mắm đặc biệt');
    expect(r.fields.name).toContain('nuoc mam dac biet');
    expect(r.fields.producer).toContain('hop tac xa dai loc');
    expect(r.fields.place).toContain('dai loc');
  });
  it('uses ids as filter values, the same in both languages', () => {
    const vi = productRecord('vi', product);
    const en = productRecord('en', product);
    expect(vi.filters).toEqual({ type: ['product'], stars: ['5'], group: ['thuc-pham'], district: ['dai-loc'], legalForm: ['hop-tac-xa'], status: ['valid'] });
    expect(en.filters).toEqual(vi.filters);
  });
  it('gives every record both sort keys (Pagefind drops records without the key from sorted results)', () => {
    const records = [
      ...catalogue.products.map((p) => productRecord('vi', p)),
      ...catalogue.producers.map((p) => producerRecord('vi', p)),
      ...catalogue.salesPoints.map((s) => salesPointRecord('vi', s)),
    ];
    for (const r of records) {
      expect([0, 1, 3, 4, 5]).toContain(r.sort.stars);
      expect(r.sort.name).toMatch(/^[a-z0-9 ]+$/);
    }
  });
  it('marks a Vietnamese-only name on an English page', () => {
    expect(productRecord('en', product).meta).toMatchObject({ title: 'Nước mắm đặc biệt', titleLang: 'vi' });
    expect(productRecord('vi', product).meta.titleLang).toBeUndefined();
  });
  it('leaves out filters a record does not have: no stars, no producer', () => {
    const r = productRecord('vi', catalogue.byId.product.get('banh-khong-chu-the')!);
    expect(r.filters.legalForm).toEqual([]);
    expect(r.meta.producer).toBeUndefined();
  });
  it('describes producers by legal form and sales points by district', () => {
    const producer = producerRecord('vi', catalogue.byId.producer.get('htx-dai-loc')!);
    expect(producer.filters.legalForm).toEqual(['hop-tac-xa']);
    expect(producer.filters.stars).toEqual(['5']);
    // What it makes is its type.
    expect(producer.fields.type).toContain('nuoc mam dac biet');
    const shop = salesPointRecord('vi', catalogue.byId.salesPoint.get('cua-hang-dai-loc')!);
    expect(shop.filters).toMatchObject({ type: ['salesPoint'], district: ['dai-loc'] });
    expect(shop.fields.name).toContain('cua hang ocop dai loc');
  });
  it('copies only the words with đ of a page\'s prose, folded and once each, function words ("được", "đến") left out', () => {
    expect(dWords('Đặc sản **đỏ** của Điện Bàn, được làm từ đậu đỏ.')).toBe('dac do dien dau');
    // "đến từ Hội An" must not make "den" (a lamp, black) find the record.
    expect(dWords('Đến từ Hội An, đã được bán đến Đà Nẵng')).toBe('da');
    expect(dWords('Nước mắm truyền thống')).toBe('');
    const withBody = productRecord('vi', product, 'Sản phẩm đặc sản.');
    expect(withBody.fields.description).toBe('sản phẩm đặc sản. · dac');
  });
  it('turns a legal form into an ASCII id', () => {
    expect(legalFormId('hộ kinh doanh')).toBe('ho-kinh-doanh');
  });
});
