// A product no product set has been assigned to (an official annex does not print it): the fixture
// province built with one product's set removed. Its page says so in both languages, it is in no group
// or set page, and the lists, statistics, print catalogue and open data count it honestly.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/pages/routes';
import { runStep } from '../helpers/build-site';
import { page } from '../helpers/dist';
import { FIXTURE, OUTPUT, type SiteUnderTest } from '../helpers/sites';

const ID = 'ruou-moi-nui-do';
const dir = path.join(OUTPUT, 'other-province-unassigned');
const site: SiteUnderTest = { name: 'other-province-unassigned', contentDir: path.join(dir, 'content'), outDir: path.join(dir, 'dist'), cacheDir: path.join(dir, 'cache') };

beforeAll(() => {
  if (process.env.SKIP_BUILD === '1' && fs.existsSync(path.join(site.outDir, 'index.html'))) return;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(FIXTURE.contentDir, site.contentDir, { recursive: true });
  const file = path.join(site.contentDir, 'products', `${ID}.md`);
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes('productSet: do-uong-co-con\n')) throw new Error(`${file} no longer has the product set this test removes`);
  fs.writeFileSync(file, text.replace('productSet: do-uong-co-con\n', ''));
  const r = runStep('node_modules/.bin/astro', ['build'], site);
  if (r.status !== 0) throw new Error(`building ${site.name} failed:\n${r.output.slice(-4000)}`);
}, 300_000);

const text = (url: string, selector: string) => page(site.outDir, url).querySelector(selector)?.textContent.trim();

describe('a product with no product set assigned', () => {
  it('says "chưa xếp bộ sản phẩm" on its page, "product set not assigned" in English, and has no group in its breadcrumbs', () => {
    expect(text(paths.product('vi', ID), '[data-product-set-unassigned]')).toBe('chưa xếp bộ sản phẩm');
    expect(text(paths.product('en', ID), '[data-product-set-unassigned]')).toBe('product set not assigned');
    const crumbs = page(site.outDir, paths.product('vi', ID)).querySelectorAll('nav[aria-label] a').map((a) => a.getAttribute('href'));
    expect(crumbs).not.toContain(paths.category('vi', 'do-uong'));
  });

  it('is in no group or set page, and the lists count it beside the group chips', () => {
    for (const id of ['do-uong', 'do-uong-co-con']) {
      expect(page(site.outDir, paths.category('vi', id)).querySelector(`[data-product="${ID}"]`), id).toBeNull();
    }
    expect(page(site.outDir, paths.products('vi')).querySelector('[data-groups-none]')?.getAttribute('data-groups-none')).toBe('1');
    expect(page(site.outDir, paths.home('vi')).querySelector('[data-groups-none]')?.getAttribute('data-groups-none')).toBe('1');
  });

  it('is counted under "not assigned" in the statistics by group, so the groups add up', () => {
    const chart = page(site.outDir, paths.statistics('vi')).querySelector('[data-chart="by-group"]')!;
    const values = chart.querySelectorAll('tr[data-key]').map((tr) => [tr.getAttribute('data-key'), Number(tr.querySelector('td')!.getAttribute('data-value'))] as const);
    expect(values.find(([k]) => k === 'unassigned')).toEqual(['unassigned', 1]);
    const inForce = Number(page(site.outDir, paths.statistics('vi')).querySelector('[data-stat="in-force"]')!.getAttribute('data-value'));
    expect(values.reduce((sum, [, v]) => sum + v, 0)).toBe(inForce);
  });

  it('has its own section in the print catalogue and no set in the open data', () => {
    expect(page(site.outDir, paths.print('vi')).querySelector('[data-print-group="unassigned"]')?.textContent).toContain('Rượu mơ Núi Đỏ');
    const doc = JSON.parse(fs.readFileSync(path.join(site.outDir, 'data/catalogue.json'), 'utf8'));
    const product = doc.products.find((p: { id: string }) => p.id === ID);
    expect(product).not.toHaveProperty('productSet');
    expect(product).not.toHaveProperty('group');
  });
});
