// "Report an error" addresses (src/lib/publishing/report-error.ts): the GitHub issue form prefilled through its
// field ids, a prefilled e-mail, a plain web form, or nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportVi } from '../../../src/i18n/sections/report';
import { ISSUE_FIELDS, ISSUE_TEMPLATE, recordFields, reportErrorHref, type ReportedRecord } from '../../../src/lib/publishing/report-error';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const record: ReportedRecord = {
  ref: 'products/mat-ong-vi-du',
  name: 'Mật ong Ví Dụ',
  url: 'https://ocop.example.org/san-pham/mat-ong-vi-du/',
  data: {
    name: 'Mật ong Ví Dụ',
    producer: 'htx-vi-du',
    district: 'huyen-mot',
    productSet: 'thuc-pham',
    certificates: [{ level: 'province', stars: 4, decision: '12/QĐ-UBND', date: '2024-05-02' }],
    sources: [{ url: 'https://example.org/qd-12', title: 'Quyết định 12' }],
    english: { description: 'A long English text that is not a fact to check.', translatedOn: '2026-12-07' },
  },
};

describe('report an error', () => {
  it('opens the repository issue form with the record, its page and its facts filled in', () => {
    const href = new URL(reportErrorHref({ repository: 'example-org/ocop' }, reportVi, record)!);
    expect(href.origin + href.pathname).toBe('https://github.com/example-org/ocop/issues/new');
    expect(href.searchParams.get('template')).toBe(ISSUE_TEMPLATE);
    expect(href.searchParams.get('title')).toBe('Báo lỗi: Mật ong Ví Dụ');
    expect(href.searchParams.get(ISSUE_FIELDS.record)).toBe('products/mat-ong-vi-du');
    expect(href.searchParams.get(ISSUE_FIELDS.url)).toBe(record.url);
    expect(href.searchParams.get(ISSUE_FIELDS.fields)).toBe(
      [
        'name: Mật ong Ví Dụ',
        'producer: htx-vi-du',
        'district: huyen-mot',
        'productSet: thuc-pham',
        'certificate: 4★ province 12/QĐ-UBND 2024-05-02',
        'source: https://example.org/qd-12',
      ].join('\n'),
    );
  });

  it('prefers the repository to a reportErrorUrl, and the site-wide link opens the empty form', () => {
    expect(reportErrorHref({ repository: 'o/r', reportErrorUrl: 'mailto:a@example.org' }, reportVi)).toBe('https://github.com/o/r/issues/new?template=bao-loi.yml');
  });

  it('writes an e-mail with subject and body when the channel is a mailto: address', () => {
    const href = reportErrorHref({ reportErrorUrl: 'mailto:ocop@example.org' }, reportVi, record)!;
    expect(href.startsWith('mailto:ocop@example.org?subject=')).toBe(true);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('subject')).toBe('Báo lỗi: Mật ong Ví Dụ');
    const body = params.get('body')!;
    expect(body).toContain('Bản ghi: products/mat-ong-vi-du');
    expect(body).toContain(`Trang: ${record.url}`);
    expect(body).toContain('certificate: 4★ province 12/QĐ-UBND 2024-05-02');
    expect(body).toContain(reportVi.source);
    // Spaces as %20, not "+", which mail programs would show.
    expect(href).not.toContain('+');
  });

  it('keeps a web form as it is, and shows nothing without a channel', () => {
    expect(reportErrorHref({ reportErrorUrl: 'https://example.org/form' }, reportVi, record)).toBe('https://example.org/form');
    expect(reportErrorHref({}, reportVi, record)).toBeUndefined();
  });

  it('lists plain facts and leaves out long texts and nested lists', () => {
    expect(recordFields({ name: 'X', descriptionEn: 'long', geo: { lat: 15.5, lon: 108.2 }, district: { id: 'a', name: 'A' }, products: [{ id: 'p' }] })).toBe(
      'name: X\ngeo: 15.5, 108.2\ndistrict: a',
    );
  });

  it('matches the issue form: a template with an input for each prefilled field id', () => {
    const template = fs.readFileSync(path.join(ROOT, '.github/ISSUE_TEMPLATE', ISSUE_TEMPLATE), 'utf8');
    for (const id of Object.values(ISSUE_FIELDS)) expect(template).toMatch(new RegExp(`\\n    id: ${id}\\n`));
  });
});
