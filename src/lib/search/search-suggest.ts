// "Did you mean …", pure: the names closest to a query that found nothing, and the known word
// closest to a word no record has ("mamm" → "mắm"). Words are compared folded to ASCII with an
// edit distance (insertions, deletions, substitutions and swaps of neighbours each cost one), so
// one or two typing errors are forgiven, fewer for short words. The names come from the records
// themselves (a names list the build writes beside the search page).
import { foldVietnamese } from '../content/slug';
import { searchWords } from './search-vocabulary';

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one substring); stops early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Typing errors forgiven in a word or phrase of this many letters: none under 3, one under 8, else
 * two ("mamm", "qeu", "lanten"; "banh trangg"), so a short word is not turned into another word.
 */
export const allowedErrors = (length: number): number => (length < 3 ? 0 : length < 8 ? 1 : 2);

export interface NameSuggestion {
  /** The words of the name that match, as the name writes them (tone marks kept). */
  text: string;
  distance: number;
}

/**
 * The names' phrases closest to the query: every run of as many words as the query has, in every
 * name, compared folded; those within the allowed errors, closest first, then the most common
 * phrase, then alphabetically; one per folded phrase.
 */
export function closestNames(query: string, names: readonly string[], max = 5): NameSuggestion[] {
  const q = foldVietnamese(searchWords(query));
  const n = q.split(' ').filter(Boolean).length;
  if (n === 0) return [];
  const allowed = allowedErrors(q.replace(/ /g, '').length);
  const found = new Map<string, { text: string; distance: number; count: number }>();
  for (const name of names) {
    const written = name.normalize('NFC').split(/\s+/).filter(Boolean);
    const words = written.map((w) => foldVietnamese(searchWords(w)));
    for (let i = 0; i + n <= words.length; i++) {
      const phrase = words.slice(i, i + n).join(' ');
      const distance = editDistance(q, phrase, allowed);
      if (distance > allowed || distance === 0) continue;
      const text = written.slice(i, i + n).join(' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const seen = found.get(phrase);
      if (seen) seen.count++;
      else found.set(phrase, { text, distance, count: 1 });
    }
  }
  return [...found.values()]
    .sort((a, b) => a.distance - b.distance || b.count - a.count || a.text.localeCompare(b.text, 'vi'))
    .slice(0, max)
    .map(({ text, distance }) => ({ text, distance }));
}

/** Words shorter than this are corrected only for the slips that cannot make another word: a letter typed twice, two letters swapped. */
const SHORT_WORD = 6;

/** `typed` is `known` with one letter typed twice ("mamm") or two neighbours swapped ("qeu"). */
export function isSlip(typed: string, known: string): boolean {
  if (typed.length === known.length + 1) {
    for (let i = 1; i < typed.length; i++) if (typed[i] === typed[i - 1] && typed.slice(0, i) + typed.slice(i + 1) === known) return true;
    return false;
  }
  if (typed.length !== known.length) return false;
  const diff = [...typed].flatMap((c, i) => (c === known[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && typed[diff[0]!] === known[diff[1]!] && typed[diff[1]!] === known[diff[0]!];
}

/**
 * The known word closest to a word no record has (ties: the most common): for a short word only a
 * slip (isSlip), so "chuop" is not read as "chuối" nor "men" as "mè"; for a longer one any edit
 * within the allowed errors. Known words are given as written (tone marks kept) with how often they occur.
 */
export function closestWord(word: string, known: ReadonlyMap<string, number>): string | undefined {
  const w = foldVietnamese(searchWords(word));
  const allowed = allowedErrors(w.length);
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [candidate, count] of known) {
    const folded = foldVietnamese(candidate);
    const distance = w.length < SHORT_WORD ? (isSlip(w, folded) ? 1 : allowed + 1) : editDistance(w, folded, allowed);
    if (distance > allowed || distance === 0) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: candidate, distance, count };
  }
  return best?.word;
}

/** The words of the names (and any other phrases), as written, with how many times each occurs. */
export function knownWords(phrases: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const phrase of phrases) for (const w of searchWords(phrase).split(' ')) if (w) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}
