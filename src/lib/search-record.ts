// What the search index learns from one record page: an ASCII copy of its words, filter values,
// sort keys and result-card metadata. Filter values are ids (stars "4", district slug…), never
// translated labels, so the URL (?district=tien-phuoc) is the same in both languages and the search
// page maps ids to labels itself.
import type { Place, Producer, Product, SalesPoint } from './catalogue';
import { localText } from './localize';
import type { Locale } from './routes';
import type { FilterKey, RecordType } from './search-query';
import { statusDates, type StatusDates } from './certificate';
import { foldVietnamese, nameKey, slugify } from './slug';

export interface SearchRecordFields {
  type: RecordType;
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

const fold = (parts: (string | undefined)[]) => foldVietnamese([...new Set(parts.filter(Boolean))].join(' · '));

/**
 * The words of a text that contain đ, folded ("đặc sản đỏ" → "dac do"). Pagefind already matches
 * the page's words without tone marks, so only these need an ASCII copy for "dac san" to find a
 * page saying "đặc sản": a few words per page, not a second copy of it.
 */
export function dWords(text: string): string {
  const words = text.normalize('NFC').match(/[\p{L}\p{M}]*[đĐ][\p{L}\p{M}]*/gu) ?? [];
  return [...new Set(words.map((w) => foldVietnamese(w).toLowerCase()))].join(' ');
}

/** The current unit's name, so "Bàn Thạch" (and "ban thach") finds the records of its former communes. */
const unitNames = (place: Place | undefined) => (place?.unit ? [place.unit.name, `${place.unit.kind} ${place.unit.name}`] : []);

/** "phường Bàn Thạch", for the result card. */
const unitLabel = (place: Place | undefined) => (place?.unit ? `${place.unit.kind} ${place.unit.name}` : undefined);

/** The legal form as a filter value: "hợp tác xã" → "hop-tac-xa". */
export const legalFormId = (legalForm: string): string => slugify(legalForm);

/** The name shown on the result card, and its language when it is not the page's (see localText). */
function displayName(locale: Locale, name: string, nameEn?: string): { title: string; titleLang?: string } {
  const { text, lang } = localText(locale, name, nameEn);
  return lang ? { title: text, titleLang: lang } : { title: text };
}

/** Status dates as result-card metadata (read back by readStatusDataset in the browser). */
function statusDataMeta(d: StatusDates): Record<string, string | undefined> {
  return { validUntil: d.validUntil, earliest: d.earliest, latest: d.latest, revoked: d.revoked };
}

function defined(meta: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(meta).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

// Source titles are shown on the record's page (and often name the product: "Đặc sản … gắn sao OCOP").
const sourceTitles = (sources: { title: string }[]) => sources.map((x) => x.title);

/** `pageText`: the record's own prose (its Markdown body), for its đ-words. */
export function productRecord(locale: Locale, p: Product, pageText = ''): SearchRecordFields {
  const shown = displayName(locale, p.name, p.nameEn);
  const prose = [pageText, p.specs?.packaging, p.specs?.size, p.specs?.shelfLife, ...sourceTitles(p.sources)].join(' ');
  return {
    type: 'product',
    foldedNames: fold([p.name, p.nameEn]),
    foldedContext: fold([
      p.producer?.name,
      p.district.name,
      p.commune,
      ...unitNames(p.place),
      p.productSet.name,
      p.productSet.nameEn,
      ...p.salesPoints.map((x) => x.name),
      dWords(prose),
    ]),
    filters: {
      type: ['product'],
      stars: p.stars ? [String(p.stars)] : p.starsUnstated ? [STARS_UNSTATED] : [],
      group: [p.group.id],
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
      producer: p.producer?.name,
      district: p.district.name,
      unit: unitLabel(p.place),
      group: p.group.id,
    }),
    sort: { stars: String(p.stars ?? (p.starsUnstated ? 1 : 0)), name: nameKey(shown.title) },
  };
}

export function producerRecord(locale: Locale, p: Producer, pageText = ''): SearchRecordFields {
  const shown = displayName(locale, p.name);
  return {
    type: 'producer',
    foldedNames: fold([p.name, ...(p.formerNames ?? []).map((f) => f.name)]),
    foldedContext: fold([
      p.district.name,
      p.commune,
      ...unitNames(p.place),
      p.address,
      ...p.products.flatMap((x) => [x.name, x.nameEn]),
      dWords([pageText, ...sourceTitles(p.sources)].join(' ')),
    ]),
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
  return {
    type: 'salesPoint',
    foldedNames: fold([s.name, s.nameEn]),
    foldedContext: fold([
      s.district.name,
      s.commune,
      ...unitNames(s.place),
      s.address,
      s.operator,
      ...s.products.flatMap((x) => [x.name, x.nameEn]),
      dWords([s.description, s.openingHours, ...sourceTitles(s.sources)].join(' ')),
    ]),
    filters: {
      type: ['salesPoint'],
      group: [...new Set(s.products.map((x) => x.group.id))],
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
