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

/**
 * A size a phone stores, as the offline buttons show it: "850 KB", "3,9 MB" in Vietnamese, "3.9 MB"
 * in English (decimal units, as phones show storage; one decimal under 10 MB, none above).
 */
export function formatBytes(locale: Locale, bytes: number): string {
  const [value, unit] = bytes < 1_000_000 ? [Math.max(1, Math.round(bytes / 1000)), 'KB'] : [bytes / 1_000_000, 'MB'];
  const digits = unit === 'MB' && value < 10 ? 1 : 0;
  const text = new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  return `${text}\u00a0${unit}`;
}

/** A share between 0 and 1 as a whole percentage ("37 %" in Vietnamese, "37%" in English). */
export function formatPercent(locale: Locale, share: number): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/**
 * When something was saved, as the offline messages word it around {time} and {date}: "05:52" and
 * "2/12/2026" in Vietnamese ("lúc 05:52 ngày 2/12/2026"), "05:52" and "2 Dec 2026" in English
 * ("at 05:52 on 2 Dec 2026"). In the reader's time zone unless one is given (tests).
 */
export function savedAtParts(locale: Locale, when: Date, timeZone?: string): { time: string; date: string } {
  const parts = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    day: 'numeric',
    month: locale === 'vi' ? 'numeric' : 'short',
    year: 'numeric',
  }).formatToParts(when);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const time = `${part('hour')}:${part('minute')}`;
  const date = locale === 'vi' ? `${part('day')}/${part('month')}/${part('year')}` : `${part('day')} ${part('month')} ${part('year')}`;
  return { time, date };
}

/** A phone number as a tel: link that phones dial: digits, and a plus only when the number starts with one. */
export function telephoneHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}

/**
 * A date as a source wrote it ("27/9/2024", "2024"), in the page's language when it is a day
 * (27/09/2024, 27 Sept 2024) or a year; anything else is returned as written (`asWritten`: true),
 * to be marked as Vietnamese text.
 */
export function formatSourceDate(locale: Locale, text: string): { text: string; asWritten: boolean } {
  const day = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (day) {
    const [d, m, y] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCDate() === d && date.getUTCMonth() === m - 1) {
      return { text: formatDate(locale, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`), asWritten: false };
    }
  }
  if (/^\d{4}$/.test(text.trim())) return { text: text.trim(), asWritten: false };
  return { text, asWritten: true };
}

/**
 * A distance as a person reads it: metres under 1 km (to the nearest 50 m), one decimal under
 * 10 km, whole kilometres beyond. "850 m", "2,4 km" in Vietnamese, "2.4 km" in English.
 */
export function formatDistance(locale: Locale, km: number): string {
  if (km < 1) {
    const m = Math.max(50, Math.round((km * 1000) / 50) * 50);
    if (m < 1000) return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'unit', unit: 'meter' }).format(m);
  }
  const digits = km < 9.95 ? 1 : 0;
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'unit', unit: 'kilometer', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(km);
}
