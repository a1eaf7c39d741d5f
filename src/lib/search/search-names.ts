// What the search page knows besides its index: the catalogue's place names, so a query's "Trà My"
// or "Quế Sơn" is read as a place and not as tea or cinnamon, and the records' names, the list
// "Did you mean …" and typo correction look through (written next to the search page, loaded only
// when a query needs it).
import type { Catalogue } from '../content/catalogue';
import { searchWords } from './search-vocabulary';
import { communeName } from '../places/units';

/** District, ward and commune names (today's and the former ones, and those records give), as written, each once. */
export function searchPlaces(c: Pick<Catalogue, 'districts' | 'units' | 'products' | 'producers' | 'salesPoints'>): string[] {
  const names = [
    ...c.districts.map((d) => d.name),
    ...c.units.flatMap((u) => [u.name, ...u.formerUnits.map((f) => communeName(f.name))]),
    ...[...c.products, ...c.producers, ...c.salesPoints].flatMap((r) => (r.commune ? [communeName(r.commune)] : [])),
  ];
  return [...new Set(names.map((n) => n.normalize('NFC').trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'vi'));
}

/** The names list: every product, producer and sales point name, Vietnamese and English, each once. */
export function searchNameList(c: Pick<Catalogue, 'products' | 'producers' | 'salesPoints'>): string[] {
  const names = [
    ...c.products.flatMap((p) => [p.name, p.nameEn]),
    ...c.producers.flatMap((p) => [p.name, ...(p.formerNames ?? []).map((f) => f.name)]),
    ...c.salesPoints.flatMap((s) => [s.name, s.nameEn]),
  ];
  return [...new Set(names.filter((n): n is string => Boolean(n)).map((n) => n.normalize('NFC').trim()))].sort((a, b) => a.localeCompare(b, 'vi'));
}

/**
 * The phrases that name a place, as search words (tone marks kept): each place name and its last
 * two or more words, since people drop the first ("Trà My" for "Bắc Trà My", "Nam Trà My").
 */
export function placePhrases(places: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const place of places) {
    const words = searchWords(place).split(' ').filter(Boolean);
    for (let start = 0; start <= words.length - 2; start++) out.add(words.slice(start).join(' '));
  }
  return out;
}

/** The longest place phrase looked for, in words. */
const MAX_PLACE_WORDS = 6;

/**
 * A name with the place names in it taken out ("mật ong Trà My" → "mật ong" and "Trà My"): the
 * name field of a search record holds what the record is, its place field where it is, so "trà"
 * (tea) does not find Trà My's honey by its name. Words are compared as search words, tone marks
 * kept; the longest place phrase wins.
 */
export function separatePlaces(name: string, phrases: ReadonlySet<string>): { rest: string; places: string[] } {
  const tokens = name.split(/\s+/).filter(Boolean);
  const keys = tokens.map((t) => searchWords(t));
  const rest: string[] = [];
  const places: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let n = Math.min(MAX_PLACE_WORDS, tokens.length - i);
    const phraseAt = (length: number) => keys.slice(i, i + length).every(Boolean) && phrases.has(keys.slice(i, i + length).join(' '));
    while (n >= 2 && !phraseAt(n)) n--;
    if (n >= 2) {
      places.push(tokens.slice(i, i + n).join(' '));
      i += n;
    } else {
      rest.push(tokens[i]!);
      i++;
    }
  }
  return { rest: rest.join(' '), places };
}
