// What the search page asks of the index for one query, without the page: each concept of the query
// (src/lib/search/search-concepts.ts) is looked up as whole words in Pagefind, tone-exact for the words
// typed with marks and for the vocabulary's synonyms; the position of each match gives its field
// (src/lib/search/search-fields.ts), and src/lib/search/search-rank.ts orders the records from that. Filters, their
// counts and the other sort orders are worked out here from what the index says once about every
// record (its filter values; its type, star level and name order from the order file of
// src/lib/search/search-bundles.ts), so one query's matches serve every filter and sort. The index
// is several Pagefind bundles: the first (products) answers alone until the page asks for the
// others (loadAll), which it does once the first results are shown; one of them holds the products'
// descriptions, page for page, and its matches count as the products' own. A word no record has is
// corrected from the records' names ("mamm" → "mắm"); when nothing matches but descriptions, the
// closest names are offered. Runs in the browser and,
// for the judged query set, in Node (tests/helpers/search-node.ts): the same code either way.
import { queryConcepts, type Concept, type QueryContext } from '../lib/search/search-concepts';
import { foldVietnamese } from '../lib/content/slug';
import { FIELDS, SLOT_WORDS, fieldAt, isNameHead, type Field } from '../lib/search/search-fields';
import { hasStrongMatch, rankCandidates, type Candidate, type ConceptMatch } from '../lib/search/search-rank';
import {
  FILTER_KEYS,
  activeFilterCount,
  filterCounts,
  normalizeQuery,
  passesFilters,
  type Membership,
  type PagefindFilters,
  type RecordType,
  type SearchState,
} from '../lib/search/search-query';
import { closestNames, closestWord, knownWords } from '../lib/search/search-suggest';
import { idsByName, idsByStars, recordAt, type RecordOrder } from '../lib/search/search-bundles';
import type { FilterCounts, PagefindApi, PagefindResult } from './search-pagefind';

/** One Pagefind bundle of the index (search-bundles.ts): the record types it holds, and its instance. */
export interface SearchIndexBundle {
  types: readonly RecordType[];
  /** For a bundle of descriptions: the bundle whose records' descriptions it holds, page for page. */
  descriptionsOf?: number;
  load(): Promise<PagefindApi>;
}

export interface SearchSources {
  /** The bundles, the first searched before any result is shown. */
  bundles: readonly SearchIndexBundle[];
  /** The order file (search-bundles.ts), fetched when first needed. */
  loadOrder(): Promise<RecordOrder>;
}

export interface EngineData extends QueryContext {
  /** The records' names (the names list beside the search page), fetched when first needed. */
  loadNames(): Promise<readonly string[]>;
}

export interface FoundRecord {
  id: string;
  type: RecordType;
  /** Only its description has the query's words. */
  weak: boolean;
  result: PagefindResult;
}

export interface SearchOutcome {
  results: FoundRecord[];
  /** For each filter, how many results each option would give; empty unless asked for. */
  counts: FilterCounts;
  /** When words no record has were replaced by the closest known words: the query as searched, and those words as typed. */
  corrected?: { query: string; from: string[] };
  /** Some result has the query's words in its name, type, product set, producer or place. */
  strong: boolean;
  /** "Did you mean …": the names closest to the query, when no result is strong. */
  didYouMean: string[];
  /** Every bundle was searched (else only the first: products). */
  complete: boolean;
}

type Matches = Map<string, ConceptMatch & { score: number }>;

/** Where one spelling of a concept (the words typed, or a synonym) is in a record. */
interface Spot {
  field: Field;
  position: number;
  exact: boolean;
}

const FIELD_RANK = new Map(FIELDS.map((f, i) => [f, i]));

/** Where a record's description field starts (search-fields.ts): a match in a bundle of descriptions is placed there. */
const DESCRIPTION_START = FIELDS.indexOf('description') * SLOT_WORDS;

/** Exact tone marks first, then the stronger field. */
const better = (a: Spot, b: Spot) => (a.exact !== b.exact ? a.exact : FIELD_RANK.get(a.field)! < FIELD_RANK.get(b.field)!);

/**
 * One concept's match in a record, from where each of its spellings is: the best spot, how many
 * spellings the record has in that field (the name says it in both languages), and whether one
 * starts the record's name.
 */
function conceptMatch(spots: Map<string, Spot>): ConceptMatch {
  const all = [...spots.values()];
  const best = all.reduce((a, b) => (better(b, a) ? b : a));
  return {
    field: best.field,
    exact: best.exact,
    agree: all.filter((x) => x.field === best.field).length,
    head: all.some((x) => x.field === 'name' && isNameHead(x.position)),
  };
}

/**
 * The bundles loaded so far and what was learnt from them. Replaced as a whole when more bundles
 * are loaded, so a search that started before keeps answering from the bundles it started with.
 */
interface Loaded {
  apis: PagefindApi[];
  concepts: Map<string, Promise<Matches>>;
  membership?: Promise<Membership>;
  /** Each bundle's result ids in its page order (its name order). */
  pages?: Promise<string[][]>;
  types?: Promise<(id: string) => RecordType>;
  orders: Map<string, Promise<Map<string, number>>>;
  /** For each page of a bundle of descriptions, the id of the record it describes. */
  described?: Promise<Map<string, string>>;
}

const loadedFrom = (apis: PagefindApi[]): Loaded => ({ apis, concepts: new Map(), orders: new Map() });

/** A result's id says its bundle: "1:en_4a1b2c3" is bundle 1's page en_4a1b2c3 (page ids repeat across bundles). */
const bundleOfId = (id: string) => Number(id.slice(0, id.indexOf(':')));

export class SearchEngine {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly byId = new Map<string, PagefindResult>();
  private loaded: Loaded | undefined;
  private readonly apis = new Map<number, Promise<PagefindApi>>();
  private everything: Promise<void> | undefined;
  private recordOrder: Promise<RecordOrder> | undefined;
  private names: Promise<{ names: readonly string[]; words: Map<string, number>; foldedWords: string[] }> | undefined;

  constructor(
    private readonly sources: SearchSources,
    private readonly data: EngineData,
  ) {}

  private bundle(i: number): Promise<PagefindApi> {
    let api = this.apis.get(i);
    if (!api) {
      api = this.sources.bundles[i]!.load();
      this.apis.set(i, api);
    }
    return api;
  }

  /** Starts the first bundle: a search index that cannot load fails here, before any search. */
  async start(): Promise<void> {
    await this.current();
  }

  /** The bundles searched now: the first alone until loadAll. */
  private async current(): Promise<Loaded> {
    this.loaded ??= loadedFrom([await this.bundle(0)]);
    return this.loaded;
  }

  /** Whether every bundle is searched. */
  get complete(): boolean {
    return this.loaded?.apis.length === this.sources.bundles.length;
  }

  /** Loads the other bundles; the searches that start afterwards search them all. */
  loadAll(): Promise<void> {
    // One after another: Pagefind's WebAssembly is started once per script, and two instances
    // starting at the same time would each start it (the second breaking the first).
    this.everything ??= (async () => {
      const apis: PagefindApi[] = [];
      for (const i of this.sources.bundles.keys()) apis.push(await this.bundle(i));
      this.loaded = loadedFrom(apis);
    })();
    return this.everything;
  }

  // Pagefind calls run one at a time: the tone-exact searches switch an option of the shared
  // instance on and off, and no other search may run in between.
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Whether a bundle holds records (else another bundle's descriptions). */
  private holdsRecords(bundle: number): boolean {
    return this.sources.bundles[bundle]!.descriptionsOf === undefined;
  }

  /**
   * One search in one bundle; each result's id is prefixed with the bundle's number. Results of a
   * bundle of records are kept by id: the page shows them.
   */
  private async findIn(bundle: number, api: PagefindApi, term: string | null, options: { filters?: PagefindFilters }, toneExact: boolean): Promise<PagefindResult[]> {
    const res = await this.exclusive(async () => {
      if (!toneExact) return api.search(term, options);
      await api.options({ exactDiacritics: true });
      try {
        return await api.search(term, options);
      } finally {
        await api.options({ exactDiacritics: false });
      }
    });
    const records = this.holdsRecords(bundle);
    return (res?.results ?? []).map((r) => {
      const id = `${bundle}:${r.id}`;
      if (!records) return { id, score: r.score, words: r.words, data: () => r.data() };
      let kept = this.byId.get(id);
      if (!kept) {
        kept = { id, score: r.score, words: r.words, data: () => r.data() };
        this.byId.set(id, kept);
      }
      return { ...kept, score: r.score, words: r.words };
    });
  }

  /** One search in every loaded bundle of records. */
  private async find(at: Loaded, term: string | null, options: { filters?: PagefindFilters } = {}, toneExact = false): Promise<PagefindResult[]> {
    const out: PagefindResult[] = [];
    for (const [i, api] of at.apis.entries()) if (this.holdsRecords(i)) out.push(...(await this.findIn(i, api, term, options, toneExact)));
    return out;
  }

  /**
   * Records that have the words, with where they first have them (matches only in metadata left
   * out). A match in a bundle of descriptions is its record's match in the description field, its
   * record being the page of the same number in the bundle it describes; a match in the record's
   * own bundle is in a stronger field, and is kept, with the two scores added.
   */
  private async located(at: Loaded, term: string, toneExact: boolean): Promise<Map<string, { field: Field; position: number; score: number }>> {
    const out = new Map<string, { field: Field; position: number; score: number }>();
    for (const r of await this.find(at, term, {}, toneExact)) {
      const positions = r.words ?? [];
      if (positions.length === 0) continue;
      const position = Math.min(...positions);
      out.set(r.id, { field: fieldAt(position), position, score: r.score });
    }
    for (const [i, api] of at.apis.entries()) {
      const of = this.sources.bundles[i]!.descriptionsOf;
      if (of === undefined) continue;
      const found = (await this.findIn(i, api, term, {}, toneExact)).filter((r) => r.words?.length);
      if (found.length === 0) continue;
      const described = await this.described(at);
      for (const r of found) {
        const id = described.get(r.id);
        if (id === undefined) throw new Error(`search: bundle ${i} has a description (${r.id}) with no record in bundle ${of}`);
        const own = out.get(id);
        // The description's score adds to the record's: how much a description says of a word
        // still tells two records apart that have it in the same field.
        if (own) own.score += r.score;
        else out.set(id, { field: 'description', position: DESCRIPTION_START + Math.min(...r.words), score: r.score });
      }
    }
    return out;
  }

  /**
   * Where each record has one concept: its words as whole words (or, when no record has them, as
   * the start of words: a word still being typed), tone-exact when typed with marks, and each
   * synonym tone-exact as the vocabulary writes it.
   */
  private conceptMatches(at: Loaded, concept: Concept): Promise<Matches> {
    const key = JSON.stringify([concept.typed, concept.synonyms]);
    let cached = at.concepts.get(key);
    if (!cached) {
      cached = this.lookUp(at, concept);
      at.concepts.set(key, cached);
    }
    return cached;
  }

  private async lookUp(at: Loaded, concept: Concept): Promise<Matches> {
    // For each record, where each spelling of the concept is ("typed", or the synonym).
    const spots = new Map<string, Map<string, Spot>>();
    const scores = new Map<string, number>();
    const put = (id: string, spelling: string, spot: Spot) => {
      const mine = spots.get(id) ?? new Map<string, Spot>();
      const seen = mine.get(spelling);
      if (!seen || better(spot, seen)) mine.set(spelling, spot);
      spots.set(id, mine);
    };
    const whole = await this.located(at, `"${concept.folded}"`, false);
    // No record has the word whole: it may be a word still being typed. Pagefind's unquoted search
    // matches the start of words, but with nothing to extend it shortens the word until something
    // matches ("coffee" finds "cơ"), so it is asked only when a known name has a word starting so.
    const typing = whole.size === 0 && concept.kind === 'word' && (await this.startsKnownWord(concept.folded));
    if (whole.size > 0 || typing) {
      // Pagefind's ranked search gives the scores used for ties (and the matches of a word being typed).
      const ranked = await this.located(at, concept.folded, false);
      for (const [id, m] of ranked) scores.set(id, m.score);
      for (const [id, m] of whole.size > 0 ? whole : ranked) put(id, 'typed', { field: m.field, position: m.position, exact: !concept.marked });
      if (concept.marked) {
        const marked = concept.written ?? concept.typed;
        for (const [id, m] of await this.located(at, whole.size > 0 ? `"${marked}"` : marked, true)) put(id, 'typed', { field: m.field, position: m.position, exact: true });
      }
    }
    for (const synonym of concept.synonyms) {
      for (const [id, m] of await this.located(at, `"${synonym}"`, true)) {
        put(id, synonym, { field: m.field, position: m.position, exact: true });
        scores.set(id, Math.max(scores.get(id) ?? 0, m.score));
      }
    }
    return new Map([...spots].map(([id, mine]) => [id, { ...conceptMatch(mine), score: scores.get(id) ?? 0 }]));
  }

  /** Whether some word of the records' names, places or vocabulary starts with these letters (folded). */
  private async startsKnownWord(folded: string): Promise<boolean> {
    const { foldedWords } = await this.loadNames();
    return foldedWords.some((w) => w.startsWith(folded));
  }

  /** Each record's filter values, read once (Pagefind's filter-only searches, one per value). */
  private loadMembership(at: Loaded): Promise<Membership> {
    at.membership ??= (async () => {
      const values = new Map<string, Set<string>>();
      for (const [i, api] of at.apis.entries()) {
        if (!this.holdsRecords(i)) continue;
        const totals = await this.exclusive(() => api.filters());
        for (const key of FILTER_KEYS) for (const value of Object.keys(totals[key] ?? {})) values.set(key, (values.get(key) ?? new Set()).add(value));
      }
      const out: Membership = {};
      for (const key of FILTER_KEYS) {
        const known = values.get(key);
        if (!known?.size) continue;
        const byValue: Record<string, Set<string>> = {};
        for (const value of known) byValue[value] = new Set((await this.find(at, null, { filters: { [key]: { any: [value] } } })).map((r) => r.id));
        out[key] = byValue;
      }
      return out;
    })();
    return at.membership;
  }

  private loadOrder(): Promise<RecordOrder> {
    this.recordOrder ??= this.sources.loadOrder();
    return this.recordOrder;
  }

  /** Each loaded bundle's result ids in its page order: a search with no words returns them so. */
  private pages(at: Loaded): Promise<string[][]> {
    at.pages ??= Promise.all(at.apis.map(async (api, i) => (await this.findIn(i, api, null, {}, false)).map((r) => r.id)));
    return at.pages;
  }

  /** The same, for the bundles of records only (a bundle of descriptions has no place in the order file). */
  private async recordPages(at: Loaded): Promise<(string[] | undefined)[]> {
    return (await this.pages(at)).map((ids, i) => (this.holdsRecords(i) ? ids : undefined));
  }

  /**
   * For each page of the loaded bundles of descriptions, the record it describes: the page of the
   * same number in the bundle it describes. Worked out once for the bundles loaded.
   */
  private described(at: Loaded): Promise<Map<string, string>> {
    at.described ??= this.pages(at).then((pages) => {
      const out = new Map<string, string>();
      pages.forEach((ids, i) => {
        const of = this.sources.bundles[i]!.descriptionsOf;
        if (of === undefined) return;
        ids.forEach((id, page) => {
          const record = pages[of]?.[page];
          if (record !== undefined) out.set(id, record);
        });
      });
      return out;
    });
    return at.described;
  }

  /**
   * Each record's type (product, producer, sales point), for the order at equal strength: its
   * bundle's, when the bundle holds one type; else from the order file.
   */
  private types(at: Loaded): Promise<(id: string) => RecordType> {
    at.types ??= (async () => {
      const single = (i: number) => (this.sources.bundles[i]!.types.length === 1 ? this.sources.bundles[i]!.types[0] : undefined);
      if (at.apis.every((_, i) => !this.holdsRecords(i) || single(i))) return (id: string) => single(bundleOfId(id))!;
      const [order, pages] = await Promise.all([this.loadOrder(), this.recordPages(at)]);
      const byId = new Map<string, RecordType>();
      pages.forEach((ids, i) => ids?.forEach((id, page) => byId.set(id, recordAt(order, i, page).type)));
      return (id: string) => byId.get(id) ?? single(bundleOfId(id)) ?? 'product';
    })();
    return at.types;
  }

  /** Every record's place in the order by stars or by name (the order file, over the loaded bundles). */
  private order(at: Loaded, sort: 'stars' | 'name'): Promise<Map<string, number>> {
    let cached = at.orders.get(sort);
    if (!cached) {
      cached = Promise.all([this.loadOrder(), this.recordPages(at)]).then(([order, pages]) => {
        const ids = sort === 'stars' ? idsByStars(order, pages) : idsByName(order, pages);
        return new Map(ids.map((id, i) => [id, i]));
      });
      at.orders.set(sort, cached);
    }
    return cached;
  }

  private loadNames(): Promise<{ names: readonly string[]; words: Map<string, number>; foldedWords: string[] }> {
    this.names ??= this.data.loadNames().then((names) => {
      const words = knownWords([...names, ...this.data.places, ...this.data.vocabulary.flatMap((e) => [...e.vi, ...e.en])]);
      return { names, words, foldedWords: [...new Set([...words.keys()].map((w) => foldVietnamese(w)))] };
    });
    return this.names;
  }

  /** The query with each word that no record has (not even as the start of a word) replaced by the closest known word. */
  private async corrected(query: string, concepts: Concept[], found: Matches[]): Promise<SearchOutcome['corrected']> {
    const unknown = concepts.filter((c, i) => found[i]!.size === 0 && c.kind === 'word');
    if (unknown.length === 0) return undefined;
    const { words } = await this.loadNames();
    let text = normalizeQuery(query);
    const from: string[] = [];
    for (const c of unknown) {
      const fix = closestWord(c.typed, words);
      if (fix) {
        text = ` ${text} `.replace(` ${c.typed} `, ` ${fix} `).trim();
        from.push(c.typed);
      }
    }
    return from.length > 0 ? { query: text, from } : undefined;
  }

  /** Everything the page shows for a state: results in order, filter counts when asked, corrections and suggestions. */
  async search(state: SearchState, options: { counts?: boolean } = {}): Promise<SearchOutcome> {
    const at = await this.current();
    const wantsMembership = options.counts || activeFilterCount(state) > 0;
    const membership = wantsMembership ? await this.loadMembership(at) : {};
    const typeOf = await this.types(at);
    let query = normalizeQuery(state.q);
    let concepts = queryConcepts(query, this.data);
    let found = await Promise.all(concepts.map((c) => this.conceptMatches(at, c)));
    const fixed = query ? await this.corrected(query, concepts, found) : undefined;
    if (fixed) {
      query = fixed.query;
      concepts = queryConcepts(query, this.data);
      found = await Promise.all(concepts.map((c) => this.conceptMatches(at, c)));
    }

    let ordered: { id: string; weak: boolean }[];
    let strong = true;
    if (concepts.length === 0) {
      // Filters alone: every record, by name (or stars), as there is no relevance to sort by.
      const position = await this.order(at, state.sort === 'stars' ? 'stars' : 'name');
      ordered = [...position].sort((a, b) => a[1] - b[1]).map(([id]) => ({ id, weak: false }));
    } else {
      const ids = new Set(found.flatMap((m) => [...m.keys()]));
      const candidates: Candidate[] = [...ids].map((id) => ({
        id,
        type: typeOf(id),
        matches: found.map((m) => m.get(id)),
        score: found.reduce((s, m) => s + (m.get(id)?.score ?? 0), 0),
      }));
      const ranked = rankCandidates(candidates, concepts);
      strong = hasStrongMatch(ranked);
      ordered = ranked.map((c) => ({ id: c.id, weak: c.weak }));
      if (state.sort !== 'relevance') {
        const position = await this.order(at, state.sort === 'stars' ? 'stars' : 'name');
        ordered.sort((a, b) => Number(a.weak) - Number(b.weak) || (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
      }
    }
    const passing = ordered.filter((r) => passesFilters(r.id, state.filters, membership));
    const counts = options.counts ? filterCounts(ordered.map((r) => r.id), state.filters, membership) : {};
    const didYouMean = !strong && query ? (await this.loadNames()).names : undefined;
    return {
      results: passing.map((r) => ({ id: r.id, type: typeOf(r.id), weak: r.weak, result: this.byId.get(r.id)! })),
      counts,
      corrected: fixed,
      strong,
      didYouMean: didYouMean ? closestNames(query, didYouMean).map((s) => s.text) : [],
      complete: at.apis.length === this.sources.bundles.length,
    };
  }

  /** How many results a state gives (for the suggestions that drop filters). */
  async count(state: SearchState): Promise<number> {
    return (await this.search(state)).results.length;
  }
}
