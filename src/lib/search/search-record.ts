// What the search index learns from one record page: the record's own text, field by field (its
// names, its product type, its product set, its producer, its place, its description: see
// src/lib/search/search-fields.ts for why each field has a fixed slot), an ASCII copy of every field but
// the description (and of the description's đ-words), filter values, its place in the name and star orders and result-card
// metadata. The page's labels ("Tình trạng", "Nguồn", the menu…) are never indexed: "trà" must
// not find every record through "trạng". Filter values are ids (stars "4", district slug…), never
// translated labels, so the URL (?district=tien-phuoc) is the same in both languages and the search
// page maps ids to labels itself.
import type { Place, Producer, Product, ProductSet, SalesPoint } from '../content/catalogue';
import { statusDates, type StatusDates } from '../certificates/certificate';
import { localText } from '../pages/localize';
import type { Locale } from '../pages/routes';
import type { FilterKey, RecordType } from './search-query';
import { slotText, type Field } from './search-fields';
import { separatePlaces } from './search-names';
import { displayName as capitalised, displayNameOf } from '../content/names';
import { foldVietnamese, nameKey, slugify } from '../content/slug';

export interface SearchRecordFields {
  type: RecordType;
  /** The text of each field's slot, in slot order, padded to its fixed length (search-fields.ts). */
  slots: Record<Field, string>;
  /** Each field's own words before padding (for tests and the names list). */
  fields: Record<Field, string>;
  filters: Partial<Record<FilterKey, string[]>>;
  /** Result-card data. `titleLang` is set when an English page shows a Vietnamese name. */
  meta: Record<string, string>;
  /** Where the record sorts (search-bundles.ts): its star level (0 none, 1 not stated, 3–5) and its name key. */
  sort: { stars: number; name: string };
}

/** What a record's fields are made of besides the record itself: the vocabulary's words for each product set. */
export interface RecordContext {
  /** Product set id → the vocabulary words that name every product of the set (search-vocabulary.ts). */
  setWords?: ReadonlyMap<string, readonly string[]>;
  /** The phrases that name a place (search-names.ts): taken out of names into the place field. */
  places?: ReadonlySet<string>;
}

/** Filter value and result-card key of an OCOP certificate whose star level no source gives. */
export const STARS_UNSTATED = 'unstated';

const join = (parts: (string | undefined)[]) => [...new Set(parts.filter(Boolean))].join(' · ');

/**
 * Vietnamese function words with đ ("đến" to, "được" get, "để" so that…). Their ASCII copies
 * would make "den" (a lamp, đèn, or black, đen) find every description saying "đến từ": they are
 * left out of the folded copy (the words as printed are still indexed).
 */
const FUNCTION_WORDS = new Set(['đã', 'đang', 'được', 'để', 'đến', 'đó', 'đây', 'đều', 'đi', 'đối', 'đưa', 'đủ']);

/** Markdown to plain text for the index: link targets, emphasis and heading marks removed. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words of a text that contain đ, folded ("đặc sản đỏ" → "dac do"). Pagefind already matches
 * the page's words without tone marks, so only these need an ASCII copy for "dac san" to find a
 * page saying "đặc sản": a few words per page, not a second copy of it.
 */
export function dWords(text: string): string {
  const words = text.normalize('NFC').match(/[\p{L}\p{M}]*[đĐ][\p{L}\p{M}]*/gu) ?? [];
  const content = words.map((w) => w.toLowerCase()).filter((w) => !FUNCTION_WORDS.has(w));
  return [...new Set(content.map((w) => foldVietnamese(w)))].join(' ');
}

/** The current unit's name, so "Bàn Thạch" (and "ban thach") finds the records of its former communes. */
const unitNames = (place: Place | undefined) => (place?.unit ? [place.unit.name, `${place.unit.kind} ${place.unit.name}`] : []);

/** "phường Bàn Thạch", for the result card. */
const unitLabel = (place: Place | undefined) => (place?.unit ? `${place.unit.kind} ${place.unit.name}` : undefined);

/** Status dates as result-card metadata (read back by readStatusDataset in the browser). */
function statusDataMeta(d: StatusDates): Record<string, string | undefined> {
  return { validUntil: d.validUntil, earliest: d.earliest, latest: d.latest, revoked: d.revoked };
}

/** The legal form as a filter value: "hợp tác xã" → "hop-tac-xa". */
export const legalFormId = (legalForm: string): string => slugify(legalForm);

/** The name shown on the result card, and its language when it is not the page's (see localText). */
function displayName(locale: Locale, name: string, nameEn?: string): { title: string; titleLang?: string } {
  const { text, lang } = localText(locale, name, nameEn);
  const title = capitalised(text);
  return lang ? { title, titleLang: lang } : { title };
}

function defined(meta: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(meta).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

/**
 * Words in lower case as printed and, when they differ, their ASCII copy ("den long" must find
 * "Đèn lồng"). Lower case, because Pagefind keeps a word's other spellings (capitals, tone marks)
 * apart and reports the first of them where a record has the word: with one spelling without marks,
 * in every field, that first place is the strongest field that has it.
 */
// Hyphens and slashes between letters become spaces: Pagefind would also index "tea-style" as a
// spelling of "tea", reported before the record's own "tea".
const lower = (text: string) => text.toLocaleLowerCase('vi').replace(/(?<=[\p{L}\p{N}])[-‐–/]+(?=[\p{L}\p{N}])/gu, ' ');
const withFolded = (parts: (string | undefined)[]) => {
  const text = lower(join(parts));
  const folded = foldVietnamese(text);
  return folded === text ? text : `${text} · ${folded}`;
};

/** The set's and its group's names, in both languages. */
const setNames = (sets: readonly ProductSet[]) => [...new Set(sets.flatMap((s) => [s.name, s.nameEn, s.groupRecord.name, s.groupRecord.nameEn]))];

/** The vocabulary's words for the products' sets ("trà chè tea" for a herbal tea). */
const typeWords = (context: RecordContext, sets: readonly ProductSet[]) => [...new Set(sets.flatMap((s) => context.setWords?.get(s.id) ?? []))];

/**
 * Builds a record's fields: the place names in its own, its products' and its producer's names go
 * to its place field, and every field but the description also gets its ASCII copy.
 */
function recordText(
  context: RecordContext,
  fields: Record<Exclude<Field, 'description'>, (string | undefined)[]> & { description: string },
): Pick<SearchRecordFields, 'slots' | 'fields'> {
  const moved: string[] = [];
  const withoutPlaces = (parts: (string | undefined)[]) =>
    parts.filter((n): n is string => Boolean(n)).map((n) => {
      if (!context.places) return n;
      const { rest, places } = separatePlaces(n, context.places);
      moved.push(...places);
      return rest;
    });
  const [head = '', ...otherNames] = withoutPlaces(fields.name).map(lower);
  const name = { head, headFolded: foldVietnamese(head), others: withFolded(otherNames) };
  const own: Record<Field, string> = {
    name: join([name.head, name.headFolded, name.others]),
    type: withFolded(withoutPlaces(fields.type)),
    set: withFolded(fields.set),
    producer: withFolded(withoutPlaces(fields.producer)),
    place: withFolded([...moved, ...fields.place]),
    description: lower(join([fields.description, dWords(fields.description)])),
  };
  return { slots: slotText({ ...own, name }).slots, fields: own };
}

/** English prose about a record: in the English index only, with the record's description. */
const englishText = (locale: Locale, text: string | undefined) => (locale === 'en' ? text : undefined);

/** `pageText`: the record's own prose (its Markdown body). */
export function productRecord(locale: Locale, p: Product, pageText = '', context: RecordContext = {}): SearchRecordFields {
  const shown = displayName(locale, p.name, p.nameEn);
  return {
    type: 'product',
    ...recordText(context, {
      name: [p.name, p.nameEn],
      type: typeWords(context, p.productSet ? [p.productSet] : []),
      set: setNames(p.productSet ? [p.productSet] : []),
      producer: [p.producer?.name, ...(p.producer?.formerNames ?? []).map((f) => f.name)],
      place: [p.district.name, p.commune, ...unitNames(p.place), ...p.salesPoints.map((x) => x.name)],
      description: join([plainText(pageText), p.specs?.packaging, p.specs?.size, p.specs?.shelfLife, englishText(locale, p.english ? plainText(p.english.description) : undefined)]),
    }),
    filters: {
      type: ['product'],
      stars: p.stars ? [String(p.stars)] : p.starsUnstated ? [STARS_UNSTATED] : [],
      group: p.group ? [p.group.id] : [],
      district: [p.district.id],
      legalForm: p.producer ? [legalFormId(p.producer.legalForm)] : [],
      status: [p.status],
    },
    meta: defined({
      ...shown,
      type: 'product',
      stars: p.stars ? String(p.stars) : p.starsUnstated ? STARS_UNSTATED : undefined,
      status: p.status,
      // The current certificate's dates, so the result card shows the status for the day it is read.
      ...(p.current ? statusDataMeta(statusDates(p.current)) : {}),
      producer: p.producer ? displayNameOf(p.producer.name) : undefined,
      district: p.district.name,
      unit: unitLabel(p.place),
      group: p.group?.id,
    }),
    sort: { stars: p.stars ?? (p.starsUnstated ? 1 : 0), name: nameKey(shown.title) },
  };
}

export function producerRecord(locale: Locale, p: Producer, pageText = '', context: RecordContext = {}): SearchRecordFields {
  const shown = displayName(locale, p.name);
  const sets = [...new Set(p.products.flatMap((x) => (x.productSet ? [x.productSet] : [])))];
  return {
    type: 'producer',
    ...recordText(context, {
      name: [p.name, ...(p.formerNames ?? []).map((f) => f.name)],
      // What it makes: its products' names and the vocabulary's words for them.
      type: [...p.products.flatMap((x) => [x.name, x.nameEn]), ...typeWords(context, sets)],
      set: setNames(sets),
      producer: [],
      place: [p.district.name, p.commune, ...unitNames(p.place), p.address],
      description: join([plainText(pageText), englishText(locale, p.english ? plainText(p.english.description) : undefined)]),
    }),
    filters: {
      type: ['producer'],
      stars: p.topStars ? [String(p.topStars)] : [],
      group: p.groups.map((g) => g.id),
      district: [p.district.id],
      legalForm: [legalFormId(p.legalForm)],
    },
    meta: defined({
      ...shown,
      type: 'producer',
      stars: p.topStars ? String(p.topStars) : undefined,
      legalForm: legalFormId(p.legalForm),
      district: p.district.name,
      unit: unitLabel(p.place),
      products: String(p.products.length),
    }),
    sort: { stars: p.topStars ?? 0, name: nameKey(shown.title) },
  };
}

export function salesPointRecord(locale: Locale, s: SalesPoint, context: RecordContext = {}): SearchRecordFields {
  const shown = displayName(locale, s.name, s.nameEn);
  const sets = [...new Set(s.products.flatMap((x) => (x.productSet ? [x.productSet] : [])))];
  return {
    type: 'salesPoint',
    ...recordText(context, {
      name: [s.name, s.nameEn],
      // What it sells.
      type: [...s.products.flatMap((x) => [x.name, x.nameEn]), ...typeWords(context, sets)],
      set: setNames(sets),
      producer: [s.operator, englishText(locale, s.operatorEn)],
      place: [s.district.name, s.commune, ...unitNames(s.place), s.address],
      description: join([s.description, s.openingHours, englishText(locale, s.descriptionEn)]),
    }),
    filters: {
      type: ['salesPoint'],
      group: [...new Set(s.products.flatMap((x) => (x.group ? [x.group.id] : [])))],
      district: [s.district.id],
    },
    meta: defined({
      ...shown,
      type: 'salesPoint',
      kind: s.kind,
      openStatus: s.status,
      address: s.address,
      district: s.district.name,
      unit: unitLabel(s.place),
      products: String(s.products.length),
    }),
    sort: { stars: 0, name: nameKey(shown.title) },
  };
}
