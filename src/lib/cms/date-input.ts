// Dates as editors type them in the content editor (/admin/): day first, "29/12/2022", whatever the
// browser's own language (a native date input shows 12/29/2022 in an English browser). The file keeps
// YYYY-MM-DD; text that is not a real day is kept as typed, so the check's rule refuses it at the field.
import { isIsoDate } from '../certificates/dates';

const DAY_FIRST = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;

/** What the editor stores for typed text: YYYY-MM-DD for a real day written d/m/yyyy (or already YYYY-MM-DD), else the text as typed. */
export function dateFromInput(text: string): string {
  const typed = text.trim();
  if (isIsoDate(typed)) return typed;
  const m = DAY_FIRST.exec(typed);
  if (!m) return typed;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : typed;
}

/** What the editor shows for a stored value: dd/mm/yyyy for a real day, anything else as it is. */
export function dateToInput(value: unknown): string {
  if (typeof value !== 'string') return '';
  if (!isIsoDate(value)) return value;
  const [y, m, d] = value.split('-');
  return `${d}/${m}/${y}`;
}
