// Rows of an official list, whichever file they came from (CSV or a sheet of an Excel workbook):
// finding the header row below the title block, then the cells of each row keyed by column.
import { COLUMNS, headerScore, layoutOf, MAX_ROWS_BEFORE_HEADER, type Column, type HeaderMap } from './columns.ts';
import { cleanCell } from './values.ts';

export class TableError extends Error {}

/** A row as read from the file: its number as the editor sees it (CSV line, spreadsheet row) and its cells. */
export interface RawRow {
  line: number;
  cells: string[];
}

export interface TableRow {
  /** Line of the CSV file or row of the sheet where the row starts (1-based, as an editor shows it). */
  line: number;
  /** Cleaned cell of each recognised column ('' when the cell is empty or the column is absent). */
  values: Record<Column, string>;
  /** How many cells of the row are not empty, the STT excluded. */
  filledCells: number;
  /** The first non-empty cell, for showing heading rows. */
  firstText: string;
}

export interface Table {
  headerLine: number;
  columns: Column[];
  ignoredHeaders: string[];
  rows: TableRow[];
}

/** The best header row among the first rows, with how many columns it names (0: none found). */
export function findHeader(rows: RawRow[], map: HeaderMap): { index: number; score: number } {
  let best = { index: -1, score: 0 };
  rows.slice(0, MAX_ROWS_BEFORE_HEADER + 1).forEach((row, index) => {
    const score = headerScore(row.cells, map);
    if (score > best.score) best = { index, score };
  });
  return best;
}

/** A row of column numbers ("1 2 3…" or "(1) (2)…") that annexes print right under the header. */
function isColumnNumbering(cells: string[]): boolean {
  const filled = cells.map(cleanCell).filter(Boolean);
  return filled.length >= 3 && filled.every((c, i) => c.replace(/[()]/g, '') === String(Number(filled[0].replace(/[()]/g, '')) + i));
}

/**
 * The rows after the header row at `headerIndex`. `unit` names a row in messages ("line" for CSV,
 * "row" for a sheet). Rows with nothing but an empty STT are skipped.
 */
export function tableFrom(rows: RawRow[], headerIndex: number, map: HeaderMap, unit: string, headerCells?: string[]): Table {
  const headerRow = rows[headerIndex];
  const layout = layoutOf(headerCells ?? headerRow.cells, map);
  if (layout.duplicates.length > 0) {
    throw new TableError(`${unit} ${headerRow.line}: these headers name a column given twice: ${layout.duplicates.join(', ')} (rename one, or map it to null with --map)`);
  }
  const columns = Object.keys(layout.indexOf) as Column[];
  const out: TableRow[] = [];
  for (const [n, raw] of rows.slice(headerIndex + 1).entries()) {
    if (n === 0 && isColumnNumbering(raw.cells)) continue;
    const cells = raw.cells.map(cleanCell);
    const sttIndex = layout.indexOf.stt;
    const filled = cells.filter((c, i) => c !== '' && i !== sttIndex);
    if (filled.length === 0 && (sttIndex === undefined || cells[sttIndex] === '')) continue;
    const values = Object.fromEntries(COLUMNS.map((c) => [c, ''])) as Record<Column, string>;
    for (const [column, i] of Object.entries(layout.indexOf) as [Column, number][]) values[column] = cells[i] ?? '';
    out.push({ line: raw.line, values, filledCells: filled.length, firstText: filled[0] ?? '' });
  }
  return { headerLine: headerRow.line, columns, ignoredHeaders: layout.ignored, rows: out };
}

export const NO_HEADER_MESSAGE =
  'no header row found: expected a row with "Tên sản phẩm" and other columns such as "Chủ thể", "Hạng sao", "Số quyết định" (name yours with --map)';
