// The benchmark's synthetic catalogue must be content the project accepts: if the check rejected
// it, the benchmark would measure a failing build instead of the site.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../../scripts/check/check-content';
import { readContent } from '../../../scripts/shared/read-content';
import { districtCount, generateCatalogue, producerCount, SYNTHETIC_TODAY, type SyntheticCatalogue } from '../../../scripts/bench/synthetic';
import { formatProblem } from '../../../src/lib/content/validate';

const PRODUCTS = 150;
const MIN_DISTRICTS = 18;
let dir: string;
let catalogue: SyntheticCatalogue;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-bench-test-'));
  catalogue = await generateCatalogue(path.join(dir, 'content'), PRODUCTS);
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const records = (collection: string) => readContent(catalogue.root).filter((r) => r.collection === collection);
const frontMatter = (collection: string) => records(collection).map((r) => r.data as Record<string, unknown>);

describe('synthetic benchmark catalogue', () => {
  it('passes the content check with no error and no warning', async () => {
    const { errors, warnings } = await checkContentFolder(catalogue.root, SYNTHETIC_TODAY);
    expect(errors.map(formatProblem)).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([]);
  });

  it('has N products, the country’s ratio of producers, 18 districts with sales points, all six groups', () => {
    expect(records('products')).toHaveLength(PRODUCTS);
    expect(records('producers')).toHaveLength(producerCount(PRODUCTS));
    expect(producerCount(PRODUCTS)).toBe(Math.round(PRODUCTS * 0.45));
    expect(records('districts')).toHaveLength(18);
    expect(records('productGroups')).toHaveLength(6);
    expect(records('productSets').length).toBeGreaterThan(6);
    const districtsWithPoints = new Set(frontMatter('salesPoints').map((p) => p.district));
    expect(districtsWithPoints.size).toBe(18);
    expect(frontMatter('salesPoints').some((p) => p.geo)).toBe(true);
    expect(frontMatter('salesPoints').some((p) => !p.geo)).toBe(true);
  });

  it('grows to the country’s scale: about 9,000 producers and 700 district-level places at 20,000 products', () => {
    expect(producerCount(20_000)).toBe(9_000);
    expect(districtCount(20_000)).toBe(690);
    expect(districtCount(10_000)).toBe(345);
    expect(districtCount(1_000)).toBe(34);
    expect(districtCount(500)).toBe(MIN_DISTRICTS);
    expect(districtCount(PRODUCTS)).toBe(MIN_DISTRICTS);
  });

  it('gives every district-level place its own name, three sales points and a three-digit code, beyond the two-word names (about 670)', async () => {
    const big = await generateCatalogue(path.join(dir, 'districts'), 100, { districts: 800 });
    const districts = readContent(big.root).filter((r) => r.collection === 'districts').map((r) => r.data as { name: string; gsoCode?: string });
    expect(districts).toHaveLength(800);
    expect(new Set(districts.map((d) => d.name)).size).toBe(800);
    expect(districts.some((d) => d.name.split(' ').length === 3)).toBe(true);
    const codes = districts.flatMap((d) => (d.gsoCode ? [d.gsoCode] : []));
    expect(codes.every((c) => /^\d{3}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(big.counts.salesPoints).toBe(800 * 3 + 2);
  }, 60_000);

  it('mixes dated, year-only and undated certificates, and some products have photos', () => {
    const certs = frontMatter('products').flatMap((p) => p.certificates as Record<string, unknown>[]);
    expect(certs.some((c) => c.date)).toBe(true);
    expect(certs.some((c) => c.year)).toBe(true);
    expect(certs.some((c) => c.dateUnknown)).toBe(true);
    const withPhotos = frontMatter('products').filter((p) => p.images);
    expect(withPhotos.length).toBeGreaterThan(0);
    expect(withPhotos.length).toBeLessThan(PRODUCTS / 2);
    expect(fs.readdirSync(path.join(catalogue.root, 'images')).length).toBeGreaterThanOrEqual(5);
  });

  it('uses Vietnamese names and is clearly marked as made up', () => {
    const names = frontMatter('products').map((p) => String(p.name));
    expect(names.some((n) => /[đĐ]/.test(n))).toBe(true);
    expect(names.some((n) => /[ảãạắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ]/.test(n))).toBe(true);
    const allSources = readContent(catalogue.root).flatMap((r) => ((r.data as { sources?: { url: string }[] })?.sources ?? []).map((s) => s.url));
    expect(allSources.length).toBeGreaterThan(PRODUCTS);
    expect(allSources.every((u) => u.startsWith('https://example.org/gia-lap/'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(catalogue.root, 'site.json'), 'utf8')).name).toMatch(/Giả Lập/);
  });

  it('is the same catalogue every time (fixed seed)', async () => {
    const again = await generateCatalogue(path.join(dir, 'again'), PRODUCTS);
    expect(again.productSlugs).toEqual(catalogue.productSlugs);
    const file = `products/${catalogue.productSlugs[7]}.md`;
    expect(fs.readFileSync(path.join(again.root, file), 'utf8')).toBe(fs.readFileSync(path.join(catalogue.root, file), 'utf8'));
  });
});
