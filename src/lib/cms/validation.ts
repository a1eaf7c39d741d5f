// What the content editor (/admin/) refuses to save: the record exactly as it will be written
// (cleanEntry: what Decap CMS leaves in an emptied field is left out), judged by the content check's
// own code (validateContent: the schema, then the check's rules for one record: no date after today,
// no raw HTML in the body, slugs, references to districts, product sets and sales points), each error
// placed at its field with its message in Vietnamese (./check-messages-vi.ts). Warnings do not stop a
// save, as they do not stop the check. Plain data in and out: the admin page's script
// (src/browser/cms/) runs it in the browser before Decap saves.
import type { z } from 'astro/zod';
import { producerSchema, productSchema, type ProductData } from '../content/schema';
import { isIsoDate } from '../certificates/dates';
import { slugify } from '../content/slug';
import { checkCertificates, checkCommunes, validateContent, type Problem, type RawRecord } from '../content/validate';
import { checkMessageVi } from './check-messages-vi';

export type EditorCollection = 'products' | 'producers';
export type FieldPath = (string | number)[];

export interface FieldProblem {
  /** Where the form shows it: ["certificates", 0, "stars"]; [] for the record as a whole. */
  path: FieldPath;
  message: string;
}

/** The records an entry may refer to, by slug (the editor's choices come from the same content). */
export interface KnownSlugs {
  districts: string[];
  productSets: string[];
  salesPoints: string[];
  /**
   * The former communes a record may name, by district: the former units of content/units/ and the
   * communes of content/former-communes/. Empty for a province without unit records (not checked).
   */
  formerCommunes?: { name: string; district: string }[];
}

export interface EditorEntry {
  collection: EditorCollection;
  /** The form's data: Decap's entry data as plain objects (body included). */
  data: unknown;
  /** The entry's slug (its file name) when it has one already; a new entry's comes from its name. */
  slug?: string;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for what an emptied field holds: "", null, an empty list or object, a switched-off toggle. */
function isEmptyValue(v: unknown): boolean {
  return v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0) || (isPlainObject(v) && Object.keys(v).length === 0);
}

type Schema = z.ZodType;
// Zod 4 keeps a schema's definition in .def (as src/lib/cms/config.ts reads it); only what is read here is typed.
interface Def {
  type: string;
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
}
const defOf = (s: Schema) => (s as unknown as { def: Def }).def;

/** The schema without its optional/default wrappers, and whether the field may be left out. */
function unwrap(schema: Schema): { inner: Schema; optional: boolean } {
  let s = schema;
  let optional = false;
  while (defOf(s).type === 'optional' || defOf(s).type === 'default') {
    optional = true;
    s = defOf(s).innerType!;
  }
  return { inner: s, optional };
}

const SCHEMAS: Record<EditorCollection, Schema> = { products: productSchema, producers: producerSchema };

/**
 * The data as the editor writes it, and the fields it leaves out: a field left empty, or emptied, is
 * left out, as the guide says ("Chưa biết thì để trống"), instead of being written as "" (which the
 * check refuses; a required one is then reported missing). A required list stays, even empty (a
 * product with no certificate has certificates: []). Switches are only ever "true or absent" in
 * products and producers (starsUnknown, dateUnknown), so false is empty too. Items of a list are
 * never dropped (an empty source stays, and the check says what it lacks, at that item).
 */
export function cleanEntryWithPaths(data: unknown, collection: EditorCollection): { data: unknown; removed: FieldPath[] } {
  const removed: FieldPath[] = [];
  const clean = (value: unknown, schema: Schema | undefined, path: FieldPath): unknown => {
    const inner = schema ? defOf(unwrap(schema).inner) : undefined;
    if (Array.isArray(value)) return value.map((v, i) => clean(v, inner?.type === 'array' ? inner.element : undefined, [...path, i]));
    if (!isPlainObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const field = inner?.shape?.[key];
      const cleaned = clean(v, field, [...path, key]);
      // An empty text or a switched-off toggle is no value at all (as Decap's "required" sees it); an
      // empty list or object is left out only where the field may be (a field the schema does not
      // know, the Markdown body, may be too).
      const blank = cleaned === undefined || cleaned === null || cleaned === '' || cleaned === false;
      if (blank || (isEmptyValue(cleaned) && (!field || unwrap(field).optional))) removed.push([...path, key]);
      else out[key] = cleaned;
    }
    return out;
  };
  return { data: clean(data, SCHEMAS[collection], []), removed };
}

/** The data as the editor writes it (see cleanEntryWithPaths). */
export function cleanEntry(data: unknown, collection: EditorCollection): unknown {
  return cleanEntryWithPaths(data, collection).data;
}

/** "certificates[1].revoked.date" → ["certificates", 1, "revoked", "date"]; "(record)" → []. */
export function fieldPath(field: string): FieldPath {
  if (field === '(record)') return [];
  const path: FieldPath = [];
  for (const part of field.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      path.push(part);
      continue;
    }
    if (m[1]) path.push(m[1]);
    for (const index of m[2]!.matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

const DATE_FIELDS = ['date', 'year', 'dateUnknown'] as const;

/**
 * A problem of a certificate as a whole (date, year and "no year" missing, or more than one given) is
 * shown at the fields concerned: at the decision date when none is given, at each one given when
 * several are.
 */
function placeCertificateProblem(path: FieldPath, expected: string, data: unknown): FieldPath[] {
  if (path.length !== 2 || path[0] !== 'certificates' || typeof path[1] !== 'number') return [path];
  const certificate = (data as { certificates?: Record<string, unknown>[] }).certificates?.[path[1]] ?? {};
  if (/^give only one of date, year and dateUnknown/.test(expected)) {
    const given = DATE_FIELDS.filter((f) => certificate[f] !== undefined);
    if (given.length) return given.map((f) => [...path, f]);
  }
  return [[...path, 'date']];
}

const stub = (collection: RawRecord['collection'], id: string): RawRecord => ({ collection, id, file: `(known ${collection})`, data: {} });

/**
 * Every error the check would report for this entry, placed at the editor's fields, in Vietnamese.
 * `today` is the site's today (YYYY-MM-DD); an empty list means the save may go ahead.
 */
export function editorProblems(entry: EditorEntry, today: string, known: KnownSlugs): FieldProblem[] {
  const data = cleanEntry(entry.data, entry.collection) as Record<string, unknown>;
  const { body, ...frontMatter } = isPlainObject(data) ? data : {};
  const name = typeof frontMatter.name === 'string' ? frontMatter.name : '';
  const slug = typeof frontMatter.slug === 'string' ? frontMatter.slug : entry.slug || slugify(name) || 'ban-ghi-moi';
  const file = `${entry.collection}/${slug}.md`;
  const record: RawRecord = { collection: entry.collection, file, id: slug, data: frontMatter, body: typeof body === 'string' ? body : undefined };
  // The records it may point at: the check's reference rule needs them to exist. The producer is
  // chosen among the repository's own producers by the editor itself, so it is taken as existing.
  const others = [
    ...known.districts.map((id) => stub('districts', id)),
    ...known.productSets.map((id) => stub('productSets', id)),
    ...known.salesPoints.map((id) => stub('salesPoints', id)),
    ...(typeof frontMatter.producer === 'string' ? [stub('producers', frontMatter.producer)] : []),
  ];
  const { errors } = validateContent([record, ...others], today);
  const mine = errors.filter((p) => p.file === file);
  // The check judges dates only once a record's shape is valid, so a missing star level would hide a
  // decision dated next year until it is fixed; the editor says both at once.
  if (entry.collection === 'products' && !productSchema.safeParse(frontMatter).success && Array.isArray(frontMatter.certificates)) {
    // Only what is a date or a year already is compared with today ("31/02/2020" is refused as no real day).
    const iso = (v: unknown) => (typeof v === 'string' && isIsoDate(v) ? v : undefined);
    const certificates = frontMatter.certificates.map((c) => {
      if (!isPlainObject(c)) return {};
      const revoked = isPlainObject(c.revoked) && iso(c.revoked.date) ? { date: iso(c.revoked.date) } : undefined;
      return { ...c, date: iso(c.date), notAfter: iso(c.notAfter), year: typeof c.year === 'number' ? c.year : undefined, revoked };
    }) as ProductData['certificates'];
    const add = (p: Omit<Problem, 'severity'>, severity: Problem['severity'] = 'error') => {
      if (severity === 'error') mine.push({ ...p, severity });
    };
    checkCertificates(record, { certificates } as ProductData, today, Number(today.slice(0, 4)), add);
  }
  // The commune a record names must be a former commune of its district: the check's rule, given the
  // communes the check reads from content/units/ and content/former-communes/.
  const communes = known.formerCommunes ?? [];
  if (communes.length && typeof frontMatter.district === 'string' && typeof frontMatter.commune === 'string') {
    const valid = new Map<RawRecord, unknown>([
      [stub('units', '(known former communes)'), { formerUnits: communes }],
      [record, frontMatter],
    ]);
    checkCommunes(valid, (p) => {
      if (p.file === file) mine.push({ ...p, severity: 'error' });
    });
  }
  return mine
    .flatMap((p) => placeCertificateProblem(fieldPath(p.field), p.expected, frontMatter).map((path) => ({ path, message: checkMessageVi(p.expected) })));
}

/** The problems at one path exactly (not below it). */
export function problemsAt(problems: FieldProblem[], path: FieldPath): FieldProblem[] {
  return problems.filter((p) => p.path.length === path.length && p.path.every((s, i) => s === path[i]));
}
