// Dates and numbers through Intl, for the page's locale. Building an Intl formatter costs about a
// thousand times more than using one (the benchmark's profile found a tenth of the build in here),
// so each locale's formatters are made once and reused.
import type { Locale } from './routes';

const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function dateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      timeZone: 'UTC',
      day: '2-digit',
      month: locale === 'vi' ? '2-digit' : 'short',
      year: 'numeric',
    });
    dateFormats.set(locale, format);
  }
  return format;
}

// A catalogue has a few hundred distinct dates, shown tens of thousands of times.
const formattedDates = new Map<string, string>();

/** 29/12/2022 in Vietnamese, 29 Dec 2022 in English. */
export function formatDate(locale: Locale, iso: string): string {
  const key = `${locale} ${iso}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    const [y, m, d] = iso.split('-').map(Number);
    text = dateFormat(locale).format(new Date(Date.UTC(y!, m! - 1, d!)));
    formattedDates.set(key, text);
  }
  return text;
}

export function formatNumber(locale: Locale, n: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale]);
    numberFormats.set(locale, format);
  }
  return format.format(n);
}

/** A share between 0 and 1 as a whole percentage ("37 %" in Vietnamese, "37%" in English). */
export function formatPercent(locale: Locale, share: number): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A phone number as a tel: link that phones dial: digits, and a plus only when the number starts with one. */
export function telephoneHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}
