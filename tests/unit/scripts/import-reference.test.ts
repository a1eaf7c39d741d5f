// The import over the project's own reference list (../shared/data/quang-nam-products.csv, the data the
// content was made from), read through the header map shipped in scripts/import/maps/: over today's
// content it creates nothing, rejects nothing, adds no certificate and duplicates nothing. Where a row
// and a record disagree, the report says so row by row. Then what a list gathered from the news may
// hold: rows without a star level, a year, a producer; their own sources; matching by former names.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { hashes, runImport } from '../../helpers/import-run';
import { YAML_ENGINE } from '../../../scripts/shared/front-matter';
import { ROOT } from '../../helpers/sites';

/** The reference data lives beside the project (SHARED_DATA_DIR elsewhere); without it these tests cannot run. */
const SHARED = process.env.SHARED_DATA_DIR ?? path.resolve(ROOT, '../shared/data');
const REFERENCE = path.join(SHARED, 'quang-nam-products.csv');
const hasReference = fs.existsSync(REFERENCE);

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function copyOf(dir: string): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-reference-'));
  made.push(tmp);
  const content = path.join(tmp, 'content');
  fs.cpSync(dir, content, { recursive: true });
  return content;
}

const front = (content: string, rel: string) => matter(fs.readFileSync(path.join(content, rel), 'utf8'), { ...YAML_ENGINE }).data;

function edit(content: string, rel: string, from: string, to: string) {
  const file = path.join(content, rel);
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(file, text.replace(from, to));
}

describe.skipIf(!hasReference)('the reference list over today’s content', () => {
  const rows = hasReference ? (parse(fs.readFileSync(REFERENCE, 'utf8'), { columns: true }) as Record<string, string>[]) : [];

  it('creates nothing, rejects nothing, adds no certificate and changes no file', async () => {
    const content = copyOf(path.join(ROOT, 'content'));
    const before = hashes(content);
    const { code, out, err } = await runImport(content, [REFERENCE]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('quang-nam-products.csv: note: headers read with the header map scripts/import/maps/quang-nam-products.json');
    expect(out).toContain(`Rows: 0 created, 0 updated, ${rows.length} unchanged, 0 rejected, 0 left alone.`);
    expect(out).toContain('Files: no file changed.');
    expect(hashes(content)).toEqual(before);
  });

  it('says, for each row without a star level, why it adds no certificate', async () => {
    const { out } = await runImport(path.join(ROOT, 'content'), [REFERENCE, '--dry-run']);
    const withoutStars = rows.map((r, i) => (r.stars === '' ? i + 2 : 0)).filter(Boolean);
    expect(withoutStars.length).toBeGreaterThan(20);
    const said = out.split('\n').filter((l) => l.includes(': note: no star level: in a list gathered from the news'));
    expect(said.map((l) => Number(/line (\d+):/.exec(l)![1]))).toEqual(withoutStars);
  });

  it('finds the merged lantern by its former slug, and only it twice', async () => {
    const { out } = await runImport(path.join(ROOT, 'content'), [REFERENCE, '--dry-run']);
    expect(out).toContain(
      'quang-nam-products.csv, line 2: note: found by a former name or slug: the row says "đèn lồng Dé Latana", the record "Đèn lồng Hội An (Đèn lồng Dé Lantana)"',
    );
    expect(out).toContain('quang-nam-products.csv, line 14: unchanged (content/products/den-long-de-latana.md)');
  });

  it('reports, row by row, where a row and its record disagree, and keeps the record', async () => {
    const content = copyOf(path.join(ROOT, 'content'));
    // Tiêu Tiên Phước (ref 24, line 25): another district; the Hann tea (ref 2, line 3): no producer.
    edit(content, 'products/tieu-tien-phuoc.md', 'district: tien-phuoc', 'district: tam-ky');
    edit(content, 'products/tra-rung-cu-lao-cham.md', 'producer: cong-ty-cp-tap-doan-hann\n', '');
    const before = hashes(content);
    const { code, out } = await runImport(content, [REFERENCE, '--lang', 'vi']);
    expect(code).toBe(0);
    expect(out).toContain('quang-nam-products.csv, dòng 25: khác: dòng ghi huyện tien-phuoc, bản ghi ghi tam-ky; giữ của bản ghi');
    expect(out).toContain('quang-nam-products.csv, dòng 3: khác: dòng ghi chủ thể "Công ty CP Tập đoàn Hann", bản ghi không có chủ thể');
    expect(hashes(content)).toEqual(before);
  });

  it('reads the same list as certificates with --certified: a product with no certificate then gets one whose star level is not stated', async () => {
    const { out } = await runImport(path.join(ROOT, 'content'), [REFERENCE, '--certified', '--dry-run']);
    expect(out).toMatch(/line 114: would add certificate star level not stated, date unknown.* to content\/products\/che-day-tui-loc-bao-chau\.md/);
    // Rượu ba kích already holds its 2019 certificate of unstated level (issue 27): nothing to add.
    expect(out).not.toMatch(/line 113: would add/);
    expect(out).toContain('Rows: 0 created, 1 updated');
  });
});

describe('a list gathered from the news', () => {
  const base = path.join(ROOT, 'tests/fixtures/import/base');
  const csv = (content: string, lines: string[]) => {
    const file = path.join(path.dirname(content), 'tin.csv');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };
  const HEAD = 'product_name,producer_name,stars,district,commune,year,decision,source_url,notes';

  it('takes every fact the catalogue can hold: no year, no producer, no star level, each row its own source', async () => {
    const content = copyOf(base);
    const file = csv(content, [
      HEAD,
      // No year: a certificate whose date is unknown, no later than the source (its date is known from the record citing it).
      'Mứt gừng Tiên Phước,,4,Tiên Phước,xã Tiên Cảnh,,,https://example.org/tra-day,',
      // No star level: a product recorded, with no certificate, and the report says why.
      'Rượu cần Tam Kỳ,Cơ sở rượu cần Tam Kỳ,,Tam Kỳ,,2024,,https://example.org/ruou-can,',
      // Its own source without a title: refused (a source needs a title), not given another row's.
      'Bánh in Đại Lộc,,3,Đại Lộc,,2023,,https://example.org/khong-ten,',
    ]);
    const { code, out, err } = await runImport(content, [file, '--source-url', 'https://example.org/ruou-can', '--source-title', 'Bài báo về rượu cần', '--source-date', '05/03/2025']);
    expect(front(content, 'products/mut-gung-tien-phuoc.md')).toEqual({
      name: 'Mứt gừng Tiên Phước',
      district: 'tien-phuoc',
      commune: 'xã Tiên Cảnh',
      certificates: [{ level: 'province', stars: 4, dateUnknown: true }],
      sources: [{ url: 'https://example.org/tra-day', title: 'Bài viết thử nghiệm về trà dây' }],
    });
    expect(front(content, 'products/ruou-can-tam-ky.md')).toMatchObject({ producer: 'co-so-ruou-can-tam-ky', certificates: [], sources: [{ url: 'https://example.org/ruou-can', date: '2025-03-05' }] });
    expect(out).toContain('tin.csv, line 3: note: no star level: in a list gathered from the news');
    expect(err).toBe('tin.csv, line 4: rejected: source https://example.org/khong-ten has no title: add a Tên nguồn column, or give this address with --source-url/--source-title');
    expect(code).toBe(1);
  });

  it('records "no later than" the source date for a certificate without a year', async () => {
    const content = copyOf(base);
    const file = csv(content, [HEAD, 'Mứt gừng Tiên Phước,,4,Tiên Phước,,,,,']);
    await runImport(content, [file, '--source-url', 'https://example.org/bai', '--source-title', 'Bài báo', '--source-date', '13/04/2021']);
    expect(front(content, 'products/mut-gung-tien-phuoc.md').certificates).toEqual([{ level: 'province', stars: 4, dateUnknown: true, notAfter: '2021-04-13' }]);
  });

  it('changes nothing for a row that restates a known certificate with less detail', async () => {
    const content = copyOf(base);
    const file = csv(content, [
      HEAD,
      // Trà dây Tiên Phong holds 3★, 1234/QĐ-UBND of 01/12/2020: the year only, no year, no stars.
      'Trà dây Tiên Phong,HTX Nông nghiệp Tiên Phong,3,Tiên Phước,,2020,,,',
      'Trà dây Tiên Phong,,3,,,,,,',
      'Trà dây Tiên Phong,,,Tiên Phước,,,,,',
    ]);
    const before = hashes(content);
    const { code, out } = await runImport(content, [file, '--source-url', 'https://example.org/bai', '--source-title', 'Bài báo', '--certified']);
    expect(code).toBe(0);
    expect(out).toContain('Rows: 0 created, 0 updated, 3 unchanged, 0 rejected, 0 left alone.');
    expect(hashes(content)).toEqual(before);
  });

  it('does not add a certificate that may be a known one in more detail, and says so', async () => {
    const content = copyOf(base);
    // Bánh tráng holds 3★ of 2021; a row gives 3★ with a decision of 10/05/2021.
    const file = csv(content, [HEAD, 'Bánh tráng,Cơ sở bánh tráng Bà Hoa,3,Đại Lộc,,,"Quyết định 55, 10/05/2021",,']);
    const before = hashes(content);
    const { code, out } = await runImport(content, [file, '--source-url', 'https://example.org/bai', '--source-title', 'Bài báo']);
    expect(code).toBe(0);
    expect(out).toContain('tin.csv, line 2: differs: the row (3★, province, 55, 2021-05-10) may be certificates[0] (3★, 2021) in more detail: no second certificate added');
    expect(hashes(content)).toEqual(before);
  });

  it('finds a merged record by its former names and slugs', async () => {
    const content = copyOf(base);
    // The cooperative was renamed and the tea merged under a new slug.
    edit(content, 'producers/htx-nong-nghiep-tien-phong.md', 'name: HTX Nông nghiệp Tiên Phong\n', 'name: HTX Nông nghiệp Dịch vụ Tiên Phong\nformerNames:\n  - name: HTX Nông nghiệp Tiên Phong\n');
    edit(content, 'products/tra-day-tien-phong.md', 'name: Trà dây Tiên Phong\n', 'formerSlugs:\n  - tra-day-rung-tien-phong\nname: Trà dây Tiên Phong (hộp 100 g)\n');
    const file = csv(content, [HEAD, 'Trà dây rừng Tiên Phong,HTX Nông nghiệp Tiên Phong,3,Tiên Phước,,2020,,,']);
    const { code, out } = await runImport(content, [file, '--source-url', 'https://example.org/bai', '--source-title', 'Bài báo']);
    expect(code).toBe(0);
    expect(out).toContain('tin.csv, line 2: note: found by a former name or slug: the row says "Trà dây rừng Tiên Phong", the record "Trà dây Tiên Phong (hộp 100 g)"');
    expect(out).toContain('Rows: 0 created, 0 updated, 1 unchanged, 0 rejected, 0 left alone.');
  });

  it('leaves alone a row that matches two records, or a same-named product of another producer in its district', async () => {
    const content = copyOf(base);
    fs.writeFileSync(
      path.join(content, 'products/banh-trang-tam-ky.md'),
      '---\nname: Bánh tráng\ndistrict: tam-ky\ncertificates: []\nsources:\n  - url: https://example.org/bt\n    title: Bài\n---\n',
    );
    const file = csv(content, [HEAD, 'Bánh tráng,,3,,,2024,,,', 'Bánh tráng,Cơ sở bánh tráng Cô Năm,3,Đại Lộc,,2024,,,']);
    const before = hashes(content);
    const { code, err } = await runImport(content, [file, '--source-url', 'https://example.org/bai', '--source-title', 'Bài báo']);
    expect(code).toBe(1);
    expect(err).toContain('tin.csv, line 2: left alone: the row matches several records: content/products/banh-trang-tam-ky.md, content/products/banh-trang.md');
    expect(err).toContain('tin.csv, line 3: left alone: a product of this name is recorded for another producer: content/products/banh-trang.md (co-so-banh-trang-ba-hoa)');
    expect(hashes(content)).toEqual(before);
  });
});
