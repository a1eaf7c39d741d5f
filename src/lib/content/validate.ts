// Validates a whole content folder at once and reports every problem, not just the first.
// Pure: it receives records already read from disk (see scripts/shared/read-content.ts).
import type { z } from 'astro/zod';

type ZodIssue = z.core.$ZodIssue;
type ZodTypeAny = z.ZodType;
import type { CollectionName } from './content-layout';
import { isSlug } from './slug';
import {
  districtSchema,
  figureSchema,
  producerSchema,
  productGroupSchema,
  productSchema,
  productSetSchema,
  salesPointSchema,
  siteConfigSchema,
  unitSchema,
  formerCommuneSchema,
  searchTermSchema,
  type ProductData,
  type SearchTermData,
} from './schema';
import { vocabularyKey } from '../search/search-vocabulary';
import { communeKey } from '../places/units';
import { recordTranslation } from './translation';
import { RESERVED_PRODUCT_SLUGS } from '../pages/routes';
import { certainlyInDistrictPeriod, DISTRICTS_CERTIFY_3_STARS_FROM, DISTRICT_LEVEL_ENDS_ON, levelConflict } from '../certificates/certifying-level';
import { duplicatePairs } from '../certificates/certificate-identity';

export interface RawRecord {
  collection: CollectionName | 'site';
  /** Path shown to the editor, relative to the content folder's parent. */
  file: string;
  id: string;
  data: unknown;
  body?: string;
  /** Set when the file could not be parsed at all. */
  parseError?: string;
}

export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  field: string;
  value: string;
  expected: string;
}

/** "file: field: value — expected", in English (problemVi in src/lib/content/messages-vi.ts gives the Vietnamese). */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.value} — ${p.expected}`;
}

const SCHEMAS: Record<RawRecord['collection'], ZodTypeAny> = {
  site: siteConfigSchema,
  districts: districtSchema,
  producers: producerSchema,
  products: productSchema,
  salesPoints: salesPointSchema,
  units: unitSchema,
  formerCommunes: formerCommuneSchema,
  productGroups: productGroupSchema,
  productSets: productSetSchema,
  figures: figureSchema,
  searchVocabulary: searchTermSchema,
};

export { DISTRICTS_CERTIFY_3_STARS_FROM, DISTRICT_LEVEL_ENDS_ON } from '../certificates/certifying-level';

const RAW_HTML = /<\/?[a-zA-Z][\w:-]*(?:\s[^<>]*)?\/?>|<!--/;

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function show(value: unknown): string {
  if (value === undefined) return '(missing)';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

function fieldName(path: PropertyKey[]): string {
  return path.length === 0 ? '(record)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
}

function issueProblems(record: RawRecord, issue: ZodIssue): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      severity: 'error' as const,
      file: record.file,
      field: fieldName([...issue.path, key]),
      value: show(valueAt(record.data, [...issue.path, key])),
      expected: 'no such field: check its spelling against content/README.md',
    }));
  }
  const value = valueAt(record.data, issue.path);
  // Zod's default message for a missing field ("Invalid input: expected string, received undefined")
  // says nothing to an editor: say the field must be given.
  const defaultMessage = /^Invalid input: expected \w+, received undefined$/.test(issue.message);
  const missing = defaultMessage ? 'required: this field must be given' : `required: ${issue.message}`;
  const expected = value === undefined && issue.code === 'invalid_type' ? missing : issue.message;
  return [{ severity: 'error', file: record.file, field: fieldName(issue.path), value: show(value), expected }];
}

export interface ValidationResult {
  errors: Problem[];
  warnings: Problem[];
}

/** A record's formerSlugs as written (unchecked: the schema reports a malformed one); [] when absent. */
function formerSlugsOf(record: RawRecord): unknown[] {
  const former = (record.data as { formerSlugs?: unknown } | undefined)?.formerSlugs;
  return Array.isArray(former) ? former : [];
}

/** Checks shapes, ids, references between records, dates and bodies; returns every problem found. */
export function validateContent(records: RawRecord[], today: string): ValidationResult {
  const problems: Problem[] = [];
  const add = (p: Omit<Problem, 'severity'>, severity: Problem['severity'] = 'error') => problems.push({ severity, ...p });
  const valid = new Map<RawRecord, unknown>();

  for (const record of records) {
    if (record.parseError) {
      add({ file: record.file, field: '(file)', value: '(unreadable)', expected: record.parseError });
      continue;
    }
    const result = SCHEMAS[record.collection].safeParse(record.data);
    if (result.success) valid.set(record, result.data);
    else for (const issue of result.error.issues) problems.push(...issueProblems(record, issue));

    if (record.collection !== 'site' && !isSlug(record.id)) {
      add({ file: record.file, field: 'slug', value: show(record.id), expected: 'a slug: lowercase a-z, 0-9 and hyphens (rename the file or set slug:)' });
    }
    if (record.body !== undefined && RAW_HTML.test(record.body)) {
      const match = RAW_HTML.exec(record.body)?.[0] ?? '';
      add({ file: record.file, field: 'body', value: show(match), expected: 'plain Markdown: raw HTML is not allowed in a body' });
    }
    const englishText = (record.data as { english?: { description?: unknown } } | undefined)?.english?.description;
    if (typeof englishText === 'string' && RAW_HTML.test(englishText)) {
      const match = RAW_HTML.exec(englishText)?.[0] ?? '';
      add({ file: record.file, field: 'english.description', value: show(match), expected: 'plain Markdown: raw HTML is not allowed in the English text' });
    }
  }

  // Ids: unique within a collection; groups and sets share the /danh-muc/ address space.
  const idSpaces: Record<string, CollectionName[]> = {
    districts: ['districts'],
    producers: ['producers'],
    products: ['products'],
    salesPoints: ['salesPoints'],
    categories: ['productGroups', 'productSets'],
    figures: ['figures'],
    searchVocabulary: ['searchVocabulary'],
    units: ['units'],
    formerCommunes: ['formerCommunes'],
  };
  // A record's former slugs (formerSlugs) keep their addresses: they count as taken too.
  for (const members of Object.values(idSpaces)) {
    const seen = new Map<string, { record: RawRecord; former: boolean }>();
    const inSpace = records.filter((r) => members.includes(r.collection as CollectionName) && !r.parseError);
    for (const record of inSpace) {
      const first = seen.get(record.id);
      if (first) add({ file: record.file, field: 'slug', value: show(record.id), expected: `a unique slug: ${first.record.file} already uses it${first.former ? ' (as a former slug)' : ''}` });
      else seen.set(record.id, { record, former: false });
    }
    for (const record of inSpace) {
      formerSlugsOf(record).forEach((slug, i) => {
        if (typeof slug !== 'string' || !isSlug(slug)) return;
        const first = seen.get(slug);
        const field = `formerSlugs[${i}]`;
        if (first?.record === record) {
          add({ file: record.file, field, value: show(slug), expected: first.former ? 'each former slug once (it is listed twice)' : 'a slug the record no longer has (this is its current slug)' });
        }
        else if (first) add({ file: record.file, field, value: show(slug), expected: `a slug no other record uses: ${first.record.file} already uses it${first.former ? ' (as a former slug)' : ''}` });
        else seen.set(slug, { record, former: true });
      });
    }
  }
  for (const record of records.filter((r) => r.collection === 'products')) {
    const slugs: [string, unknown][] = [['slug', record.id], ...formerSlugsOf(record).map((f, i): [string, unknown] => [`formerSlugs[${i}]`, f])];
    for (const [field, slug] of slugs) {
      if (typeof slug === 'string' && RESERVED_PRODUCT_SLUGS.includes(slug)) {
        add({ file: record.file, field, value: show(slug), expected: `a slug other than ${RESERVED_PRODUCT_SLUGS.join(', ')} (used by listing pages)` });
      }
    }
  }

  // References: every name a record points at must exist.
  const ids = (c: CollectionName) => new Set(records.filter((r) => r.collection === c && !r.parseError).map((r) => r.id));
  const known = {
    districts: ids('districts'),
    producers: ids('producers'),
    productSets: ids('productSets'),
    productGroups: ids('productGroups'),
    salesPoints: ids('salesPoints'),
  };
  const ref = (record: RawRecord, field: string, value: unknown, target: keyof typeof known, what: string) => {
    if (typeof value === 'string' && isSlug(value) && !known[target].has(value)) {
      add({ file: record.file, field, value: show(value), expected: `the slug of an existing ${what}` });
    }
  };
  for (const record of records) {
    const d = record.data as Record<string, unknown> | undefined;
    if (!d || typeof d !== 'object' || record.parseError) continue;
    switch (record.collection) {
      case 'products': {
        ref(record, 'producer', d.producer, 'producers', 'producer (content/producers/)');
        ref(record, 'district', d.district, 'districts', 'district (content/districts/)');
        ref(record, 'productSet', d.productSet, 'productSets', 'product set (content/product-sets.json)');
        const points = (d.whereToBuy as { salesPoints?: unknown[] } | undefined)?.salesPoints;
        if (Array.isArray(points)) points.forEach((p, i) => ref(record, `whereToBuy.salesPoints[${i}]`, p, 'salesPoints', 'sales point (content/sales-points/)'));
        break;
      }
      case 'producers': {
        ref(record, 'district', d.district, 'districts', 'district (content/districts/)');
        // A "where to buy" fact cites one of the record's own sources, whose title and flags it shows.
        const listed = new Set(Array.isArray(d.sources) ? d.sources.map((s: { url?: unknown }) => s?.url) : []);
        if (Array.isArray(d.soldAt)) {
          d.soldAt.forEach((f: { source?: unknown }, i) => {
            if (typeof f?.source === 'string' && !listed.has(f.source)) {
              add({ file: record.file, field: `soldAt[${i}].source`, value: show(f.source), expected: 'the url of one of this record\'s sources (add the source to sources first)' });
            }
          });
        }
        break;
      }
      case 'salesPoints':
      case 'figures':
      case 'formerCommunes':
        ref(record, 'district', d.district, 'districts', 'district (content/districts/)');
        break;
      case 'units':
        if (Array.isArray(d.formerUnits)) d.formerUnits.forEach((f: { district?: unknown }, i) => ref(record, `formerUnits[${i}].district`, f?.district, 'districts', 'district (content/districts/)'));
        break;
      case 'productSets':
        ref(record, 'group', d.group, 'productGroups', 'product group (content/product-groups.json)');
        break;
      case 'searchVocabulary':
        if (Array.isArray(d.sets)) d.sets.forEach((s, i) => ref(record, `sets[${i}]`, s, 'productSets', 'product set (content/product-sets.json)'));
        break;
    }
  }

  checkCommunes(valid, add);
  for (const [record, data] of valid) checkTranslation(record, data as Record<string, unknown>, add);
  checkVocabulary(valid, add);

  // Dates and certifying levels.
  const thisYear = Number(today.slice(0, 4));
  for (const [record, data] of valid) {
    if (record.collection === 'products') {
      checkCertificates(record, data as ProductData, today, thisYear, add);
      if ((data as ProductData).productSet === undefined) {
        add({ file: record.file, field: 'productSet', value: show(undefined), expected: PRODUCT_SET_MISSING }, 'warning');
      }
    }
    const srcs = (data as { sources?: { date?: string }[] }).sources ?? [];
    srcs.forEach((s, i) => {
      if (s.date && s.date > today) add({ file: record.file, field: `sources[${i}].date`, value: show(s.date), expected: `a date not after today (${today})` });
    });
  }

  return {
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}

/** The warning for a product with no product set: allowed (official annexes do not print it), to be completed. */
export const PRODUCT_SET_MISSING =
  'a product set (bộ sản phẩm) from content/product-sets.json, to complete: until then the product shows as "product set not assigned" and is counted in no group';

/**
 * English text is a translation of the record's Vietnamese text, stamped with the digest of the text
 * it was made from: a warning when that text changed since (the English is out of date) or when the
 * digest was never written.
 */
function checkTranslation(record: RawRecord, data: Record<string, unknown>, add: (p: Omit<Problem, 'severity'>, severity?: Problem['severity']) => void) {
  const t = recordTranslation(record.collection, data, record.body);
  if (!t || !t.hasEnglish) return;
  const file = record.file.replace(/\[\d+\]$/, '');
  const { stampField } = t;
  // translatedOn is not held to "not after today": builds for a fixed day (BUILD_DATE, the tests')
  // would refuse translations made since, and a wrong translation date misleads nobody about a fact.
  const date = t.stamp?.translatedOn;
  if (stampField === 'translation' && !t.stamp) {
    add(
      {
        file: record.file,
        field: 'translation',
        value: '(missing)',
        expected: `the English fields need the day they were translated: add "translation": {"translatedOn": "YYYY-MM-DD"} before "sources", then run npm run translations -- --stamp ${file}`,
      },
      'warning',
    );
    return;
  }
  if (t.state === 'outdated') {
    const english = stampField === 'english' ? 'english.description' : 'the English fields';
    add(
      {
        file: record.file,
        field: `${stampField}.sourceDigest`,
        value: show(t.stamp?.sourceDigest),
        expected: `the Vietnamese text changed after its translation of ${date ?? '(no date)'}: the English text is out of date. Update ${english} and translatedOn, then run npm run translations -- --stamp --force ${file}`,
      },
      'warning',
    );
  } else if (t.state === 'unstamped') {
    add(
      {
        file: record.file,
        field: `${stampField}.sourceDigest`,
        value: '(missing)',
        expected: `the digest of the Vietnamese text translated on ${date ?? '(no date)'}, so a later change to it shows: run npm run translations -- --stamp ${file}`,
      },
      'warning',
    );
  }
}

/** The check's rules for a product's certificates (dates not after today, certifying levels); exported for the content editor, which also applies them to a product whose shape is not yet valid. */
export function checkCertificates(
  record: RawRecord,
  product: ProductData,
  today: string,
  thisYear: number,
  add: (p: Omit<Problem, 'severity'>, severity?: Problem['severity']) => void,
) {
  for (const [first, again] of duplicatePairs(product.certificates)) {
    const [a, b] = [product.certificates[first], product.certificates[again]];
    const why = a.decision && b.decision ? `decision ${a.decision}` : `${a.stars}★ on ${a.date}`;
    add({
      file: record.file,
      field: `certificates[${again}]`,
      value: show(b),
      expected: `each certificate once: certificates[${first}] is the same certificate (${why}); merge the two entries`,
    });
  }
  product.certificates.forEach((c, i) => {
    const at = `certificates[${i}]`;
    if (c.date && c.date > today) add({ file: record.file, field: `${at}.date`, value: show(c.date), expected: `a decision date not after today (${today})` });
    if (c.year !== undefined && c.year > thisYear) add({ file: record.file, field: `${at}.year`, value: show(c.year), expected: `a year not after ${thisYear}` });
    if (c.notAfter && c.notAfter > today) add({ file: record.file, field: `${at}.notAfter`, value: show(c.notAfter), expected: `a date not after today (${today})` });
    if (c.revoked && c.revoked.date > today) add({ file: record.file, field: `${at}.revoked.date`, value: show(c.revoked.date), expected: `a date not after today (${today})` });
    if (c.level === 'province' && c.stars === 3 && certainlyInDistrictPeriod(c)) {
      add({ file: record.file, field: `${at}.level`, value: show(c.level), expected: `3★ certificates were issued by districts from ${DISTRICTS_CERTIFY_3_STARS_FROM} until ${DISTRICT_LEVEL_ENDS_ON} (not included): check the level` }, 'warning');
    }
    if (c.level) {
      const conflict = levelConflict(c.level, c.stars, c);
      // A district level after districts ceased to exist is impossible: an error; a level that does not fit the stars: a warning.
      if (conflict) add({ file: record.file, field: `${at}.level`, value: show(c.level), expected: conflict.message }, conflict.kind === 'abolished' ? 'error' : 'warning');
    }
  });
}

/**
 * A word of the search vocabulary means one thing: it may appear in one entry only (written with
 * the same letters and tone marks; "mắm" and "mầm" are different words), and once in it.
 */
function checkVocabulary(valid: Map<RawRecord, unknown>, add: (p: Omit<Problem, 'severity'>) => void) {
  const seen = new Map<string, string>();
  for (const [record, data] of valid) {
    if (record.collection !== 'searchVocabulary') continue;
    const entry = data as SearchTermData;
    for (const lang of ['vi', 'en'] as const) {
      entry[lang].forEach((word, i) => {
        const key = vocabularyKey(word);
        const first = seen.get(key);
        const field = `${lang}[${i}]`;
        if (first) add({ file: record.file, field, value: show(word), expected: `a word listed once in the vocabulary: ${first} already lists it` });
        else seen.set(key, `${record.file} (${field})`);
      });
    }
  }
}

/**
 * Every former commune a record names must be a former unit of some unit record (or a former
 * commune recorded as having no known successor), within the record's district. A content folder
 * without unit records (a province not yet mapped) is not checked. Exported for the content editor.
 */
export function checkCommunes(valid: Map<RawRecord, unknown>, add: (p: Omit<Problem, 'severity'>) => void) {
  const known = new Map<string, string>();
  for (const [record, data] of valid) {
    if (record.collection === 'units') {
      for (const [i, f] of (data as { formerUnits: { name: string; district: string }[] }).formerUnits.entries()) {
        const key = communeKey(f.district, f.name);
        const first = known.get(key);
        if (first) add({ file: record.file, field: `formerUnits[${i}].name`, value: show(f.name), expected: `a former unit listed once: ${first} already lists it` });
        else known.set(key, record.file);
      }
    } else if (record.collection === 'formerCommunes') {
      const f = data as { name: string; district: string };
      const key = communeKey(f.district, f.name);
      const first = known.get(key);
      if (first) add({ file: record.file, field: 'name', value: show(f.name), expected: `a former commune listed once: ${first} already lists it` });
      else known.set(key, record.file);
    }
  }
  if (known.size === 0) return;
  for (const [record, data] of valid) {
    if (!['products', 'producers', 'salesPoints'].includes(record.collection)) continue;
    const { district, commune } = data as { district: string; commune?: string };
    if (!commune || known.has(communeKey(district, commune))) continue;
    add({
      file: record.file,
      field: 'commune',
      value: show(commune),
      expected: `a former commune of this district (${district}) listed in formerUnits of a content/units/ record, or in content/former-communes/ when its successor is unknown`,
    });
  }
}
