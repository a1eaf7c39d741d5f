// A record's former addresses (formerSlugs): after a rename or a merge, the old address of the
// product or producer, in both languages, still answers with a page that sends the reader (or a
// printed QR code's scan) on to the record, and stays out of the sitemap and the search index.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/shared/read-content';
import { LOCALES, paths } from '../../src/lib/pages/routes';
import { page } from '../helpers/dist';
import { REAL } from '../helpers/sites';

interface Former {
  slug: string;
  target: string;
  path: (locale: 'vi' | 'en', slug: string) => string;
}

const formers: Former[] = readContent(REAL.contentDir).flatMap((r) => {
  const slugs = (r.data as { formerSlugs?: string[] } | undefined)?.formerSlugs ?? [];
  if (r.collection === 'products') return slugs.map((slug) => ({ slug, target: r.id, path: paths.product }));
  if (r.collection === 'producers') return slugs.map((slug) => ({ slug, target: r.id, path: paths.producer }));
  return [];
});

describe('former addresses of the real content', () => {
  it('are listed in the content: the merged lantern and Tây Giang cooperative', () => {
    expect(formers.map((f) => f.slug)).toEqual(expect.arrayContaining(['den-long-hoi-an-den-long-de-lantana', 'htx-nong-nghiep-duoc-lieu-tay-giang']));
  });

  describe.each(formers)('$slug → $target', (f) => {
    it.each(LOCALES)('answers in %s with a page that opens the record at once and names it', (locale) => {
      const target = f.path(locale, f.target);
      const root = page(REAL.outDir, f.path(locale, f.slug));
      expect(root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${target}`);
      expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(new URL(root.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(target);
      expect(root.querySelector('html')!.getAttribute('lang')).toBe(locale);
      expect(root.querySelector('h1')!.textContent.trim().length).toBeGreaterThan(0);
      expect(root.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(target);
      // The record it leads to exists, and the old page is no search record.
      expect(fs.existsSync(path.join(REAL.outDir, target, 'index.html'))).toBe(true);
      expect(root.querySelector('[data-pagefind-body]')).toBeNull();
    });

    it('is in no sitemap', () => {
      const sitemaps = fs.readdirSync(REAL.outDir).filter((file) => /^sitemap.*\.xml$/.test(file));
      expect(sitemaps.length).toBeGreaterThan(0);
      for (const file of sitemaps) {
        const xml = fs.readFileSync(path.join(REAL.outDir, file), 'utf8');
        for (const locale of LOCALES) expect(xml).not.toContain(f.path(locale, f.slug));
      }
      expect(fs.readFileSync(path.join(REAL.outDir, 'sitemap-0.xml'), 'utf8')).toContain(f.path('vi', f.target));
    });
  });
});
