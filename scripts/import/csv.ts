// Reads an official list saved as CSV into rows of cells keyed by column, each with its line in the file.
// Excel saves "CSV UTF-8" with a BOM, and with ";" where the system uses a decimal comma (Vietnamese
// Windows does), so the delimiter is whichever one yields a recognisable header row.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { COLUMNS, headerScore, layoutOf, MAX_ROWS_BEFORE_HEADER, type Column, type HeaderMap } from './columns.ts';
import { cleanCell } from './values.ts';

export class CsvError extends Error {}

export interface CsvRow {
  /** Line in the file where the row starts (1-based, as an editor shows it). */
  line: number;
  /** Cleaned cell of each recognised column ('' when the cell is empty or the column is absent). */
  values: Record<Column, string>;
  /** How many cells of the row are not empty, the STT excluded. */
  filledCells: number;
  /** The first non-empty cell, for showing heading rows. */
  firstText: string;
}

export interface CsvTable {
  delimiter: string;
  headerLine: number;
  columns: Column[];
  ignoredHeaders: string[];
  rows: CsvRow[];
}

const DELIMITERS = [',', ';', '\t'];

/** The file as text; anything but UTF-8 is refused rather than read as mojibake. */
export function readUtf8(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new CsvError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CsvError(`${file} is not UTF-8 text: in Excel use "Save as… CSV UTF-8 (Comma delimited)"`);
  }
}

interface RawRow {
  line: number;
  cells: string[];
}

function parseRows(text: string, delimiter: string): RawRow[] {
  const records = parse(text, {
    bom: true,
    delimiter,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];
  return records.map(({ record, raw, info }) => {
    // info.lines is where the record ends; a quoted cell may span lines, and blank lines before it are skipped.
    const own = raw.replace(/^(?:\r?\n)+/, '').replace(/\r?\n$/, '');
    const inner = (own.match(/\n/g) ?? []).length;
    return { line: info.lines - inner, cells: record };
  });
}

function findHeader(rows: RawRow[], map: HeaderMap): { index: number; score: number } {
  let best = { index: -1, score: 0 };
  rows.slice(0, MAX_ROWS_BEFORE_HEADER + 1).forEach((row, index) => {
    const score = headerScore(row.cells, map);
    if (score > best.score) best = { index, score };
  });
  return best;
}

export function readTable(text: string, map: HeaderMap): CsvTable {
  let chosen: { delimiter: string; rows: RawRow[]; index: number; score: number } | undefined;
  let commaError: Error | undefined;
  for (const delimiter of DELIMITERS) {
    let rows: RawRow[];
    try {
      rows = parseRows(text, delimiter);
    } catch (e) {
      // Quotes in a semicolon file trip the comma reading and the other way round: only the comma error is news.
      if (delimiter === ',') commaError = e as Error;
      continue;
    }
    const header = findHeader(rows, map);
    if (header.score > (chosen?.score ?? 0)) chosen = { delimiter, rows, ...header };
  }
  if (!chosen) {
    if (commaError) throw new CsvError(`not a readable CSV file: ${commaError.message}`);
    throw new CsvError(
      'no header row found: expected a row with "Tên sản phẩm" and other columns such as "Chủ thể", "Hạng sao", "Số quyết định" (name yours with --map)',
    );
  }

  const headerRow = chosen.rows[chosen.index];
  const layout = layoutOf(headerRow.cells, map);
  if (layout.duplicates.length > 0) {
    throw new CsvError(`line ${headerRow.line}: these headers name a column given twice: ${layout.duplicates.join(', ')} (rename one, or map it to null with --map)`);
  }
  const columns = Object.keys(layout.indexOf) as Column[];
  const rows: CsvRow[] = [];
  for (const raw of chosen.rows.slice(chosen.index + 1)) {
    const cells = raw.cells.map(cleanCell);
    const sttIndex = layout.indexOf.stt;
    const filled = cells.filter((c, i) => c !== '' && i !== sttIndex);
    if (filled.length === 0 && (sttIndex === undefined || cells[sttIndex] === '')) continue;
    const values = Object.fromEntries(COLUMNS.map((c) => [c, ''])) as Record<Column, string>;
    for (const [column, i] of Object.entries(layout.indexOf) as [Column, number][]) values[column] = cells[i] ?? '';
    rows.push({ line: raw.line, values, filledCells: filled.length, firstText: filled[0] ?? '' });
  }
  return { delimiter: chosen.delimiter, headerLine: headerRow.line, columns, ignoredHeaders: layout.ignored, rows };
}
