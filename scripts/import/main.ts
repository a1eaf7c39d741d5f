// npm run import -- FILE.csv|FILE.xlsx [--source-url URL --source-title TITLE] [--dry-run] [--sheet NAME] [--map header-map.json] [options]
//
// Turns a list of OCOP products (the annex of a provincial or district decision, saved as CSV or the
// Excel workbook itself; or a list gathered from the news, such as ../shared/data/quang-nam-products.csv)
// into product and producer records in the content folder (CONTENT_DIR or ./content). Messages are in
// Vietnamese (--lang en for English); `--help` lists every form the import reads.
//
// The list. One header row, found among the first rows (title lines above it are read for the decision,
// see title-block.ts), with columns such as STT, Tên sản phẩm, Chủ thể, Địa chỉ, Hạng sao, Số quyết định,
// Ngày quyết định; scripts/import/columns.ts lists every accepted header, and the header maps shipped in
// scripts/import/maps/ (or --map FILE) name the columns of other lists. Comma, semicolon and tab
// separated files are told apart by which one yields a header row. UTF-8 only. An Excel workbook is read
// as published (xlsx.ts: the sheet, title block, two-row and merged headers, merged cells, totals rows,
// cells as Excel shows them); rows are then named "sheet "…", row N".
//
// What a row gives, and what the catalogue records (plan.ts):
// - stars: a certificate; no stars in a list declared to be certificates (a title saying "công nhận", or
//   --certified) is a certificate whose star level is not stated; no stars in a news list adds no
//   certificate (it may be a proposal) and the report says why.
// - no date and no year: a certificate whose date is unknown, no later than its source's date when known.
// - no producer: a product without one. No product set: a product without one (the check lists it).
// - the decision: its cells in any form official lists use (values.ts), else the list's (--decision,
//   --decision-date, else the title block's "Kèm theo Quyết định số … ngày … của …"); the level: a Cấp
//   or body cell, else the list's body (--level, else the title block), else from the stars and date
//   (certifying-level.ts: no district level on or after 1 July 2025).
// - the source: the row's own Nguồn/source_url cell, else --source-url and --source-title.
//
// Matching. A row names the record whose name, former names or former slugs are its name, folded; the
// producer (by its names and former names) and the district tell same-named records apart. A row that
// matches two records, or a same-named product of another producer in its district, is reported and left
// alone. A row restating a certificate the record holds (same decision, or same stars at the same or a
// vaguer date) changes nothing; one that may be a known certificate in more detail is reported, not added;
// the same decision with other stars is refused. Where row and record disagree (district, producer,
// commune), the record is kept and the report says so. Existing producers are never modified.
//
// New records: slug from slugify(name), with "-<district>" on a collision (then a number); the legal form
// from the name's first words (HTX, Công ty, HKD…); Địa chỉ as address, and the commune from the Xã
// column or from the one part of the address starting with xã, phường or thị trấn. An empty body;
// nothing else is invented (no English name).
//
// Writing. Front matter goes through gray-matter (dates written as YYYY-MM-DD strings); the body is kept
// byte for byte. Every record is checked against src/lib/content/schema.ts before it is written, and each file is
// written whole (temporary file, then rename), producers before the products that name them. A second run
// of the same list writes nothing. Exit code 0 when nothing was rejected or left alone, 1 otherwise (or
// when a file could not be written), 2 when the command cannot run at all.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentDir, SITE_CONFIG_FILE } from '../../src/lib/content/content-layout.ts';
import { today as todayIn, type IsoDate } from '../../src/lib/certificates/dates.ts';
import { validationMessageVi } from '../../src/lib/content/messages-vi.ts';
import { producerSchema, productSchema, source as sourceSchema, type SourceData } from '../../src/lib/content/schema.ts';
import { langOf, parseArgs, USAGE, UsageError, type ImportArgs } from './args.ts';
import { readHeaderMap, shippedMaps, type NamedMap } from './columns.ts';
import { composeMarkdown, ConcurrentEditError, loadContent, writeWhole, type ContentSnapshot } from './content.ts';
import { readTable, readUtf8 } from './csv.ts';
import { DistrictFinder, ProductSetFinder } from './match.ts';
import { planImport, type ImportOptions, type ImportPlan, type ListFacts } from './plan.ts';
import { outcomeLines, summarise, summaryLines } from './report.ts';
import type { Table } from './table.ts';
import { q, t, TextError, type Lang, type Text } from './text.ts';
import { readTitleBlock } from './title-block.ts';
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
  if (!parsed.ok) throw new UsageError(t(`${flag}: ${parsed.reason.vi}`, `${flag}: ${parsed.reason.en}`));
  if (parsed.value > today) throw new UsageError(t(`${flag}: ${parsed.value} ở tương lai (hôm nay là ${today})`, `${flag}: ${parsed.value} is in the future (today is ${today})`));
  return parsed.value;
}

/** Checks the options against the content folder: a mistyped --district must stop the run, not reject every row. */
function resolveOptions(args: ImportArgs, content: ContentSnapshot, today: IsoDate): Omit<ImportOptions, 'list' | 'certified'> & { cliList: ListFacts } {
  let source: SourceData | undefined;
  if (args.sourceUrl && args.sourceTitle) {
    const src: Partial<SourceData> = { url: args.sourceUrl, title: args.sourceTitle };
    if (args.sourceDate) src.date = cliDate('--source-date', args.sourceDate, today);
    const checked = sourceSchema.safeParse(src);
    if (!checked.success) {
      const why = (vi: boolean) => checked.error.issues.map((i) => `${i.path.join('.')}: ${vi ? validationMessageVi(i.message) : i.message}`).join('; ');
      throw new UsageError(t(`--source-url/--source-title: ${why(true)}`, `--source-url/--source-title: ${why(false)}`));
    }
    source = src as SourceData;
  } else if (args.sourceDate) {
    throw new UsageError(t('--source-date đi cùng --source-url và --source-title', '--source-date goes with --source-url and --source-title'));
  }

  const districts = new DistrictFinder(content.districts);
  const options: Omit<ImportOptions, 'list' | 'certified'> & { cliList: ListFacts } = { source, today, cliList: {} };
  if (args.district) {
    const hit = districts.find(args.district);
    if (!('found' in hit)) {
      const names = districts.names();
      throw new UsageError(
        t(
          `--district ${q(args.district)} không phải một huyện trong ${content.root}/districts; cần một trong ${names}`,
          `--district ${q(args.district)} is not a district in ${content.root}/districts; expected one of ${names}`,
        ),
      );
    }
    options.district = hit.found.id;
  }
  if (args.productSet) {
    const hit = new ProductSetFinder(content.productSets).find(args.productSet);
    if (!('found' in hit)) throw new UsageError(t(`--product-set ${q(args.productSet)} không phải bộ sản phẩm trong product-sets.json`, `--product-set ${q(args.productSet)} is not a product set in product-sets.json`));
    options.productSet = hit.found.id;
  }
  if (args.level) {
    const level = parseLevel(args.level, (name) => 'found' in districts.find(name));
    if (!level.ok) throw new UsageError(t(`--level: ${level.reason.vi}`, `--level: ${level.reason.en}`));
    options.cliList.level = level.value;
  }
  if (args.decision) options.cliList.decision = args.decision;
  if (args.decisionDate) options.cliList.date = cliDate('--decision-date', args.decisionDate, today);
  return options;
}

/** The list's decision, date and level: the command line's, else the title block's; with notes for the editor. */
function listFacts(table: Table, cli: ListFacts, content: ContentSnapshot, today: IsoDate): { list: ListFacts; certified: boolean; notes: Text[] } {
  const title = readTitleBlock(table.titleLines);
  const notes: Text[] = [];
  const fromTitle: ListFacts = {};
  if (title.decision) fromTitle.decision = title.decision;
  if (title.dateText) {
    const parsed = parseDayMonthYear(title.dateText);
    if (parsed.ok && parsed.value <= today) fromTitle.date = parsed.value;
    else notes.push(t(`ngày ${q(title.dateText)} trong phần tiêu đề không dùng được, bỏ qua`, `the title block's date ${q(title.dateText)} cannot be used; ignored`));
  }
  if (title.issuer) {
    const districts = new DistrictFinder(content.districts);
    const level = parseLevel(title.issuer, (name) => 'found' in districts.find(name));
    if (level.ok) fromTitle.level = level.value;
  }
  const list: ListFacts = { ...fromTitle, ...Object.fromEntries(Object.entries(cli).filter(([, v]) => v !== undefined)) };
  const read = [
    fromTitle.decision && t(`quyết định ${fromTitle.decision}`, `decision ${fromTitle.decision}`),
    fromTitle.date && t(`ngày ${fromTitle.date}`, `date ${fromTitle.date}`),
    fromTitle.level && t(`cấp ${fromTitle.level} (${title.issuer})`, `level ${fromTitle.level} (${title.issuer})`),
    title.certified && t('danh sách công nhận', 'a list of certified products'),
  ].filter((x): x is Text => !!x);
  if (read.length > 0) {
    notes.push(t(`phần tiêu đề: ${read.map((r) => r.vi).join(', ')}`, `title block: ${read.map((r) => r.en).join(', ')}`));
  }
  for (const key of ['decision', 'date', 'level'] as const) {
    if (cli[key] !== undefined && fromTitle[key] !== undefined && cli[key] !== fromTitle[key]) {
      notes.push(t(`phần tiêu đề ghi ${key} ${fromTitle[key]}, tùy chọn ghi ${cli[key]}: dùng tùy chọn`, `the title block gives ${key} ${fromTitle[key]}, the option ${cli[key]}: the option is used`));
    }
  }
  return { list, certified: title.certified, notes };
}

/** Writes the planned files, producers first; returns the number of files that could not be written. */
function writePlan(plan: ImportPlan, io: ImportIo, root: string, lang: Lang): number {
  let failures = 0;
  for (const { collection, record } of plan.files) {
    // The planner validated every change; this guards the files themselves, whatever changed since.
    const schema = collection === 'producers' ? producerSchema : productSchema;
    const shown = path.relative(path.dirname(root), record.file);
    if (!schema.safeParse(record.data).success) {
      io.err(lang === 'vi' ? `${shown}: không ghi, bản ghi sẽ không hợp lệ` : `${shown}: not written, the record would be invalid`);
      failures++;
      continue;
    }
    const text = composeMarkdown(record.data, record.body);
    if (text === record.original) continue;
    try {
      writeWhole(record.file, text, record.original);
    } catch (e) {
      if (e instanceof ConcurrentEditError) {
        io.err(lang === 'vi' ? `${shown} đã thay đổi trong lúc nhập (hoặc vừa xuất hiện): không ghi đè; chạy lại lệnh nhập` : e.message);
      } else {
        io.err(lang === 'vi' ? `${shown}: không ghi được: ${(e as Error).message}` : `${shown}: not written: ${(e as Error).message}`);
      }
      failures++;
    }
  }
  return failures;
}

export async function main(argv: string[], io: ImportIo = defaultIo()): Promise<number> {
  let lang: Lang = langOf(argv);
  let args: ImportArgs;
  let plan: ImportPlan;
  const root = contentDir(io.env, io.cwd);
  const fromCwd = (file: string) => path.resolve(io.cwd, file);
  let where = '';
  let unit: 'line' | 'row' = 'line';
  const notes: Text[] = [];
  try {
    args = parseArgs(argv);
    lang = args.lang;
    if (args.help) {
      io.out(USAGE[lang]);
      return 0;
    }
    if (!fs.existsSync(root)) throw new UsageError(t(`không có thư mục nội dung ở ${root} (đặt CONTENT_DIR)`, `no content folder at ${root} (set CONTENT_DIR)`));
    const today = todayIn(siteTimeZone(root), io.env);
    const content = loadContent(root);
    for (const file of content.unreadable) {
      const shown = path.relative(path.dirname(root), file);
      io.err(lang === 'vi' ? `cảnh báo: ${shown} không có phần đầu đọc được; không dùng để so khớp` : `warning: ${shown} has no readable front matter; left out of matching`);
    }
    const options = resolveOptions(args, content, today);
    // The known headers, then each header map shipped with the import; --map replaces the shipped ones.
    const maps: NamedMap[] = args.map ? [{ name: fromCwd(args.map), map: readHeaderMap(fromCwd(args.map)) }] : [{ name: '', map: new Map() }, ...shippedMaps()];
    const isWorkbook = /\.xlsx$/i.test(args.file);
    if (!isWorkbook && args.sheet !== undefined) throw new UsageError(t('--sheet dành cho bảng tính Excel (.xlsx), không phải tệp CSV', '--sheet is for an Excel workbook (.xlsx), not a CSV file'));
    let table: Table & { mapName: string };
    if (isWorkbook) {
      // exceljs is loaded only for a workbook: a CSV import starts as fast as before.
      const { readWorkbook } = await import('./xlsx.ts');
      const sheetTable = await readWorkbook(fromCwd(args.file), maps, args.sheet);
      where = `${path.basename(args.file)}, ${lang === 'vi' ? 'trang' : 'sheet'} ${q(sheetTable.sheet)}`;
      unit = 'row';
      table = sheetTable;
    } else {
      table = readTable(readUtf8(fromCwd(args.file)), maps);
    }
    if (table.mapName && !args.map) {
      const shown = path.relative(io.cwd, table.mapName);
      notes.push(t(`tên cột đọc theo bảng ${shown}`, `headers read with the header map ${shown}`));
    }
    if (table.ignoredHeaders.length > 0) {
      const cols = table.ignoredHeaders.join(', ');
      notes.push(t(`các cột không nhập: ${cols}`, `columns not imported: ${cols}`));
    }
    const { cliList, ...rest } = options;
    const list = listFacts(table, cliList, content, today);
    notes.push(...list.notes);
    if (!rest.source && !table.columns.includes('sourceUrl')) {
      throw new UsageError(
        t(
          'cần --source-url và --source-title: danh sách không có cột Nguồn, mà mọi bản ghi cần nguồn',
          '--source-url and --source-title are required: the list has no source column, and every record needs a source',
        ),
      );
    }
    plan = planImport(table.rows, content, { ...rest, list: list.list, certified: args.certified || list.certified });
  } catch (e) {
    if (e instanceof TextError) {
      io.err(`${lang === 'vi' ? 'nhập' : 'import'}: ${e.text[lang]}`);
      if (e instanceof UsageError) io.err(lang === 'vi' ? 'Chạy với --help để xem các tùy chọn.' : 'Run with --help for the options.');
      return 2;
    }
    throw e;
  }

  if (!where) where = path.basename(args.file);
  for (const note of notes) io.out(`${where}: ${lang === 'vi' ? 'ghi chú' : 'note'}: ${note[lang]}`);
  for (const outcome of plan.outcomes) {
    for (const line of outcomeLines(where, outcome, args.dryRun, lang, unit)) (line.error ? io.err : io.out)(line.text);
  }

  let failures = 0;
  if (args.dryRun) {
    for (const f of plan.files) {
      const shown = path.relative(path.dirname(root), f.record.file);
      io.out(lang === 'vi' ? `sẽ ${f.action === 'create' ? 'tạo' : 'sửa'} ${shown}` : `would ${f.action} ${shown}`);
    }
  } else {
    failures = writePlan(plan, io, root, lang);
  }
  for (const line of summaryLines(plan, args.dryRun, lang)) io.out(line);
  const s = summarise(plan.outcomes);
  return s.rejected + s.ambiguous > 0 || failures > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
