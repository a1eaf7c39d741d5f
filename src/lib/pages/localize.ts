// Picks a record's text for a page's language. An English page without English text shows the
// Vietnamese text marked lang="vi" (flagged), never a blank and never a machine translation.
import type { Locale } from './routes';

export interface LocalText {
  text: string;
  /** Set when the text is in another language than the page. */
  lang?: 'vi';
  /** True when English was asked for and only Vietnamese exists. */
  fallback: boolean;
}

export function localText(locale: Locale, vi: string, en?: string): LocalText {
  if (locale === 'en' && en) return { text: en, fallback: false };
  if (locale === 'en') return { text: vi, lang: 'vi', fallback: true };
  return { text: vi, fallback: false };
}
