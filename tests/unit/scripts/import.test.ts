// The list import (scripts/import/main.ts) run against a copy of tests/fixtures/import/base per test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { hashes, runImport } from '../../helpers/import-run';
import { checkContentFolder } from '../../../scripts/check/check-content';
import {
  communeFromAddress,
  legalFormFromName,
  parseDayMonthYear,
  parseDecisionCell,
  parseScore,
  parseStars,
} from '../../../scripts/import/values';
import { YAML_ENGINE } from '../../../scripts/shared/front-matter';
import { composeMarkdown, splitMarkdown } from '../../../scripts/import/content';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/import');
const TODAY = '2026-11-23';
const SOURCE_URL = 'https://example.org/qd-3610';
const SOURCE = ['--source-url', SOURCE_URL, '--source-title', 'Quyết định 3610/QĐ-UBND công nhận sản phẩm OCOP'];
const fixture = (name: string) => path.join(FIXTURES, name);

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function freshContent(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-import-'));
  made.push(dir);
  fs.cpSync(fixture('base'), dir, { recursive: true });
  return dir;
}

const read = (content: string, rel: string) => fs.readFileSync(path.join(content, rel), 'utf8');
// Read as the check and the import read front matter (dates stay the strings written).
const front = (content: string, rel: string) => matter(read(content, rel), { ...YAML_ENGINE }).data;
/** Everything after the closing "---" line. */
const bodyOf = (text: string) => text.slice(text.indexOf('\n---', 3) + 4).replace(/^\r?\n/, '');

async function expectValidFolder(content: string) {
  const { errors } = await checkContentFolder(content, TODAY);
  expect(errors).toEqual([]);
}

describe('import of an official list', () => {
  it('creates products and producers from good rows, with nothing invented', async () => {
    const content = freshContent();
    const { code, out, err } = await runImport(content, [fixture('good.csv'), ...SOURCE]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('Rows: 3 created, 1 updated, 1 unchanged, 0 rejected, 0 left alone.');

    expect(front(content, 'products/mat-ong-tien-phuoc.md')).toEqual({
      name: 'Mật ong Tiên Phước',
      producer: 'to-hop-tac-nuoi-ong-tien-loc',
      productSet: 'thuc-pham-che-bien',
      district: 'tien-phuoc',
      certificates: [{ level: 'district', stars: 3, decision: '3610/QĐ-UBND', date: '2023-10-12' }],
      sources: [{ url: SOURCE_URL, title: 'Quyết định 3610/QĐ-UBND công nhận sản phẩm OCOP' }],
    });
    expect(front(content, 'producers/to-hop-tac-nuoi-ong-tien-loc.md')).toEqual({
      name: 'Tổ hợp tác nuôi ong Tiên Lộc',
      legalForm: 'tổ hợp tác',
      district: 'tien-phuoc',
      commune: 'xã Tiên Lộc',
      address: 'thôn 2, xã Tiên Lộc, huyện Tiên Phước',
      sources: [{ url: SOURCE_URL, title: 'Quyết định 3610/QĐ-UBND công nhận sản phẩm OCOP' }],
    });
    // New files get an empty body.
    expect(read(content, 'products/mat-ong-tien-phuoc.md').endsWith('\n---\n')).toBe(true);

    // Product set by code, district written "huyện Đại Lộc", 4★ certified by the province.
    const banhTrang = front(content, 'products/banh-trang-dai-loc.md');
    expect(banhTrang).toMatchObject({ productSet: 'thuc-pham-che-bien', district: 'dai-loc', certificates: [{ level: 'province', stars: 4 }] });
    expect(front(content, 'producers/cong-ty-tnhh-banh-trang-dai-loc.md').legalForm).toBe('doanh nghiệp');

    // "Bánh tráng" is taken by another producer's product: the new one gets the district slug.
    expect(front(content, 'products/banh-trang-tam-ky.md')).toMatchObject({ name: 'Bánh tráng', producer: 'ho-kinh-doanh-nguyen-van-an', district: 'tam-ky' });
    expect(read(content, 'products/banh-trang.md')).toBe(fs.readFileSync(fixture('base/products/banh-trang.md'), 'utf8'));
    expect(front(content, 'producers/ho-kinh-doanh-nguyen-van-an.md')).toMatchObject({ legalForm: 'hộ kinh doanh', commune: 'phường An Mỹ' });

    await expectValidFolder(content);
  });

  it('counts a duplicate row as unchanged the second time, not as a new product', async () => {
    const content = freshContent();
    const { out } = await runImport(content, [fixture('good.csv'), ...SOURCE]);
    expect(out).toContain('good.csv, line 6: unchanged, same as line 2');
    const products = fs.readdirSync(path.join(content, 'products'));
    expect(products.filter((f) => f.startsWith('mat-ong'))).toEqual(['mat-ong-tien-phuoc.md']);
    expect(products).toHaveLength(2 + 3);
    expect(fs.readdirSync(path.join(content, 'producers'))).toHaveLength(2 + 3);
  });

  it('adds a re-rating of a known product as a second certificate and keeps the first', async () => {
    const content = freshContent();
    const { out } = await runImport(content, [fixture('good.csv'), ...SOURCE]);
    expect(out).toContain('line 5: added certificate 4★, province, 3611/QĐ-UBND, 2023-10-15 to');
    const before = front(fixture('base'), 'products/tra-day-tien-phong.md');
    const after = front(content, 'products/tra-day-tien-phong.md');
    expect(after.certificates).toEqual([
      { level: 'province', stars: 3, decision: '1234/QĐ-UBND', date: '2020-12-01' },
      { level: 'province', stars: 4, decision: '3611/QĐ-UBND', date: '2023-10-15', source: SOURCE_URL },
    ]);
    expect(after.sources).toEqual([...before.sources, { url: SOURCE_URL, title: 'Quyết định 3610/QĐ-UBND công nhận sản phẩm OCOP' }]);
    expect(fs.readdirSync(path.join(content, 'products')).filter((f) => f.startsWith('tra-day'))).toEqual(['tra-day-tien-phong.md']);
    // The producer was matched (case, tones and spacing differ), not created again, and not touched.
    expect(read(content, 'producers/htx-nong-nghiep-tien-phong.md')).toBe(fs.readFileSync(fixture('base/producers/htx-nong-nghiep-tien-phong.md'), 'utf8'));
    await expectValidFolder(content);
  });

  it('keeps a hand-written body byte for byte across imports', async () => {
    const content = freshContent();
    const original = fs.readFileSync(fixture('base/products/tra-day-tien-phong.md'), 'utf8');
    await runImport(content, [fixture('good.csv'), ...SOURCE]);
    await runImport(content, [fixture('good.csv'), ...SOURCE]);
    const now = read(content, 'products/tra-day-tien-phong.md');
    expect(now).not.toBe(original);
    expect(bodyOf(now)).toBe(bodyOf(original));
    expect(bodyOf(now)).toContain('  Dòng thụt lề và   khoảng trắng giữ nguyên.  \nKhông có dòng mới ở cuối.');
  });

  it('changes nothing when the same list is imported a second time', async () => {
    const content = freshContent();
    await runImport(content, [fixture('good.csv'), ...SOURCE]);
    const first = hashes(content);
    const again = await runImport(content, [fixture('good.csv'), ...SOURCE]);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Rows: 0 created, 0 updated, 5 unchanged, 0 rejected, 0 left alone.');
    expect(again.out).toContain('Files: no file changed.');
    expect(hashes(content)).toEqual(first);
  });

  it('writes nothing on --dry-run but reports what it would do', async () => {
    const content = freshContent();
    const before = hashes(content);
    const { code, out } = await runImport(content, [fixture('good.csv'), ...SOURCE, '--dry-run']);
    expect(code).toBe(0);
    expect(out).toContain('would create');
    expect(out).toMatch(/would update .*tra-day-tien-phong\.md/);
    expect(out).toContain('Dry run, nothing written. Rows: 3 created, 1 updated, 1 unchanged, 0 rejected, 0 left alone.');
    expect(hashes(content)).toEqual(before);
  });

  it('rejects bad rows with their line and reason, imports the good ones (one without a producer, one without a product set) and exits 1', async () => {
    const content = freshContent();
    const { code, out, err } = await runImport(content, [fixture('bad.csv'), '--source-url', 'https://example.org/qd-100', '--source-title', 'QĐ 100']);
    expect(code).toBe(1);
    // Line 2 holds a quoted address over two lines, so the rows below start one line later.
    expect(out).toContain('bad.csv, line 2: created');
    expect(err).toContain('bad.csv, line 4: rejected: star rating "6" is not 3, 4 or 5');
    expect(err).toContain('bad.csv, line 5: rejected: unknown district "Huyện Không Có"');
    expect(err).toContain('bad.csv, line 6: rejected: empty product name');
    expect(err).toContain('bad.csv, line 7: rejected: malformed date "31/02/2024"');
    expect(err).toContain('bad.csv, line 8: rejected: decision date 2027-02-01 is in the future');
    // No producer: a product without one. No product set: a product without one, for the check to list.
    expect(out).toContain('bad.csv, line 9: created ocop-import-');
    expect(out).toMatch(/bad\.csv, line 9: created .*products\/muoi-ot\.md \(no producer\)/);
    expect(out).toContain('bad.csv, line 10: note: created without a product set');
    expect(err).toContain('bad.csv, line 11: rejected: ');
    expect(err).toContain('already has decision 1234/QĐ-UBND with 3★, but this row gives it 5★');
    expect(out).toContain('Rows: 3 created, 0 updated, 0 unchanged, 6 rejected, 0 left alone.');

    expect(front(content, 'producers/co-so-tieu-ong-bay.md')).toMatchObject({ address: 'thôn 1, xã Tiên Cảnh', commune: 'xã Tiên Cảnh' });
    expect(front(content, 'products/muoi-ot.md')).toEqual({
      name: 'Muối ớt',
      productSet: 'gia-vi',
      district: 'tam-ky',
      certificates: [{ level: 'district', stars: 3, decision: '100/QĐ-UBND', date: '2024-02-01' }],
      sources: [{ url: 'https://example.org/qd-100', title: 'QĐ 100' }],
    });
    expect(front(content, 'products/ot-bot-tam-ky.md')).not.toHaveProperty('productSet');
    expect(fs.readdirSync(path.join(content, 'products')).sort()).toEqual(['banh-trang.md', 'hat-tieu-tien-phuoc.md', 'muoi-ot.md', 'ot-bot-tam-ky.md', 'tra-day-tien-phong.md']);
    expect(fs.readdirSync(path.join(content, 'producers'))).toHaveLength(4);
    expect(read(content, 'products/tra-day-tien-phong.md')).toBe(fs.readFileSync(fixture('base/products/tra-day-tien-phong.md'), 'utf8'));
    // Valid, with the product without a set listed as a warning to complete.
    const { errors, warnings } = await checkContentFolder(content, TODAY);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => `${path.basename(w.file)} ${w.field}`)).toEqual(['ot-bot-tam-ky.md productSet']);
  });

  it('reads UTF-8 with a BOM, CRLF and ASCII-folded headers, and takes the district from the address', async () => {
    const content = freshContent();
    expect(fs.readFileSync(fixture('bom.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const { code, out } = await runImport(content, [fixture('bom.csv'), ...SOURCE]);
    expect(code).toBe(0);
    expect(out).toContain('Rows: 1 created');
    expect(front(content, 'products/dau-phung-dai-hiep.md')).toMatchObject({
      name: 'Dầu phụng Đại Hiệp',
      district: 'dai-loc',
      productSet: 'gia-vi',
      certificates: [{ level: 'district', stars: 3, decision: '200/QĐ-UBND', date: '2024-03-05' }],
    });
    expect(front(content, 'producers/htx-nong-nghiep-dai-hiep.md')).toMatchObject({ legalForm: 'hợp tác xã', commune: 'xã Đại Hiệp' });
    await expectValidFolder(content);
  });

  it('reads other headers through a header map', async () => {
    const content = freshContent();
    const unmapped = await runImport(content, [fixture('mapped.csv'), ...SOURCE]);
    expect(unmapped.code).toBe(2);
    expect(unmapped.err).toContain('no header row found');

    const { code, out } = await runImport(content, [fixture('mapped.csv'), ...SOURCE, '--map', fixture('header-map.json')]);
    expect(code).toBe(0);
    expect(out).not.toContain('Remarks');
    expect(front(content, 'products/nam-linh-chi-tien-phuoc.md')).toMatchObject({
      producer: 'co-so-nam-thanh-binh',
      district: 'tien-phuoc',
      certificates: [{ level: 'province', stars: 4, decision: '300/QĐ-UBND', date: '2024-06-20' }],
    });
    expect(front(content, 'producers/co-so-nam-thanh-binh.md').legalForm).toBe('cơ sở sản xuất');
    await expectValidFolder(content);
  });

  it('reads a decision annex: title lines (decision, date, issuing body), district headings, semicolons', async () => {
    const content = freshContent();
    const { code, out } = await runImport(content, [fixture('annex.csv'), ...SOURCE, '--product-set', 'thuc-pham-che-bien']);
    expect(code).toBe(0);
    expect(out).toContain('annex.csv: note: title block: decision 2000/QĐ-UBND, date 2024-12-10, level province (UBND TỈNH QUẢNG NAM)');
    expect(out).toContain('Rows: 2 created, 0 updated, 0 unchanged, 0 rejected, 0 left alone (3 heading row(s) read).');
    expect(out).toContain('heading "Tổng cộng: 02 sản phẩm" passed over');
    // The province signed the annex: its 3★ is province level, whatever the date's usual rule says.
    expect(front(content, 'products/mang-kho-tien-phuoc.md')).toMatchObject({
      district: 'tien-phuoc',
      certificates: [{ level: 'province', stars: 3, decision: '2000/QĐ-UBND', date: '2024-12-10' }],
    });
    expect(front(content, 'products/nuoc-mam-tam-thanh.md')).toMatchObject({ district: 'tam-ky', certificates: [{ level: 'province', stars: 4 }] });
    expect(front(content, 'producers/cong-ty-co-phan-nuoc-mam-tam-thanh.md')).toMatchObject({ legalForm: 'doanh nghiệp', district: 'tam-ky' });
    await expectValidFolder(content);
  });

  it('lets the command line win over the title block, and says so', async () => {
    const content = freshContent();
    const { code, out } = await runImport(content, [fixture('annex.csv'), ...SOURCE, '--decision', '2001/QĐ-UBND', '--level', 'district', '--dry-run']);
    expect(code).toBe(1);
    expect(out).toContain('the title block gives decision 2000/QĐ-UBND, the option 2001/QĐ-UBND: the option is used');
    expect(out).toContain('the title block gives level province, the option district: the option is used');
  });

  it('never writes a record that would be invalid', async () => {
    const content = freshContent();
    const file = path.join(content, 'products/banh-trang.md');
    const broken = fs.readFileSync(file, 'utf8').replace('district: dai-loc', 'district: dai-loc\ncolour: red');
    fs.writeFileSync(file, broken);
    const csv = path.join(content, '..', `${path.basename(content)}-rerating.csv`);
    made.push(csv);
    fs.writeFileSync(csv, 'Tên sản phẩm,Chủ thể,Hạng sao,Số quyết định,Ngày quyết định\nBánh tráng,Cơ sở bánh tráng Bà Hoa,4,55/QĐ-UBND,01/03/2024\n');
    const { code, err } = await runImport(content, [csv, ...SOURCE]);
    expect(code).toBe(1);
    expect(err).toMatch(/line 2: rejected: .*banh-trang\.md would be invalid/);
    expect(fs.readFileSync(file, 'utf8')).toBe(broken);
  });

  it('refuses to run without a source or with an unknown --district, writing nothing', async () => {
    const content = freshContent();
    const before = hashes(content);
    const noSource = await runImport(content, [fixture('good.csv')]);
    expect(noSource.code).toBe(2);
    expect(noSource.err).toContain('--source-url and --source-title are required: the list has no source column');
    const badDistrict = await runImport(content, [fixture('good.csv'), ...SOURCE, '--district', 'hoi-an']);
    expect(badDistrict.code).toBe(2);
    expect(badDistrict.err).toContain('--district "hoi-an" is not a district');
    expect(hashes(content)).toEqual(before);
  });

  it('runs from the command line with CONTENT_DIR, speaks Vietnamese, and exits 1 on rejected rows', () => {
    const content = freshContent();
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/import/main.ts', fixture('bad.csv'), ...SOURCE], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: content, BUILD_DATE: TODAY },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bad.csv, dòng 4: từ chối: hạng sao "6" không phải 3, 4 hoặc 5');
    expect(result.stderr).toContain('bad.csv, dòng 7: từ chối: ngày "31/02/2024" không đúng');
    expect(result.stdout).toContain('Dòng: 3 tạo mới, 0 thêm chứng nhận, 0 không đổi, 6 từ chối, 0 để lại.');
    expect(fs.existsSync(path.join(content, 'products/hat-tieu-tien-phuoc.md'))).toBe(true);
  });

  it('lists the forms it reads in --help, in Vietnamese and in English', async () => {
    const vi = await runImport(freshContent(), ['--help', '--lang', 'vi']);
    const en = await runImport(freshContent(), ['--help']);
    for (const help of [vi.out, en.out]) {
      for (const form of ['3610/QĐ-UBND', 'Quyết định 3610, 29/12/2022', 'QĐ số 3610 ngày 29/12/2022', '4★', '3 sao', 'Kèm theo Quyết định số 1234/QĐ-UBND ngày 15/10/2025 của UBND tỉnh', '78,5', '--certified']) {
        expect(help).toContain(form);
      }
    }
    expect(vi.out).toContain('Những dạng được đọc:');
    expect(en.out).toContain('Forms it reads:');
  });
});

describe('cell readers', () => {
  it('reads stars as printed, and nothing but 3, 4 or 5', () => {
    expect(parseStars('4')).toEqual({ ok: true, value: 4 });
    expect(parseStars('4 sao')).toEqual({ ok: true, value: 4 });
    expect(parseStars('3★')).toEqual({ ok: true, value: 3 });
    expect(parseStars('Năm sao')).toEqual({ ok: true, value: 5 });
    expect(parseStars('2').ok).toBe(false);
    expect(parseStars('').ok).toBe(false);
  });

  it('reads dd/mm/yyyy dates and refuses impossible ones', () => {
    expect(parseDayMonthYear('12/10/2023')).toEqual({ ok: true, value: '2023-10-12' });
    expect(parseDayMonthYear('5.3.2024')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseDayMonthYear('29/02/2023').ok).toBe(false);
    expect(parseDayMonthYear('2023/10/12').ok).toBe(false);
    expect(parseDayMonthYear('10/2023').ok).toBe(false);
  });

  it('reads a decision cell in each form official lists use', () => {
    expect(parseDecisionCell('3610/QĐ-UBND')).toEqual({ decision: '3610/QĐ-UBND' });
    expect(parseDecisionCell('Quyết định 3610, 29/12/2022')).toEqual({ decision: '3610', dateText: '29/12/2022' });
    expect(parseDecisionCell('QĐ số 3610 ngày 29/12/2022')).toEqual({ decision: '3610', dateText: '29/12/2022' });
    expect(parseDecisionCell('3610/QĐ-UBND ngày 12/10/2023')).toEqual({ decision: '3610/QĐ-UBND', dateText: '12/10/2023' });
    expect(parseDecisionCell('Quyết định số 15/QĐ-UBND, ngày 1/2/2024')).toEqual({ decision: '15/QĐ-UBND', dateText: '1/2/2024' });
    expect(parseDecisionCell('Quyết định ngày 22/12/2023')).toEqual({ dateText: '22/12/2023' });
    expect(parseDecisionCell('Số 1234/QĐ-UBND ngày 15 tháng 10 năm 2025 của UBND tỉnh Quảng Nam')).toEqual({
      decision: '1234/QĐ-UBND',
      dateText: '15 tháng 10 năm 2025',
      issuer: 'UBND tỉnh Quảng Nam',
    });
    expect(parseDecisionCell('')).toEqual({});
    expect(parseDayMonthYear('15 tháng 10 năm 2025')).toEqual({ ok: true, value: '2025-10-15' });
  });

  it('reads scores with a decimal comma', () => {
    expect(parseScore('78,5')).toEqual({ ok: true, value: 78.5 });
    expect(parseScore('70 điểm')).toEqual({ ok: true, value: 70 });
    expect(parseScore('101').ok).toBe(false);
  });

  it('infers the legal form from the name prefix', () => {
    expect(legalFormFromName('HTX Nông nghiệp Bình Đào')).toBe('hợp tác xã');
    expect(legalFormFromName('Hợp tác xã Quế Lâm')).toBe('hợp tác xã');
    expect(legalFormFromName('THT sản xuất nấm')).toBe('tổ hợp tác');
    expect(legalFormFromName('Công ty TNHH Ngọc Linh')).toBe('doanh nghiệp');
    expect(legalFormFromName('Doanh nghiệp tư nhân Hoa Sen')).toBe('doanh nghiệp');
    expect(legalFormFromName('HKD Trần Thị B')).toBe('hộ kinh doanh');
    expect(legalFormFromName('Cơ sở sản xuất Bà Tư')).toBe('cơ sở sản xuất');
    expect(legalFormFromName('Nguyễn Văn C')).toBe('cơ sở sản xuất');
    expect(legalFormFromName('Htxanh Food')).toBe('cơ sở sản xuất');
  });

  it('takes the commune from an address only when one part clearly names it', () => {
    expect(communeFromAddress('thôn 2, Xã Tiên Lộc, huyện Tiên Phước')).toBe('xã Tiên Lộc');
    expect(communeFromAddress('khối 5, thị trấn Tiên Kỳ')).toBe('thị trấn Tiên Kỳ');
    expect(communeFromAddress('thôn Xà Lôi, huyện Tiên Phước')).toBeUndefined();
    expect(communeFromAddress('xã A, xã B')).toBeUndefined();
    expect(communeFromAddress('123 Phan Chu Trinh, Tam Kỳ')).toBeUndefined();
  });
});

describe('front matter as the import reads and writes it', () => {
  it('keeps an impossible date as written, for the schema to reject, instead of rolling it over', () => {
    const split = splitMarkdown('---\ncertificates:\n  - date: 2022-13-45\n---\nBody\n')!;
    expect((split.data.certificates as { date: unknown }[])[0]!.date).toBe('2022-13-45');
  });
  it('writes dates back as plain YYYY-MM-DD and leaves the body untouched', () => {
    const text = '---\nname: Trà\ncertificates:\n  - date: 2022-12-29\n---\nThân bài.\n';
    const split = splitMarkdown(text)!;
    expect(composeMarkdown(split.data, split.body)).toBe(text);
  });
});
