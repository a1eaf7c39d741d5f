// Writes a translation's sourceDigest into a content file, changing nothing else: the digest's own
// line (Markdown front matter) or its own "key": "value" (JSON) is inserted or replaced, and every
// other byte of the file stays as it was (comments, quoting, order, block scalars, formatting).
import matter from 'gray-matter';
import { isMap, isScalar, parseDocument, type Pair, type YAMLMap } from 'yaml';
import { englishFieldsOf, jsonSourceText, sourceDigest, type JsonTranslated } from '../../src/lib/content/translation.ts';
import { YAML_ENGINE } from '../shared/front-matter.ts';

/**
 * - stamped: the digest was written (it was missing, or outdated and --force was given);
 * - current: the digest already matches the Vietnamese text;
 * - outdated: the Vietnamese text changed after the translation (left alone without --force);
 * - no-english: the record has no English text, nothing to stamp;
 * - no-date: English text without its translatedOn date (the translator adds it first);
 * - unreadable: the file or its English block could not be read.
 */
export type StampStatus = 'stamped' | 'current' | 'outdated' | 'no-english' | 'no-date' | 'unreadable';

export interface StampOutcome {
  /** Which record of the file: "" for a one-record file, "[3]" for the fourth of a JSON list. */
  at: string;
  status: StampStatus;
  digest?: string;
  /** The digest written before, when there was one. */
  previous?: string;
  translatedOn?: string;
  reason?: string;
}

export interface StampResult {
  text: string;
  outcomes: StampOutcome[];
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  return out;
}

/** YAML reads 12345678, 1234e567 or 0b101010 as numbers: those digests are quoted. */
export const yamlDigest = (digest: string) => (/^(?:[0-9]+(?:e[0-9]+)?|0b[01]+)$/.test(digest) ? `"${digest}"` : digest);

const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : undefined);
const pairNamed = (map: YAMLMap, key: string) => map.items.find((p) => keyOf(p) === key) as Pair | undefined;
const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

/**
 * The edit that sets `sourceDigest` in a map (the english block or a translation block), given the
 * map's source text. `format` writes the key and value as the file's language wants them.
 */
function digestEdit(source: string, map: YAMLMap, format: { key: string; value: string }, json: boolean): Edit | undefined {
  const existing = pairNamed(map, 'sourceDigest');
  if (existing) {
    const range = isScalar(existing.value) ? existing.value.range : undefined;
    if (!range) return undefined;
    return { at: range[0], remove: range[1] - range[0], insert: format.value };
  }
  const anchor = pairNamed(map, 'translatedOn') ?? (map.items.at(-1) as Pair | undefined);
  const anchorValue = anchor && isScalar(anchor.value) ? anchor.value : undefined;
  const keyNode = anchor && isScalar(anchor.key) ? anchor.key : undefined;
  if (!anchorValue?.range || !keyNode?.range) return undefined;
  const entry = `${format.key}: ${format.value}`;
  const end = anchorValue.range[1];
  if (map.flow || json) {
    // { "translatedOn": "…" } or a map written over several lines: a comma, then the same layout as the anchor.
    const multiline = source.slice(map.range![0], keyNode.range[0]).includes('\n');
    const start = lineStart(source, keyNode.range[0]);
    const indent = source.slice(start, keyNode.range[0]);
    const eol = source.includes('\r\n') ? '\r\n' : '\n';
    return { at: end, remove: 0, insert: multiline ? `,${eol}${indent}${entry}` : `, ${entry}` };
  }
  // A block map: a new line after the anchor's line, indented like its key.
  const indent = keyNode.range[0] - lineStart(source, keyNode.range[0]);
  const newline = source.indexOf('\n', end - 1);
  const at = source[end - 1] === '\n' ? end : newline === -1 ? source.length : newline + 1;
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const prefix = at === source.length && !source.endsWith('\n') ? eol : '';
  return { at, remove: 0, insert: `${prefix}${' '.repeat(indent)}${entry}${eol}` };
}

const FRONT_MATTER = /^---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/;

/** Stamps the english block of a product or producer file (front matter, then the Vietnamese Markdown body). */
export function stampMarkdown(text: string, force: boolean): StampResult {
  const one = (outcome: Omit<StampOutcome, 'at'>): StampResult => ({ text, outcomes: [{ at: '', ...outcome }] });
  const open = FRONT_MATTER.exec(text);
  const close = open ? CLOSING.exec(text.slice(open[0].length)) : null;
  if (!open || !close) return one({ status: 'unreadable', reason: 'no front matter between two "---" lines' });
  let data: Record<string, unknown>;
  let body: string;
  try {
    const parsed = matter(text, YAML_ENGINE);
    data = parsed.data as Record<string, unknown>;
    body = parsed.content;
  } catch (e) {
    return one({ status: 'unreadable', reason: `malformed front matter (${(e as Error).message.split('\n')[0]})` });
  }
  const english = data.english as Record<string, unknown> | undefined;
  if (!english || typeof english !== 'object' || typeof english.description !== 'string' || english.description.trim() === '') return one({ status: 'no-english' });
  const translatedOn = english.translatedOn === undefined ? undefined : String(english.translatedOn);
  if (!translatedOn) return one({ status: 'no-date', reason: 'english.translatedOn is missing: write the day the translation was made (YYYY-MM-DD)' });
  const digest = sourceDigest(body);
  const previous = english.sourceDigest === undefined ? undefined : String(english.sourceDigest);
  if (previous === digest) return one({ status: 'current', digest, translatedOn });
  if (previous !== undefined && !force) return one({ status: 'outdated', digest, previous, translatedOn });

  // Offsets inside the front matter (with the newline before the closing ---, so its last line ends).
  const start = open[0].length;
  const source = text.slice(start, start + close.index + (close[0].startsWith('\r\n') ? 2 : 1));
  const doc = parseDocument(source);
  const map = doc.get('english', true);
  if (!isMap(map)) return one({ status: 'unreadable', reason: 'english is not a block of fields' });
  const edit = digestEdit(source, map, { key: 'sourceDigest', value: yamlDigest(digest) }, false);
  if (!edit) return one({ status: 'unreadable', reason: 'could not find where to write english.sourceDigest' });
  return { text: applyEdits(text, [{ ...edit, at: edit.at + start }]), outcomes: [{ at: '', status: 'stamped', digest, previous, translatedOn }] };
}

/**
 * The edit that adds a whole translation block to a JSON record that has none, just before its
 * "sources" key, laid out like that key (its own line, or inline in a one-line record).
 */
function translationBlockEdit(source: string, map: YAMLMap, translatedOn: string, digest: string): Edit | undefined {
  const sources = pairNamed(map, 'sources');
  const key = sources && isScalar(sources.key) ? sources.key : undefined;
  if (!key?.range) return undefined;
  const block = `"translation": { "translatedOn": ${JSON.stringify(translatedOn)}, "sourceDigest": ${JSON.stringify(digest)} },`;
  const start = lineStart(source, key.range[0]);
  const before = source.slice(start, key.range[0]);
  // "sources" begins its line: a line of its own, indented the same; otherwise inline.
  if (/^\s*$/.test(before)) {
    const eol = source.includes('\r\n') ? '\r\n' : '\n';
    return { at: start, remove: 0, insert: `${before}${block}${eol}` };
  }
  return { at: key.range[0], remove: 0, insert: `${block} ` };
}

/**
 * Stamps the translation block of every record of a JSON content file (one record, or a list of
 * them). With `translatedOn`, a record with English fields and no translation block gets one, dated so.
 */
export function stampJson(text: string, collection: JsonTranslated, force: boolean, translatedOn?: string): StampResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { text, outcomes: [{ at: '', status: 'unreadable', reason: `not valid JSON (${(e as Error).message})` }] };
  }
  const doc = parseDocument(text);
  const list = Array.isArray(parsed);
  const records = (list ? parsed : [parsed]) as Record<string, unknown>[];
  const nodes = list ? ((doc.contents as { items?: unknown[] } | null)?.items ?? []) : [doc.contents];
  const edits: Edit[] = [];
  const outcomes: StampOutcome[] = records.map((data, i): StampOutcome => {
    const at = list ? `[${i}]` : '';
    if (!data || typeof data !== 'object') return { at, status: 'unreadable', reason: 'not a record' };
    if (englishFieldsOf(collection, data).length === 0) return { at, status: 'no-english' };
    const translation = data.translation as Record<string, unknown> | undefined;
    const digest = sourceDigest(jsonSourceText(collection, data));
    const node = nodes[i];
    if (!translation && translatedOn) {
      const edit = isMap(node) ? translationBlockEdit(text, node, translatedOn, digest) : undefined;
      if (!edit) return { at, status: 'unreadable', reason: 'could not find the "sources" key to write the translation block before' };
      edits.push(edit);
      return { at, status: 'stamped', digest, translatedOn };
    }
    const dated = translation && typeof translation.translatedOn === 'string' ? translation.translatedOn : undefined;
    if (!dated) {
      return {
        at,
        status: 'no-date',
        reason: 'English text without "translation": {"translatedOn": "YYYY-MM-DD"}: add it, with the day the translation was made (or give that day with --translated-on)',
      };
    }
    const previous = translation!.sourceDigest === undefined ? undefined : String(translation!.sourceDigest);
    if (previous === digest) return { at, status: 'current', digest, translatedOn: dated };
    if (previous !== undefined && !force) return { at, status: 'outdated', digest, previous, translatedOn: dated };
    const map = isMap(node) ? node.get('translation', true) : undefined;
    const edit = isMap(map) ? digestEdit(text, map, { key: '"sourceDigest"', value: JSON.stringify(digest) }, true) : undefined;
    if (!edit) return { at, status: 'unreadable', reason: 'could not find where to write translation.sourceDigest' };
    edits.push(edit);
    return { at, status: 'stamped', digest, previous, translatedOn: dated };
  });
  return { text: applyEdits(text, edits), outcomes };
}
