// The communes as they are since 1 July 2025: which unit a former commune became, matched the way
// editors write commune names ("xã Tam Thăng", "TT Nam Phước", "P. Sơn Phong", "Đại Hoà" or "Đại Hòa").

/** Kind words and abbreviations that may start a commune name as printed. */
const KIND_PREFIX = /^\s*(?:xã|phường|thị trấn|tt\.?|p\.|x\.)\s+/iu;

/** The name without its kind word: "TT Nam Phước" → "Nam Phước". */
export function communeName(printed: string): string {
  return printed.normalize('NFC').replace(KIND_PREFIX, '').trim();
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * One syllable with its tone mark moved to the end, so "hoà" and "hòa" (old and new placement)
 * give the same key while "Tam Dân" and "Tam Đàn", or "Trà Don" and "Trà Dơn", stay apart.
 */
function syllableKey(word: string): string {
  const d = word.normalize('NFD').toLowerCase();
  const tone = (d.match(TONES) ?? []).join('');
  return `${d.replace(TONES, '').normalize('NFC')}${tone}`;
}

// Numbered communes are printed both ways: "Tam Xuân 2" and "Tam Xuân II".
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5' };

/**
 * Key matching a former commune within its former district: case, kind words, tone-mark placement,
 * spaces and hyphens ignored ("A Tiêng" = "Atiêng"), Roman numbers read as digits ("Tam Xuân II" =
 * "Tam Xuân 2"); letters and marks otherwise kept.
 */
export function communeKey(district: string, printed: string): string {
  const words = communeName(printed).split(/[\s-]+/).filter(Boolean);
  return `${district}|${words.map((w, i) => (i > 0 && ROMAN[w.toLowerCase()]) || syllableKey(w)).join(' ').replace(/ (?!\d)/g, '')}`;
}

/** What a unit resolver needs of a unit record. */
export interface UnitLike {
  id: string;
  formerUnits: { name: string; district: string }[];
}

/** What a resolver needs of a former commune with no known successor. */
export interface OrphanLike {
  id: string;
  name: string;
  district: string;
}

export type CommuneSuccessor<U, O> = { unit: U } | { orphan: O };

/** Indexes units and orphans by former (district, commune); throws when one key names two things. */
export function successorIndex<U extends UnitLike, O extends OrphanLike>(units: readonly U[], orphans: readonly O[] = []) {
  const index = new Map<string, CommuneSuccessor<U, O>>();
  const owner = new Map<string, string>();
  const put = (key: string, value: CommuneSuccessor<U, O>, who: string) => {
    const first = owner.get(key);
    if (first && first !== who) throw new Error(`former commune "${key}" is claimed by both ${first} and ${who}`);
    owner.set(key, who);
    index.set(key, value);
  };
  for (const u of units) for (const f of u.formerUnits) put(communeKey(f.district, f.name), { unit: u }, `unit ${u.id}`);
  for (const o of orphans) put(communeKey(o.district, o.name), { orphan: o }, `former commune ${o.id}`);
  return {
    /** The successor of a commune as printed in a record of that district, if known. */
    resolve(district: string, commune: string | undefined): CommuneSuccessor<U, O> | undefined {
      if (!commune) return undefined;
      return index.get(communeKey(district, commune));
    },
  };
}

/** Unit kinds in English, for "now Bàn Thạch ward". */
export const UNIT_KIND_EN: Record<string, string> = { 'phường': 'ward', 'xã': 'commune', 'đặc khu': 'special zone' };
