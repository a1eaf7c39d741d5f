// Turns the rows of a list into changes to producer and product records, in memory: nothing here
// touches the disk, so a dry run and a real run plan exactly the same thing. Every fact a row gives
// that the catalogue can hold is taken (a certificate without a year, a product without a producer
// or a product set), nothing is guessed, and a row that says no more than a record already does
// changes nothing. Where a row and its record disagree, the outcome says so.
import path from 'node:path';
import type { z } from 'astro/zod';
import { mayBeSame, restates, sameDecisionNumber } from '../../src/lib/certificates/certificate-identity.ts';
import { levelConflict, levelFromStars } from '../../src/lib/certificates/certifying-level.ts';
import { COLLECTION_PATHS } from '../../src/lib/content/content-layout.ts';
import { validationMessageVi } from '../../src/lib/content/messages-vi.ts';
import type { IsoDate } from '../../src/lib/certificates/dates.ts';
import { RESERVED_PRODUCT_SLUGS } from '../../src/lib/pages/routes.ts';
import { producerSchema, productSchema, source as sourceSchema, type CertificateData, type SourceData } from '../../src/lib/content/schema.ts';
import { nameKey, slugify } from '../../src/lib/content/slug.ts';
import { communeKey } from '../../src/lib/places/units.ts';
import type { ContentSnapshot, DistrictRef, MarkdownRecord } from './content.ts';
import type { TableRow } from './table.ts';
import { DistrictFinder, insertionIndex, ProducerIndex, ProductIndex, ProductSetFinder } from './match.ts';
import { q, t, type Text } from './text.ts';
import {
  addressParts,
  communeFromAddress,
  isSectionNumber,
  legalFormFromName,
  parseDayMonthYear,
  parseDecisionCell,
  parseLevel,
  parseScore,
  parseStars,
  parseYear,
  sourceUrls,
  type Level,
  type Stars,
} from './values.ts';

/** What the whole list says, from the command line or else its title block; a row's own cells win. */
export interface ListFacts {
  decision?: string;
  date?: IsoDate;
  level?: Level;
}

export interface ImportOptions {
  /** District slug for a whole-district list (rows may still name their own). */
  district?: string;
  /** Product-set slug for new products without a Bộ sản phẩm cell. */
  productSet?: string;
  /** The decision, date and level of the whole list (command line over title block). */
  list: ListFacts;
  /** The list is a certification decision's annex: a row without stars is a certificate whose stars are not stated. */
  certified: boolean;
  /** The command line's source, for rows without their own. */
  source?: SourceData;
  today: IsoDate;
}

/** Something about a row the editor should read: a disagreement with the record, or why nothing was added. */
export interface Note {
  kind: 'differs' | 'note';
  text: Text;
}

export type RowOutcome =
  | { line: number; kind: 'created'; product: string; producer?: string; producerCreated: boolean; certificate?: CertificateData; notes: Note[] }
  | { line: number; kind: 'updated'; product: string; certificate: CertificateData; notes: Note[] }
  | { line: number; kind: 'unchanged'; product: string; duplicateOf?: number; notes: Note[] }
  | { line: number; kind: 'rejected'; reasons: Text[] }
  | { line: number; kind: 'ambiguous'; records: string[]; reason: Text }
  | { line: number; kind: 'heading'; text: string; district?: string };

export interface PlannedFile {
  collection: 'producers' | 'products';
  record: MarkdownRecord;
  action: 'create' | 'update';
}

export interface ImportPlan {
  outcomes: RowOutcome[];
  files: PlannedFile[];
}

type Certificate = CertificateData;
type Data = Record<string, unknown>;

/** What a row says once its cells are read, before it is matched against the records. */
interface RowFacts {
  productName: string;
  producerName: string;
  address: string;
  commune: string;
  district?: DistrictRef;
  productSet?: string;
  /** The certificate the row states; absent when it states none (then `noCertificate` says why). */
  certificate?: Certificate;
  noCertificate?: Text;
  /** The row's sources (its own, else the command line's), with a reason when one cannot be used. */
  sources: SourceData[];
  sourceProblem?: Text;
  /** What the editor should know about how the row was read. */
  notes: Note[];
}

/** The first cell of a totals row: Tổng cộng, Tổng số, Cộng. */
const TOTALS = /^(?:tong cong|tong so|tong|cong)\b/;

const NO_STARS_IN_NEWS_LIST = t(
  'không ghi hạng sao: trong danh sách tổng hợp từ báo chí, điều đó có thể là đã công nhận mà không nêu hạng, hoặc chỉ mới đề xuất; không thêm chứng nhận (dùng --certified nếu đây là phụ lục của quyết định công nhận)',
  'no star level: in a list gathered from the news this may be a certificate whose level is not given, or only a proposal; no certificate added (pass --certified if the list is a certification decision’s annex)',
);

function zodReasons(schema: z.ZodType, data: unknown, what: string): Text[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((i) => {
    const field = i.path.join('.') || '(record)';
    return t(`${what} sẽ không hợp lệ: ${field}: ${validationMessageVi(i.message)}`, `${what} would be invalid: ${field}: ${i.message}`);
  });
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Key order as in the schema, absent fields left out rather than written as null. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function describe(c: Certificate): Text {
  const stars = c.stars ? `${c.stars}★` : undefined;
  const when = c.date ?? (c.year !== undefined ? String(c.year) : undefined);
  const vi = [stars ?? 'chưa rõ hạng sao', c.level, c.decision, when ?? (c.notAfter ? `không rõ ngày, không muộn hơn ${c.notAfter}` : 'không rõ ngày')];
  const en = [stars ?? 'star level not stated', c.level, c.decision, when ?? (c.notAfter ? `date unknown, no later than ${c.notAfter}` : 'date unknown')];
  return t(vi.filter(Boolean).join(', '), en.filter(Boolean).join(', '));
}

export class ImportPlanner {
  private districts: DistrictFinder;
  private productSets: ProductSetFinder;
  private producers: ProducerIndex;
  private products: ProductIndex;
  private dirty = new Map<MarkdownRecord, PlannedFile>();
  /** Certificates this run added, with the line they came from, to name duplicates. */
  private addedBy = new WeakMap<object, number>();
  /** Every source the content cites, by address, for the title and date of a row's own source. */
  private knownSources = new Map<string, SourceData>();
  private sectionDistrict: DistrictRef | undefined;
  readonly outcomes: RowOutcome[] = [];

  constructor(
    private content: ContentSnapshot,
    private options: ImportOptions,
  ) {
    this.districts = new DistrictFinder(content.districts);
    this.productSets = new ProductSetFinder(content.productSets);
    this.producers = new ProducerIndex(content.producers);
    this.products = new ProductIndex(content.products);
    for (const record of [...content.producers, ...content.products]) {
      for (const s of (Array.isArray(record.data.sources) ? record.data.sources : []) as Partial<SourceData>[]) {
        if (typeof s?.url === 'string' && typeof s.title === 'string' && !this.knownSources.has(s.url)) this.knownSources.set(s.url, compact({ url: s.url, title: s.title, date: s.date }));
      }
    }
    if (options.source) this.knownSources.set(options.source.url, options.source);
  }

  plan(rows: TableRow[]): ImportPlan {
    for (const row of rows) this.outcomes.push(this.row(row));
    const files = [...this.dirty.values()].sort((a, b) => (a.collection === b.collection ? 0 : a.collection === 'producers' ? -1 : 1));
    return { outcomes: this.outcomes, files };
  }

  /** A district-level city or town named by a body ("UBND thành phố Hội An"), as against a province-level one. */
  private isDistrictName = (name: string): boolean => 'found' in this.districts.find(name);

  private row(row: TableRow): RowOutcome {
    const heading = this.heading(row);
    if (heading) return heading;
    const reasons: Text[] = [];
    const facts = this.readFacts(row, reasons);
    if (reasons.length > 0) return { line: row.line, kind: 'rejected', reasons };

    const found = this.findProduct(facts);
    if ('ambiguous' in found) return { line: row.line, kind: 'ambiguous', records: found.ambiguous.map((r) => this.shown(r)), reason: found.reason };
    if ('found' in found) return this.matched(row, found.found, facts, [...facts.notes, ...found.notes]);
    return this.create(row, facts);
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

  private readFacts(row: TableRow, reasons: Text[]): RowFacts {
    const v = row.values;
    const o = this.options;
    const notes: Note[] = [];
    if (!v.productName) reasons.push(t('thiếu tên sản phẩm (Tên sản phẩm)', 'empty product name (Tên sản phẩm)'));

    const stars = v.stars ? parseStars(v.stars) : undefined;
    if (stars && !stars.ok) reasons.push(stars.reason);

    // The decision: its own cells, else the one the whole list is annexed to (command line or title block).
    const cell = parseDecisionCell(v.decision);
    const usesListDecision = !cell.decision || (!!o.list.decision && sameDecisionNumber(cell.decision, o.list.decision));
    const decision = cell.decision ?? o.list.decision;
    let date: IsoDate | undefined;
    let year: number | undefined;
    const dateText = v.date || cell.dateText;
    if (dateText) {
      const parsed = parseDayMonthYear(dateText);
      if (!parsed.ok) reasons.push(parsed.reason);
      else date = parsed.value;
      if (v.date && cell.dateText && parsed.ok) {
        const inDecision = parseDayMonthYear(cell.dateText);
        if (inDecision.ok && inDecision.value !== date) {
          reasons.push(t(`ô quyết định ghi ngày ${cell.dateText} nhưng Ngày quyết định ghi ${v.date}`, `the decision cell says ngày ${cell.dateText} but Ngày quyết định says ${v.date}`));
        }
      }
    } else if (usesListDecision && o.list.date) {
      date = o.list.date;
    }
    if (v.year) {
      const parsed = parseYear(v.year, Number(o.today.slice(0, 4)));
      if (!parsed.ok) reasons.push(parsed.reason);
      else if (date && Number(date.slice(0, 4)) !== parsed.value) {
        // A round's year is often printed beside a decision dated early the next year.
        notes.push({
          kind: 'note',
          text: t(
            `cột Năm ghi ${parsed.value}, quyết định ngày ${date} (có thể là đợt đánh giá năm ${parsed.value}): dùng ngày quyết định`,
            `the Năm cell says ${parsed.value}, the decision is dated ${date} (perhaps the ${parsed.value} round): the decision date is used`,
          ),
        });
      } else if (!date) year = parsed.value;
    }
    if (date && date > o.today) {
      reasons.push(t(`ngày quyết định ${date} ở tương lai (hôm nay là ${o.today})`, `decision date ${date} is in the future (today is ${o.today})`));
    }

    let score: number | undefined;
    if (v.score) {
      const parsed = parseScore(v.score);
      if (!parsed.ok) reasons.push(parsed.reason);
      else score = parsed.value;
    }

    // The level: the row's Cấp or body cell, else the body its decision cell names, else the list's.
    let level: Level | undefined;
    const levelCell = v.level || cell.issuer;
    if (levelCell) {
      const parsed = parseLevel(levelCell, this.isDistrictName);
      if (!parsed.ok) reasons.push(parsed.reason);
      else level = parsed.value;
    } else if (usesListDecision && o.list.level) {
      level = o.list.level;
    }

    const district = this.rowDistrict(v.district, v.address, reasons);
    const productSet = this.rowProductSet(row, reasons);
    const { sources, problem } = this.rowSources(v.sourceUrl, v.sourceTitle, v.sourceDate, reasons);

    // The certificate, if the row states one.
    let certificate: Certificate | undefined;
    let noCertificate: Text | undefined;
    const starsValue: Stars | undefined = stars?.ok ? stars.value : undefined;
    if (!v.stars && !o.certified) {
      noCertificate = NO_STARS_IN_NEWS_LIST;
    } else if (reasons.length === 0) {
      const when = { date, year };
      level ??= starsValue ? levelFromStars(starsValue, when) : undefined;
      const conflict = level ? levelConflict(level, starsValue, when) : undefined;
      if (conflict) reasons.push(t(`cấp ${level}: ${validationMessageVi(conflict.message)}`, `level ${level}: ${conflict.message}`));
      // No year at all: the date is unknown, and no later than the row's source (when its date is known).
      const notAfter = date || year !== undefined ? undefined : earliest(sources.map((s) => s.date));
      certificate = compact({
        level,
        stars: starsValue,
        starsUnknown: starsValue === undefined ? (true as const) : undefined,
        decision,
        date,
        year,
        dateUnknown: date || year !== undefined ? undefined : (true as const),
        notAfter,
        score,
      });
    }
    return {
      productName: v.productName,
      producerName: v.producerName,
      address: v.address,
      commune: v.commune,
      district,
      productSet,
      certificate,
      noCertificate,
      sources,
      sourceProblem: problem,
      notes,
    };
  }

  /** The row's district cell, else its section heading, else --district, else a district its address names. */
  private rowDistrict(cell: string, address: string, reasons: Text[]): DistrictRef | undefined {
    if (cell) {
      const hit = this.districts.find(cell);
      if ('found' in hit) return hit.found;
      if ('ambiguous' in hit) {
        const ids = hit.ambiguous.map((d) => d.id).join(' / ');
        reasons.push(t(`huyện ${q(cell)} có thể là ${ids}: ghi slug`, `district ${q(cell)} could be ${ids}: use the slug`));
      } else {
        const names = this.districts.names();
        reasons.push(t(`không có huyện ${q(cell)}: cần một trong ${names}`, `unknown district ${q(cell)}: expected one of ${names}`));
      }
      return undefined;
    }
    if (this.sectionDistrict) return this.sectionDistrict;
    const listDistrict = this.content.districts.find((d) => d.id === this.options.district);
    if (listDistrict) return listDistrict;
    return address ? this.districts.findInAddress(addressParts(address)) : undefined;
  }

  /**
   * The product set of the row's cell (slug, code or name), else --product-set. A code Excel holds as a
   * bare number (1.10 typed in a General cell reads 1.1) is refused when it could be two sets.
   */
  private rowProductSet(row: TableRow, reasons: Text[]): string | undefined {
    const cell = row.values.productSet;
    if (!cell) return this.options.productSet;
    if (row.bareNumbers.has('productSet')) {
      const same = this.productSets.sets.filter((s) => /^\d+\.\d+$/.test(s.code) && Number(s.code) === Number(cell));
      if (same.length > 1) {
        const codes = same.map((s) => s.code).join(', ');
        reasons.push(
          t(
            `bộ sản phẩm ${q(cell)} là một con số trong Excel, có thể là ${codes}: gõ mã dạng văn bản ('1.10) hoặc ghi tên bộ`,
            `product set ${q(cell)} is a number in Excel and could be ${codes}: type the code as text ('1.10) or give the set's name`,
          ),
        );
        return undefined;
      }
    }
    const hit = this.productSets.find(cell);
    if ('found' in hit) return hit.found.id;
    reasons.push(
      t(
        `không có bộ sản phẩm ${q(cell)} (Bộ sản phẩm): cần slug, mã hoặc tên trong product-sets.json`,
        `unknown product set ${q(cell)} (Bộ sản phẩm): expected a slug, code or name from product-sets.json`,
      ),
    );
    return undefined;
  }

  /**
   * The row's own sources (a Nguồn/source_url cell, several separated by ";"), each with its title from a
   * Tên nguồn cell, a record citing the same address or the command line; else the command line's source.
   * A source that cannot be used is only a problem for a row that writes something.
   */
  private rowSources(urlCell: string, titleCell: string, dateCell: string, reasons: Text[]): { sources: SourceData[]; problem?: Text } {
    const urls = sourceUrls(urlCell);
    if (urls.length === 0) {
      if (this.options.source) return { sources: [this.options.source] };
      return {
        sources: [],
        problem: t('không có nguồn: dòng không có cột Nguồn và lệnh không có --source-url/--source-title', 'no source: the row has no source column and no --source-url/--source-title was given'),
      };
    }
    let date: IsoDate | undefined;
    if (dateCell) {
      const parsed = parseDayMonthYear(dateCell);
      if (!parsed.ok) reasons.push(parsed.reason);
      else date = parsed.value;
    }
    const sources: SourceData[] = [];
    let problem: Text | undefined;
    for (const url of urls) {
      const known = this.knownSources.get(url);
      const title = (urls.length === 1 ? titleCell : '') || known?.title;
      const src = compact({ url, title: title ?? '', date: date ?? known?.date });
      if (!title) {
        problem ??= t(
          `nguồn ${url} chưa có tên: thêm cột Tên nguồn, hoặc --source-url/--source-title cho địa chỉ này`,
          `source ${url} has no title: add a Tên nguồn column, or give this address with --source-url/--source-title`,
        );
      } else if (!sourceSchema.safeParse(src).success) {
        problem ??= t(`nguồn ${q(url)} không phải địa chỉ web đầy đủ (http:// hoặc https://)`, `source ${q(url)} is not a full web address (http:// or https://)`);
      }
      sources.push(src);
    }
    return { sources, problem };
  }

  private shown(record: MarkdownRecord): string {
    return path.relative(path.dirname(this.content.root), record.file);
  }

  /**
   * The record a row names, by its names, former names and former slugs: among the products so named, the
   * one of the row's producer (by its names and former names), else one recorded with no producer;
   * several left: the one in the row's district. Never a guess: two records, or a product of that name
   * in that district recorded for another producer, leave the row alone.
   */
  private findProduct(facts: RowFacts): { found: MarkdownRecord; notes: Note[] } | { ambiguous: MarkdownRecord[]; reason: Text } | { none: true } {
    const named = this.products.named(facts.productName);
    if (named.length === 0) return { none: true };
    const notes: Note[] = [];
    let candidates = named;
    if (facts.producerName) {
      const producerIds = new Set(this.producers.named(facts.producerName).map((p) => p.id));
      const sameProducer = named.filter((r) => producerIds.has(str(r.data.producer) ?? ''));
      // A record naming no producer is this product when nothing else tells them apart (the row's district, if any, is its).
      const noProducer = named.filter((r) => !r.data.producer && (!facts.district || r.data.district === facts.district.id));
      if (sameProducer.length > 0) candidates = sameProducer;
      else if (noProducer.length > 0) {
        candidates = noProducer;
        notes.push({
          kind: 'differs',
          text: t(`dòng ghi chủ thể ${q(facts.producerName)}, bản ghi không có chủ thể`, `the row names the producer ${q(facts.producerName)}; the record names none`),
        });
      } else {
        // Recorded for another producer: another product of the same name, unless it is in the row's district.
        const here = facts.district ? named.filter((r) => r.data.district === facts.district!.id) : named;
        if (here.length === 0) return { none: true };
        const theirs = here.map((r) => `${this.shown(r)} (${str(r.data.producer)})`).join(', ');
        return {
          ambiguous: here,
          reason: t(
            `đã có sản phẩm cùng tên của chủ thể khác: ${theirs}; dòng ghi chủ thể ${q(facts.producerName)}. Nếu là cùng chủ thể, thêm tên này vào formerNames của chủ thể; nếu là sản phẩm khác, thêm bằng tay`,
            `a product of this name is recorded for another producer: ${theirs}; the row names ${q(facts.producerName)}. If it is the same producer, add this name to its formerNames; if it is another product, add it by hand`,
          ),
        };
      }
    }
    if (candidates.length > 1 && facts.district) {
      const here = candidates.filter((r) => r.data.district === facts.district!.id);
      if (here.length > 0) candidates = here;
    }
    if (candidates.length > 1) {
      return {
        ambiguous: candidates,
        reason: t(
          `dòng khớp với nhiều bản ghi: ${candidates.map((r) => this.shown(r)).join(', ')}; thêm cột Chủ thể hoặc Huyện để phân biệt, hoặc sửa bằng tay`,
          `the row matches several records: ${candidates.map((r) => this.shown(r)).join(', ')}; add a Chủ thể or Huyện column to tell them apart, or edit by hand`,
        ),
      };
    }
    return { found: candidates[0], notes };
  }

  /** Where the matched record says something else than the row: district, commune, name (the producer: see findProduct). */
  private differences(record: MarkdownRecord, facts: RowFacts): Note[] {
    const notes: Note[] = [];
    const d = (vi: string, en: string) => notes.push({ kind: 'differs', text: t(vi, en) });
    const district = str(record.data.district);
    if (facts.district && district && facts.district.id !== district) {
      d(`dòng ghi huyện ${facts.district.id}, bản ghi ghi ${district}; giữ của bản ghi`, `the row is in ${facts.district.id}, the record in ${district}; the record's is kept`);
    }
    const commune = str(record.data.commune);
    if (facts.commune && district && (!commune || communeKey(district, commune) !== communeKey(district, facts.commune))) {
      d(
        `dòng ghi xã ${q(facts.commune)}, bản ghi ghi ${commune ? q(commune) : 'không có'}; giữ của bản ghi`,
        `the row gives the commune ${q(facts.commune)}, the record ${commune ? q(commune) : 'none'}; the record's is kept`,
      );
    }
    const name = str(record.data.name) ?? '';
    if (nameKey(name) !== nameKey(facts.productName)) {
      notes.push({
        kind: 'note',
        text: t(`tìm thấy theo tên cũ hoặc mã cũ: dòng ghi ${q(facts.productName)}, bản ghi tên ${q(name)}`, `found by a former name or slug: the row says ${q(facts.productName)}, the record ${q(name)}`),
      });
    }
    return notes;
  }

  private matched(row: TableRow, product: MarkdownRecord, facts: RowFacts, notes: Note[]): RowOutcome {
    notes.push(...this.differences(product, facts));
    const unchanged = (extra: Note[] = [], duplicateOf?: number): RowOutcome => ({
      line: row.line,
      kind: 'unchanged',
      product: this.shown(product),
      duplicateOf,
      notes: [...notes, ...extra],
    });
    const cert = facts.certificate;
    if (!cert) return unchanged([{ kind: 'note', text: facts.noCertificate! }]);

    const existing = (Array.isArray(product.data.certificates) ? product.data.certificates : []) as Certificate[];
    const same = existing.findIndex((c) => restates(cert, c));
    if (same >= 0) return unchanged([], this.addedBy.get(existing[same]));
    const conflict = existing.find(
      (c) => c.stars !== undefined && cert.stars !== undefined && c.stars !== cert.stars && !!c.decision && !!cert.decision && sameDecisionNumber(c.decision, cert.decision) && mayBeSame({ ...cert, stars: undefined }, c),
    );
    if (conflict) {
      return {
        line: row.line,
        kind: 'rejected',
        reasons: [
          t(
            `${this.shown(product)} đã có quyết định ${conflict.decision} với ${conflict.stars}★, nhưng dòng này ghi ${cert.stars}★`,
            `${this.shown(product)} already has decision ${conflict.decision} with ${conflict.stars}★, but this row gives it ${cert.stars}★`,
          ),
        ],
      };
    }
    const maybe = existing.findIndex((c) => mayBeSame(cert, c));
    if (maybe >= 0) {
      const known = describe(existing[maybe]);
      const said = describe(cert);
      return unchanged([
        {
          kind: 'differs',
          text: t(
            `dòng (${said.vi}) có thể là chứng nhận certificates[${maybe}] (${known.vi}) ghi rõ hơn: không thêm chứng nhận thứ hai; nếu nguồn cho thấy là cùng một lần công nhận, bổ sung bằng tay`,
            `the row (${said.en}) may be certificates[${maybe}] (${known.en}) in more detail: no second certificate added; if the source shows it is the same certification, complete it by hand`,
          ),
        },
      ]);
    }
    if (facts.sourceProblem) return { line: row.line, kind: 'rejected', reasons: [facts.sourceProblem] };

    const data = structuredClone(product.data);
    const sources = (Array.isArray(data.sources) ? data.sources : []) as SourceData[];
    const first = facts.sources[0];
    const certificate = sources.length > 0 && sources[0].url !== first.url ? { ...cert, source: first.url } : cert;
    const certificates = [...existing];
    certificates.splice(insertionIndex(existing, cert), 0, certificate);
    data.certificates = certificates;
    const added = facts.sources.filter((s) => !sources.some((x) => x.url === s.url));
    if (added.length > 0) data.sources = [...sources, ...added];

    const reasons = zodReasons(productSchema, data, this.shown(product));
    if (reasons.length > 0) {
      return { line: row.line, kind: 'rejected', reasons: [...reasons, t('sửa bản ghi trước (npm run check)', 'fix the record first (npm run check)')] };
    }
    product.data = data;
    this.addedBy.set(certificate, row.line);
    this.markDirty('products', product);
    return { line: row.line, kind: 'updated', product: this.shown(product), certificate, notes };
  }

  /** The producer a new product names: an existing one (by its names, in the row's district when known), or a new one. */
  private findProducer(facts: RowFacts, reasons: Text[]): MarkdownRecord | 'new' | undefined {
    const named = this.producers.named(facts.producerName);
    const list = (rs: MarkdownRecord[]) => rs.map((r) => this.shown(r)).join(', ');
    const name = q(facts.producerName);
    if (!facts.district) {
      if (named.length === 1) return named[0];
      if (named.length > 1) {
        reasons.push(t(`nhiều chủ thể tên ${name} (${list(named)}): ghi huyện (cột Huyện hoặc --district)`, `several producers are named ${name} (${list(named)}): give the district (Huyện column or --district)`));
      } else {
        reasons.push(t(`chưa có huyện cho chủ thể mới ${name}: thêm cột Huyện hoặc --district <slug>`, `no district for the new producer ${name}: add a Huyện column or pass --district <slug>`));
      }
      return undefined;
    }
    const here = named.filter((r) => r.data.district === facts.district!.id);
    if (here.length === 1) return here[0];
    if (here.length > 1) {
      reasons.push(t(`nhiều chủ thể ở ${facts.district.id} tên ${name} (${list(here)}): gộp hoặc đổi tên trước`, `several producers in ${facts.district.id} are named ${name} (${list(here)}): merge or rename them first`));
      return undefined;
    }
    if (named.length > 0) {
      reasons.push(
        t(
          `chủ thể ${name} được ghi ở huyện khác (${list(named)}), còn dòng này ở ${facts.district.id}: sửa dòng hoặc bản ghi; một chủ thể khác cùng tên thì thêm bằng tay`,
          `producer ${name} is recorded in another district (${list(named)}), but this row is in ${facts.district.id}: fix the row or the record; a different producer of the same name must be added by hand`,
        ),
      );
      return undefined;
    }
    return 'new';
  }

  private create(row: TableRow, facts: RowFacts): RowOutcome {
    const reasons: Text[] = [];
    const notes: Note[] = [...facts.notes];
    let existingProducer: MarkdownRecord | undefined;
    let newProducer = false;
    if (facts.producerName) {
      const found = this.findProducer(facts, reasons);
      if (found === undefined) return { line: row.line, kind: 'rejected', reasons };
      if (found === 'new') newProducer = true;
      else existingProducer = found;
    }
    const district = facts.district ?? this.content.districts.find((d) => d.id === existingProducer?.data.district);
    if (!district) {
      return {
        line: row.line,
        kind: 'rejected',
        reasons: [t('chưa có huyện cho sản phẩm mới: thêm cột Huyện hoặc --district <slug>', 'no district for the new product: add a Huyện column or pass --district <slug>')],
      };
    }
    if (facts.sourceProblem) return { line: row.line, kind: 'rejected', reasons: [facts.sourceProblem] };

    const sources = facts.sources;
    let producer = existingProducer;
    let producerRecord: MarkdownRecord | undefined;
    if (newProducer) {
      const slug = this.allocate(slugify(facts.producerName), district.id, this.content.takenProducerIds, []);
      if (!slug) {
        return { line: row.line, kind: 'rejected', reasons: [t(`tên chủ thể ${q(facts.producerName)} không có chữ hay số để đặt mã`, `producer name ${q(facts.producerName)} has no letter or digit to make a slug from`)] };
      }
      const commune = facts.commune || (facts.address ? communeFromAddress(facts.address) : undefined);
      const data: Data = compact({
        name: facts.producerName,
        legalForm: legalFormFromName(facts.producerName),
        district: district.id,
        commune: commune || undefined,
        address: facts.address || undefined,
        sources,
      });
      producerRecord = { id: slug, file: path.join(this.content.root, COLLECTION_PATHS.producers.dir, `${slug}.md`), data, body: '', original: null };
      reasons.push(...zodReasons(producerSchema, data, this.shown(producerRecord)));
      producer = producerRecord;
    }

    const slug = this.allocate(slugify(facts.productName), district.id, this.content.takenProductIds, RESERVED_PRODUCT_SLUGS);
    if (!slug) {
      return { line: row.line, kind: 'rejected', reasons: [t(`tên sản phẩm ${q(facts.productName)} không có chữ hay số để đặt mã`, `product name ${q(facts.productName)} has no letter or digit to make a slug from`)] };
    }
    const certificate = facts.certificate;
    const data: Data = compact({
      name: facts.productName,
      producer: producer?.id,
      productSet: facts.productSet,
      district: district.id,
      commune: facts.commune || undefined,
      certificates: certificate ? [certificate] : [],
      sources,
    });
    const product: MarkdownRecord = { id: slug, file: path.join(this.content.root, COLLECTION_PATHS.products.dir, `${slug}.md`), data, body: '', original: null };
    reasons.push(...zodReasons(productSchema, data, this.shown(product)));
    if (reasons.length > 0) return { line: row.line, kind: 'rejected', reasons };

    if (!facts.productSet) {
      notes.push({
        kind: 'note',
        text: t(
          'tạo không có bộ sản phẩm (danh sách không ghi): bổ sung productSet khi biết; npm run check nhắc điều này',
          'created without a product set (the list gives none): add productSet when known; npm run check lists it',
        ),
      });
    }
    if (!certificate) notes.push({ kind: 'note', text: facts.noCertificate! });
    const lookalikes = this.products.named(facts.productName);
    if (lookalikes.length > 0) {
      notes.push({
        kind: 'note',
        text: t(
          `đã có sản phẩm cùng tên ở nơi khác: ${lookalikes.map((r) => this.shown(r)).join(', ')}; nếu là cùng sản phẩm, gộp bằng tay`,
          `a product of this name is recorded elsewhere: ${lookalikes.map((r) => this.shown(r)).join(', ')}; if it is this product, merge them by hand`,
        ),
      });
    }
    if (producerRecord) {
      this.content.producers.push(producerRecord);
      this.content.takenProducerIds.add(producerRecord.id);
      this.producers.add(producerRecord);
      this.markDirty('producers', producerRecord);
    }
    this.content.products.push(product);
    this.content.takenProductIds.add(product.id);
    this.products.add(product);
    if (certificate) this.addedBy.set(certificate, row.line);
    this.markDirty('products', product);
    return {
      line: row.line,
      kind: 'created',
      product: this.shown(product),
      producer: producer ? this.shown(producer) : undefined,
      producerCreated: !!producerRecord,
      certificate,
      notes,
    };
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

/** The earliest of the dates given, or undefined. */
function earliest(dates: (string | undefined)[]): string | undefined {
  return dates.filter((d): d is string => !!d).sort()[0];
}

export function planImport(rows: TableRow[], content: ContentSnapshot, options: ImportOptions): ImportPlan {
  return new ImportPlanner(content, options).plan(rows);
}
