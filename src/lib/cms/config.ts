// The configuration of the content editor at /admin/ (Decap CMS), generated from src/lib/content/schema.ts:
// each field of producerSchema and productSchema becomes an editor field, walking the Zod 4 schemas
// (objects, lists, enums, literals, numbers, dates, references). One truth: a field added to the
// schema appears in the editor; a field without a Vietnamese label in ./labels.ts stops the build.
// Plain data in, a plain object out: scripts/cms writes it as config.yml.
import type { z } from 'astro/zod';
import { isPlaceholderAddress } from '../publishing/publish';
import { paths } from '../pages/routes';
import { isoDate, producerSchema, productSchema, slugRef, source } from '../content/schema';
import { LIST_CONTEXT_FIELD, type EditorPageData } from './display';
import { COLLECTION_TEXTS, fieldText, OPTION_LABELS } from './labels';

/** The editor's own widget for dates, typed dd/mm/yyyy and saved YYYY-MM-DD (src/browser/cms/date-widget.ts). */
export const DATE_WIDGET = 'ocop-date';
/**
 * The editor's own file format: Decap's YAML front matter, plus a name line for lists (the record's
 * producer and district by name), which is never written (src/browser/cms/entry-format.ts).
 */
export const ENTRY_FORMAT = 'ocop-frontmatter';

export interface CmsOption {
  label: string;
  value: string;
}

export interface CmsInputs {
  /** Folder of the content inside the repository, e.g. "content" ('' when the repository is the content folder). */
  contentFolder: string;
  /** "owner/name" of the GitHub repository, when configured in site.json. */
  repository?: string;
  branch?: string;
  /** Address of the OAuth client that signs editors in to GitHub (Decap's base_url). */
  authUrl?: string;
  /** Address of the local backend (decap-server), used when the editor runs on this computer. */
  localBackendUrl?: string;
  /** The published address; a placeholder (https://….example) counts as none. */
  siteUrl: string;
  /** The site's time zone (site.json), for "today". */
  timeZone: string;
  districts: CmsOption[];
  productSets: CmsOption[];
  salesPoints: CmsOption[];
  /** The producers by name, for lists and previews (the producer field itself reads the collection). */
  producers: CmsOption[];
  /** The former communes a record may name, by district. */
  formerCommunes: { name: string; district: string }[];
}

/** Decap's settings of one widget: its name and options. */
type Widget = Record<string, unknown> & { widget: string };

export type CmsField = Widget & { name: string; label: string };

export class CmsFieldError extends Error {}

type Schema = z.ZodType;
// Zod 4 keeps each schema's definition in .def; only the parts read here are typed.
interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  options?: Schema[];
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: { _zod: { def: { check: string; minimum?: number } } }[];
}
const defOf = (s: Schema) => (s as unknown as { def: Def }).def;

/** The schema without optional/default wrappers, and whether it was optional. */
function unwrap(schema: Schema): { inner: Schema; optional: boolean } {
  let s = schema;
  let optional = false;
  for (;;) {
    const def = defOf(s);
    if (def.type === 'optional' || def.type === 'default') {
      optional = true;
      s = def.innerType!;
    } else return { inner: s, optional };
  }
}

const httpUrl = source.shape.url;

/** Choices of reference fields: which collection or list a slug points into. */
type References = Record<'producer' | 'district' | 'productSet' | 'whereToBuy.salesPoints', Widget>;

function references(inputs: CmsInputs): References {
  return {
    producer: { widget: 'relation', collection: 'producers', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'] },
    district: { widget: 'select', options: inputs.districts },
    productSet: { widget: 'select', options: inputs.productSets },
    'whereToBuy.salesPoints': { widget: 'select', multiple: true, options: inputs.salesPoints },
  };
}

function numberField(schema: Schema): Widget {
  const n = schema as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
  const field: Widget = { widget: 'number', value_type: n.isInt ? 'int' : 'float' };
  if (n.minValue !== null && Number.isFinite(n.minValue)) field.min = n.minValue;
  if (n.maxValue !== null && Number.isFinite(n.maxValue)) field.max = n.maxValue;
  return field;
}

function optionsOf(path: string, values: (string | number)[]): { label: string; value: string | number }[] {
  const labels = OPTION_LABELS[path] ?? {};
  return values.map((value) => ({ label: labels[String(value)] ?? String(value), value }));
}

const DATE_FIELD = { widget: DATE_WIDGET };

/**
 * What a collapsed list item shows instead of its first field's raw value (a certificate's
 * "province"). Decap's templates cannot format a date that may be missing, so a certificate shows
 * its stars, decision and year.
 */
const LIST_SUMMARIES: Record<string, string> = {
  certificates:
    "{{stars}}{{stars | ternary(' sao', '')}}{{starsUnknown | ternary('OCOP, chưa rõ hạng sao', '')}}{{decision | ternary(' · Quyết định ', '')}}{{decision}}{{year | ternary(' · năm ', '')}}{{year}}",
  sources: '{{title}}',
  images: '{{alt}}',
  'whereToBuy.online': '{{label}}',
  formerNames: '{{name}}',
  'contacts.social': '{{label}}',
};

/**
 * Fields the check requires unless another field says otherwise: the stars of a certificate, unless
 * "the source gives no star level" is on. They are shown as required (not "không bắt buộc"); the
 * editor's validation (src/lib/cms/validation.ts) applies the exception.
 */
const REQUIRED_BY_RULE = new Set(['certificates.stars']);

/**
 * Fields edited otherwise than their schema says: the English text is as long as the body (a text
 * area), and its digest is written by `npm run translations -- --stamp`, never typed (hidden: the
 * editor keeps the value it read, so changing the Vietnamese body without the English shows as a
 * warning of npm run check).
 */
const WIDGET_OVERRIDES: Record<string, Widget> = {
  'english.description': { widget: 'text' },
  'english.sourceDigest': { widget: 'hidden' },
};

/** The widget settings for one schema (without name, label, required). */
function widgetFor(collection: string, path: string, schema: Schema, refs: References, inOptional = false): Widget {
  const ref = (refs as Record<string, Widget>)[path] ?? WIDGET_OVERRIDES[path];
  if (ref) return ref;
  if (schema === isoDate) return DATE_FIELD;
  if (schema === httpUrl) return { widget: 'string', pattern: ['^https?://', 'Địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://'] };
  if (schema === slugRef) return { widget: 'string', pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', 'Chỉ chữ a-z, số và dấu gạch nối'] };
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return { widget: 'string' };
    case 'number':
      return numberField(schema);
    case 'boolean':
      return { widget: 'boolean' };
    case 'literal':
      if (def.values?.length === 1 && def.values[0] === true) return { widget: 'boolean' };
      break;
    case 'enum':
      return { widget: 'select', options: optionsOf(path, Object.values(def.entries!)) };
    case 'union': {
      const literals = def.options!.map((o) => defOf(o)).filter((d) => d.type === 'literal');
      if (literals.length === def.options!.length) return { widget: 'select', options: optionsOf(path, literals.flatMap((d) => d.values as (string | number)[])) };
      break;
    }
    case 'object':
      return { widget: 'object', collapsed: true, fields: fieldsOf(collection, path, schema, refs, inOptional) };
    case 'array': {
      const element = unwrap(def.element!).inner;
      const elementDef = defOf(element);
      // A list that must not be empty (sources: .min(1)) gets Decap's min.
      const min = def.checks?.map((c) => c._zod.def).find((c) => c.check === 'min_length')?.minimum;
      if (elementDef.type === 'enum') return { widget: 'select', multiple: true, options: optionsOf(path, Object.values(elementDef.entries!)) };
      const text = fieldText(collection, path)!;
      if (!text.singular) throw new CmsFieldError(`${collection}: the list ${path} has no singular (one item, lowercase) in src/lib/cms/labels.ts`);
      const list = { widget: 'list', label_singular: text.singular, ...(min ? { min } : {}), ...(LIST_SUMMARIES[path] ? { summary: LIST_SUMMARIES[path] } : {}) };
      if (elementDef.type === 'object') return { ...list, collapsed: false, fields: fieldsOf(collection, path, element, refs) };
      const item = widgetFor(collection, path, element, refs);
      return { ...list, field: { name: 'value', label: text.label, ...item } };
    }
  }
  throw new CmsFieldError(`${collection}: no editor widget for the field ${path} (Zod type ${def.type}); teach src/lib/cms/config.ts`);
}

/**
 * The fields of an object schema. Inside an optional object (revoked, specs, contacts) no field is
 * required: the editor cannot say "required when the object is filled", and `npm run check` still does.
 */
function fieldsOf(collection: string, prefix: string, schema: Schema, refs: References, inOptional = false): CmsField[] {
  const shape = defOf(schema).shape;
  if (!shape) throw new CmsFieldError(`${collection}: ${prefix || 'the record'} is not an object schema`);
  return Object.entries(shape).map(([name, fieldSchema]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const text = fieldText(collection, path);
    if (!text) throw new CmsFieldError(`${collection}: the field ${path} has no Vietnamese label in src/lib/cms/labels.ts`);
    const { inner, optional } = unwrap(fieldSchema);
    const widget = widgetFor(collection, path, inner, refs, optional || inOptional);
    const required = REQUIRED_BY_RULE.has(path) || (!optional && !inOptional);
    const field: CmsField = { name, label: text.label, ...(text.hint ? { hint: text.hint } : {}), required, ...widget };
    return field;
  });
}

/** The editor fields of any object schema, labelled as fields of `collection` (throws CmsFieldError on a field it cannot show). */
export function schemaFields(collection: string, schema: Schema, inputs: CmsInputs): CmsField[] {
  return fieldsOf(collection, '', schema, references(inputs));
}

/** The editor fields of a record schema, then its Markdown body. */
export function collectionFields(collection: 'products' | 'producers', inputs: CmsInputs): CmsField[] {
  const schema = collection === 'products' ? productSchema : producerSchema;
  const body = fieldText(collection, 'body')!;
  return [...schemaFields(collection, schema, inputs), { name: 'body', label: body.label, hint: body.hint, widget: 'text', required: false }];
}

const join = (...parts: string[]) => parts.filter(Boolean).join('/');

export function cmsConfig(inputs: CmsInputs): Record<string, unknown> {
  const folder = (name: string) => join(inputs.contentFolder, name);
  const collection = (name: 'products' | 'producers') => ({
    name,
    label: COLLECTION_TEXTS[name].label,
    label_singular: COLLECTION_TEXTS[name].singular,
    folder: folder(name),
    extension: 'md',
    format: ENTRY_FORMAT,
    create: true,
    delete: false,
    slug: '{{name}}',
    identifier_field: 'name',
    // "cao đẳng sâm — HTX Dược liệu Trà Linh, huyện Nam Trà My": two records of one name told apart.
    summary: `{{name}}{{${LIST_CONTEXT_FIELD}}}`,
    sortable_fields: ['name'],
    // "Xem bản hoàn chỉnh" opens the record's page on the published site.
    preview_path: (name === 'products' ? paths.product('vi', '{{slug}}') : paths.producer('vi', '{{slug}}')).replace(/^\//, ''),
    fields: collectionFields(name, inputs),
  });
  // Without a real address (the placeholder of content/site.json) there is no site to link to:
  // Decap then shows neither "Xem bản hoàn chỉnh" nor the address in its header.
  const site = isPlaceholderAddress(inputs.siteUrl) ? {} : { site_url: inputs.siteUrl, display_url: inputs.siteUrl };
  return {
    locale: 'vi',
    // Online, every save is a branch and a pull request that the test workflow checks (npm run check,
    // npm test) before anyone can publish it into main. The local backend (npm run cms) only writes
    // files, and Decap falls back to publishing at once there.
    publish_mode: 'editorial_workflow',
    backend: {
      name: 'github',
      repo: inputs.repository ?? 'owner/repository',
      branch: inputs.branch ?? 'main',
      ...(inputs.authUrl ? { base_url: inputs.authUrl } : {}),
      commit_messages: {
        create: 'Thêm {{collection}} “{{slug}}” (trình biên tập)',
        update: 'Sửa {{collection}} “{{slug}}” (trình biên tập)',
        delete: 'Xóa {{collection}} “{{slug}}” (trình biên tập)',
        uploadMedia: 'Thêm ảnh “{{path}}” (trình biên tập)',
        deleteMedia: 'Xóa ảnh “{{path}}” (trình biên tập)',
      },
    },
    // Used when the editor is opened on this computer with `npm run cms` (decap-server) running.
    local_backend: inputs.localBackendUrl ? { url: inputs.localBackendUrl } : true,
    ...site,
    media_folder: folder('images'),
    public_folder: '../images',
    // Slugs as the catalogue makes them: ASCII, no tone marks, hyphens.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [collection('products'), collection('producers')],
  };
}

/** What the admin page hands its script (src/browser/cms/): the time zone and the names behind slugs. */
export function editorPageData(inputs: CmsInputs): EditorPageData {
  const table = (options: CmsOption[]) => Object.fromEntries(options.map((o) => [o.value, o.label]));
  return {
    timeZone: inputs.timeZone,
    formerCommunes: inputs.formerCommunes,
    names: {
      producers: table(inputs.producers),
      districts: table(inputs.districts),
      productSets: table(inputs.productSets),
      salesPoints: table(inputs.salesPoints),
    },
  };
}
