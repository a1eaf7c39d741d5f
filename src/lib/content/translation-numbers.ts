// Whether a translation kept every number: the numbers of a Vietnamese text and of its English
// translation, compared as sets. A number is compared by its digits alone (61,48 = 61.48, 98.599 =
// 98,599, 08 = 8), so decimal commas and thousands separators may be rewritten; an English month
// name counts as its number (29/12/2022 = 29 December 2022, 8/2021 = August 2021); a small number
// written as a word on one side ("five", "năm") matches its digits on the other.

export interface NumberComparison {
  /** Numbers of the Vietnamese text that the English text does not have. */
  missingInEnglish: string[];
  /** Numbers of the English text that the Vietnamese text does not have. */
  notInVietnamese: string[];
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Small numbers written as words, and the words an English translation may use for them. */
const ENGLISH_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, hundred: 100,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  once: 1, twice: 2, single: 1, double: 2, both: 2, dozen: 12,
};
// Not "năm" (five, but also "year"), "không" (zero, but also "not"), "tư" (fourth, but also in
// "đầu tư", "tư nhân") or "nhất" ("most"): they are in most texts and would excuse any 5, 0, 4 or 1.
const VIETNAMESE_WORDS: Record<string, number> = {
  'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
  'trăm': 100, 'đôi': 2, 'cả hai': 2,
};

/** A number by its digits alone: separators removed, leading zeros dropped ("08" → "8", "61,48" → "6148"). */
function canonical(digits: string): string {
  const bare = digits.replace(/[.,]/g, '').replace(/^0+(?=\d)/, '');
  return bare;
}

/**
 * Digits with their decimal or grouping separators ("61,48", "98.599", "2022"), not glued after a
 * letter: the 15 of "UBTVQH15" or "A5" is part of a code, copied whole on both sides.
 */
const NUMBER = /(?<![\p{L}\p{M}\d])\d+(?:[.,]\d+)*/gu;

/** A month name next to a day or a year ("29 December 2022", "December 29", "Dec 2022"); "May" only so. */
const MONTH_NEXT_TO_NUMBER = new RegExp(
  `(?:\\b\\d{1,2}\\s+(${Object.keys(MONTHS).join('|')})\\.?\\b)|(?:\\b(${Object.keys(MONTHS).join('|')})\\.?\\s+\\d)`,
  'giu',
);
/** A full month name on its own ("in December"), except "may", which is a verb as often. */
const MONTH_ALONE = /\b(january|february|march|april|june|july|august|september|october|november|december)\b/giu;

/** The numbers of a text as canonical digit strings (see canonical), each once. */
export function numbersIn(text: string, language: 'vi' | 'en'): Set<string> {
  const found = new Set<string>();
  const normalised = text.normalize('NFC');
  for (const m of normalised.matchAll(NUMBER)) found.add(canonical(m[0]));
  if (language === 'en') {
    for (const m of normalised.matchAll(MONTH_NEXT_TO_NUMBER)) {
      const name = (m[1] ?? m[2])!.toLowerCase();
      found.add(String(MONTHS[name]));
    }
    for (const m of normalised.matchAll(MONTH_ALONE)) found.add(String(MONTHS[m[1]!.toLowerCase()]));
  }
  return found;
}

/** The small numbers a text writes as words ("five products", "năm sản phẩm"). */
export function numberWordsIn(text: string, language: 'vi' | 'en'): Set<string> {
  const words = language === 'en' ? ENGLISH_WORDS : VIETNAMESE_WORDS;
  const lower = text.normalize('NFC').toLowerCase();
  const found = new Set<string>();
  for (const [word, n] of Object.entries(words)) {
    if (new RegExp(`(?<![\\p{L}\\p{M}])${word}(?![\\p{L}\\p{M}])`, 'u').test(lower)) found.add(String(n));
  }
  return found;
}

/**
 * The numbers one text has and the other lacks. A number written in digits on one side may be a
 * word on the other ("5" and "five"); numbers written only as words are not required on the other side.
 */
export function compareNumbers(vietnamese: string, english: string): NumberComparison {
  const vi = numbersIn(vietnamese, 'vi');
  const en = numbersIn(english, 'en');
  const enWords = numberWordsIn(english, 'en');
  const viWords = numberWordsIn(vietnamese, 'vi');
  const byValue = (a: string, b: string) => Number(a) - Number(b) || a.localeCompare(b);
  return {
    missingInEnglish: [...vi].filter((n) => !en.has(n) && !enWords.has(n)).sort(byValue),
    notInVietnamese: [...en].filter((n) => !vi.has(n) && !viWords.has(n)).sort(byValue),
  };
}

/** One line for a person: what to look for, or undefined when the numbers agree. */
export function describeNumberMismatch(c: NumberComparison): string | undefined {
  const parts: string[] = [];
  if (c.missingInEnglish.length) parts.push(`not in the English text: ${c.missingInEnglish.join(', ')}`);
  if (c.notInVietnamese.length) parts.push(`not in the Vietnamese text: ${c.notInVietnamese.join(', ')}`);
  return parts.length ? parts.join('; ') : undefined;
}
