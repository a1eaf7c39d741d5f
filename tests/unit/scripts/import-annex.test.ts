// The import over annexes as provinces publish them, generated here (Excel with exceljs, and the same
// list as CSV): the decision only in the title block, group rows naming districts, a producer merged
// over two rows, no product-set column, stars written "4★", "3 sao", "3" or not at all, a score
// "78,5", a product already recorded re-listed with its certificate, a 6★ row, a row without a name,
// a totals row. Then decision cells in each form, product-set codes as Excel shows them, and levels
// after 1 July 2025.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { hashes, runImport } from '../../helpers/import-run';
import { checkContentFolder } from '../../../scripts/check/check-content';
import { YAML_ENGINE } from '../../../scripts/shared/front-matter';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/import');
const TODAY = '2026-11-23';
const SOURCE = ['--source-url', 'https://example.org/qd-2150', '--source-title', 'Quyết định 2150/QĐ-UBND công nhận sản phẩm OCOP năm 2025'];

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-annex-'));
  made.push(dir);
  return dir;
}

/** A copy of tests/fixtures/import/base in which Bánh tráng already holds decision 2150 (a news article gave its number and year). */
function freshContent(): string {
  const dir = path.join(tempDir(), 'content');
  fs.cpSync(path.join(FIXTURES, 'base'), dir, { recursive: true });
  const file = path.join(dir, 'products/banh-trang.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('    year: 2021\n', '    year: 2021\n  - stars: 4\n    decision: "2150"\n    year: 2025\n'));
  return dir;
}

const front = (content: string, rel: string) => matter(fs.readFileSync(path.join(content, rel), 'utf8'), { ...YAML_ENGINE }).data;
const productFiles = (content: string) => fs.readdirSync(path.join(content, 'products')).sort();

const TITLE = [
  'UBND TỈNH QUẢNG NAM',
  'DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN ĐẠT CHUẨN OCOP NĂM 2025',
  '(Kèm theo Quyết định số 2150/QĐ-UBND ngày 15/10/2025 của UBND tỉnh Quảng Nam)',
];
const HEADER = ['STT', 'Tên sản phẩm', 'Chủ thể', 'Địa chỉ', 'Hạng sao', 'Điểm'];

/** The annex's rows below the header and its row of column numbers (first one is sheet row 7). */
const ROWS: (string | number | null)[][] = [
  ['I', 'HUYỆN TIÊN PHƯỚC', null, null, null, null], // row 7: a group row naming a district
  [1, 'Mật ong rừng Tiên Lộc', 'Tổ hợp tác nuôi ong Tiên Lộc', 'thôn 2, xã Tiên Lộc', '4★', '78,5'], // row 8
  [2, 'Mật ong hoa cà phê', null, 'thôn 2, xã Tiên Lộc', '3 sao', null], // row 9: producer merged down from row 8
  [3, 'Măng khô Tiên An', 'Tổ hợp tác măng Tiên An', 'thôn 3, xã Tiên An', 3, null], // row 10
  [4, 'Chè xanh Tiên Hà', 'Tổ hợp tác chè Tiên Hà', 'xã Tiên Hà', null, null], // row 11: no star level in a list of certified products
  ['II', 'HUYỆN ĐẠI LỘC', null, null, null, null], // row 12
  [5, 'Bánh tráng', 'Cơ sở bánh tráng Bà Hoa', 'xã Đại Hiệp', '4★', null], // row 13: already recorded with decision 2150
  [6, 'Rượu cần Đại Lộc', 'Cơ sở rượu Đại Lộc', 'xã Đại Đồng', '6★', null], // row 14: no such star level
  [7, null, 'Cơ sở Bà Tư', 'xã Đại Nghĩa', '3', null], // row 15: no name
  ['Tổng cộng', null, null, null, 7, null], // row 16
];

async function annexXlsx(file: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  for (const line of TITLE) ws.mergeCells(ws.addRow([line]).number, 1, ws.lastRow!.number, 6);
  ws.addRow([]);
  ws.addRow(HEADER);
  ws.addRow([1, 2, 3, 4, 5, 6]);
  for (const row of ROWS) {
    const added = ws.addRow(row.map((c, i) => (i === 5 && typeof c === 'string' ? c : c)));
    if (typeof row[0] === 'string' && /^[IV]+$/.test(row[0])) ws.mergeCells(added.number, 2, added.number, 6);
  }
  ws.mergeCells(8, 3, 9, 3); // one producer for two products
  ws.mergeCells(16, 1, 16, 4); // "Tổng cộng" across the first columns
  await wb.xlsx.writeFile(file);
}

/** The same annex saved as CSV: merged cells become a value repeated in each row, as Excel saves them. */
function annexCsv(file: string) {
  const cell = (v: string | number | null) => (v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const rows = ROWS.map((r) => [...r]);
  rows[2][2] = rows[1][2];
  const lines = [...TITLE.map((t) => cell(t)), '', HEADER.join(','), '1,2,3,4,5,6', ...rows.map((r) => r.map(cell).join(','))];
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

describe('an annex whose decision stands only in its title block', () => {
  it('reads the decision, date and issuing body from the title, and every shape of row as the editor would', async () => {
    const content = freshContent();
    const file = path.join(tempDir(), 'phu-luc-2150.xlsx');
    await annexXlsx(file);
    const { code, out, err } = await runImport(content, [file, ...SOURCE]);
    const at = (row: number) => `phu-luc-2150.xlsx, sheet "Phụ lục", row ${row}`;
    expect(out).toContain('phu-luc-2150.xlsx, sheet "Phụ lục": note: title block: decision 2150/QĐ-UBND, date 2025-10-15, level province (UBND tỉnh Quảng Nam), a list of certified products');
    expect(out).toContain(`${at(7)}: heading "I HUYỆN TIÊN PHƯỚC": district tien-phuoc for the rows below`);
    expect(out).toContain(`${at(16)}: heading "Tổng cộng 7" passed over`);
    expect(err.split('\n')).toEqual([
      `${at(14)}: rejected: star rating "6★" is not 3, 4 or 5`,
      `${at(15)}: rejected: empty product name (Tên sản phẩm)`,
    ]);
    expect(out).toContain('Rows: 4 created, 0 updated, 1 unchanged, 2 rejected, 0 left alone (3 heading row(s) read).');
    expect(code).toBe(1);

    const decided = { decision: '2150/QĐ-UBND', date: '2025-10-15' };
    // 4★ with its score; the producer created once for the two rows it is merged over.
    expect(front(content, 'products/mat-ong-rung-tien-loc.md')).toEqual({
      name: 'Mật ong rừng Tiên Lộc',
      producer: 'to-hop-tac-nuoi-ong-tien-loc',
      district: 'tien-phuoc',
      certificates: [{ level: 'province', stars: 4, ...decided, score: 78.5 }],
      sources: [{ url: 'https://example.org/qd-2150', title: 'Quyết định 2150/QĐ-UBND công nhận sản phẩm OCOP năm 2025' }],
    });
    expect(front(content, 'products/mat-ong-hoa-ca-phe.md')).toMatchObject({ producer: 'to-hop-tac-nuoi-ong-tien-loc', certificates: [{ level: 'province', stars: 3, ...decided }] });
    // A 3★ decided on 15/10/2025 by the province: province level, never district.
    expect(front(content, 'products/mang-kho-tien-an.md')).toMatchObject({ certificates: [{ level: 'province', stars: 3, ...decided }] });
    // No star level in a list of certified products: OCOP, star level not stated.
    expect(front(content, 'products/che-xanh-tien-ha.md')).toMatchObject({ certificates: [{ level: 'province', starsUnknown: true, ...decided }] });
    expect(out).toContain(`${at(8)}: note: created without a product set (the list gives none)`);
    // Bánh tráng held decision "2150" of 2025: the row restates it, nothing is added.
    expect(front(content, 'products/banh-trang.md').certificates).toHaveLength(2);
    expect(productFiles(content)).toEqual(['banh-trang.md', 'che-xanh-tien-ha.md', 'mang-kho-tien-an.md', 'mat-ong-hoa-ca-phe.md', 'mat-ong-rung-tien-loc.md', 'tra-day-tien-phong.md']);
    expect(fs.readdirSync(path.join(content, 'producers'))).toHaveLength(2 + 3);

    // Valid; the four products without a product set are warnings to complete.
    const { errors, warnings } = await checkContentFolder(content, TODAY);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => `${path.basename(w.file)} ${w.field}`).sort()).toEqual(
      ['che-xanh-tien-ha.md', 'mang-kho-tien-an.md', 'mat-ong-hoa-ca-phe.md', 'mat-ong-rung-tien-loc.md'].map((f) => `${f} productSet`),
    );

    // A second run changes nothing.
    const before = hashes(content);
    const again = await runImport(content, [file, ...SOURCE]);
    expect(again.out).toContain('Rows: 0 created, 0 updated, 5 unchanged, 2 rejected, 0 left alone');
    expect(hashes(content)).toEqual(before);
  });

  it('gives the same records from the annex saved as CSV', async () => {
    const fromXlsx = freshContent();
    const xlsx = path.join(tempDir(), 'phu-luc-2150.xlsx');
    await annexXlsx(xlsx);
    await runImport(fromXlsx, [xlsx, ...SOURCE]);
    const fromCsv = freshContent();
    const csv = path.join(tempDir(), 'phu-luc-2150.csv');
    annexCsv(csv);
    const { out, err } = await runImport(fromCsv, [csv, ...SOURCE]);
    expect(err).toContain('phu-luc-2150.csv, line 14: rejected: star rating "6★"');
    expect(out).toContain('Rows: 4 created, 0 updated, 1 unchanged, 2 rejected, 0 left alone (3 heading row(s) read).');
    expect(hashes(fromCsv)).toEqual(hashes(fromXlsx));
  });

  it('says all of it in Vietnamese by default', async () => {
    const content = freshContent();
    const file = path.join(tempDir(), 'phu-luc-2150.xlsx');
    await annexXlsx(file);
    const { out, err } = await runImport(content, [file, ...SOURCE, '--lang', 'vi']);
    expect(err).toContain('phu-luc-2150.xlsx, trang "Phụ lục", hàng 14: từ chối: hạng sao "6★" không phải 3, 4 hoặc 5');
    expect(err).toContain('hàng 15: từ chối: thiếu tên sản phẩm (Tên sản phẩm)');
    expect(out).toContain('ghi chú: phần tiêu đề: quyết định 2150/QĐ-UBND, ngày 2025-10-15, cấp province (UBND tỉnh Quảng Nam), danh sách công nhận');
    expect(out).toContain('Dòng: 4 tạo mới, 0 thêm chứng nhận, 1 không đổi, 2 từ chối, 0 để lại (đã đọc 3 dòng tiêu đề nhóm).');
  });

  it('lets a column win over the title block', async () => {
    const content = freshContent();
    const file = path.join(tempDir(), 'cot.csv');
    fs.writeFileSync(
      file,
      [...TITLE, 'STT,Tên sản phẩm,Chủ thể,Huyện,Hạng sao,Số quyết định,Ngày quyết định,Cấp công nhận', '1,Mật ong Tiên Lộc,Tổ hợp tác nuôi ong Tiên Lộc,Tiên Phước,3,2100/QĐ-UBND,01/06/2025,UBND huyện Tiên Phước'].join('\n'),
    );
    const { code } = await runImport(content, [file, ...SOURCE]);
    expect(code).toBe(0);
    expect(front(content, 'products/mat-ong-tien-loc.md').certificates).toEqual([{ level: 'district', stars: 3, decision: '2100/QĐ-UBND', date: '2025-06-01' }]);
  });
});

describe('decision cells in each form', () => {
  // tests/fixtures/import/base: Trà dây Tiên Phong holds 3★, 1234/QĐ-UBND of 01/12/2020.
  const rows = [
    ['Trà dây Tiên Phong', 'HTX Nông nghiệp Tiên Phong', '3', '1234/QĐ-UBND', '01/12/2020'],
    ['Trà dây Tiên Phong', 'HTX Nông nghiệp Tiên Phong', '3', 'Quyết định 1234, 01/12/2020', ''],
    ['Trà dây Tiên Phong', 'HTX Nông nghiệp Tiên Phong', '3', 'QĐ số 1234 ngày 01/12/2020', ''],
    ['Trà dây Tiên Phong', 'HTX Nông nghiệp Tiên Phong', '3 sao', 'Số 1234/QĐ-UBND ngày 01 tháng 12 năm 2020 của UBND tỉnh Quảng Nam', ''],
    ['Trà dây Tiên Phong', '', '3', '1234', ''],
  ];

  it('are the certificate the product already holds: nothing changes, nothing is duplicated', async () => {
    const content = path.join(tempDir(), 'content');
    fs.cpSync(path.join(FIXTURES, 'base'), content, { recursive: true });
    const file = path.join(tempDir(), 'quyet-dinh.csv');
    fs.writeFileSync(file, ['Tên sản phẩm,Chủ thể,Hạng sao,Quyết định,Ngày quyết định', ...rows.map((r) => r.map((c) => `"${c}"`).join(','))].join('\n'));
    const before = hashes(content);
    const { code, out, err } = await runImport(content, [file, ...SOURCE]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('Rows: 0 created, 0 updated, 5 unchanged, 0 rejected, 0 left alone.');
    expect(hashes(content)).toEqual(before);
  });

  it('refuses the same decision with other stars, in any form', async () => {
    const content = path.join(tempDir(), 'content');
    fs.cpSync(path.join(FIXTURES, 'base'), content, { recursive: true });
    const file = path.join(tempDir(), 'quyet-dinh.csv');
    fs.writeFileSync(file, 'Tên sản phẩm,Chủ thể,Hạng sao,Quyết định\nTrà dây Tiên Phong,HTX Nông nghiệp Tiên Phong,4,"Quyết định 1234, 01/12/2020"\n');
    const { code, err } = await runImport(content, [file, ...SOURCE]);
    expect(code).toBe(1);
    expect(err).toContain('quyet-dinh.csv, line 2: rejected: content/products/tra-day-tien-phong.md already has decision 1234/QĐ-UBND with 3★, but this row gives it 4★');
  });
});

describe('levels after 1 July 2025', () => {
  it('never records a district level on or after that day', async () => {
    const content = path.join(tempDir(), 'content');
    fs.cpSync(path.join(FIXTURES, 'base'), content, { recursive: true });
    const file = path.join(tempDir(), 'huyen.csv');
    fs.writeFileSync(
      file,
      [
        'Tên sản phẩm,Chủ thể,Huyện,Hạng sao,Số quyết định,Ngày quyết định,Cấp',
        // No level given: 3★ of 15/10/2025 is the province's.
        'Măng khô,Tổ hợp tác măng Tiên An,Tiên Phước,3,2200/QĐ-UBND,15/10/2025,',
        // Given as district after the day districts ceased to exist: refused.
        'Nấm rơm,Tổ hợp tác nấm Tiên Hà,Tiên Phước,3,2201/QĐ-UBND,15/10/2025,UBND huyện Tiên Phước',
        // Given as district before that day: right.
        'Nấm mèo,Tổ hợp tác nấm Tiên Hà,Tiên Phước,3,150/QĐ-UBND,30/06/2025,Cấp huyện',
      ].join('\n'),
    );
    const { code, err } = await runImport(content, [file, ...SOURCE]);
    expect(code).toBe(1);
    expect(err).toBe('huyen.csv, line 3: rejected: level district: no certificate dated on or after 2025-07-01 is district level: district People\'s Committees ceased to exist that day and the province certifies 3★ (Decision 1489/QĐ-TTg); use province');
    expect(front(content, 'products/mang-kho.md').certificates).toEqual([{ level: 'province', stars: 3, decision: '2200/QĐ-UBND', date: '2025-10-15' }]);
    expect(front(content, 'products/nam-meo.md').certificates).toEqual([{ level: 'district', stars: 3, decision: '150/QĐ-UBND', date: '2025-06-30' }]);
  });
});

describe('product-set codes as Excel shows them', () => {
  it('reads 1.10 formatted "0.00" as 1.10, and refuses a bare number that could be 1.1 or 1.10', async () => {
    const content = path.join(tempDir(), 'content');
    fs.cpSync(path.join(FIXTURES, 'base'), content, { recursive: true });
    const setsFile = path.join(content, 'product-sets.json');
    const sets = JSON.parse(fs.readFileSync(setsFile, 'utf8'));
    const src = [{ url: 'https://example.org/tieu-chi', title: 'Bộ tiêu chí thử nghiệm' }];
    sets.push(
      { id: 'bo-mot-mot', group: 'thuc-pham', code: '1.1', name: 'Bộ một một', nameEn: 'Set 1.1', sources: src },
      { id: 'bo-mot-muoi', group: 'thuc-pham', code: '1.10', name: 'Bộ một mười', nameEn: 'Set 1.10', sources: src },
    );
    fs.writeFileSync(setsFile, JSON.stringify(sets));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['Tên sản phẩm', 'Chủ thể', 'Huyện', 'Bộ sản phẩm', 'Hạng sao', 'Năm']);
    const cells: [string, number | string, string | undefined][] = [
      ['Sản phẩm A', 1.1, '0.00'], // shown 1.10
      ['Sản phẩm B', '1.10', undefined], // typed as text
      ['Sản phẩm C', 1.1, '0.0'], // shown 1.1
      ['Sản phẩm D', 1.1, undefined], // General: Excel shows 1.1, whatever was typed
    ];
    for (const [name, code, numFmt] of cells) {
      const row = ws.addRow([name, `Cơ sở ${name}`, 'Tam Kỳ', code, 3, 2024]);
      if (numFmt) row.getCell(4).numFmt = numFmt;
    }
    const file = path.join(tempDir(), 'bo.xlsx');
    await wb.xlsx.writeFile(file);
    const { code, err } = await runImport(content, [file, ...SOURCE]);
    expect(code).toBe(1);
    expect(front(content, 'products/san-pham-a.md').productSet).toBe('bo-mot-muoi');
    expect(front(content, 'products/san-pham-b.md').productSet).toBe('bo-mot-muoi');
    expect(front(content, 'products/san-pham-c.md').productSet).toBe('bo-mot-mot');
    expect(err).toBe('bo.xlsx, sheet "DS", row 5: rejected: product set "1.1" is a number in Excel and could be 1.1, 1.10: type the code as text (\'1.10) or give the set\'s name');
  });
});
