// The list import reading Excel workbooks (scripts/import/xlsx.ts), over workbooks made here in the
// shapes provincial annexes use: a summary sheet beside the list, a title block, a header over two
// rows with merged cells, a row of column numbers, cells merged down a group, a totals row.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { hashes, runImport } from '../../helpers/import-run';
import { checkContentFolder } from '../../../scripts/check/check-content';
import { cellText } from '../../../scripts/import/xlsx';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/import');
const TODAY = '2026-11-23';
const SOURCE = ['--source-url', 'https://example.org/qd-3610', '--source-title', 'Quyết định 3610/QĐ-UBND công nhận sản phẩm OCOP'];

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-xlsx-'));
  made.push(dir);
  return dir;
}

function freshContent(): string {
  const dir = path.join(tempDir(), 'content');
  fs.cpSync(path.join(FIXTURES, 'base'), dir, { recursive: true });
  return dir;
}

const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** The rows of tests/fixtures/import/good.csv as an annex types them: stars "4 sao" or "3★", dates as dates or text. */
const GOOD_ROWS: ExcelJS.CellValue[][] = [
  [1, 'Mật ong Tiên Phước', 'Tổ hợp tác nuôi ong Tiên Lộc', 'thôn 2, xã Tiên Lộc, huyện Tiên Phước', 'Tiên Phước', 'thuc-pham-che-bien', 3, '3610/QĐ-UBND', date(2023, 10, 12)],
  [2, 'Bánh tráng Đại Lộc', 'Công ty TNHH Bánh tráng Đại Lộc', 'xã Đại Hiệp, huyện Đại Lộc', 'huyện Đại Lộc', '1.2', '4 sao', '3610/QĐ-UBND', '12/10/2023'],
  [3, 'Bánh tráng', 'Hộ kinh doanh Nguyễn Văn An', 'khối phố 3, phường An Mỹ, thành phố Tam Kỳ', 'TP Tam Kỳ', 'Thực phẩm chế biến', '3★', '3611/QĐ-UBND', date(2023, 10, 15)],
  // Huyện of this row and the next is one cell merged down (E11:E12).
  [4, 'Trà dây Tiên Phong', 'htx nong nghiep  TIEN PHONG', 'xã Tiên Phong, huyện Tiên Phước', 'Tiên Phước', '', '4', '3611/QĐ-UBND', date(2023, 10, 15)],
  [5, 'Mật ong Tiên Phước', 'Tổ hợp tác nuôi ong Tiên Lộc', 'thôn 2, xã Tiên Lộc, huyện Tiên Phước', null, 'thuc-pham-che-bien', 3, '3610/QĐ-UBND', date(2023, 10, 12)],
];

/**
 * A decision's annex: sheet "Tổng hợp" (counts per district, no list), then the list sheet with a title
 * block merged across the columns, a header whose "Quyết định công nhận" spans "Số" and "Ngày" on the
 * row below while the other header cells are merged down over both rows, the column numbers, the
 * rows, and "Tổng cộng" merged across the first columns. The first data row is row 8.
 */
async function annexWorkbook(file: string, rows: ExcelJS.CellValue[][], options: { listSheet?: string; secondList?: boolean } = {}) {
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet('Tổng hợp');
  summary.addRow(['TỔNG HỢP SỐ SẢN PHẨM OCOP THEO ĐỊA PHƯƠNG']);
  summary.addRow(['Huyện', 'Số sản phẩm']);
  summary.addRow(['Tiên Phước', 3]);

  const ws = wb.addWorksheet(options.listSheet ?? 'Phụ lục');
  // No issuing body in this title block: the levels come from the stars and dates, as in the CSV.
  ws.addRow(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  ws.addRow(['DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN OCOP']);
  ws.addRow(['(Kèm theo Quyết định số 3610/QĐ-UBND ngày 12/10/2023)']);
  for (const r of [1, 2, 3]) ws.mergeCells(r, 1, r, 9);
  ws.addRow([]);
  ws.addRow(['STT', 'Tên sản phẩm', 'Chủ thể', 'Địa chỉ', 'Huyện', 'Bộ sản phẩm', 'Hạng sao', 'Quyết định công nhận', null]);
  ws.addRow([null, null, null, null, null, null, null, 'Số', 'Ngày']);
  for (let c = 1; c <= 7; c++) ws.mergeCells(5, c, 6, c);
  ws.mergeCells(5, 8, 5, 9);
  ws.addRow([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  for (const row of rows) ws.addRow(row);
  const first = 8;
  const tra = rows.findIndex((r) => r[1] === 'Trà dây Tiên Phong');
  if (tra >= 0 && rows[tra + 1]?.[4] === null) ws.mergeCells(first + tra, 5, first + tra + 1, 5);
  const total = ws.addRow(['Tổng cộng', null, null, null, null, null, rows.length]);
  ws.mergeCells(total.number, 1, total.number, 6);

  if (options.secondList) {
    const other = wb.addWorksheet('Phụ lục 2');
    other.addRow(['STT', 'Tên sản phẩm', 'Chủ thể', 'Hạng sao']);
    other.addRow([1, 'Tương ớt', 'Cơ sở Bà Năm', 3]);
  }
  await wb.xlsx.writeFile(file);
}

describe('import of an Excel workbook', () => {
  it('imports the same records from a two-sheet annex with a title block and merged header cells as from the CSV', async () => {
    const fromCsv = freshContent();
    const csv = await runImport(fromCsv, [path.join(FIXTURES, 'good.csv'), ...SOURCE]);
    expect(csv.code).toBe(0);

    const fromXlsx = freshContent();
    const file = path.join(tempDir(), 'phu-luc.xlsx');
    await annexWorkbook(file, GOOD_ROWS);
    const xlsx = await runImport(fromXlsx, [file, ...SOURCE]);
    expect(xlsx.err).toBe('');
    expect(xlsx.code).toBe(0);
    expect(xlsx.out).toContain('Rows: 3 created, 1 updated, 1 unchanged, 0 rejected, 0 left alone (1 heading row(s) read).');
    expect(xlsx.out).toContain('phu-luc.xlsx, sheet "Phụ lục": note: title block: decision 3610/QĐ-UBND, date 2023-10-12, a list of certified products');
    expect(xlsx.out).toContain('phu-luc.xlsx, sheet "Phụ lục", row 8: created content/products/mat-ong-tien-phuoc.md');
    expect(xlsx.out).toContain('phu-luc.xlsx, sheet "Phụ lục", row 12: unchanged, same as row 8');
    expect(xlsx.out).toContain('row 13: heading "Tổng cộng 5" passed over');

    expect(hashes(fromXlsx)).toEqual(hashes(fromCsv));
    const { errors } = await checkContentFolder(fromXlsx, TODAY);
    expect(errors).toEqual([]);
  });

  it('reports a bad star level with the sheet name and row, and imports the other rows', async () => {
    const content = freshContent();
    const file = path.join(tempDir(), 'bad-stars.xlsx');
    const rows = GOOD_ROWS.slice(0, 3).map((r) => [...r]);
    rows[1][6] = '6 sao';
    await annexWorkbook(file, rows);
    const { code, out, err } = await runImport(content, [file, ...SOURCE]);
    expect(code).toBe(1);
    expect(err).toBe('bad-stars.xlsx, sheet "Phụ lục", row 9: rejected: star rating "6 sao" is not 3, 4 or 5');
    expect(out).toContain('Rows: 2 created, 0 updated, 0 unchanged, 1 rejected, 0 left alone');
    expect(fs.existsSync(path.join(content, 'products/banh-trang-dai-loc.md'))).toBe(false);
    expect(fs.existsSync(path.join(content, 'products/mat-ong-tien-phuoc.md'))).toBe(true);
  });

  it('changes nothing when the same workbook is imported a second time, and nothing on --dry-run', async () => {
    const content = freshContent();
    const file = path.join(tempDir(), 'phu-luc.xlsx');
    await annexWorkbook(file, GOOD_ROWS);
    const before = hashes(content);
    const dry = await runImport(content, [file, ...SOURCE, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('would create content/products/mat-ong-tien-phuoc.md');
    expect(hashes(content)).toEqual(before);

    expect((await runImport(content, [file, ...SOURCE])).code).toBe(0);
    const after = hashes(content);
    expect(after).not.toEqual(before);
    const second = await runImport(content, [file, ...SOURCE]);
    expect(second.code).toBe(0);
    expect(second.out).toContain('Rows: 0 created, 0 updated, 5 unchanged, 0 rejected, 0 left alone');
    expect(second.out).toContain('Files: no file changed.');
    expect(hashes(content)).toEqual(after);
  });

  it('asks for --sheet with the sheets listed when several hold a list, and reads the one named', async () => {
    const content = freshContent();
    const before = hashes(content);
    const file = path.join(tempDir(), 'two-lists.xlsx');
    await annexWorkbook(file, GOOD_ROWS.slice(0, 1), { secondList: true });
    const asked = await runImport(content, [file, ...SOURCE]);
    expect(asked.code).toBe(2);
    expect(asked.err).toContain('several sheets hold a list: "Phụ lục", "Phụ lục 2"; choose one with --sheet NAME');
    const unknown = await runImport(content, [file, ...SOURCE, '--sheet', 'Sheet1']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--sheet "Sheet1": the workbook has no such sheet; its sheets are "Tổng hợp", "Phụ lục", "Phụ lục 2"');
    const summary = await runImport(content, [file, ...SOURCE, '--sheet', 'Tổng hợp']);
    expect(summary.code).toBe(2);
    expect(summary.err).toContain('sheet "Tổng hợp": no header row found');
    expect(hashes(content)).toEqual(before);

    const chosen = await runImport(content, [file, ...SOURCE, '--sheet', 'phu luc']);
    expect(chosen.err).toBe('');
    expect(chosen.out).toContain('two-lists.xlsx, sheet "Phụ lục", row 8: created content/products/mat-ong-tien-phuoc.md');
  });

  it('refuses a file that is not a workbook, and --sheet with a CSV file', async () => {
    const content = freshContent();
    const fake = path.join(tempDir(), 'list.xlsx');
    fs.writeFileSync(fake, 'STT,Tên sản phẩm\n');
    const notXlsx = await runImport(content, [fake, ...SOURCE]);
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.err).toContain('cannot read');
    const csvSheet = await runImport(content, [path.join(FIXTURES, 'good.csv'), ...SOURCE, '--sheet', 'A']);
    expect(csvSheet.code).toBe(2);
    expect(csvSheet.err).toContain('--sheet is for an Excel workbook');
  });
});

describe('cell values as Excel shows them', () => {
  it('reads dates, numbers, formulas and rich text', () => {
    expect(cellText(date(2023, 10, 12))).toBe('12/10/2023');
    expect(cellText(4)).toBe('4');
    expect(cellText(72.5)).toBe('72.5');
    expect(cellText({ formula: 'A1+1', result: 5 })).toBe('5');
    expect(cellText({ richText: [{ text: 'Mật ' }, { text: 'ong' }] })).toBe('Mật ong');
    expect(cellText(null)).toBe('');
  });
});
