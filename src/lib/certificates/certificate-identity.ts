// When two certificate entries are one certificate: the same decision (its number normalised, at a
// compatible date), or the same stars on the same date. And when an entry restates a certificate with
// less detail (same stars or none stated, a vaguer date). The content check rejects a product holding
// one certificate twice; the import adds nothing for a row that restates one.
import type { Certificate } from './certificate';
import { nameKey } from '../content/slug';

export interface DecisionKey {
  /** The decision's number, without leading zeros ("3610"). */
  number: string;
  /** What follows it, folded without spaces or punctuation ("qdubnd"), '' when the number stands alone. */
  suffix: string;
}

/**
 * "3610/QĐ-UBND", "Quyết định số 3610/QĐ-UBND", "QĐ 3610", "3610" → { number "3610", suffix "qdubnd"
 * or "" }. Undefined when the text holds no number.
 */
export function decisionKey(decision: string): DecisionKey | undefined {
  const key = nameKey(decision).replace(/^(?:quyet dinh|qd)\s+(?:so\s+)?/, '').replace(/^so\s+/, '');
  const m = /^0*(\d+)\s*(.*)$/.exec(key);
  if (!m) return undefined;
  return { number: m[1] || '0', suffix: m[2].replace(/[^a-z0-9]/g, '') };
}

/** Same number, and the same suffix when both give one ("3610" is "3610/QĐ-UBND"). */
export function sameDecisionNumber(a: string, b: string): boolean {
  const [ka, kb] = [decisionKey(a), decisionKey(b)];
  if (!ka || !kb) return nameKey(a) === nameKey(b);
  return ka.number === kb.number && (ka.suffix === '' || kb.suffix === '' || ka.suffix === kb.suffix);
}

type Cert = Pick<Certificate, 'stars' | 'starsUnknown' | 'decision' | 'date' | 'year' | 'dateUnknown' | 'notAfter'>;

const yearOf = (c: Cert): number | undefined => (c.date ? Number(c.date.slice(0, 4)) : c.year);

/** False only when both entries date themselves and the dates cannot be one day. */
function datesCompatible(a: Cert, b: Cert): boolean {
  if (a.date && b.date) return a.date === b.date;
  const [ya, yb] = [yearOf(a), yearOf(b)];
  return ya === undefined || yb === undefined || ya === yb;
}

/**
 * One certificate: the same decision number at compatible dates (decision numbers restart every year),
 * or the same stars on the same date.
 */
export function sameCertificate(a: Cert, b: Cert): boolean {
  if (a.decision && b.decision && sameDecisionNumber(a.decision, b.decision) && datesCompatible(a, b)) return true;
  return a.stars !== undefined && a.stars === b.stars && !!a.date && a.date === b.date;
}

/** The earliest day the entry can have been decided ('' when nothing is known). */
function earliestDay(c: Cert): string {
  if (c.date) return c.date;
  if (c.year !== undefined) return `${c.year}-01-01`;
  return '';
}

/**
 * True when `row` says nothing that `known` does not: its stars are the same or not stated, its date
 * is the same or vaguer (a year that is the known date's year; no date at all, reported no earlier
 * than the known one), and its decision, if any, is the same. "4★, 2019" restates "4★, 12/10/2019,
 * 3610/QĐ-UBND"; "4★, no year" restates any 4★ certificate decided before the row's source.
 */
export function restates(row: Cert, known: Cert): boolean {
  if (sameCertificate(row, known)) {
    return row.stars === undefined || known.stars === undefined || row.stars === known.stars;
  }
  if (row.stars !== undefined && row.stars !== known.stars) return false;
  if (row.decision && !(known.decision && sameDecisionNumber(row.decision, known.decision))) return false;
  if (row.date) return row.date === known.date;
  if (row.year !== undefined) return yearOf(known) === row.year;
  // No date in the row: any certificate that can have been decided by the row's source date.
  return !row.notAfter || earliestDay(known) <= row.notAfter;
}

/**
 * True when `row` could be `known` told with other detail: the same stars or one of them not stated,
 * dates that can be one day (a year and a date in it; no date at all, reported no earlier than the
 * known one could be decided), and no two different decisions. A row that may be a known certificate is
 * not added as another (a person decides); one that restates it changes nothing.
 */
export function mayBeSame(row: Cert, known: Cert): boolean {
  if (row.stars !== undefined && known.stars !== undefined && row.stars !== known.stars) return false;
  if (row.decision && known.decision && !sameDecisionNumber(row.decision, known.decision)) return false;
  if (!datesCompatible(row, known)) return false;
  const undated = (c: Cert) => !c.date && c.year === undefined;
  if (undated(row) && row.notAfter && earliestDay(known) > row.notAfter) return false;
  if (undated(known) && known.notAfter && earliestDay(row) > known.notAfter) return false;
  return true;
}

/** Each entry that repeats an earlier one of the list, as [earlier index, index]. */
export function duplicatePairs(certs: readonly Cert[]): [number, number][] {
  const pairs: [number, number][] = [];
  certs.forEach((b, j) => {
    const i = certs.findIndex((a, k) => k < j && sameCertificate(a, b));
    if (i >= 0) pairs.push([i, j]);
  });
  return pairs;
}
