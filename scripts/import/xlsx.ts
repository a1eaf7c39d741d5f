// Reads an official list from an Excel workbook (.xlsx), as provincial decisions annex them: several
// sheets, a title block above the header ("UBND TỈNH…", "DANH SÁCH…", "Kèm theo Quyết định…"), header
// cells merged across two rows or grouping two columns ("Quyết định công nhận" over "Số" and "Ngày"),
// a row of column numbers under the header, cells merged down a group of rows (one producer or one
// district for several products) and a totals row at the end.
//
// Merged cells: a cell merged down from a row above reads as the merge's top-left cell; a cell merged
// across from its left, in the same row, reads as empty, so a title or "Tổng cộng" spread over several
// columns still counts as one cell. Cells read as the text Excel shows: dates typed as dates become
// dd/mm/yyyy, numbers follow their number format (a code typed 1.10 in a cell formatted "0.00" stays
// "1.10"), formulas give their computed value. The sheet: --sheet NAME, else the one visible sheet with
// a header row; several such sheets stop the import with their names listed.
import ExcelJS from 'exceljs';
import type { NamedMap } from './columns.ts';
import { headerScore, layoutOf, type HeaderMap } from './columns.ts';
import { findHeader, NO_HEADER, tableFrom, TableError, type RawRow, type Table } from './table.ts';
import { join, q, t } from './text.ts';
import { cleanCell } from './values.ts';
import { nameKey } from '../../src/lib/content/slug.ts';

/** A workbook that cannot be read, or no usable sheet: a TableError, reported like a bad CSV file. */
export class XlsxError extends TableError {}

export interface SheetTable extends Table {
  sheet: string;
  /** The header map the table was read with ('' for the known headers). */
  mapName: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * How many decimals a number format shows ("0.00" → 2, "#,##0.0" → 1, "0" → 0), or undefined for
 * General and formats this does not read (the number is then shown as it is).
 */
export function formatDecimals(numFmt: string | undefined): number | undefined {
  if (!numFmt || /^general$/i.test(numFmt) || numFmt === '@') return undefined;
  // The positive section, without quoted text, escapes, colours and padding.
  const section = numFmt
    .split(';')[0]
    .replace(/"[^"]*"|\\.|\[[^\]]*\]|[_*]./g, '')
    .trim();
  const m = /^[#,0?]*0[#,0?]*(?:\.([0#?]*))?%?$/.exec(section);
  if (!m) return undefined;
  return (m[1] ?? '').replace(/[#?]/g, '').length;
}

/** The text of a cell value as a person reads it in Excel; `numFmt` is the cell's number format. */
export function cellText(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel stores a date without a time zone; exceljs hands it over as that moment in UTC.
    return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  if (typeof value === 'number') {
    const decimals = formatDecimals(numFmt);
    const percent = decimals !== undefined && /%$/.test(numFmt!.split(';')[0].trim());
    const shown = percent ? value * 100 : value;
    const text = decimals !== undefined ? shown.toFixed(decimals) : Number.isInteger(shown) ? String(shown) : String(Number(shown.toFixed(6)));
    return percent ? `${text}%` : text;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue, numFmt);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, numFmt);
  if ('error' in value) return value.error;
  return '';
}

/** A number shown without a fixed number of decimals: "1.10" typed in such a cell reads 1.1. */
function isBareNumber(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  const n = typeof v === 'number' ? v : v && typeof v === 'object' && 'result' in v && typeof v.result === 'number' ? v.result : undefined;
  return n !== undefined && !Number.isInteger(n) && formatDecimals(cell.numFmt) === undefined;
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
    const bare = new Set<number>();
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const master = cell.isMerged ? cell.master : cell;
      const text = cellText(master.value, master.numFmt);
      full.push(text);
      if (master !== cell && master.row === cell.row) {
        across.add(c - 1);
        cells.push('');
      } else {
        if (master !== cell) down.add(c - 1);
        if (isBareNumber(master)) bare.add(c - 1);
        cells.push(text);
      }
    }
    rows.push({ line: r, cells, bareNumbers: bare });
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

function sheetTableWith(sheet: SheetRows, map: HeaderMap): (Table & { score: number }) | undefined {
  const found = findHeader(sheet.rows, map);
  if (found.score === 0) return undefined;
  const h = found.index;
  const header = twoRowHeader(sheet, h, map);
  // Rows after a two-row header start below its second row.
  const rows = header ? sheet.rows.filter((_, i) => i !== h + 1) : sheet.rows;
  const headerCells = header ?? sheet.rows[h].cells;
  return { score: found.score, ...tableFrom(rows, h, map, 'row', headerCells) };
}

/** The sheet's table with the header map (the first on a tie) that recognises most columns. */
function sheetTable(sheet: SheetRows, maps: NamedMap[]): (Table & { mapName: string }) | undefined {
  let best: (Table & { score: number; mapName: string }) | undefined;
  for (const map of maps) {
    const table = sheetTableWith(sheet, map.map);
    if (table && table.score > (best?.score ?? 0)) best = { ...table, mapName: map.name };
  }
  return best;
}

const quoted = (names: string[]) => names.map((n) => q(n)).join(', ');

/** The list in a workbook: the sheet named by --sheet, else the only visible sheet with a header row. */
export async function readWorkbook(file: string, maps: NamedMap[], sheetName?: string): Promise<SheetTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (e) {
    const why = (e as Error).message;
    throw new XlsxError(t(`không đọc được ${file} như một bảng tính Excel (.xlsx): ${why}`, `cannot read ${file} as an Excel workbook (.xlsx): ${why}`));
  }
  const sheets = workbook.worksheets.map(readSheet);
  const names = sheets.map((s) => s.name);
  if (sheetName !== undefined) {
    const sheet = sheets.find((s) => s.name === sheetName) ?? sheets.find((s) => nameKey(s.name) === nameKey(sheetName));
    if (!sheet) {
      throw new XlsxError(
        t(`--sheet ${q(sheetName)}: bảng tính không có trang này; các trang là ${quoted(names)}`, `--sheet ${q(sheetName)}: the workbook has no such sheet; its sheets are ${quoted(names)}`),
      );
    }
    const table = sheetTable(sheet, maps);
    if (!table) throw new XlsxError(join([t(`trang ${q(sheet.name)}`, `sheet ${q(sheet.name)}`), NO_HEADER], ': '));
    return { sheet: sheet.name, ...table };
  }
  const lists = sheets.filter((s) => s.visible).flatMap((s) => {
    const table = sheetTable(s, maps);
    return table ? [{ sheet: s.name, ...table }] : [];
  });
  if (lists.length === 1) return lists[0];
  if (lists.length === 0) {
    throw new XlsxError(join([t(`không trang nào của bảng tính có danh sách (các trang: ${quoted(names)})`, `no sheet of the workbook has a list (sheets: ${quoted(names)})`), NO_HEADER], ': '));
  }
  const listed = quoted(lists.map((l) => l.sheet));
  throw new XlsxError(t(`nhiều trang có danh sách: ${listed}; chọn một trang bằng --sheet TÊN`, `several sheets hold a list: ${listed}; choose one with --sheet NAME`));
}
