// What a query asks for, pure: its words grouped into concepts. A phrase of the search vocabulary
// ("nước mắm", "fish sauce") is one concept, with the vocabulary's other words for the same product
// as synonyms; a place name ("Trà My", "Quế Sơn") is one concept and never a product word ("trà"
// in "trà my" is not tea); every other word is a concept of its own. Phrases are matched on their
// folded words, longest first; a word typed with tone marks matches a vocabulary word only with the
// same marks ("mầm", a sprout, is not "mắm").
import { foldVietnamese } from '../content/slug';
import { placePhrases } from './search-names';
import { searchWords, type VocabularyData } from './search-vocabulary';

export type ConceptKind = 'product' | 'place' | 'word';

export interface Concept {
  /** The words as typed, lowercase, tone marks kept: shown back, and searched tone-exact when marked. */
  typed: string;
  /** The same folded to ASCII: searched as whole words whatever the marks. */
  folded: string;
  /** True when the typed words carry tone marks or đ. */
  marked: boolean;
  /** The vocabulary phrase or place name the words are, as written there (tone-exact search of a partly marked phrase). */
  written?: string;
  kind: ConceptKind;
  /** Other words for the same product (vocabulary), searched exactly as written there. */
  synonyms: string[];
}

/**
 * Words that say nothing about what is sought ("of", "the", "và"): left out of a query that has
 * other words. Language words, not province facts.
 */
const STOP_WORDS = new Set(['a', 'an', 'and', 'at', 'for', 'from', 'in', 'of', 'on', 'the', 'to', 'with', 'và', 'của', 'ở', 'tại', 'cho', 'với']);

/** The longest phrase looked for, in words. */
const MAX_PHRASE = 6;

interface Phrase {
  kind: 'product' | 'place';
  /** The phrase's words as written (tone marks kept). */
  words: string[];
  /**
   * For a product word, the entry's words to search as synonyms: its Vietnamese words (every record
   * has a Vietnamese name) and, for an English word or a Vietnamese word that is also part of another
   * product word ("quế" of "bánh quế", wafer rolls), the English ones too: then the records that are
   * named so in English as well come first. Otherwise English synonyms would only find records that
   * have the Vietnamese word already, and cost their index chunks.
   */
  entry?: string[];
}

export interface QueryContext {
  vocabulary: VocabularyData;
  /** Place names of the catalogue (districts, communes, units) as written. */
  places: readonly string[];
}

/** Phrases by their folded words; a place name also by its last two words and more ("Bắc Trà My" → "trà my"). */
function phraseIndex(context: QueryContext): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  const add = (key: string, phrase: Phrase) => index.set(key, [...(index.get(key) ?? []), phrase]);
  const within = (inner: string, outer: string) => inner !== outer && ` ${outer} `.includes(` ${inner} `);
  for (const entry of context.vocabulary) {
    const others = context.vocabulary.filter((e) => e !== entry).flatMap((e) => e.vi);
    for (const word of entry.vi) {
      const ambiguous = others.some((o) => within(word, o));
      add(foldVietnamese(word), { kind: 'product', words: word.split(' '), entry: ambiguous ? [...entry.vi, ...entry.en] : entry.vi });
    }
    for (const word of entry.en) add(foldVietnamese(word), { kind: 'product', words: word.split(' '), entry: [...entry.vi, ...entry.en] });
  }
  for (const phrase of placePhrases(context.places)) add(foldVietnamese(phrase), { kind: 'place', words: phrase.split(' ') });
  return index;
}

const cache = new WeakMap<QueryContext, Map<string, Phrase[]>>();

/** A typed word fits a written one: the same once folded, and the same marks if it has any. */
const fits = (typed: string, written: string) => typed === written || (typed === foldVietnamese(typed) && foldVietnamese(written) === typed);

/** The query's concepts, in the order typed; stop words dropped unless nothing else is left. */
export function queryConcepts(raw: string, context: QueryContext): Concept[] {
  let index = cache.get(context);
  if (!index) {
    index = phraseIndex(context);
    cache.set(context, index);
  }
  const words = searchWords(raw).split(' ').filter(Boolean);
  const concepts: Concept[] = [];
  for (let i = 0; i < words.length; ) {
    let found: { phrase: Phrase; length: number } | undefined;
    for (let n = Math.min(MAX_PHRASE, words.length - i); n >= 1 && !found; n--) {
      const typed = words.slice(i, i + n);
      const candidates = index.get(foldVietnamese(typed.join(' '))) ?? [];
      // A place before a product word of the same words: "Quế Sơn" is a district, not cinnamon.
      const phrase = [...candidates].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'place' ? -1 : 1)).find((p) => p.words.every((w, k) => fits(typed[k]!, w)));
      if (phrase) found = { phrase, length: n };
    }
    const typed = words.slice(i, i + (found?.length ?? 1)).join(' ');
    const folded = foldVietnamese(typed);
    const kind: ConceptKind = found?.phrase.kind ?? 'word';
    // Synonyms: the entry's other words, less those the typed words already find ("mắm" in "nước mắm").
    const within = (inner: string, outer: string) => ` ${outer} `.includes(` ${inner} `);
    const synonyms = (found?.phrase.entry ?? []).filter((w) => {
      const f = foldVietnamese(w);
      return f !== folded && !within(f, folded) && !within(folded, f);
    });
    concepts.push({ typed, folded, marked: folded !== typed, kind, synonyms, ...(found ? { written: found.phrase.words.join(' ') } : {}) });
    i += found?.length ?? 1;
  }
  const meaningful = concepts.filter((c) => c.kind !== 'word' || !STOP_WORDS.has(c.typed));
  return meaningful.length > 0 ? meaningful : concepts;
}
