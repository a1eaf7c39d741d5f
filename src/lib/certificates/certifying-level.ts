// Who certifies which star level on which date: the periods of the national rules, and the level an
// issuing body ("UBND tỉnh", "UBND huyện Tiên Phước", "Bộ Nông nghiệp…") stands for. Shared by the
// content check and the import, so both apply the same dates.
//
// - Until 23/02/2023 the province certified 3★ and 4★; 5★ was always national (the ministry).
// - Decision 148/QĐ-TTg (24/02/2023) gave 3★ to the district People's Committees.
// - District People's Committees ceased to exist on 1 July 2025, and Decision 1489/QĐ-TTg (6 July
//   2025, amending Decision 148/QĐ-TTg) moved 3★ to the province: since then OCOP is rated at two
//   levels, province (3★, 4★) and national (5★). No certificate dated on or after 1 July 2025 is district.
import type { CertificateLevel, Stars } from './certificate';
import { nameKey } from '../content/slug';

/** The date districts took over 3★ certification (Decision 148/QĐ-TTg of 24/02/2023). */
export const DISTRICTS_CERTIFY_3_STARS_FROM = '2023-02-24';
/** The day district People's Committees ceased to exist (and, with Decision 1489/QĐ-TTg, 3★ went to the province). */
export const DISTRICT_LEVEL_ENDS_ON = '2025-07-01';

const yearOf = (date: string) => Number(date.slice(0, 4));

/** When a certificate was decided, as precisely as known. */
export interface DecidedWhen {
  date?: string;
  year?: number;
}

/** True when the certificate was certainly decided on or after the day district level ended. */
export function certainlyAfterDistricts(when: DecidedWhen): boolean {
  if (when.date) return when.date >= DISTRICT_LEVEL_ENDS_ON;
  return when.year !== undefined && when.year > yearOf(DISTRICT_LEVEL_ENDS_ON);
}

/** True when the certificate was certainly decided while districts certified 3★ (24/02/2023 – 30/06/2025). */
export function certainlyInDistrictPeriod(when: DecidedWhen): boolean {
  if (when.date) return when.date >= DISTRICTS_CERTIFY_3_STARS_FROM && when.date < DISTRICT_LEVEL_ENDS_ON;
  return when.year !== undefined && when.year > yearOf(DISTRICTS_CERTIFY_3_STARS_FROM) && when.year < yearOf(DISTRICT_LEVEL_ENDS_ON);
}

/** True when the certificate was certainly decided before districts certified 3★. */
function certainlyBeforeDistricts(when: DecidedWhen): boolean {
  if (when.date) return when.date < DISTRICTS_CERTIFY_3_STARS_FROM;
  return when.year !== undefined && when.year < yearOf(DISTRICTS_CERTIFY_3_STARS_FROM);
}

/**
 * The level the rules give these stars on this date: 5★ national, 4★ province, 3★ province before
 * 24/02/2023 and from 1 July 2025, district in between. Undefined when the date is too vague to tell
 * (a 3★ known only as "2023" or "2025").
 */
export function levelFromStars(stars: Stars, when: DecidedWhen): CertificateLevel | undefined {
  if (stars === 5) return 'national';
  if (stars === 4) return 'province';
  if (certainlyInDistrictPeriod(when)) return 'district';
  if (certainlyBeforeDistricts(when) || certainlyAfterDistricts(when)) return 'province';
  return undefined;
}

/**
 * The level an issuing body stands for: "UBND tỉnh Quảng Nam", "Ủy ban nhân dân thành phố Đà Nẵng"
 * → province; "UBND huyện Tiên Phước", "UBND thị xã Điện Bàn" → district; "Bộ Nông nghiệp và Môi
 * trường", "Thủ tướng Chính phủ" → national. "UBND thành phố X" is a district when X is one of the
 * province's former district-level cities (isDistrictName), else a centrally run city (province level).
 * Undefined when the text names no body this knows.
 */
export function levelFromIssuer(text: string, isDistrictName: (name: string) => boolean): CertificateLevel | undefined {
  const key = nameKey(text)
    .replace(/^(?:cua|do|boi)\s+/, '')
    .replace(/\bchu tich\s+/, '');
  if (/^(?:bo\b|thu tuong\b|chinh phu\b|bo nong nghiep)/.test(key)) return 'national';
  const m = /^(?:ubnd|uy ban nhan dan|ubnd cap)\s*(tinh|thanh pho|tp|huyen|thi xa|tx|quan)\b\s*(.*)$/.exec(key);
  if (!m) return undefined;
  const [, kind, name] = m;
  if (kind === 'tinh') return 'province';
  if (kind === 'huyen' || kind === 'thi xa' || kind === 'tx' || kind === 'quan') return 'district';
  // A city: one of the province's own (Tam Kỳ, Hội An) was a district-level unit; another is the city itself.
  return name && isDistrictName(name) ? 'district' : 'province';
}

export interface LevelConflict {
  /** 'abolished': a district level on or after 1 July 2025 (impossible); 'stars': a level that does not certify these stars. */
  kind: 'abolished' | 'stars';
  message: string;
}

/**
 * Why a level cannot have certified these stars on this date, if it cannot: a district certifies 3★
 * only, and nothing on or after 1 July 2025; 5★ is national.
 */
export function levelConflict(level: CertificateLevel, stars: Stars | undefined, when: DecidedWhen): LevelConflict | undefined {
  if (level === 'district' && certainlyAfterDistricts(when)) {
    return {
      kind: 'abolished',
      message: `no certificate dated on or after ${DISTRICT_LEVEL_ENDS_ON} is district level: district People's Committees ceased to exist that day and the province certifies 3★ (Decision 1489/QĐ-TTg); use province`,
    };
  }
  if (stars === undefined) return undefined;
  if (level === 'district' && stars > 3) {
    return { kind: 'stars', message: `a district certifies 3★ only; ${stars}★ is certified by the ${stars === 4 ? 'province' : 'ministry (national)'}` };
  }
  if (stars === 5 && level !== 'national') return { kind: 'stars', message: '5★ is certified at national level' };
  return undefined;
}
