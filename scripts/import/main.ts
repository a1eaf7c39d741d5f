// npm run import -- FILE.csv|FILE.xlsx --source-url URL --source-title TITLE [--dry-run] [--sheet NAME] [--map header-map.json] [options]
//
// Turns an official list of OCOP products (the annex of a provincial or district decision, saved as CSV)
// into product and producer records in the content folder (CONTENT_DIR or ./content).
// An Excel workbook (.xlsx) is read as it is published (scripts/import/xlsx.ts: the sheet, title block,
// two-row and merged headers, merged cells, totals rows); rows are then named "sheet "…", row N".
//
// The list. One header row, found among the first rows (title lines above it are passed over), with
// the columns STT, Tên sản phẩm, Chủ thể, Địa chỉ, Hạng sao, Số quyết định, Ngày quyết định (dd/mm/yyyy).
// Headers are compared with nameKey, so ASCII-folded or upper-case variants ("TEN SAN PHAM") work;
// scripts/import/columns.ts lists every accepted header. Other headers go through --map, a JSON
// object {"their header": "our column"} (null ignores a column). Comma, semicolon (Excel on a system
// with a decimal comma) and tab separated files are told apart by which one yields a header row.
// The file must be UTF-8, with or without BOM; anything else is refused rather than read garbled.
//
// What a real list does not say, and where it comes from instead:
// - the district: a Huyện/Địa phương column, else a heading row above the rows ("II. HUYỆN TIÊN PHƯỚC"),
//   else --district for a whole-district list, else a part of Địa chỉ naming one ("…, huyện Tiên Phước").
//   Needed for new records only; a value that names no district in content/districts/ rejects the row.
// - the product set (bộ sản phẩm of the national criteria): a Bộ sản phẩm column (slug, code "1.3" or
//   name), else --product-set. Lists rarely print it; a new product without one is rejected with that
//   reason rather than guessed. A re-rating of a known product needs none.
// - the certifying level: a Cấp column, else --level, else from the stars: 5★ national, 4★ province,
//   3★ district since 2023-02-24 (Decision 148/QĐ-TTg) and province before; a 3★ known only as "2023"
//   gets no level. A level that cannot certify the stars (district 4★, province 5★) rejects the row.
// - the decision: Số quyết định and Ngày quyết định cells, or "3610/QĐ-UBND ngày 12/10/2023" in one cell,
//   else --decision and --decision-date for a list annexed to one decision (the date is used only by rows
//   carrying that decision or none); a Năm column gives the year when no date is printed. Optional Điểm.
// - the source: --source-url and --source-title (and --source-date) are required, because every record
//   needs one. New records get it as their only source; an updated product gets it added to its sources
//   and named on the new certificate when it is not the product's first source.
//
// Matching. A producer is the record with the same nameKey (current or former name), in the row's
// district when the row has one; the same name in another district is refused rather than linked or
// duplicated. A product is the record with the same nameKey and the same producer: a new rating adds a
// certificate (kept oldest first); the same stars with the same date or decision is "unchanged"; the same
// decision with other stars is a contradiction and rejected. Existing producers are never modified.
//
// New records: slug from slugify(name), with "-<district>" on a collision (then a number); the legal form
// from the name's first words (HTX, Công ty, HKD…); Địa chỉ as address, and commune only when exactly
// one part of it starts with xã, phường or thị trấn. An empty body; nothing else is invented (no product
// commune, no English name).
//
// Writing. Front matter goes through gray-matter (dates written as YYYY-MM-DD strings); the body is kept
// byte for byte. Every record is checked against src/lib/schema.ts before it is written, and each file is
// written whole (temporary file, then rename), producers before the products that name them. A second run
// of the same list writes nothing. A bad row is reported with its line number and reason and the others
// go on. Exit code 0 when nothing was rejected, 1 when a row was rejected (or a file could not be written),
// 2 when the command cannot run at all.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentDir, SITE_CONFIG_FILE } from '../../src/lib/content-layout.ts';
import { today as todayIn, type IsoDate } from '../../src/lib/dates.ts';
import { producerSchema, productSchema, source as sourceSchema, type SourceData } from '../../src/lib/schema.ts';
import { parseArgs, USAGE, UsageError, type ImportArgs } from './args.ts';
import { HeaderMapError, readHeaderMap, type HeaderMap } from './columns.ts';
import { composeMarkdown, ConcurrentEditError, loadContent, writeWhole, type ContentSnapshot } from './content.ts';
import { CsvError, readTable, readUtf8 } from './csv.ts';
import { TableError, type Table } from './table.ts';
import { DistrictFinder, ProductSetFinder } from './match.ts';
import { planImport, type ImportOptions, type ImportPlan } from './plan.ts';
import { outcomeLine, summarise, summaryLines } from './report.ts';
import { parseDayMonthYear, parseLevel } from './values.ts';

export interface ImportIo {
  env: Record<string, string | undefined>;
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIo = (): ImportIo => ({ env: process.env, cwd: process.cwd(), out: (l) => console.log(l), err: (l) => console.error(l) });

function siteTimeZone(root: string): string | undefined {
  try {
    const zone = JSON.parse(fs.readFileSync(path.join(root, SITE_CONFIG_FILE), 'utf8')).timeZone;
    return typeof zone === 'string' ? zone : undefined;
  } catch {
    return undefined;
  }
}

function cliDate(flag: string, value: string, today: IsoDate): IsoDate {
  const parsed = parseDayMonthYear(value);
  if (!parsed.ok) throw new UsageError(`${flag}: ${parsed.reason}`);
  if (parsed.value > today) throw new UsageError(`${flag}: ${parsed.value} is in the future (today is ${today})`);
  return parsed.value;
}

/** Checks the options against the content folder: a mistyped --district must stop the run, not reject every row. */
function resolveOptions(args: ImportArgs, content: ContentSnapshot, today: IsoDate): ImportOptions {
  const src: Partial<SourceData> = { url: args.sourceUrl, title: args.sourceTitle };
  if (args.sourceDate) src.date = cliDate('--source-date', args.sourceDate, today);
  const checked = sourceSchema.safeParse(src);
  if (!checked.success) throw new UsageError(`--source-url/--source-title: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);

  const options: ImportOptions = { source: src as SourceData, today };
  if (args.district) {
    const finder = new DistrictFinder(content.districts);
    const hit = finder.find(args.district);
    if (!('found' in hit)) throw new UsageError(`--district ${JSON.stringify(args.district)} is not a district in ${content.root}/districts; expected one of ${finder.names()}`);
    options.district = hit.found.id;
  }
  if (args.productSet) {
    const hit = new ProductSetFinder(content.productSets).find(args.productSet);
    if (!('found' in hit)) throw new UsageError(`--product-set ${JSON.stringify(args.productSet)} is not a product set in product-sets.json`);
    options.productSet = hit.found.id;
  }
  if (args.level) {
    const level = parseLevel(args.level);
    if (!level.ok) throw new UsageError(`--level: ${level.reason}`);
    options.level = level.value;
  }
  if (args.decision) options.decision = args.decision;
  if (args.decisionDate) options.decisionDate = cliDate('--decision-date', args.decisionDate, today);
  return options;
}

/** Writes the planned files, producers first; returns the number of files that could not be written. */
function writePlan(plan: ImportPlan, io: ImportIo, root: string): number {
  let failures = 0;
  for (const { collection, record } of plan.files) {
    // The planner validated every change; this guards the files themselves, whatever changed since.
    const schema = collection === 'producers' ? producerSchema : productSchema;
    const shown = path.relative(path.dirname(root), record.file);
    if (!schema.safeParse(record.data).success) {
      io.err(`${shown}: not written, the record would be invalid`);
      failures++;
      continue;
    }
    const text = composeMarkdown(record.data, record.body);
    if (text === record.original) continue;
    try {
      writeWhole(record.file, text, record.original);
    } catch (e) {
      io.err(e instanceof ConcurrentEditError ? e.message : `${shown}: not written: ${(e as Error).message}`);
      failures++;
    }
  }
  return failures;
}

export async function main(argv: string[], io: ImportIo = defaultIo()): Promise<number> {
  let args: ImportArgs;
  let map: HeaderMap = new Map();
  let plan: ImportPlan;
  const root = contentDir(io.env, io.cwd);
  const csvFile = (file: string) => path.resolve(io.cwd, file);
  let where = '';
  let unit = 'line';
  try {
    args = parseArgs(argv);
    if (args.help) {
      io.out(USAGE);
      return 0;
    }
    if (!fs.existsSync(root)) throw new UsageError(`no content folder at ${root} (set CONTENT_DIR)`);
    const today = todayIn(siteTimeZone(root), io.env);
    const content = loadContent(root);
    for (const file of content.unreadable) io.err(`warning: ${path.relative(path.dirname(root), file)} has no readable front matter; left out of matching`);
    const options = resolveOptions(args, content, today);
    if (args.map) map = readHeaderMap(csvFile(args.map));
    const isWorkbook = /\.xlsx$/i.test(args.file);
    if (!isWorkbook && args.sheet !== undefined) throw new UsageError('--sheet is for an Excel workbook (.xlsx), not a CSV file');
    let table: Table;
    if (isWorkbook) {
      // exceljs is loaded only for a workbook: a CSV import starts as fast as before.
      const { readWorkbook } = await import('./xlsx.ts');
      const sheetTable = await readWorkbook(csvFile(args.file), map, args.sheet);
      where = `${path.basename(args.file)}, sheet ${JSON.stringify(sheetTable.sheet)}`;
      unit = 'row';
      table = sheetTable;
    } else {
      table = readTable(readUtf8(csvFile(args.file)), map);
    }
    if (table.ignoredHeaders.length > 0) io.out(`note: columns not imported: ${table.ignoredHeaders.join(', ')}`);
    plan = planImport(table.rows, content, options);
  } catch (e) {
    if (e instanceof UsageError || e instanceof HeaderMapError || e instanceof CsvError || e instanceof TableError) {
      io.err(`import: ${e.message}`);
      if (e instanceof UsageError) io.err('Run with --help for the options.');
      return 2;
    }
    throw e;
  }

  if (!where) where = path.basename(args.file);
  const warnings = new Map<number, string[]>();
  for (const w of plan.warnings) warnings.set(w.line, [...(warnings.get(w.line) ?? []), w.message]);
  for (const outcome of plan.outcomes) {
    const line = outcomeLine(where, outcome, args.dryRun, unit);
    if (line) (line.error ? io.err : io.out)(line.text);
    for (const message of warnings.get(outcome.line) ?? []) io.err(`${where}, ${unit} ${outcome.line}: warning: ${message}`);
  }

  let failures = 0;
  if (args.dryRun) {
    for (const f of plan.files) io.out(`would ${f.action} ${path.relative(path.dirname(root), f.record.file)}`);
  } else {
    failures = writePlan(plan, io, root);
  }
  for (const line of summaryLines(plan, args.dryRun)) io.out(line);
  return summarise(plan.outcomes).rejected > 0 || failures > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
