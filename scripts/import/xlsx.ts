// Reads an official list from an Excel workbook (.xlsx), as provincial decisions annex them: several
// sheets, a title block above the header ("UBND TỈNH…", "DANH SÁCH…", "Kèm theo Quyết định…"), header
// cells merged across two rows or grouping two columns ("Quyết định công nhận" over "Số" and "Ngày"),
// a row of column numbers under the header, cells merged down a group of rows (one producer or one
// district for several products) and a totals row at the end.
//
// Merged cells: a cell merged down from a row above reads as the merge's top-left cell; a cell merged
// across from its left, in the same row, reads as empty, so a title or "Tổng cộng" spread over several
// columns still counts as one cell. Dates typed as dates become dd/mm/yyyy, numbers their plain digits,
// formulas their computed value. The sheet: --sheet NAME, else the one visible sheet with a header row;
// several such sheets stop the import with their names listed.
import ExcelJS from 'exceljs';
import type { HeaderMap } from './columns.ts';
import { headerScore, layoutOf } from './columns.ts';
import { findHeader, NO_HEADER_MESSAGE, tableFrom, TableError, type RawRow, type Table } from './table.ts';
import { cleanCell } from './values.ts';
import { nameKey } from '../../src/lib/slug.ts';

/** A workbook that cannot be read, or no usable sheet: a TableError, reported like a bad CSV file. */
export class XlsxError extends TableError {}

export interface SheetTable extends Table {
  sheet: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The text of a cell value as a person reads it in Excel. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel stores a date without a time zone; exceljs hands it over as that moment in UTC.
    return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return '';
}

interface SheetRows {
  name: string;
  visible: boolean;
  rows: RawRow[];
  /** For each row index, the columns whose cell continues a merge from the row above. */
  mergedDown: Set<number>[];
  /** For each row index, the columns whose cell continues a merge from its left in the same row. */
  mergedAcross: Set<number>[];
  /** The text of every cell, merged-across ones included (for composing two-row headers). */
  fullText: string[][];
}

function readSheet(ws: ExcelJS.Worksheet): SheetRows {
  const rows: RawRow[] = [];
  const mergedDown: Set<number>[] = [];
  const mergedAcross: Set<number>[] = [];
  const fullText: string[][] = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    const down = new Set<number>();
    const across = new Set<number>();
    const full: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const master = cell.isMerged ? cell.master : cell;
      const text = cellText(master.value);
      full.push(text);
      if (master !== cell && master.row === cell.row) {
        across.add(c - 1);
        cells.push('');
      } else {
        if (master !== cell) down.add(c - 1);
        cells.push(text);
      }
    }
    rows.push({ line: r, cells });
    mergedDown.push(down);
    mergedAcross.push(across);
    fullText.push(full);
  }
  return { name: ws.name, visible: ws.state === undefined || ws.state === 'visible', rows, mergedDown, mergedAcross, fullText };
}

const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;

/**
 * Header cells for a header spread over two rows: under a cell merged across ("Quyết định công nhận")
 * the row below names each column ("Số", "Ngày"). Each such column is named by whichever of
 * "Số Quyết định công nhận", "Quyết định công nhận Số" and "Số" is a known header. Returns undefined
 * when the row below is not such a second header row.
 */
function twoRowHeader(sheet: SheetRows, h: number, map: HeaderMap): string[] | undefined {
  const below = sheet.rows[h + 1];
  if (!below) return undefined;
  const parents = sheet.fullText[h];
  const cells = sheet.rows[h].cells.map((c, i) => c || parents[i]);
  let composed = false;
  const header = cells.map((parent, i) => {
    const sub = cleanCell(below.cells[i]);
    if (!sub || sheet.mergedDown[h + 1].has(i) || COLUMN_NUMBER.test(sub)) return sheet.rows[h].cells[i];
    composed = true;
    const candidates = [`${sub} ${parent}`, `${parent} ${sub}`, sub];
    return candidates.find((c) => Object.keys(layoutOf([c], map).indexOf).length === 1) ?? sub;
  });
  if (!composed) return undefined;
  return headerScore(header, map) >= headerScore(sheet.rows[h].cells, map) ? header : undefined;
}

function sheetTable(sheet: SheetRows, map: HeaderMap): Table | undefined {
  const found = findHeader(sheet.rows, map);
  if (found.score === 0) return undefined;
  const h = found.index;
  const header = twoRowHeader(sheet, h, map);
  // Rows after a two-row header start below its second row.
  const rows = header ? sheet.rows.filter((_, i) => i !== h + 1) : sheet.rows;
  const headerCells = header ?? sheet.rows[h].cells;
  return tableFrom(rows, h, map, 'row', headerCells);
}

const quoted = (names: string[]) => names.map((n) => JSON.stringify(n)).join(', ');

/** The list in a workbook: the sheet named by --sheet, else the only visible sheet with a header row. */
export async function readWorkbook(file: string, map: HeaderMap, sheetName?: string): Promise<SheetTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (e) {
    throw new XlsxError(`cannot read ${file} as an Excel workbook (.xlsx): ${(e as Error).message}`);
  }
  const sheets = workbook.worksheets.map(readSheet);
  const names = sheets.map((s) => s.name);
  if (sheetName !== undefined) {
    const sheet = sheets.find((s) => s.name === sheetName) ?? sheets.find((s) => nameKey(s.name) === nameKey(sheetName));
    if (!sheet) throw new XlsxError(`--sheet ${JSON.stringify(sheetName)}: the workbook has no such sheet; its sheets are ${quoted(names)}`);
    const table = sheetTable(sheet, map);
    if (!table) throw new XlsxError(`sheet ${JSON.stringify(sheet.name)}: ${NO_HEADER_MESSAGE}`);
    return { sheet: sheet.name, ...table };
  }
  const lists = sheets.filter((s) => s.visible).flatMap((s) => {
    const table = sheetTable(s, map);
    return table ? [{ sheet: s.name, ...table }] : [];
  });
  if (lists.length === 1) return lists[0];
  if (lists.length === 0) throw new XlsxError(`no sheet of the workbook has a list (sheets: ${quoted(names)}): ${NO_HEADER_MESSAGE}`);
  throw new XlsxError(`several sheets hold a list: ${quoted(lists.map((l) => l.sheet))}; choose one with --sheet NAME`);
}
