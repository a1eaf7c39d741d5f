// What a consumer sees in the built catalogue: a page per record, status, producer, structured data.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyCategoryPaths } from '../../scripts/shared/empty-categories';
import { readContent } from '../../scripts/shared/read-content';
import { displayName } from '../../src/lib/content/names';
import { paths } from '../../src/lib/pages/routes';
import { fileForUrl, htmlFiles, jsonLd, page } from '../helpers/dist';
import { FIXTURE, REAL, SITES } from '../helpers/sites';

const ids = (contentDir: string, collection: string) =>
  readContent(contentDir)
    .filter((r) => r.collection === collection)
    .map((r) => r.id);

describe.each(SITES)('catalogue pages of $name', (site) => {
  const exists = (url: string) => fs.existsSync(path.join(site.outDir, url, 'index.html'));

  it('has a page for every product and producer, in both languages', () => {
    const products = ids(site.contentDir, 'products');
    const producers = ids(site.contentDir, 'producers');
    expect(products.length).toBeGreaterThan(0);
    for (const id of products) {
      expect(exists(paths.product('vi', id)), id).toBe(true);
      expect(exists(paths.product('en', id)), id).toBe(true);
    }
    for (const id of producers) {
      expect(exists(paths.producer('vi', id)), id).toBe(true);
      expect(exists(paths.producer('en', id)), id).toBe(true);
    }
  });

  it('has a page for every star level, product group and product set', () => {
    for (const stars of [3, 4, 5]) expect(exists(paths.starLevel('vi', stars)), `${stars}`).toBe(true);
    for (const id of [...ids(site.contentDir, 'productGroups'), ...ids(site.contentDir, 'productSets')]) {
      expect(exists(paths.category('vi', id)), id).toBe(true);
      expect(exists(paths.category('en', id)), id).toBe(true);
    }
  });

  it('names the producer and shows the certificate status on every product page', () => {
    const records = readContent(site.contentDir).filter((r) => r.collection === 'products');
    const producerNames = new Map(
      readContent(site.contentDir)
        .filter((r) => r.collection === 'producers')
        .map((r) => [r.id, (r.data as { name: string }).name]),
    );
    for (const r of records) {
      const root = page(site.outDir, paths.product('vi', r.id));
      const producer = (r.data as { producer?: string }).producer;
      const dd = root.querySelector('[data-producer]')!;
      if (producer) expect(dd.textContent).toContain(displayName(producerNames.get(producer)!));
      else expect(dd.textContent).toContain('Nguồn không nêu chủ thể');
      const status = root.querySelector('[data-current-status]')!.getAttribute('data-current-status');
      expect(['valid', 'expiring', 'expired', 'revoked', 'unknown', 'none']).toContain(status);
      expect(root.querySelector('[data-current-status] [data-status]')).not.toBeNull();
    }
  });

  it('says on a product card when the source names no producer, in words that cannot pass for a name', () => {
    const unnamed = readContent(site.contentDir).filter((r) => r.collection === 'products' && !(r.data as { producer?: string }).producer);
    // Every product is on one page of the product list, so its cards hold each unnamed producer once.
    const texts: string[] = [];
    for (let n = 1; fs.existsSync(fileForUrl(site.outDir, paths.products('en', n))); n += 1) {
      texts.push(...page(site.outDir, paths.products('en', n)).querySelectorAll('[data-producer-unnamed]').map((e) => e.textContent));
    }
    expect(texts).toEqual(unnamed.map(() => 'Producer not named by the source'));
  });

  it('gives every product page JSON-LD naming the product and its producer', () => {
    const records = readContent(site.contentDir).filter((r) => r.collection === 'products');
    for (const r of records) {
      const data = jsonLd(page(site.outDir, paths.product('vi', r.id)));
      const product = data.find((d) => d['@type'] === 'Product')!;
      // The display form (first letter capitalised); catalogue.json keeps the printed name.
      expect(product.name).toBe(displayName((r.data as { name: string }).name));
      if ((r.data as { producer?: string }).producer) {
        expect((product.manufacturer as { name: string }).name.length).toBeGreaterThan(0);
      } else {
        expect(product.manufacturer).toBeUndefined();
      }
    }
  });

  // schema.org gives inLanguage to creative works (WebSite, WebPage, Dataset…), events and a few
  // actions; a Product, an Organization or a Place has none (the page's lang says the language).
  it('puts inLanguage in JSON-LD only on types schema.org gives it to', () => {
    const ALLOWED = new Set(['WebSite', 'WebPage', 'CollectionPage', 'ItemPage', 'AboutPage', 'SearchResultsPage', 'Dataset', 'DataCatalog', 'DataDownload', 'CreativeWork', 'Event']);
    const misplaced: string[] = [];
    let seen = 0;
    const walk = (value: unknown, file: string) => {
      if (Array.isArray(value)) return value.forEach((v) => walk(v, file));
      if (!value || typeof value !== 'object') return;
      const node = value as Record<string, unknown>;
      if ('inLanguage' in node) {
        seen++;
        if (![node['@type']].flat().some((t) => ALLOWED.has(String(t)))) misplaced.push(`${file}: ${String(node['@type'])}`);
      }
      Object.values(node).forEach((v) => walk(v, file));
    };
    for (const file of htmlFiles(site.outDir)) walk(jsonLd(page(site.outDir, file)), file);
    expect(seen, 'the home pages\' WebSite keeps its language').toBeGreaterThan(0);
    expect(misplaced.slice(0, 10), `${misplaced.length} node(s)`).toEqual([]);
  });

  it('gives every page one h1, a title and a meta description', () => {
    const problems: string[] = [];
    for (const file of htmlFiles(site.outDir)) {
      const root = page(site.outDir, file);
      if (root.querySelectorAll('h1').length !== 1) problems.push(`${file}: ${root.querySelectorAll('h1').length} h1`);
      if (!root.querySelector('title')?.textContent.trim()) problems.push(`${file}: no title`);
      if (!root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()) problems.push(`${file}: no description`);
    }
    expect(problems).toEqual([]);
  });
});

describe('certificate status as rendered (fixture province, today = 2026-11-23)', () => {
  const status = (slug: string) => page(FIXTURE.outDir, paths.product('vi', slug)).querySelector('[data-current-status]')!;

  it('shows a certificate decided in 2019 as expired, with the day it lapsed', () => {
    const s = status('ruou-het-han');
    expect(s.getAttribute('data-current-status')).toBe('expired');
    expect(s.textContent).toContain('Hết hiệu lực');
    expect(s.textContent).toContain('11/05/2022');
  });

  it('shows a certificate without any year as unknown', () => {
    const s = status('mam-chua-ro-ngay');
    expect(s.getAttribute('data-current-status')).toBe('unknown');
    expect(s.textContent).toContain('Chưa rõ ngày');
  });

  it('shows a re-rated product with its new stars, valid until decision date + 36 months, and keeps the old certificate', () => {
    const root = page(FIXTURE.outDir, paths.product('vi', 'nuoc-mam-song-xanh'));
    const s = root.querySelector('[data-current-status]')!;
    expect(s.getAttribute('data-current-status')).toBe('valid');
    expect(s.querySelector('[data-stars]')!.getAttribute('data-stars')).toBe('4');
    expect(s.textContent).toContain('30/06/2028');
    expect(root.querySelectorAll('[data-certificate-status]').map((r) => r.getAttribute('data-certificate-status'))).toEqual(['valid', 'expired']);
  });

  it('shows English statuses on English pages', () => {
    const s = page(FIXTURE.outDir, paths.product('en', 'ruou-het-han')).querySelector('[data-current-status]')!;
    expect(s.textContent).toContain('Expired');
  });
});

describe('product photos', () => {
  it('serve a responsive srcset in AVIF and WebP through astro:assets', () => {
    const root = page(FIXTURE.outDir, paths.product('vi', 'nuoc-mam-song-xanh'));
    const sources = root.querySelectorAll('picture source');
    const types = sources.map((s) => s.getAttribute('type'));
    expect(types).toContain('image/avif');
    expect(types).toContain('image/webp');
    for (const s of sources) expect(s.getAttribute('srcset')!.split(',').length).toBeGreaterThan(1);
  });

  it('show a placeholder, not a photo, when a product has none: a small drawing by the title on a phone, the photo column on wider screens', () => {
    const root = page(FIXTURE.outDir, paths.product('vi', 'ruou-het-han'));
    expect(root.querySelector('[data-placeholder]')).not.toBeNull();
    expect(root.querySelector('main picture')).toBeNull();
    const drawing = root.querySelector('[data-title-drawing]')!;
    expect(drawing.classList.contains('md:hidden')).toBe(true);
    expect(drawing.parentNode!.querySelector('h1')).not.toBeNull();
    expect(root.querySelector('[data-no-photo]')!.classList.contains('hidden')).toBe(true);
    // With a photo, neither.
    const withPhoto = page(FIXTURE.outDir, paths.product('vi', 'nuoc-mam-song-xanh'));
    expect(withPhoto.querySelector('[data-title-drawing]')).toBeNull();
    expect(withPhoto.querySelector('[data-no-photo]')).toBeNull();
  });

});

describe.each(SITES)('product groups and sets with no product ($name)', (site) => {
  const exists = (url: string) => fs.existsSync(path.join(site.outDir, url, 'index.html'));
  it('offers no link to a product group or set with no product, and keeps their pages out of the sitemap', () => {
    const empty = emptyCategoryPaths(site.contentDir);
    const sitemap = fs.readdirSync(site.outDir).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => fs.readFileSync(path.join(site.outDir, f), 'utf8')).join('');
    for (const url of empty) {
      expect(exists(url), url).toBe(true);
      expect(page(site.outDir, url).querySelector('meta[name="robots"]')?.getAttribute('content'), url).toBe('noindex');
      expect(sitemap, url).not.toContain(`${url}<`);
    }
    // (An empty group's own page still links to its twin in the other language.)
    for (const file of htmlFiles(site.outDir).filter((f) => !empty.has(`/${f.replace(/index\.html$/, '')}`))) {
      for (const a of page(site.outDir, file).querySelectorAll('a[href]')) expect(empty.has(a.getAttribute('href')!.split(/[?#]/)[0]!), `${file} → ${a.getAttribute('href')}`).toBe(false);
    }
  });
});

describe('real content', () => {
  it('lists every product on the paginated product pages', () => {
    const all = ids(REAL.contentDir, 'products');
    const listed = new Set<string>();
    for (let n = 1; ; n++) {
      const file = path.join(REAL.outDir, paths.products('vi', n), 'index.html');
      if (!fs.existsSync(file)) break;
      for (const card of page(REAL.outDir, paths.products('vi', n)).querySelectorAll('[data-product]')) listed.add(card.getAttribute('data-product')!);
    }
    expect([...listed].sort()).toEqual([...all].sort());
  });
});

describe('product group pages (real content)', () => {
  it('say on an empty group that the catalogue holds only part of the province’s products (both languages)', () => {
    const groups = ids(REAL.contentDir, 'productGroups');
    const empty = groups.filter((id) => page(REAL.outDir, paths.category('vi', id)).querySelectorAll('main [data-product]').length === 0);
    expect(empty).toContain('sinh-vat-canh');
    for (const id of empty) {
      for (const locale of ['vi', 'en'] as const) {
        const box = page(REAL.outDir, paths.category(locale, id)).querySelector('[data-list-empty]');
        expect(box, `${locale} ${id}`).not.toBeNull();
        expect(box!.querySelector('[data-coverage-note]'), `${locale} ${id}`).not.toBeNull();
        expect(box!.querySelector(`a[href="${paths.statistics(locale)}#coverage"]`), `${locale} ${id}`).not.toBeNull();
      }
    }
    // A group with products shows them, not the empty box.
    const full = groups.find((id) => !empty.includes(id))!;
    expect(page(REAL.outDir, paths.category('vi', full)).querySelector('[data-list-empty]')).toBeNull();
  });

  it('label the star chips of a group page as the whole catalogue’s, whose counts they are', () => {
    const all = page(REAL.outDir, paths.products('vi'));
    const chipCounts = (root: ReturnType<typeof page>) => root.querySelectorAll('[data-chips="stars"] a').map((a) => a.textContent.trim());
    for (const [locale, label] of [['vi', 'Cả danh mục theo hạng sao'], ['en', 'Whole catalogue by stars']] as const) {
      const group = page(REAL.outDir, paths.category(locale, 'sinh-vat-canh'));
      const nav = group.querySelector('[data-chips="stars"]')!;
      expect(nav.getAttribute('aria-label')).toBe(label);
      expect(nav.textContent).toContain(`${label}:`);
      // The star level pages a chip links to: the same counts as on the page of all products.
      if (locale === 'vi') expect(chipCounts(group)).toEqual(chipCounts(all));
      // On a star level's page, the group chips say the same of themselves.
      const stars = page(REAL.outDir, paths.starLevel(locale, 5));
      expect(stars.querySelector('[data-chips="groups"]')!.getAttribute('aria-label')).toBe(locale === 'vi' ? 'Cả danh mục theo nhóm sản phẩm' : 'Whole catalogue by product group');
    }
    expect(all.querySelector('[data-chips="stars"]')!.getAttribute('aria-label')).toBe('Theo hạng sao');
  });

  it('count every product once across the star chips, the unstated chip and the products with no certificate', () => {
    const all = page(REAL.outDir, paths.products('en'));
    const total = readContent(REAL.contentDir).filter((r) => r.collection === 'products').length;
    const chips = all.querySelectorAll('[data-chips="stars"] a').map((a) => Number(/\((\d+)\)/.exec(a.textContent)![1]));
    const none = all.querySelector('[data-stars-none]');
    expect(chips.reduce((a, b) => a + b, 0) + Number(none?.getAttribute('data-stars-none') ?? 0)).toBe(total);
    if (none) expect(none.textContent).toMatch(/^no certificate recorded \(\d+\)$/);
  });
});
