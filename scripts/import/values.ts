// Reading the cells of an official list: stars, dates, levels, decisions, legal forms and addresses
// as the provincial decisions print them. Each reader returns a value or a reason the cell is unusable.
import { isIsoDate, type IsoDate } from '../../src/lib/dates.ts';
import type { CertificateData, LegalForm } from '../../src/lib/schema.ts';
import { nameKey } from '../../src/lib/slug.ts';
import { DISTRICTS_CERTIFY_3_STARS_FROM } from '../../src/lib/validate.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
export type Stars = NonNullable<CertificateData['stars']>;
export type Level = NonNullable<CertificateData['level']>;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** Spreadsheets export NFD text, non-breaking spaces and stray line breaks; names are stored as NFC single-spaced. */
export function cleanCell(value: string | undefined): string {
  return (value ?? '').normalize('NFC').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

const STAR_WORDS: Record<string, Stars> = { ba: 3, bon: 4, tu: 4, nam: 5 };

/** "4", "4 sao", "4★", "4*" or "bốn sao". */
export function parseStars(cell: string): Parsed<Stars> {
  if (cell === '') return fail('missing star rating (Hạng sao): expected 3, 4 or 5');
  const key = nameKey(cell).replace(/ sao$/, '');
  const n = /^[0-9]+$/.test(key) ? Number(key) : STAR_WORDS[key];
  if (n === 3 || n === 4 || n === 5) return ok(n);
  return fail(`star rating ${JSON.stringify(cell)} is not 3, 4 or 5`);
}

/**
 * dd/mm/yyyy as printed on decisions (also d/m/yyyy and - or . as separators); the CLI may also give YYYY-MM-DD.
 * Always day first: a list saved by a US-locale Excel (month first) must be fixed before import.
 */
export function parseDayMonthYear(cell: string): Parsed<IsoDate> {
  // Excel adds a midnight time to cells typed as dates.
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:\s+0?0:00(?::00)?)?$/.exec(cell);
  const iso = m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : /^\d{4}-\d{2}-\d{2}$/.test(cell) ? cell : undefined;
  if (!iso || !isIsoDate(iso)) return fail(`malformed date ${JSON.stringify(cell)}: expected a real date written dd/mm/yyyy`);
  return ok(iso);
}

/** A decision cell sometimes carries its date: "3610/QĐ-UBND ngày 12/10/2023". */
export function splitDecision(cell: string): { decision?: string; dateText?: string } {
  if (cell === '') return {};
  const m = /^(.*?)[\s,;]*(?:ngày|ngay)\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})\s*$/iu.exec(cell);
  const decision = (m ? m[1] : cell).replace(/^(?:quyết định|quyet dinh|qđ|qd)(?:\s+(?:số|so))?\s+/iu, '').trim();
  return m ? { decision: decision || undefined, dateText: m[2] } : { decision: decision || undefined };
}

/** A year column for lists that give no day: 2019 … this year. */
export function parseYear(cell: string, thisYear: number): Parsed<number> {
  if (!/^\d{4}$/.test(cell)) return fail(`malformed year ${JSON.stringify(cell)}: expected four digits`);
  const year = Number(cell);
  if (year < 2000 || year > thisYear) return fail(`year ${year} is outside 2000–${thisYear}`);
  return ok(year);
}

/** Scores are printed with a decimal comma ("72,5"). */
export function parseScore(cell: string): Parsed<number> {
  const text = cell.replace(/\s*(?:điểm|diem)$/i, '').replace(',', '.');
  const n = Number(text);
  if (text === '' || !Number.isFinite(n) || n < 0 || n > 100) return fail(`score ${JSON.stringify(cell)} is not a number from 0 to 100`);
  return ok(n);
}

const LEVEL_WORDS: [RegExp, Level][] = [
  [/^(?:cap )?(?:huyen|district|thi xa|thanh pho thuoc tinh)$/, 'district'],
  [/^(?:cap )?(?:tinh|province|ubnd tinh)$/, 'province'],
  [/^(?:cap )?(?:trung uong|quoc gia|national|bo|bo nong nghiep.*|chinh phu|tw)$/, 'national'],
];

/** "district", "cấp huyện", "tỉnh", "trung ương" … */
export function parseLevel(cell: string): Parsed<Level> {
  const key = nameKey(cell);
  for (const [pattern, level] of LEVEL_WORDS) if (pattern.test(key)) return ok(level);
  return fail(`certifying level ${JSON.stringify(cell)} is not district (huyện), province (tỉnh) or national (trung ương)`);
}

/**
 * The level the stars imply: 5★ national, 4★ province, 3★ district since Decision 148/QĐ-TTg
 * (2023-02-24) and province before. A 3★ known only by its year 2023 could be either: left out.
 */
export function levelFromStars(stars: Stars, when: { date?: IsoDate; year?: number }): Level | undefined {
  if (stars === 5) return 'national';
  if (stars === 4) return 'province';
  if (when.date) return when.date >= DISTRICTS_CERTIFY_3_STARS_FROM ? 'district' : 'province';
  const cutoffYear = Number(DISTRICTS_CERTIFY_3_STARS_FROM.slice(0, 4));
  if (when.year !== undefined && when.year !== cutoffYear) return when.year > cutoffYear ? 'district' : 'province';
  return undefined;
}

/** Why a level given by the list or the command line cannot have certified these stars, if it cannot. */
export function levelConflict(level: Level, stars: Stars): string | undefined {
  if (level === 'district' && stars > 3) return `a district certifies 3★ only, not ${stars}★ (check the level or the stars)`;
  if (stars === 5 && level !== 'national') return `5★ is certified at national level, not ${level} (check the level or the stars)`;
  return undefined;
}

const LEGAL_FORM_PREFIXES: [RegExp, LegalForm][] = [
  [/^(?:htx|hop tac xa)\b/, 'hợp tác xã'],
  [/^(?:tht|to hop tac)\b/, 'tổ hợp tác'],
  [/^(?:cong ty|cty|doanh nghiep|dntn|chi nhanh cong ty)\b/, 'doanh nghiệp'],
  [/^(?:ho kinh doanh|hkd)\b/, 'hộ kinh doanh'],
];

/** Legal form from how the name starts; anything else (Cơ sở…, a person's name) is a cơ sở sản xuất. */
export function legalFormFromName(name: string): LegalForm {
  const key = nameKey(name);
  for (const [pattern, form] of LEGAL_FORM_PREFIXES) if (pattern.test(key)) return form;
  return 'cơ sở sản xuất';
}

const COMMUNE_PART = /^(xã|phường|thị trấn)\s+(\S.*)$/iu;

/** The commune, when exactly one comma-separated part of the address starts with xã, phường or thị trấn. */
export function communeFromAddress(address: string): string | undefined {
  const found = address
    .split(/[,;]/)
    .map((part) => COMMUNE_PART.exec(part.trim()))
    .filter((m): m is RegExpExecArray => m !== null);
  if (found.length !== 1) return undefined;
  return `${found[0][1].toLowerCase()} ${found[0][2]}`;
}

/** Comma-separated parts of an address, for finding the district it names. */
export function addressParts(address: string): string[] {
  return address
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
}

const ROMAN_OR_LETTER = /^(?:[IVXLC]+|[A-Z])\.?$/;

/** STT of a section heading row ("I", "II.", "A") rather than of a product. */
export function isSectionNumber(stt: string): boolean {
  return stt === '' || ROMAN_OR_LETTER.test(stt);
}
