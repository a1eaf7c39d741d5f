// Calendar dates as 'YYYY-MM-DD' strings: no time zones, no clocks, easy to compare.

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(date: IsoDate): [number, number, number] {
  if (!isIsoDate(date)) throw new Error(`not a calendar date (YYYY-MM-DD): ${date}`);
  return date.split('-').map(Number) as [number, number, number];
}

function fromParts(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day (29/02 + 12 months → 28/02). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return fromParts(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return fromParts(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function yearOf(date: IsoDate): number {
  return parts(date)[0];
}

/** Today's date in the given time zone, or BUILD_DATE (YYYY-MM-DD) when set, so builds and tests are reproducible. */
export function today(timeZone = 'Asia/Ho_Chi_Minh', env: Record<string, string | undefined> = process.env): IsoDate {
  const fixed = env.BUILD_DATE;
  if (fixed) {
    if (!isIsoDate(fixed)) throw new Error(`BUILD_DATE must be a date as YYYY-MM-DD, got "${fixed}"`);
    return fixed;
  }
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Accepts what YAML and JSON give for a date (a Date object or a string) and returns 'YYYY-MM-DD' or the original string. */
export function normaliseDateInput(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return value;
}

/** The calendar date of an instant in a time zone: what "today" is for a reader of the site (browser side). */
export function dateIn(timeZone: string, instant: Date): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
