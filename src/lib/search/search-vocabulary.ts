// The search vocabulary (content/search-vocabulary.json), pure: how its words and a query's words are
// compared, what the search page is handed, and which product words each product set stands for.
// A vocabulary entry lists words that mean the same product to a shopper, in Vietnamese and English
// ("trà", "chè", "tea"): a query with one of them finds records named with any.
import type { SearchTermData } from '../content/schema';
import { foldVietnamese } from '../content/slug';

/** A word or phrase as Pagefind compares words: lowercase, NFC, punctuation dropped, single spaces ("Bird’s nest" → "birds nest"). */
export function searchWords(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key under which a vocabulary word is unique: its search words, tone marks kept ("mắm" ≠ "mầm"). */
export const vocabularyKey = (word: string): string => searchWords(word);

/** A word or phrase folded to ASCII for tone-insensitive comparison ("đèn lồng" → "den long"). */
export const foldedWords = (text: string): string => foldVietnamese(searchWords(text));

/** What the search page gets: each entry's Vietnamese and English words, as search words. */
export type VocabularyData = { vi: string[]; en: string[] }[];

export function vocabularyData(entries: readonly SearchTermData[]): VocabularyData {
  return entries.map((e) => ({ vi: [...new Set(e.vi.map(searchWords))], en: [...new Set(e.en.map(searchWords))] }));
}

/** For each product set, the words of the entries that name every product of the set (their `sets`). */
export function setWords(entries: readonly SearchTermData[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of entries) {
    for (const set of e.sets ?? []) out.set(set, [...(out.get(set) ?? []), ...e.vi, ...e.en]);
  }
  return out;
}
