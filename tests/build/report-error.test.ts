// "Report an error" on the built record pages: with a repository in site.json (the other-province
// fixture) each record's link opens the GitHub issue form prefilled with that record; the real
// content names no channel yet, so no page shows the link.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, paths } from '../../src/lib/pages/routes';
import { pagesOfShape } from '../helpers/route-patterns';
import { page } from '../helpers/dist';
import { FIXTURE, REAL } from '../helpers/sites';

const fixtureSite = JSON.parse(fs.readFileSync(path.join(FIXTURE.contentDir, 'site.json'), 'utf8')) as { url: string; repository: string };
const firstId = (dir: string, ext: string) => fs.readdirSync(path.join(FIXTURE.contentDir, dir)).filter((f) => f.endsWith(ext)).sort()[0]!.replace(ext, '');

describe('report an error: other province (repository configured)', () => {
  const records = [
    { ref: `products/${firstId('products', '.md')}`, url: paths.product('vi', firstId('products', '.md')) },
    { ref: `producers/${firstId('producers', '.md')}`, url: paths.producer('en', firstId('producers', '.md')) },
    { ref: `sales-points/${firstId('sales-points', '.json')}`, url: paths.salesPoint('vi', firstId('sales-points', '.json')) },
  ];
  for (const r of records) {
    it(`${r.url} links to the issue form prefilled with ${r.ref}`, () => {
      const links = page(FIXTURE.outDir, r.url).querySelectorAll('a[data-report-error]');
      expect(links).toHaveLength(1);
      const href = new URL(links[0]!.getAttribute('href')!);
      expect(href.origin + href.pathname).toBe(`https://github.com/${fixtureSite.repository}/issues/new`);
      expect(href.searchParams.get('template')).toBe('bao-loi.yml');
      expect(href.searchParams.get('record')).toBe(r.ref);
      expect(href.searchParams.get('url')).toBe(new URL(r.url, fixtureSite.url).href);
      expect(href.searchParams.get('fields')).toMatch(/^name: .+/);
    });
  }
});

describe('report an error: real content (no channel configured)', () => {
  it('no page shows a report link', () => {
    const real = JSON.parse(fs.readFileSync(path.join(REAL.contentDir, 'site.json'), 'utf8'));
    expect(real.repository ?? real.reportErrorUrl).toBeUndefined();
    const pages = LOCALES.flatMap((l) => [...pagesOfShape(REAL.outDir, paths.product(l, '*')), ...pagesOfShape(REAL.outDir, paths.producer(l, '*'))]);
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages.slice(0, 50)) expect(fs.readFileSync(p.file, 'utf8'), p.url).not.toContain('data-report-error');
  });
});
