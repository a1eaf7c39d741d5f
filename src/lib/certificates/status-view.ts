// A certificate status as a reader sees it: label, detail, colour. The build (StatusBadge.astro)
// and the reader's browser (src/browser/live-status.ts) both call describeStatus, so a page shows
// the same words for a day whether they were written at build time or recomputed when it is read.
// The badge carries the dates in data-* attributes (statusDataAttributes) and the browser reads
// them back (readStatusDataset).
import { factOn, statusOn, type CertificateStatus, type StatusDates } from './certificate';
import { isIsoDate, type IsoDate } from './dates';

/** The words of a status, in one language: passed in by the caller (src/i18n/sections/status.ts holds both). */
export interface StatusWords {
  valid: string;
  expiring: string;
  expired: string;
  revoked: string;
  unknown: string;
  none: string;
  /** The last day is known only as a range, and the earliest possible one has passed. */
  mayHaveExpired: string;
  validUntil: (d: string) => string;
  expiringOn: (d: string) => string;
  expiredOn: (d: string) => string;
  revokedOn: (d: string) => string;
  expiresDuring: (y: number) => string;
  expiredBy: (d: string) => string;
  lastDayBetween: (from: string, to: string) => string;
  lastDayBy: (to: string) => string;
  unknownDate: string;
  /** Shown only without JavaScript: the status is the one computed when the page was built. */
  asOf: (d: string) => string;
}
/** A product without any certificate has the status 'none'. */
export type ShownStatus = CertificateStatus | 'none';
export type StatusLabel = ShownStatus | 'mayHaveExpired';

export interface StatusDescription {
  status: ShownStatus;
  label: StatusLabel;
  labelText: string;
  /** The detail after the label ("until 22/12/2026"); empty when there is nothing to add. */
  detail: string;
  /** Tailwind classes for the badge's colours. */
  toneClass: string;
}

// Whole class strings, so Tailwind finds them in this file.
const TONES: Record<StatusLabel, string> = {
  valid: 'bg-green-50 text-valid border-valid/40',
  expiring: 'bg-amber-50 text-expiring border-expiring/40',
  mayHaveExpired: 'bg-amber-50 text-expiring border-expiring/40',
  expired: 'bg-red-50 text-expired border-expired/40',
  revoked: 'bg-red-50 text-expired border-expired/40',
  unknown: 'bg-gray-50 text-unknown border-unknown/40',
  none: 'bg-gray-50 text-unknown border-unknown/40',
};
export const STATUS_TONE_CLASSES = [...new Set(Object.values(TONES).flatMap((c) => c.split(' ')))];

/**
 * What to show for a certificate's dates on a day. `dates` undefined: no certificate (status 'none'),
 * or a badge that only names a status (`fallback`, e.g. a search filter's template).
 */
export function describeStatus(words: StatusWords, formatDate: (iso: IsoDate) => string, dates: StatusDates | undefined, on: IsoDate, fallback: ShownStatus = 'none'): StatusDescription {
  if (!dates) return { status: fallback, label: fallback, labelText: words[fallback], detail: '', toneClass: TONES[fallback] };
  const status = statusOn(dates, on);
  const fact = factOn(dates, on);
  let detail: string;
  switch (fact.kind) {
    case 'validUntil': detail = words.validUntil(formatDate(fact.date)); break;
    case 'expiringOn': detail = words.expiringOn(formatDate(fact.date)); break;
    case 'expiredOn': detail = words.expiredOn(formatDate(fact.date)); break;
    case 'revokedOn': detail = words.revokedOn(formatDate(fact.date)); break;
    case 'expiredBy': detail = words.expiredBy(formatDate(fact.date)); break;
    case 'expiresDuring': detail = words.expiresDuring(fact.year); break;
    case 'mayHaveExpired': detail = fact.from ? words.lastDayBetween(formatDate(fact.from), formatDate(fact.to)) : words.lastDayBy(formatDate(fact.to)); break;
    case 'unknown': detail = words.unknownDate; break;
  }
  const label: StatusLabel = fact.kind === 'mayHaveExpired' ? 'mayHaveExpired' : status;
  return { status, label, labelText: words[label], detail, toneClass: TONES[label] };
}

/**
 * The detail as the badge writes it after its label: a no-break space keeps the "·" on the label's
 * line, so a wrapped badge never starts a line with it. Empty when there is no detail.
 */
export function detailText(shown: Pick<StatusDescription, 'detail'>): string {
  return shown.detail ? `\u00a0· ${shown.detail}` : '';
}

/** The badge's data-* attributes: its dates, the day they were judged on, and the site's time zone. */
export function statusDataAttributes(dates: StatusDates, asOf: IsoDate, timeZone: string): Record<string, string> {
  const attrs: Record<string, string> = { 'data-as-of': asOf, 'data-time-zone': timeZone };
  if (dates.validUntil) attrs['data-valid-until'] = dates.validUntil;
  if (dates.earliest) attrs['data-earliest'] = dates.earliest;
  if (dates.latest) attrs['data-latest'] = dates.latest;
  if (dates.revoked) attrs['data-revoked'] = dates.revoked;
  return attrs;
}

/** The inverse of statusDataAttributes, from an element's `dataset`; malformed dates are left out. */
export function readStatusDataset(ds: Record<string, string | undefined>): StatusDates {
  const dates: StatusDates = {};
  const take = (v: string | undefined) => (v && isIsoDate(v) ? v : undefined);
  const validUntil = take(ds.validUntil);
  const earliest = take(ds.earliest);
  const latest = take(ds.latest);
  const revoked = take(ds.revoked);
  if (validUntil) dates.validUntil = validUntil;
  if (earliest) dates.earliest = earliest;
  if (latest) dates.latest = latest;
  if (revoked) dates.revoked = revoked;
  return dates;
}
