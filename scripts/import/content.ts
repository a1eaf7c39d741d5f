// The part of a content folder the import reads and writes: districts, product sets, producers and
// products, each Markdown record with its raw text so an update can keep the body byte for byte.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { COLLECTION_PATHS, recordId } from '../../src/lib/content/content-layout.ts';
import { YAML_DUMP_OPTIONS, YAML_ENGINE } from '../shared/front-matter.ts';

export interface DistrictRef {
  id: string;
  name: string;
  kind: string;
}

export interface ProductSetRef {
  id: string;
  name: string;
  code: string;
}

export interface MarkdownRecord {
  id: string;
  /** Absolute path of the file. */
  file: string;
  data: Record<string, unknown>;
  /** Everything after the closing "---" line, exactly as on disk ('' for a new record). */
  body: string;
  /** The file's text when read, or null for a record this import creates. */
  original: string | null;
}

export interface ContentSnapshot {
  root: string;
  districts: DistrictRef[];
  productSets: ProductSetRef[];
  producers: MarkdownRecord[];
  products: MarkdownRecord[];
  /** Ids and file names already used, including by files that could not be read. */
  takenProducerIds: Set<string>;
  takenProductIds: Set<string>;
  /** Files left out because they could not be read. */
  unreadable: string[];
}

const FRONT_MATTER = /^---[^\S\r\n]*\r?\n(?:[\s\S]*?\r?\n)?---[^\S\r\n]*(?:\r?\n|$)/;

/** Splits a Markdown file into parsed front matter and its untouched body; null when there is no front matter. */
export function splitMarkdown(text: string): { data: Record<string, unknown>; body: string } | null {
  const head = FRONT_MATTER.exec(text);
  if (!head) return null;
  // A fresh options object keeps gray-matter from caching parses across files.
  const parsed = matter(head[0], { ...YAML_ENGINE });
  return { data: parsed.data as Record<string, unknown>, body: text.slice(head[0].length) };
}

/** Front matter written by gray-matter, then the body as it was. */
export function composeMarkdown(data: Record<string, unknown>, body: string): string {
  // With an empty content string gray-matter ends with one extra newline after the closing "---".
  const head = matter.stringify('', data, YAML_DUMP_OPTIONS as Parameters<typeof matter.stringify>[2]);
  return head.replace(/\n\n$/, '\n') + body;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function readDistricts(root: string): DistrictRef[] {
  const dir = path.join(root, COLLECTION_PATHS.districts.dir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const data = readJson(path.join(dir, f)) as { name?: unknown; kind?: unknown } | undefined;
      if (!data || typeof data.name !== 'string') return [];
      return [{ id: recordId(f, data), name: data.name, kind: typeof data.kind === 'string' ? data.kind : '' }];
    });
}

function readProductSets(root: string): ProductSetRef[] {
  const items = readJson(path.join(root, COLLECTION_PATHS.productSets.file));
  if (!Array.isArray(items)) return [];
  return items.flatMap((item) =>
    item && typeof item.id === 'string' && typeof item.name === 'string' ? [{ id: item.id, name: item.name, code: String(item.code ?? '') }] : [],
  );
}

function readMarkdownDir(dir: string, taken: Set<string>, unreadable: string[]): MarkdownRecord[] {
  if (!fs.existsSync(dir)) return [];
  const records: MarkdownRecord[] = [];
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const file = path.join(dir, name);
    taken.add(name.replace(/\.md$/, ''));
    const text = fs.readFileSync(file, 'utf8');
    let split: ReturnType<typeof splitMarkdown>;
    try {
      split = splitMarkdown(text);
    } catch {
      split = null;
    }
    if (!split) {
      unreadable.push(file);
      continue;
    }
    const id = recordId(file, split.data);
    taken.add(id);
    records.push({ id, file, data: split.data, body: split.body, original: text });
  }
  return records;
}

export function loadContent(root: string): ContentSnapshot {
  const unreadable: string[] = [];
  const takenProducerIds = new Set<string>();
  const takenProductIds = new Set<string>();
  return {
    root,
    districts: readDistricts(root),
    productSets: readProductSets(root),
    producers: readMarkdownDir(path.join(root, COLLECTION_PATHS.producers.dir), takenProducerIds, unreadable),
    products: readMarkdownDir(path.join(root, COLLECTION_PATHS.products.dir), takenProductIds, unreadable),
    takenProducerIds,
    takenProductIds,
    unreadable,
  };
}

export class ConcurrentEditError extends Error {}

/**
 * Writes the whole file at once: a temporary file in the same folder, then a rename, so a reader
 * never sees half a file. Refuses when someone changed the file since the import read it.
 */
export function writeWhole(file: string, text: string, expectedOriginal: string | null): void {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (current !== expectedOriginal) {
    throw new ConcurrentEditError(`${file} changed while the import ran (or appeared): not overwritten; run the import again`);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, text, 'utf8');
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
