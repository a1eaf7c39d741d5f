// Turns the rows of an official list into changes to producer and product records, in memory:
// nothing here touches the disk, so a dry run and a real run plan exactly the same thing.
import path from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTION_PATHS } from '../../src/lib/content-layout.ts';
import type { IsoDate } from '../../src/lib/dates.ts';
import { RESERVED_PRODUCT_SLUGS } from '../../src/lib/routes.ts';
import { producerSchema, productSchema, type CertificateData, type SourceData } from '../../src/lib/schema.ts';
import { nameKey, slugify } from '../../src/lib/slug.ts';
import type { ContentSnapshot, DistrictRef, MarkdownRecord } from './content.ts';
import type { TableRow } from './table.ts';
import { DistrictFinder, insertionIndex, matchCertificate, ProducerIndex, ProductIndex, ProductSetFinder } from './match.ts';
import {
  addressParts,
  communeFromAddress,
  isSectionNumber,
  legalFormFromName,
  levelConflict,
  levelFromStars,
  parseDayMonthYear,
  parseLevel,
  parseScore,
  parseStars,
  parseYear,
  splitDecision,
  type Level,
} from './values.ts';

export interface ImportOptions {
  /** District slug for a whole-district list (rows may still name their own). */
  district?: string;
  /** Product-set slug for rows without a Bộ sản phẩm cell. */
  productSet?: string;
  /** Certifying level for the whole list, instead of deriving it from the stars. */
  level?: Level;
  /** Decision number and date for rows whose cells leave them empty (a list annexed to one decision). */
  decision?: string;
  decisionDate?: IsoDate;
  source: SourceData;
  today: IsoDate;
}

export type RowOutcome =
  | { line: number; kind: 'created'; product: string; producer: string; producerCreated: boolean }
  | { line: number; kind: 'updated'; product: string; certificate: CertificateData }
  | { line: number; kind: 'unchanged'; product: string; duplicateOf?: number }
  | { line: number; kind: 'rejected'; reasons: string[] }
  | { line: number; kind: 'heading'; text: string; district?: string };

export interface PlannedFile {
  collection: 'producers' | 'products';
  record: MarkdownRecord;
  action: 'create' | 'update';
}

export interface ImportPlan {
  outcomes: RowOutcome[];
  warnings: { line: number; message: string }[];
  files: PlannedFile[];
}

type Certificate = CertificateData;
type Data = Record<string, unknown>;

/** What a row says once its cells are read, before it is matched against the records. */
interface RowFacts {
  productName: string;
  producerName: string;
  address: string;
  certificate?: Certificate;
  district?: DistrictRef;
  productSet?: string;
}

/** The first cell of a totals row: Tổng cộng, Tổng số, Cộng. */
const TOTALS = /^(?:tong cong|tong so|tong|cong)\b/;

function zodReasons(schema: z.ZodType, data: unknown, what: string): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((i) => `${what} would be invalid: ${i.path.join('.') || '(record)'}: ${i.message}`);
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

export class ImportPlanner {
  private districts: DistrictFinder;
  private productSets: ProductSetFinder;
  private producers: ProducerIndex;
  private products: ProductIndex;
  private dirty = new Map<MarkdownRecord, PlannedFile>();
  /** Certificates this run added, with the line they came from, to name duplicates. */
  private addedBy = new WeakMap<object, number>();
  private sectionDistrict: DistrictRef | undefined;
  readonly outcomes: RowOutcome[] = [];
  readonly warnings: ImportPlan['warnings'] = [];

  constructor(
    private content: ContentSnapshot,
    private options: ImportOptions,
  ) {
    this.districts = new DistrictFinder(content.districts);
    this.productSets = new ProductSetFinder(content.productSets);
    this.producers = new ProducerIndex(content.producers);
    this.products = new ProductIndex(content.products);
  }

  plan(rows: TableRow[]): ImportPlan {
    for (const row of rows) this.outcomes.push(this.row(row));
    const files = [...this.dirty.values()].sort((a, b) => (a.collection === b.collection ? 0 : a.collection === 'producers' ? -1 : 1));
    return { outcomes: this.outcomes, warnings: this.warnings, files };
  }

  private row(row: TableRow): RowOutcome {
    const heading = this.heading(row);
    if (heading) return heading;
    const reasons: string[] = [];
    const facts = this.readFacts(row, reasons);
    if (!facts.productName || !facts.producerName || !facts.certificate) return { line: row.line, kind: 'rejected', reasons };

    const producer = this.findProducer(facts, reasons);
    const product = producer && producer !== 'new' ? this.findProduct(producer, facts, reasons) : undefined;
    if (reasons.length > 0) return { line: row.line, kind: 'rejected', reasons };
    if (product && product !== 'new') return this.addCertificate(row, product, facts);
    return this.create(row, producer === 'new' ? undefined : producer, facts);
  }

  /**
   * A row with a single text is a heading: one naming a district ("II. HUYỆN TIÊN PHƯỚC") sets the district
   * of the rows below; others (group titles, "Tổng cộng") are passed over when their STT is not a product
   * number. A lone text after a product number is a product row with cells missing, and is rejected.
   */
  private heading(row: TableRow): RowOutcome | undefined {
    const v = row.values;
    // A totals row ("Tổng cộng" over merged cells, then a count) without a product number.
    if (!/^\d+\.?$/.test(v.stt) && TOTALS.test(nameKey(v.stt || row.firstText))) {
      return { line: row.line, kind: 'heading', text: `${v.stt} ${row.firstText}`.trim() };
    }
    if (row.filledCells > 1 || (row.filledCells === 0 && /^\d+\.?$/.test(v.stt))) return undefined;
    const text = row.filledCells === 0 ? v.stt : `${v.stt} ${row.firstText}`.trim();
    const district = this.districts.findHeading(text);
    if (!district && row.filledCells === 1 && !isSectionNumber(v.stt)) return undefined;
    if (district) this.sectionDistrict = district;
    return { line: row.line, kind: 'heading', text, district: district?.id };
  }

  private readFacts(row: TableRow, reasons: string[]): RowFacts {
    const v = row.values;
    const o = this.options;
    if (!v.productName) reasons.push('empty product name (Tên sản phẩm)');
    if (!v.producerName) reasons.push('missing producer (Chủ thể)');

    const stars = parseStars(v.stars);
    if (!stars.ok) reasons.push(stars.reason);

    // Decision and its date: the cells, else the decision the whole list is annexed to.
    const split = splitDecision(v.decision);
    const usesListDecision = v.decision === '' || (!!o.decision && split.decision === o.decision);
    const decision = split.decision ?? (v.decision === '' ? o.decision : undefined);
    let date: IsoDate | undefined;
    let year: number | undefined;
    if (v.date || split.dateText) {
      const parsed = parseDayMonthYear(v.date || split.dateText!);
      if (!parsed.ok) reasons.push(parsed.reason);
      else date = parsed.value;
      if (v.date && split.dateText && parsed.ok) {
        const inDecision = parseDayMonthYear(split.dateText);
        if (inDecision.ok && inDecision.value !== date) reasons.push(`the decision cell says ngày ${split.dateText} but Ngày quyết định says ${v.date}`);
      }
    } else if (usesListDecision && o.decisionDate) {
      date = o.decisionDate;
    } else if (v.year) {
      const parsed = parseYear(v.year, Number(o.today.slice(0, 4)));
      if (!parsed.ok) reasons.push(parsed.reason);
      else year = parsed.value;
    } else {
      reasons.push('no decision date: fill Ngày quyết định (dd/mm/yyyy) or Năm, or pass --decision-date for a list annexed to one decision');
    }
    if (date && date > o.today) reasons.push(`decision date ${date} is in the future (today is ${o.today})`);

    let score: number | undefined;
    if (v.score) {
      const parsed = parseScore(v.score);
      if (!parsed.ok) reasons.push(parsed.reason);
      else score = parsed.value;
    }

    let level: Level | undefined;
    if (v.level || o.level) {
      const parsed = v.level ? parseLevel(v.level) : { ok: true as const, value: o.level! };
      if (!parsed.ok) reasons.push(parsed.reason);
      else level = parsed.value;
      const conflict = level && stars.ok ? levelConflict(level, stars.value) : undefined;
      if (conflict) reasons.push(conflict);
    } else if (stars.ok) {
      level = levelFromStars(stars.value, { date, year });
    }

    const district = this.rowDistrict(v.district, v.address, reasons);
    let productSet: string | undefined = o.productSet;
    if (v.productSet) {
      const hit = this.productSets.find(v.productSet);
      if ('found' in hit) productSet = hit.found.id;
      else reasons.push(`unknown product set ${JSON.stringify(v.productSet)} (Bộ sản phẩm): expected a slug, code or name from product-sets.json`);
    }

    const certificate =
      stars.ok && (date || year) && reasons.length === 0
        ? this.certificate({ level, stars: stars.value, decision, date, year, score })
        : undefined;
    return {
      productName: v.productName,
      producerName: v.producerName,
      address: v.address,
      certificate,
      district,
      productSet,
    };
  }

  private certificate(c: Certificate): Certificate {
    // Key order as in the schema, absent fields left out rather than written as null.
    const cert = Object.fromEntries(Object.entries(c).filter(([, value]) => value !== undefined)) as Certificate;
    return cert;
  }

  /** The row's district cell, else its section heading, else --district, else a district its address names. */
  private rowDistrict(cell: string, address: string, reasons: string[]): DistrictRef | undefined {
    if (cell) {
      const hit = this.districts.find(cell);
      if ('found' in hit) return hit.found;
      if ('ambiguous' in hit) reasons.push(`district ${JSON.stringify(cell)} could be ${hit.ambiguous.map((d) => d.id).join(' or ')}: use the slug`);
      else reasons.push(`unknown district ${JSON.stringify(cell)}: expected one of ${this.districts.names()}`);
      return undefined;
    }
    if (this.sectionDistrict) return this.sectionDistrict;
    const listDistrict = this.content.districts.find((d) => d.id === this.options.district);
    if (listDistrict) return listDistrict;
    return address ? this.districts.findInAddress(addressParts(address)) : undefined;
  }

  private shown(record: MarkdownRecord): string {
    return path.relative(path.dirname(this.content.root), record.file);
  }

  private findProducer(facts: RowFacts, reasons: string[]): MarkdownRecord | 'new' | undefined {
    const named = this.producers.named(facts.producerName);
    const list = (rs: MarkdownRecord[]) => rs.map((r) => this.shown(r)).join(', ');
    if (!facts.district) {
      if (named.length === 1) return named[0];
      if (named.length > 1) reasons.push(`several producers are named ${JSON.stringify(facts.producerName)} (${list(named)}): give the district (Huyện column or --district)`);
      else reasons.push(`no district for the new producer ${JSON.stringify(facts.producerName)}: add a Huyện/Địa phương column or pass --district <slug>`);
      return undefined;
    }
    const here = named.filter((r) => r.data.district === facts.district!.id);
    if (here.length === 1) return here[0];
    if (here.length > 1) {
      reasons.push(`several producers in ${facts.district.id} are named ${JSON.stringify(facts.producerName)} (${list(here)}): merge or rename them first`);
      return undefined;
    }
    if (named.length > 0) {
      reasons.push(
        `producer ${JSON.stringify(facts.producerName)} is recorded in another district (${list(named)}), but this row is in ${facts.district.id}: fix the row or the record; a different producer of the same name must be added by hand`,
      );
      return undefined;
    }
    return 'new';
  }

  private findProduct(producer: MarkdownRecord, facts: RowFacts, reasons: string[]): MarkdownRecord | 'new' | undefined {
    const found = this.products.find(producer.id, facts.productName);
    if (found.length === 1) return found[0];
    if (found.length > 1) {
      reasons.push(`several products of ${producer.id} are named ${JSON.stringify(facts.productName)} (${found.map((r) => this.shown(r)).join(', ')}): merge them first`);
      return undefined;
    }
    return 'new';
  }

  private addCertificate(row: TableRow, product: MarkdownRecord, facts: RowFacts): RowOutcome {
    const cert = facts.certificate!;
    const existing = (Array.isArray(product.data.certificates) ? product.data.certificates : []) as Certificate[];
    const match = matchCertificate(existing, cert);
    if ('identical' in match) {
      return { line: row.line, kind: 'unchanged', product: this.shown(product), duplicateOf: this.addedBy.get(existing[match.identical]) };
    }
    if ('conflict' in match) {
      const c = existing[match.conflict];
      return {
        line: row.line,
        kind: 'rejected',
        reasons: [`${this.shown(product)} already has decision ${c.decision} with ${c.stars}★, but this row gives it ${cert.stars}★`],
      };
    }

    const data = clone(product.data);
    const sources = (Array.isArray(data.sources) ? data.sources : []) as SourceData[];
    const src = this.options.source;
    const certificate = sources.length > 0 && sources[0].url !== src.url ? { ...cert, source: src.url } : cert;
    const certificates = [...existing];
    certificates.splice(insertionIndex(existing, cert), 0, certificate);
    data.certificates = certificates;
    if (!sources.some((s) => s.url === src.url)) data.sources = [...sources, src];

    const reasons = zodReasons(productSchema, data, this.shown(product));
    if (reasons.length > 0) return { line: row.line, kind: 'rejected', reasons: [...reasons, 'fix the record first (npm run check)'] };

    if (facts.district && product.data.district !== facts.district.id) {
      this.warnings.push({ line: row.line, message: `the row is in ${facts.district.id} but ${this.shown(product)} says ${String(product.data.district)}; kept the record's district` });
    }
    product.data = data;
    this.addedBy.set(certificate, row.line);
    this.markDirty('products', product);
    return { line: row.line, kind: 'updated', product: this.shown(product), certificate };
  }

  private create(row: TableRow, existingProducer: MarkdownRecord | undefined, facts: RowFacts): RowOutcome {
    const reasons: string[] = [];
    const district = facts.district ?? this.content.districts.find((d) => d.id === existingProducer?.data.district);
    if (!district) reasons.push(`no district for the new product: add a Huyện/Địa phương column or pass --district <slug>`);
    if (!facts.productSet) reasons.push('no product set for the new product: add a Bộ sản phẩm column (slug, code or name) or pass --product-set <slug>');
    if (!district || !facts.productSet) return { line: row.line, kind: 'rejected', reasons };

    const src = this.options.source;
    let producer = existingProducer;
    let newProducer: MarkdownRecord | undefined;
    if (!producer) {
      const slug = this.allocate(slugify(facts.producerName), district.id, this.content.takenProducerIds, []);
      if (!slug) return { line: row.line, kind: 'rejected', reasons: [`producer name ${JSON.stringify(facts.producerName)} has no letter or digit to make a slug from`] };
      const commune = facts.address ? communeFromAddress(facts.address) : undefined;
      const data: Data = {
        name: facts.producerName,
        legalForm: legalFormFromName(facts.producerName),
        district: district.id,
        ...(commune ? { commune } : {}),
        ...(facts.address ? { address: facts.address } : {}),
        sources: [src],
      };
      newProducer = { id: slug, file: path.join(this.content.root, COLLECTION_PATHS.producers.dir, `${slug}.md`), data, body: '', original: null };
      reasons.push(...zodReasons(producerSchema, data, this.shown(newProducer)));
      producer = newProducer;
    }

    const slug = this.allocate(slugify(facts.productName), district.id, this.content.takenProductIds, RESERVED_PRODUCT_SLUGS);
    if (!slug) return { line: row.line, kind: 'rejected', reasons: [`product name ${JSON.stringify(facts.productName)} has no letter or digit to make a slug from`] };
    const certificate = facts.certificate!;
    const data: Data = {
      name: facts.productName,
      producer: producer.id,
      productSet: facts.productSet,
      district: district.id,
      certificates: [certificate],
      sources: [src],
    };
    const product: MarkdownRecord = { id: slug, file: path.join(this.content.root, COLLECTION_PATHS.products.dir, `${slug}.md`), data, body: '', original: null };
    reasons.push(...zodReasons(productSchema, data, this.shown(product)));
    if (reasons.length > 0) return { line: row.line, kind: 'rejected', reasons };

    const lookalikes = this.products.namelessProducer(facts.productName);
    if (lookalikes.length > 0) {
      this.warnings.push({ line: row.line, message: `${lookalikes.map((r) => this.shown(r)).join(', ')} has the same name and no producer: if it is this product, merge them by hand` });
    }
    if (newProducer) {
      this.content.producers.push(newProducer);
      this.content.takenProducerIds.add(newProducer.id);
      this.producers.add(newProducer);
      this.markDirty('producers', newProducer);
    }
    this.content.products.push(product);
    this.content.takenProductIds.add(product.id);
    this.products.add(product);
    this.addedBy.set(certificate, row.line);
    this.markDirty('products', product);
    return { line: row.line, kind: 'created', product: this.shown(product), producer: this.shown(producer), producerCreated: !!newProducer };
  }

  /** slugify(name), then with the district slug on a collision, then numbered. */
  private allocate(base: string, districtId: string, taken: Set<string>, reserved: readonly string[]): string | undefined {
    if (!base) return undefined;
    const free = (s: string) => !taken.has(s) && !reserved.includes(s);
    if (free(base)) return base;
    const withDistrict = base.endsWith(`-${districtId}`) ? base : `${base}-${districtId}`;
    if (free(withDistrict)) return withDistrict;
    for (let n = 2; ; n++) if (free(`${withDistrict}-${n}`)) return `${withDistrict}-${n}`;
  }

  private markDirty(collection: PlannedFile['collection'], record: MarkdownRecord): void {
    if (!this.dirty.has(record)) this.dirty.set(record, { collection, record, action: record.original === null ? 'create' : 'update' });
  }
}

export function planImport(rows: TableRow[], content: ContentSnapshot, options: ImportOptions): ImportPlan {
  return new ImportPlanner(content, options).plan(rows);
}
