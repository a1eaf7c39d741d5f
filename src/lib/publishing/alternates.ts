// The language versions of a page, for the sitemap: the same list every page's head declares in its
// <link rel="alternate" hreflang> tags (BaseLayout): each language, then x-default (Vietnamese).
import { alternatePath, LOCALES, DEFAULT_LOCALE } from '../pages/routes';

export interface Alternate {
  lang: string;
  url: string;
}

/** Alternates of a page given by its absolute URL; [] for the not-found pages, which have no twin. */
export function languageAlternates(pageUrl: string): Alternate[] {
  const url = new URL(pageUrl);
  if (/\/404(\.html|\/)$/.test(url.pathname)) return [];
  const of = (lang: (typeof LOCALES)[number]) => new URL(alternatePath(url.pathname, lang), url).href;
  return [...LOCALES.map((lang) => ({ lang, url: of(lang) })), { lang: 'x-default', url: of(DEFAULT_LOCALE) }];
}
