// Former slugs (formerSlugs) keep a record's old addresses: the check keeps them unique in their
// address space, and the configuration finds them for the sitemap.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formerAddressPaths } from '../../../scripts/shared/former-addresses';
import { validateContent, type RawRecord } from '../../../src/lib/content/validate';

const product = (id: string, formerSlugs?: unknown): RawRecord => ({
  collection: 'products',
  file: `products/${id}.md`,
  id,
  data: { name: id, productSet: 'x', district: 'y', certificates: [], sources: [{ url: 'https://example.org/', title: 't' }], ...(formerSlugs !== undefined && { formerSlugs }) },
  body: '',
});
const producer = (id: string, formerSlugs?: unknown): RawRecord => ({
  collection: 'producers',
  file: `producers/${id}.md`,
  id,
  data: { name: id, legalForm: 'hợp tác xã', district: 'y', sources: [{ url: 'https://example.org/', title: 't' }], ...(formerSlugs !== undefined && { formerSlugs }) },
  body: '',
});

/** The problems about former slugs, as "file field value: expected". */
function formerSlugProblems(records: RawRecord[]): string[] {
  return validateContent(records, '2026-12-01')
    .errors.filter((p) => p.field.startsWith('formerSlugs'))
    .map((p) => `${p.file} ${p.field} ${p.value}: ${p.expected}`);
}

describe('formerSlugs in the content check', () => {
  it('accepts slugs no record uses, and the same slug as a product and as a producer (two address spaces)', () => {
    expect(formerSlugProblems([product('den-long', ['den-long-cu']), product('che'), producer('htx', ['den-long-cu'])])).toEqual([]);
  });

  it('rejects a former slug that is a current slug, the record’s own, another record’s former slug, or listed twice', () => {
    expect(
      formerSlugProblems([
        product('den-long', ['che', 'den-long']),
        product('che'),
        product('ruou', ['cu']),
        product('mam', ['cu']),
        product('tuong', ['tuong-cu', 'tuong-cu']),
      ]),
    ).toEqual([
      'products/den-long.md formerSlugs[0] "che": a slug no other record uses: products/che.md already uses it',
      'products/den-long.md formerSlugs[1] "den-long": a slug the record no longer has (this is its current slug)',
      'products/mam.md formerSlugs[0] "cu": a slug no other record uses: products/ruou.md already uses it (as a former slug)',
      'products/tuong.md formerSlugs[1] "tuong-cu": each former slug once (it is listed twice)',
    ]);
  });

  it('rejects a former product slug that a listing page uses, a malformed slug and an empty list', () => {
    expect(formerSlugProblems([product('a', ['trang']), product('b', ['Đèn Lồng']), product('c', [])]).sort()).toEqual([
      'products/a.md formerSlugs[0] "trang": a slug other than trang, page, 3-sao, 4-sao, 5-sao, 3-stars, 4-stars, 5-stars (used by listing pages)',
      'products/b.md formerSlugs[0] "Đèn Lồng": expected a slug (a-z, 0-9 and hyphens), e.g. "tam-ky"',
      'products/c.md formerSlugs []: list at least one slug, or leave the field out',
    ]);
  });
});

describe('formerAddressPaths', () => {
  it('lists the former addresses of products and producers in both languages, from the files that name the field', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'former-slugs-'));
    try {
      fs.mkdirSync(path.join(root, 'products'));
      fs.mkdirSync(path.join(root, 'producers'));
      fs.writeFileSync(path.join(root, 'products/den-long.md'), '---\nformerSlugs:\n  - den-long-cu\nname: Đèn lồng\n---\n');
      fs.writeFileSync(path.join(root, 'products/che.md'), '---\nname: Chè\n---\nformerSlugs is only a word in this body.\n');
      fs.writeFileSync(path.join(root, 'producers/htx.md'), '---\nformerSlugs: [htx-cu]\nname: HTX\n---\n');
      expect([...formerAddressPaths(root)].sort()).toEqual(['/chu-the/htx-cu/', '/en/producers/htx-cu/', '/en/products/den-long-cu/', '/san-pham/den-long-cu/']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
