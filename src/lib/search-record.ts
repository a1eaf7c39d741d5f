// What the search index learns from one record page: the record's own text (its names, then who
// makes or sells it, where, its product set, its description), an ASCII copy of its names and
// đ-words, filter values, sort keys and result-card metadata. The page's labels ("Tình trạng",
// "Nguồn", the menu…) are never indexed: "trà" must not find every record through "trạng". Filter values are ids (stars "4", district slug…), never
// translated labels, so the URL (?district=tien-phuoc) is the same in both languages and the search
// page maps ids to labels itself.
import type { Place, Producer, Product, SalesPoint } from './catalogue';
import { statusDates, type StatusDates } from './certificate';
import { localText } from './localize';
import type { Locale } from './routes';
import type { FilterKey, RecordType } from './search-query';
import { displayName as capitalised, displayNameOf } from './names';
import { foldVietnamese, nameKey, slugify } from './slug';

export interface SearchRecordFields {
  type: RecordType;
  /** The record's names as printed (tone marks kept), weighted like a title. */
  names: string;
  /** Its own related words as printed: producer, place, product set, products made or sold. */
  context: string;
  /** Its own prose (description, packaging…), as plain text. */
  description: string;
  /** Its English words (names, product set; on English pages its English text), kept apart so the page can mark their language. */
  english: string;
  /** The record's names folded to ASCII, weighted like its title: "den long" must find "Đèn lồng". */
  foldedNames: string;
  /** Related words folded to ASCII at ordinary weight: producer, place, product set, products made or sold. */
  foldedContext: string;
  filters: Partial<Record<FilterKey, string[]>>;
  /** Result-card data. `titleLang` is set when an English page shows a Vietnamese name. */
  meta: Record<string, string>;
  /** Every record has both keys: Pagefind leaves out of sorted results any page lacking the key. */
  sort: { stars: string; name: string };
}

/** Filter value and result-card key of an OCOP certificate whose star level no source gives. */
export const STARS_UNSTATED = 'unstated';

const join = (parts: (string | undefined)[]) => [...new Set(parts.filter(Boolean))].join(' · ');
const fold = (parts: (string | undefined)[]) => foldVietnamese(join(parts));

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
 * A record's indexed text from its words: names (and, in the folded copy only, `otherNames` such
 * as an English name), related words, its own prose and its English words.
 */
function textFields(
  names: string[],
  context: (string | undefined)[],
  description: string,
  english: string,
  otherNames: (string | undefined)[] = [],
): Pick<SearchRecordFields, 'names' | 'context' | 'description' | 'english' | 'foldedNames' | 'foldedContext'> {
  return {
    names: join(names),
    context: join(context),
    description,
    english,
    foldedNames: fold([...names, ...otherNames]),
    foldedContext: fold([...context, dWords(description)]),
  };
}

/** `pageText`: the record's own prose (its Markdown body). */
export function productRecord(locale: Locale, p: Product, pageText = ''): SearchRecordFields {
  const shown = displayName(locale, p.name, p.nameEn);
  const names = [p.name];
  const context = [p.producer?.name, p.district.name, p.commune, ...unitNames(p.place), p.productSet?.name, ...p.salesPoints.map((x) => x.name)];
  const description = join([plainText(pageText), p.specs?.packaging, p.specs?.size, p.specs?.shelfLife]);
  const english = join([p.nameEn, p.productSet?.nameEn, locale === 'en' && p.english ? plainText(p.english.description) : undefined]);
  return {
    type: 'product',
    ...textFields(names, context, description, english, [p.nameEn]),
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
    sort: { stars: String(p.stars ?? (p.starsUnstated ? 1 : 0)), name: nameKey(shown.title) },
  };
}

export function producerRecord(locale: Locale, p: Producer, pageText = ''): SearchRecordFields {
  const shown = displayName(locale, p.name);
  const names = [p.name, ...(p.formerNames ?? []).map((f) => f.name)];
  const context = [p.district.name, p.commune, ...unitNames(p.place), p.address, ...p.products.map((x) => x.name)];
  const description = plainText(pageText);
  const english = join([...p.products.map((x) => x.nameEn), locale === 'en' && p.english ? plainText(p.english.description) : undefined]);
  return {
    type: 'producer',
    ...textFields(names, context, description, english),
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
    sort: { stars: String(p.topStars ?? 0), name: nameKey(shown.title) },
  };
}

export function salesPointRecord(locale: Locale, s: SalesPoint): SearchRecordFields {
  const shown = displayName(locale, s.name, s.nameEn);
  const names = [s.name];
  const context = [s.district.name, s.commune, ...unitNames(s.place), s.address, s.operator, ...s.products.map((x) => x.name)];
  const description = join([s.description, s.openingHours]);
  const english = join([s.nameEn, ...s.products.map((x) => x.nameEn), locale === 'en' ? s.descriptionEn : undefined]);
  return {
    type: 'salesPoint',
    ...textFields(names, context, description, english, [s.nameEn]),
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
    sort: { stars: '0', name: nameKey(shown.title) },
  };
}
