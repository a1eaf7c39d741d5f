import { localText, type LocalText } from '../pages/localize';
import type { Locale } from '../pages/routes';

// How a record's name is shown. Sources print many names in lower case ("nước mắm Duy Trinh",
// "hộ kinh doanh Trần Thị Chung"); the content keeps that printed form (and so do the data
// exports), while every title, heading, card, breadcrumb, search result, og:title and JSON-LD
// name shows it with its first letter capitalised and the rest exactly as printed.

/** "nước mắm Duy Trinh" → "Nước mắm Duy Trinh"; '"thôn nữ"' → '"Thôn nữ"'; "MITRI TEA" unchanged. */
export function displayName(name: string): string {
  const text = name.normalize('NFC');
  // The first letter or digit, after any leading quotes, brackets or spaces (as CSS ::first-letter).
  const m = /^([^\p{L}\p{N}]*)(\p{L})/u.exec(text);
  if (!m) return text;
  const [whole, lead, letter] = m as unknown as [string, string, string];
  return `${lead}${letter.toLocaleUpperCase('vi')}${text.slice(whole.length)}`;
}

/** The same for an optional name. */
export const displayNameOf = (name: string | undefined): string | undefined => (name === undefined ? undefined : displayName(name));

/** localText for a name: the page language's name (or the Vietnamese one, flagged), capitalised. */
export function localName(locale: Locale, vi: string, en?: string): LocalText {
  const t = localText(locale, vi, en);
  return { ...t, text: displayName(t.text) };
}
