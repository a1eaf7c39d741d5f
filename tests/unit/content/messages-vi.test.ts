// The Vietnamese of the validation messages (src/lib/content/messages-vi.ts): every message the schema and the
// content check can give has a rendering, and it keeps the facts (files, dates, numbers) of the English.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../../scripts/check/check-content';
import { hasVietnamese, problemVi, validationMessageVi } from '../../../src/lib/content/messages-vi';
import { levelConflict } from '../../../src/lib/certificates/certifying-level';
import { productSchema, producerSchema, salesPointSchema } from '../../../src/lib/content/schema';
import { formatProblem } from '../../../src/lib/content/validate';
import { FIXTURE, ROOT } from '../../helpers/sites';

const TODAY = '2026-11-23';
const BAD = path.join(ROOT, 'tests/fixtures/bad-content');

/** Fixed message texts written in a source file: `message: '…'`, `error: () => '…'`, `expected: '…'`, `parseError: '…'`. */
function fixedMessages(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const found = [...text.matchAll(/(?:message|expected|parseError):\s*'((?:[^'\\]|\\.)+)'|=>\s*'((?:[^'\\]|\\.)+)'/g)].map((m) => (m[1] ?? m[2]).replace(/\\'/g, "'"));
  return found.filter((m) => /\s/.test(m));
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-messages-vi-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('validationMessageVi', () => {
  it.each(['src/lib/content/schema.ts', 'src/lib/content/validate.ts', 'scripts/shared/read-content.ts'])(
    'has Vietnamese for every fixed message in %s',
    (file) => {
      const messages = fixedMessages(file);
      expect(messages.length).toBeGreaterThan(2);
      expect(messages.filter((m) => !hasVietnamese(m))).toEqual([]);
    },
  );

  it('has Vietnamese for every problem the check finds in the bad-content cases', async () => {
    const untranslated: string[] = [];
    let count = 0;
    for (const name of fs.readdirSync(BAD, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
      const dir = path.join(work, name);
      fs.cpSync(FIXTURE.contentDir, dir, { recursive: true });
      fs.cpSync(path.join(BAD, name), dir, { recursive: true });
      const { errors, warnings } = await checkContentFolder(dir, TODAY);
      for (const p of [...errors, ...warnings]) {
        count++;
        if (!hasVietnamese(p.expected)) untranslated.push(formatProblem(p));
      }
    }
    expect(count).toBeGreaterThan(20);
    expect(untranslated).toEqual([]);
  });

  it('has Vietnamese for what the schema says about records broken in many ways, Zod’s own messages included', () => {
    const issues = [
      ...productSchema.safeParse({ name: '', productSet: 'Gia vị', district: 3, certificates: [{ stars: 6, date: '2023-02-30', year: 1990, extra: 1 }], sources: [] }).error!.issues,
      ...productSchema.safeParse({ name: 'x', district: 'a', certificates: 'none', sources: [{ url: 'ftp://x', title: 'T', date: 20230101 }] }).error!.issues,
      ...producerSchema.safeParse({ name: 'x', legalForm: 'HTX', district: 'a', contacts: { phone: ['abc'], email: 'x@' }, sources: [{ url: 'https://x.org', title: 'T' }], formerSlugs: [] }).error!.issues,
      ...salesPointSchema.safeParse({ name: 'x', kind: 'chợ', district: 'a', status: 'mở', geo: { lat: 100, lon: 0 }, sources: [{ url: 'https://x.org', title: 'T' }] }).error!.issues,
    ];
    expect(issues.length).toBeGreaterThan(12);
    expect(issues.filter((i) => !hasVietnamese(i.message)).map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('has Vietnamese for every conflict between a level, its stars and its date', () => {
    const conflicts = (['district', 'province', 'national'] as const).flatMap((level) =>
      ([3, 4, 5, undefined] as const).flatMap((stars) => ['2024-01-01', '2025-07-01'].map((date) => levelConflict(level, stars, { date }))),
    );
    const messages = [...new Set(conflicts.flatMap((c) => (c ? [c.message] : [])))];
    expect(messages).toHaveLength(4);
    expect(messages.filter((m) => !hasVietnamese(m))).toEqual([]);
  });

  it('keeps the facts of the English: files, dates, numbers', () => {
    expect(validationMessageVi('a decision date not after today (2026-11-23)')).toBe('ngày quyết định không được sau hôm nay (2026-11-23)');
    expect(validationMessageVi('a unique slug: c/products/a.md already uses it (as a former slug)')).toBe('mã không trùng: c/products/a.md đã dùng mã này (làm mã cũ)');
    expect(validationMessageVi('the slug of an existing product set (content/product-sets.json)')).toBe('mã của một bộ sản phẩm đã có (content/product-sets.json)');
    expect(validationMessageVi({ message: 'a district certifies 3★ only; 5★ is certified by the ministry (national)' })).toBe('cấp huyện chỉ công nhận 3 sao; 5 sao do Bộ (cấp quốc gia) công nhận');
    expect(validationMessageVi('required: a URL is required')).toBe('bắt buộc: cần địa chỉ web (url)');
  });

  it('returns a message it does not know unchanged, never an empty text', () => {
    expect(hasVietnamese('something new')).toBe(false);
    expect(validationMessageVi('something new')).toBe('something new');
  });
});

describe('problemVi', () => {
  it('writes file: field: value — the Vietnamese, with the placeholders in Vietnamese', () => {
    expect(problemVi({ severity: 'error', file: 'content/products/a.md', field: 'name', value: '(missing)', expected: 'required: this field must be given' })).toBe(
      'content/products/a.md: name: (không có) — bắt buộc: phải có trường này',
    );
    expect(problemVi({ severity: 'error', file: 'f.md', field: '(file)', value: '(unreadable)', expected: 'file is missing' })).toBe('f.md: (tệp): (không đọc được) — thiếu tệp');
  });
});
