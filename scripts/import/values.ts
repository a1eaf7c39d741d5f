// Reading the cells of an official list: stars, dates, levels, decisions, scores, legal forms and
// addresses as provincial decisions and news lists print them. Each reader returns a value or the
// reason (in both languages) the cell is unusable.
import { isIsoDate, type IsoDate } from '../../src/lib/certificates/dates.ts';
import { levelFromIssuer } from '../../src/lib/certificates/certifying-level.ts';
import type { CertificateData, LegalForm } from '../../src/lib/content/schema.ts';
import { nameKey } from '../../src/lib/content/slug.ts';
import { q, t, type Text } from './text.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Text };
export type Stars = NonNullable<CertificateData['stars']>;
export type Level = NonNullable<CertificateData['level']>;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: Text): Parsed<T> => ({ ok: false, reason });

/** Spreadsheets export NFD text, non-breaking spaces and stray line breaks; names are stored as NFC single-spaced. */
export function cleanCell(value: string | undefined): string {
  return (value ?? '').normalize('NFC').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

const STAR_WORDS: Record<string, Stars> = { ba: 3, bon: 4, tu: 4, nam: 5 };

/** "4", "4 sao", "4★", "4*", "★★★★" or "bốn sao"; the cell must not be empty (the caller decides what an empty one means). */
export function parseStars(cell: string): Parsed<Stars> {
  const key = nameKey(cell).replace(/ sao$/, '');
  const drawn = /^★+$/.test(cell.replace(/\s/g, '')) ? cell.replace(/\s/g, '').length : undefined;
  const n = drawn ?? (/^[0-9]+$/.test(key) ? Number(key) : STAR_WORDS[key]);
  if (n === 3 || n === 4 || n === 5) return ok(n);
  return fail(t(`hạng sao ${q(cell)} không phải 3, 4 hoặc 5`, `star rating ${q(cell)} is not 3, 4 or 5`));
}

const DMY = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;
const WORDED = /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;

/**
 * dd/mm/yyyy as printed on decisions (also d/m/yyyy, - or . as separators, "ngày 29 tháng 12 năm 2022");
 * the command line may also give YYYY-MM-DD. Always day first: a list saved by a US-locale Excel
 * (month first) must be fixed before import.
 */
export function parseDayMonthYear(cell: string): Parsed<IsoDate> {
  // Excel adds a midnight time to cells typed as dates.
  const text = cell.replace(/\s+0?0:00(?::00)?$/, '').trim();
  const m = new RegExp(`^${DMY.source}$`).exec(text) ?? new RegExp(`^${WORDED.source}$`, 'iu').exec(text);
  const iso = m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
  if (!iso || !isIsoDate(iso)) {
    return fail(t(`ngày ${q(cell)} không đúng: cần một ngày có thật, viết dd/mm/yyyy`, `malformed date ${q(cell)}: expected a real date written dd/mm/yyyy`));
  }
  return ok(iso);
}

export interface DecisionCell {
  /** The number as printed, prefix words removed: "3610/QĐ-UBND", "3610". */
  decision?: string;
  /** The date as printed, when the cell carries one. */
  dateText?: string;
  /** The issuing body, when the cell names it ("của UBND tỉnh"). */
  issuer?: string;
}

const ISSUER = /\s*,?\s*(?:của|do)\s+((?:UBND|Ủy ban|Uỷ ban|ỦY BAN|Bộ|BỘ|Thủ tướng|THỦ TƯỚNG|Chủ tịch|CHỦ TỊCH)\b.*)$/u;

/**
 * A decision cell in the forms official lists and news lists use: "3610/QĐ-UBND", "Quyết định 3610,
 * 29/12/2022", "QĐ số 3610 ngày 29/12/2022", "Quyết định ngày 22/12/2023", "3610/QĐ-UBND ngày 29 tháng
 * 12 năm 2022 của UBND tỉnh".
 */
export function parseDecisionCell(cell: string): DecisionCell {
  if (cell === '') return {};
  let rest = cell;
  const out: DecisionCell = {};
  const issuer = ISSUER.exec(rest);
  if (issuer) {
    out.issuer = issuer[1].trim();
    rest = rest.slice(0, issuer.index);
  }
  const date = WORDED.exec(rest) ?? DMY.exec(rest);
  if (date) {
    out.dateText = date[0].replace(/^ngày\s+/iu, '');
    rest = rest.slice(0, date.index) + rest.slice(date.index + date[0].length);
  }
  // "\b" knows ASCII letters only: a word ends where no letter or digit follows.
  const end = '(?![\\p{L}\\p{N}])';
  const number = rest
    .replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:ngày|ngay)${end}`, 'giu'), ' ')
    .replace(new RegExp(`^[\\s,;:(]*(?:quyết định|quyet dinh|qđ|qd)${end}\\.?`, 'iu'), '')
    .replace(new RegExp(`^[\\s,;:]*(?:số|so)${end}\\.?`, 'iu'), '')
    .replace(/^[\s,;:.]+|[\s,;:.)]+$/g, '')
    .trim();
  if (/\d/.test(number)) out.decision = number;
  return out;
}

/** A year column for lists that give no day: 2000 … this year. */
export function parseYear(cell: string, thisYear: number): Parsed<number> {
  if (!/^\d{4}$/.test(cell)) return fail(t(`năm ${q(cell)} không đúng: cần bốn chữ số`, `malformed year ${q(cell)}: expected four digits`));
  const year = Number(cell);
  if (year < 2000 || year > thisYear) return fail(t(`năm ${year} nằm ngoài 2000–${thisYear}`, `year ${year} is outside 2000–${thisYear}`));
  return ok(year);
}

/** Scores are printed with a decimal comma ("72,5"), sometimes with "điểm". */
export function parseScore(cell: string): Parsed<number> {
  const text = cell.replace(/\s*(?:điểm|diem)$/i, '').replace(',', '.');
  const n = Number(text);
  if (text === '' || !Number.isFinite(n) || n < 0 || n > 100) {
    return fail(t(`điểm ${q(cell)} không phải một số từ 0 đến 100`, `score ${q(cell)} is not a number from 0 to 100`));
  }
  return ok(n);
}

const LEVEL_WORDS: [RegExp, Level][] = [
  [/^(?:cap )?(?:huyen|district|thi xa|thanh pho thuoc tinh)$/, 'district'],
  [/^(?:cap )?(?:tinh|province|thanh pho truc thuoc trung uong)$/, 'province'],
  [/^(?:cap )?(?:trung uong|quoc gia|national|tw)$/, 'national'],
];

/**
 * "district", "cấp huyện", "tỉnh", "trung ương", or the body that certified: "UBND tỉnh", "UBND huyện
 * Tiên Phước", "Bộ Nông nghiệp…" (isDistrictName tells a district-level city from a province-level one).
 */
export function parseLevel(cell: string, isDistrictName: (name: string) => boolean = () => false): Parsed<Level> {
  const key = nameKey(cell);
  for (const [pattern, level] of LEVEL_WORDS) if (pattern.test(key)) return ok(level);
  const byIssuer = levelFromIssuer(cell, isDistrictName);
  if (byIssuer) return ok(byIssuer);
  return fail(
    t(
      `cấp công nhận ${q(cell)} không phải cấp huyện, cấp tỉnh, trung ương hay một cơ quan (UBND tỉnh, UBND huyện…, Bộ…)`,
      `certifying level ${q(cell)} is not district (huyện), province (tỉnh), national (trung ương) or a body (UBND tỉnh, UBND huyện…, Bộ…)`,
    ),
  );
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

/** Web addresses in a source cell: one, or several separated by ";", "|" or spaces. */
export function sourceUrls(cell: string): string[] {
  return cell
    .split(/\s*[;|]\s*|\s+/)
    .map((u) => u.trim())
    .filter(Boolean);
}
