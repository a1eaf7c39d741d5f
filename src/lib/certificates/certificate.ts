// Certificate validity: 36 months from the decision date, computed, never typed.
import { addDays, addMonths, type IsoDate } from './dates';

export const VALIDITY_MONTHS = 36;
export const EXPIRING_WITHIN_DAYS = 90;

export type CertificateLevel = 'district' | 'province' | 'national';
export type Stars = 3 | 4 | 5;

export interface Certificate {
  level?: CertificateLevel;
  /** Absent when the source confirms the certificate but not its star level (then starsUnknown is true). */
  stars?: Stars;
  /** The source gives no star level: shown as "OCOP, star level not stated", never as stars. */
  starsUnknown?: boolean;
  decision?: string;
  /** Decision date, when the source gives one. */
  date?: IsoDate;
  /** Year of the decision, when the source gives only the year. */
  year?: number;
  /** The source gives no year at all. */
  dateUnknown?: boolean;
  /** With dateUnknown: the source reports the certificate on this date, so it was issued no later. */
  notAfter?: IsoDate;
  score?: number;
  revoked?: { date: IsoDate; reason?: string };
}

export type CertificateStatus = 'valid' | 'expiring' | 'expired' | 'revoked' | 'unknown';

/** When the certificate stops being valid: exact, or the earliest and latest possible last day. */
export interface Validity {
  /** Last valid day when the decision date is known. */
  validUntil?: IsoDate;
  /** Bounds on the last valid day when only the year (or a latest date) is known. */
  earliest?: IsoDate;
  latest?: IsoDate;
}

/** Last day of validity: the decision date plus 36 months (a 29 February decision runs to 28 February). */
export function validUntil(decisionDate: IsoDate): IsoDate {
  return addMonths(decisionDate, VALIDITY_MONTHS);
}

export function validity(cert: Certificate): Validity {
  if (cert.date) return { validUntil: validUntil(cert.date) };
  if (cert.year !== undefined) {
    return { earliest: validUntil(`${cert.year}-01-01`), latest: validUntil(`${cert.year}-12-31`) };
  }
  if (cert.notAfter) return { latest: validUntil(cert.notAfter) };
  return {};
}

/**
 * The dates a certificate's status depends on, and nothing else: a page carries them (in data-*
 * attributes) so the reader's browser recomputes the status for the day it is read, with the same
 * functions the build uses (statusOn, factOn).
 */
export interface StatusDates extends Validity {
  /** Revocation date, when the certificate was revoked. */
  revoked?: IsoDate;
}

export function statusDates(cert: Certificate): StatusDates {
  const dates: StatusDates = { ...validity(cert) };
  if (cert.revoked) dates.revoked = cert.revoked.date;
  return dates;
}

/**
 * Status on a given day from the dates alone. A range of possible last days (year-only or
 * "reported by" certificates) is 'valid' only while its earliest possible last day is ahead,
 * 'expired' once its latest has passed, and 'unknown' in between: never valid without proof.
 */
export function statusOn(d: StatusDates, on: IsoDate): CertificateStatus {
  if (d.revoked && d.revoked <= on) return 'revoked';
  if (d.validUntil) {
    if (on > d.validUntil) return 'expired';
    return on > addDays(d.validUntil, -EXPIRING_WITHIN_DAYS) ? 'expiring' : 'valid';
  }
  if (d.latest && on > d.latest) return 'expired';
  if (d.earliest && on <= d.earliest) return 'valid';
  return 'unknown';
}

/** Status of a certificate on a given day. */
export function certificateStatus(cert: Certificate, on: IsoDate): CertificateStatus {
  return statusOn(statusDates(cert), on);
}

/** Sort key: the decision date, or the middle of its year, or the latest date it can have been issued. */
export function decidedKey(cert: { date?: string; year?: number; notAfter?: string }): string {
  if (cert.date) return cert.date;
  if (cert.year !== undefined) return `${cert.year}-07-01`;
  if (cert.notAfter) return cert.notAfter;
  return '0000-00-00';
}

/** Certificates newest first; among equals, the one listed later is taken as newer. */
export function certificatesNewestFirst<T extends Certificate>(certs: readonly T[]): T[] {
  return certs
    .map((cert, index) => ({ cert, index }))
    .sort((a, b) => decidedKey(b.cert).localeCompare(decidedKey(a.cert)) || b.index - a.index)
    .map(({ cert }) => cert);
}

/** The certificate that speaks for the product now: the newest one not revoked, else the newest one. */
export function currentCertificate<T extends Certificate>(certs: readonly T[], on: IsoDate): T | undefined {
  const ordered = certificatesNewestFirst(certs);
  return ordered.find((c) => certificateStatus(c, on) !== 'revoked') ?? ordered[0];
}

/** Stars of the current certificate, or undefined when the product has none in force (expired, revoked or none). */
export function currentStars(certs: readonly Certificate[], on: IsoDate): Stars | undefined {
  const cert = currentCertificate(certs, on);
  if (!cert) return undefined;
  const status = certificateStatus(cert, on);
  return status === 'expired' || status === 'revoked' ? undefined : cert.stars;
}

/** Stars as last rated, whatever the certificate's status: the rank the product was given. */
export function lastRating(certs: readonly Certificate[], on: IsoDate): Stars | undefined {
  return currentCertificate(certs, on)?.stars;
}

/** True when the certificate is OCOP but its star level is not stated by any source. */
export function starsNotStated(cert: Certificate | undefined): boolean {
  return cert !== undefined && cert.stars === undefined;
}

/** True when a certificate of this status counts as in force (valid, or valid but expiring soon). */
export function isInForce(status: CertificateStatus): boolean {
  return status === 'valid' || status === 'expiring';
}

/** What a reader should be told about a certificate's validity on a given day, without wording. */
export type StatusFact =
  | { kind: 'validUntil' | 'expiringOn' | 'expiredOn'; date: IsoDate }
  | { kind: 'revokedOn'; date: IsoDate }
  | { kind: 'expiresDuring'; year: number }
  | { kind: 'expiredBy'; date: IsoDate }
  /** The last day is not known exactly and may have passed: it lies between `from` (when known) and `to`. */
  | { kind: 'mayHaveExpired'; from?: IsoDate; to: IsoDate }
  | { kind: 'unknown' };

export function factOn(d: StatusDates, on: IsoDate): StatusFact {
  const status = statusOn(d, on);
  if (status === 'revoked') return { kind: 'revokedOn', date: d.revoked! };
  if (d.validUntil) {
    if (status === 'expired') return { kind: 'expiredOn', date: addDays(d.validUntil, 1) };
    return { kind: status === 'expiring' ? 'expiringOn' : 'validUntil', date: d.validUntil };
  }
  if (status === 'expired' && d.latest) return { kind: 'expiredBy', date: addDays(d.latest, 1) };
  if (status === 'unknown' && d.latest) return d.earliest ? { kind: 'mayHaveExpired', from: d.earliest, to: d.latest } : { kind: 'mayHaveExpired', to: d.latest };
  if (d.earliest && d.latest && d.earliest.slice(0, 4) === d.latest.slice(0, 4)) return { kind: 'expiresDuring', year: Number(d.latest.slice(0, 4)) };
  return { kind: 'unknown' };
}

export function statusFact(cert: Certificate, on: IsoDate): StatusFact {
  return factOn(statusDates(cert), on);
}
