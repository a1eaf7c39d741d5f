// The search engine (src/browser/search-engine.ts) over an index whose products' descriptions are a
// bundle of their own (src/lib/search/search-bundles.ts): a match there is the product's own match
// in its description field. Pagefind is replaced by a stand-in that finds whole words.
import { describe, expect, it } from 'vitest';
import { SearchEngine, type SearchIndexBundle } from '../../../src/browser/search-engine';
import type { PagefindApi, PagefindResult } from '../../../src/browser/search-pagefind';
import { FIELDS, SLOT_WORDS } from '../../../src/lib/search/search-fields';
import { emptyState, type PagefindFilters } from '../../../src/lib/search/search-query';

interface FakePage {
  url: string;
  /** The page's words, in position order (ASCII, as the engine's folded searches ask). */
  words: string[];
  filters?: Record<string, string[]>;
}

/** A Pagefind bundle that finds pages having every word of the term, with the positions of the first. */
function fakeBundle(name: string, pages: FakePage[], asked: string[]): PagefindApi {
  return {
    options: async () => undefined,
    init: async () => undefined,
    filters: async () => {
      const out: Record<string, Record<string, number>> = {};
      for (const p of pages) for (const [k, vs] of Object.entries(p.filters ?? {})) for (const v of vs) (out[k] ??= {})[v] = (out[k]![v] ?? 0) + 1;
      return out;
    },
    search: async (term: string | null, options: { filters?: PagefindFilters } = {}) => {
      asked.push(`${name}: ${term}${options.filters ? ` ${JSON.stringify(options.filters)}` : ''}`);
      const words = term === null ? [] : term.replace(/"/g, '').split(' ').filter(Boolean);
      const results: PagefindResult[] = [];
      pages.forEach((p, i) => {
        if (options.filters && !Object.entries(options.filters).every(([k, f]) => f.any.some((v) => p.filters?.[k]?.includes(v)))) return;
        const at = words.length ? p.words.indexOf(words[0]!) : -1;
        if (words.length && (at < 0 || !words.every((w) => p.words.includes(w)))) return;
        results.push({ id: `page${i}`, score: 1, words: at < 0 ? [] : [at], data: async () => ({ url: p.url, meta: {} }) });
      });
      return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
    },
  };
}

/** A product's words: its name at 0, its place in the place slot. */
const product = (url: string, name: string, place: string, group: string): FakePage => {
  const words = Array<string>(FIELDS.indexOf('place') * SLOT_WORDS).fill('');
  words.splice(0, name.split(' ').length, ...name.split(' '));
  words.push(...place.split(' '));
  return { url, words, filters: { group: [group] } };
};

describe('a bundle of the products’ descriptions', () => {
  const asked: string[] = [];
  const products = [
    product('/san-pham/mat-ong/', 'mat ong rung', 'tra my', 'food'),
    product('/san-pham/nuoc-mam/', 'nuoc mam cua khe', 'nui thanh', 'food'),
    product('/san-pham/khan-lua/', 'khan lua', 'duy xuyen', 'craft'),
  ];
  // Page for page: the description of each product above ("‿" stands for an empty one).
  const descriptions: FakePage[] = [{ url: '/d0', words: ['ong', 'lay', 'mat', 'hoa', 'rung'] }, { url: '/d1', words: ['\u203f'] }, { url: '/d2', words: ['det', 'tu', 'to', 'tam', 'mat'] }];
  const bundles: SearchIndexBundle[] = [
    { types: ['product'], load: async () => fakeBundle('products', products, asked) },
    { types: ['producer', 'salesPoint'], load: async () => fakeBundle('others', [], asked) },
    { types: [], descriptionsOf: 0, load: async () => fakeBundle('descriptions', descriptions, asked) },
  ];
  const engine = () =>
    new SearchEngine(
      { bundles, loadOrder: async () => ({ bundles: ['p3p4p3', '', ''], byName: '000' }) },
      { vocabulary: [], places: [], loadNames: async () => ['mật ong rừng', 'nước mắm Cửa Khe', 'khăn lụa'] },
    );
  const urls = async (found: { result: PagefindResult }[]) => Promise.all(found.map(async (r) => (await r.result.data()).url));

  it('finds a product by a word of its description alone, once every bundle is loaded, as a weak match of the product itself', async () => {
    const e = engine();
    const first = await e.search({ ...emptyState(), q: 'tam' });
    expect(first.complete).toBe(false);
    expect(first.results).toEqual([]);
    await e.loadAll();
    const all = await e.search({ ...emptyState(), q: 'tam' });
    expect(all.complete).toBe(true);
    expect(all.results.map((r) => [r.id, r.type, r.weak])).toEqual([['0:page2', 'product', true]]);
    expect(await urls(all.results)).toEqual(['/san-pham/khan-lua/']);
  });

  it('keeps the stronger field of a product found in its name and its description, and ranks a description match after it', async () => {
    const e = engine();
    await e.loadAll();
    const found = await e.search({ ...emptyState(), q: 'mat' });
    expect(found.results.map((r) => [r.id, r.weak])).toEqual([
      ['0:page0', false],
      ['0:page2', true],
    ]);
  });

  it('filters a product found by its description with its own filters, never asking the descriptions’ bundle for them', async () => {
    const e = engine();
    await e.loadAll();
    asked.length = 0;
    const found = await e.search({ ...emptyState(), q: 'mat', filters: { ...emptyState().filters, group: ['craft'] } }, { counts: true });
    expect(await urls(found.results)).toEqual(['/san-pham/khan-lua/']);
    expect(found.counts.group).toMatchObject({ food: 1, craft: 1 });
    const withFilters = asked.filter((a) => a.includes('{'));
    expect(withFilters.some((a) => a.startsWith('products: '))).toBe(true);
    expect(withFilters.filter((a) => a.startsWith('descriptions: '))).toEqual([]);
  });
});
