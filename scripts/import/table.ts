// Rows of an official list, whichever file they came from (CSV or a sheet of an Excel workbook):
// finding the header row below the title block, then the cells of each row keyed by column.
import { COLUMNS, headerScore, layoutOf, MAX_ROWS_BEFORE_HEADER, type Column, type HeaderMap } from './columns.ts';
import { q, t, TextError } from './text.ts';
import { cleanCell } from './values.ts';

export class TableError extends TextError {}

/** A row as read from the file: its number as the editor sees it (CSV line, spreadsheet row) and its cells. */
export interface RawRow {
  line: number;
  cells: string[];
  /** Cells (by index) that hold a number Excel shows without a fixed number of decimals ("1.10" typed in a General cell reads 1.1). */
  bareNumbers?: Set<number>;
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
  /** Columns whose cell is a bare number in a workbook (see RawRow.bareNumbers). */
  bareNumbers: Set<Column>;
}

export interface Table {
  headerLine: number;
  columns: Column[];
  ignoredHeaders: string[];
  rows: TableRow[];
  /** The text of each non-empty row above the header (the title block: who issued the list, which decision), in order. */
  titleLines: string[];
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
    const dup = layout.duplicates.map((d) => q(d)).join(', ');
    throw new TableError(
      t(
        `${unit === 'row' ? 'hàng' : 'dòng'} ${headerRow.line}: các tên cột này trùng một cột đã có: ${dup} (đổi tên một cột, hoặc gán null cho nó trong --map)`,
        `${unit} ${headerRow.line}: these headers name a column given twice: ${dup} (rename one, or map it to null with --map)`,
      ),
    );
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
    const bareNumbers = new Set<Column>();
    for (const [column, i] of Object.entries(layout.indexOf) as [Column, number][]) {
      values[column] = cells[i] ?? '';
      if (raw.bareNumbers?.has(i)) bareNumbers.add(column);
    }
    out.push({ line: raw.line, values, filledCells: filled.length, firstText: filled[0] ?? '', bareNumbers });
  }
  const titleLines = rows
    .slice(0, headerIndex)
    .map((r) => r.cells.map(cleanCell).filter(Boolean).join(' '))
    .filter(Boolean);
  return { headerLine: headerRow.line, columns, ignoredHeaders: layout.ignored, rows: out, titleLines };
}

export const NO_HEADER = t(
  'không tìm thấy hàng tên cột: cần một hàng có "Tên sản phẩm" và các cột khác như "Chủ thể", "Hạng sao", "Số quyết định" (tên cột khác thì khai báo bằng --map)',
  'no header row found: expected a row with "Tên sản phẩm" and other columns such as "Chủ thể", "Hạng sao", "Số quyết định" (name yours with --map)',
);
