// How the content editor (/admin/) names what a record points at, for people: the line beside a
// record's name in the editor's lists ("cao đẳng sâm — HTX Dược liệu Đức Huy, huyện Tây Giang", so
// two records of one name are told apart) and the lines of its preview, with names where the file
// holds slugs ("cong-ty-tnhh-son-tien", "province") and dates as dd/mm/yyyy.
import { formatDate, formatNumber } from '../pages/format';

/** The field of an entry's data that holds the list line: read from the file, never written (./front-matter.ts). */
export const LIST_CONTEXT_FIELD = '__listContext';

/** Names of the records an entry may point at, by slug; given to the admin page by scripts/cms. */
export interface EditorNames {
  producers: Record<string, string>;
  districts: Record<string, string>;
  productSets: Record<string, string>;
  salesPoints: Record<string, string>;
}

/** What the admin page's script needs besides Decap's configuration. */
export interface EditorPageData {
  /** The site's time zone: "today" for the rule that no date is in the future. */
  timeZone: string;
  names: EditorNames;
  /** The former communes a record may name, by district (content/units/, content/former-communes/). */
  formerCommunes: { name: string; district: string }[];
}

const LEVELS: Record<string, string> = { district: 'cấp huyện', province: 'cấp tỉnh', national: 'cấp trung ương' };

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** A slug's name, or the slug itself when the table does not know it (a record made since the build). */
export function nameOf(table: Record<string, string>, slug: unknown): string | undefined {
  const s = str(slug);
  return s === undefined ? undefined : (table[s] ?? s);
}

/** " — producer, district" (each by name, when the record has it), or "" when it has neither. */
export function listContext(data: Record<string, unknown>, names: EditorNames): string {
  const parts = [nameOf(names.producers, data.producer), nameOf(names.districts, data.district)].filter(Boolean);
  return parts.length ? ` — ${parts.join(', ')}` : '';
}

/** A date as the editor shows it: 29/12/2022; anything that is not a YYYY-MM-DD date as it is. */
export function dateText(value: unknown): string | undefined {
  const s = str(value);
  if (s === undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? formatDate('vi', s) : s;
}

/** One certificate in words: "4 sao, cấp tỉnh, Quyết định 3610/QĐ-UBND ngày 29/12/2022, 70,9 điểm". */
export function certificateText(c: Record<string, unknown>): string {
  const stars = typeof c.stars === 'number' ? `${c.stars} sao` : c.starsUnknown === true ? 'OCOP, chưa rõ hạng sao' : 'chưa chọn hạng sao';
  const parts = [stars];
  const level = str(c.level);
  if (level) parts.push(LEVELS[level] ?? level);
  const decision = str(c.decision);
  const date = dateText(c.date);
  const when = date ? `ngày ${date}` : typeof c.year === 'number' ? `năm ${c.year}` : c.dateUnknown === true ? 'không rõ năm' : undefined;
  parts.push([decision ? `Quyết định ${decision}` : undefined, when].filter(Boolean).join(' ') || 'chưa có ngày hoặc năm');
  if (c.dateUnknown === true && dateText(c.notAfter)) parts.push(`chậm nhất ngày ${dateText(c.notAfter)}`);
  if (typeof c.score === 'number') parts.push(`${formatNumber('vi', c.score)} điểm`);
  const revoked = c.revoked as Record<string, unknown> | undefined;
  if (revoked && dateText(revoked.date)) parts.push(`bị thu hồi ngày ${dateText(revoked.date)}${str(revoked.reason) ? ` (${revoked.reason})` : ''}`);
  return parts.join(', ');
}
