// English text as a translation of a record's Vietnamese text: which Vietnamese text each English
// text translates, the digest that ties a translation to the Vietnamese text it was made from, and
// whether the Vietnamese text has changed since (then the English is out of date).
// js-sha256 rather than node:crypto: the browser editor runs the same check (src/browser/cms/), synchronously.
import { sha256 } from 'js-sha256';
import type { CollectionName } from './content-layout';

/**
 * The Vietnamese text as it is digested: NFC, line endings \n, trimmed. Two files that differ only
 * in line endings, trailing blank lines or Unicode composition hold the same text.
 */
export function normaliseSourceText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

/** First 8 hex digits of the SHA-256 of the normalised Vietnamese text (see normaliseSourceText). */
export function sourceDigest(text: string): string {
  return sha256(normaliseSourceText(text)).slice(0, 8);
}

/** A Vietnamese field and the English field that translates it, in a JSON record. */
export interface TranslatedField {
  vi: string;
  en: string;
}

/**
 * Markdown records (products, producers): the Vietnamese text is the Markdown body and its English
 * translation `english.description`. JSON records: these pairs of fields; the record's
 * `translation` block dates and digests all of its English fields at once.
 */
export const MARKDOWN_TRANSLATED = ['products', 'producers'] as const satisfies readonly CollectionName[];
export const JSON_TRANSLATED = {
  districts: [
    { vi: 'description', en: 'descriptionEn' },
    { vi: 'reorganisation', en: 'reorganisationEn' },
  ],
  salesPoints: [{ vi: 'description', en: 'descriptionEn' }],
  formerCommunes: [{ vi: 'note', en: 'noteEn' }],
  figures: [
    { vi: 'asOf', en: 'asOfEn' },
    { vi: 'note', en: 'noteEn' },
  ],
} as const satisfies Partial<Record<CollectionName, readonly TranslatedField[]>>;

export type MarkdownTranslated = (typeof MARKDOWN_TRANSLATED)[number];
export type JsonTranslated = keyof typeof JSON_TRANSLATED;

export const isMarkdownTranslated = (c: string): c is MarkdownTranslated => (MARKDOWN_TRANSLATED as readonly string[]).includes(c);
export const isJsonTranslated = (c: string): c is JsonTranslated => Object.hasOwn(JSON_TRANSLATED, c);

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/**
 * The Vietnamese text a JSON record's translation covers: its translated Vietnamese fields that are
 * present, in the order above, separated by a blank line (one field alone is just that field).
 */
export function jsonSourceText(collection: JsonTranslated, data: object): string {
  const fields = data as Record<string, unknown>;
  return JSON_TRANSLATED[collection]
    .map((f) => str(fields[f.vi]))
    .filter((v): v is string => v !== undefined)
    .map(normaliseSourceText)
    .join('\n\n');
}

/** A translation's date and digest, wherever they are written (english block or translation block). */
export interface TranslationStamp {
  translatedOn?: string;
  sourceDigest?: string;
}

/**
 * - current: the digest matches the Vietnamese text;
 * - outdated: the Vietnamese text changed after the translation (the digest differs);
 * - unstamped: no digest yet (run `npm run translations -- --stamp`).
 */
export type TranslationState = 'current' | 'outdated' | 'unstamped';

export function translationState(vietnamese: string, stamp: TranslationStamp | undefined): TranslationState {
  if (!stamp?.sourceDigest) return 'unstamped';
  return stamp.sourceDigest === sourceDigest(vietnamese) ? 'current' : 'outdated';
}

/** The English fields of a JSON record that are written (e.g. ["descriptionEn"]). */
export function englishFieldsOf(collection: JsonTranslated, data: Record<string, unknown>): TranslatedField[] {
  return JSON_TRANSLATED[collection].filter((f) => str(data[f.en]) !== undefined);
}

/**
 * The Vietnamese fields of a JSON record that have words but no English beside them (a figure's
 * asOf "12/2024" has no words to translate).
 */
export function untranslatedFieldsOf(collection: JsonTranslated, data: Record<string, unknown>): TranslatedField[] {
  return JSON_TRANSLATED[collection].filter((f) => /\p{L}/u.test(str(data[f.vi]) ?? '') && str(data[f.en]) === undefined);
}

/** Where a record stands with its English text (products and producers: their body; JSON records: their fields). */
export interface RecordTranslation {
  /** The field holding the date and digest: "english" (Markdown records) or "translation" (JSON records). */
  stampField: 'english' | 'translation';
  /** The record has Vietnamese text to translate. */
  hasVietnamese: boolean;
  /** The record has English text. */
  hasEnglish: boolean;
  /** Vietnamese fields with text and no English beside them ("body" for a Markdown record). */
  untranslated: string[];
  /** The date and digest as written (absent when the stamp field is). */
  stamp?: TranslationStamp;
  /** With English text: whether the digest matches the Vietnamese text. */
  state?: TranslationState;
  /** The digest of the Vietnamese text now. */
  digest: string;
}

const stampOf = (v: unknown): TranslationStamp | undefined => {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  const s = (x: unknown) => (x === undefined || x === null ? undefined : x instanceof Date ? x.toISOString().slice(0, 10) : String(x));
  return { translatedOn: s(o.translatedOn), sourceDigest: s(o.sourceDigest) };
};

/** The translation of a record of any collection; undefined for collections without translated text. */
export function recordTranslation(collection: string, data: Record<string, unknown>, body = ''): RecordTranslation | undefined {
  if (isMarkdownTranslated(collection)) {
    const english = data.english as Record<string, unknown> | undefined;
    const hasVietnamese = normaliseSourceText(body) !== '';
    const hasEnglish = Boolean(str(english?.description));
    const stamp = stampOf(english);
    return {
      stampField: 'english',
      hasVietnamese,
      hasEnglish,
      untranslated: hasVietnamese && !hasEnglish ? ['body'] : [],
      stamp,
      state: hasEnglish ? translationState(body, stamp) : undefined,
      digest: sourceDigest(body),
    };
  }
  if (isJsonTranslated(collection)) {
    const source = jsonSourceText(collection, data);
    const hasEnglish = englishFieldsOf(collection, data).length > 0;
    const stamp = stampOf(data.translation);
    return {
      stampField: 'translation',
      hasVietnamese: source !== '',
      hasEnglish,
      untranslated: untranslatedFieldsOf(collection, data).map((f) => f.vi),
      stamp,
      state: hasEnglish ? translationState(source, stamp) : undefined,
      digest: sourceDigest(source),
    };
  }
  return undefined;
}

/** What an English page shows of a record's English text: the text, its date, and whether it is out of date. */
export interface EnglishTextView {
  /** The English text as written (Markdown for products and producers, plain text for JSON fields). */
  text: string;
  translatedOn?: string;
  /** The Vietnamese text changed after the translation (its digest differs from the stamped one). */
  outdated: boolean;
}

/** The English text beside its Vietnamese text, or undefined when there is none. */
export function englishTextView(vietnamese: string, english: string | undefined, stamp: TranslationStamp | undefined): EnglishTextView | undefined {
  if (!str(english)) return undefined;
  return { text: english!, translatedOn: stampOf(stamp)?.translatedOn, outdated: translationState(vietnamese, stampOf(stamp)) === 'outdated' };
}
