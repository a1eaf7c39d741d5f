// The content editor in the built site (dist/admin/, written by scripts/after-build with scripts/cms):
// Decap CMS served from the site itself (the npm package's files, no CDN), its configuration
// generated for this content folder, and the editor kept out of the sitemap and the search index.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { recordPageFiles } from '../../scripts/after-build/index-search';
import { LOCALES, paths } from '../../src/lib/pages/routes';
import { FIXTURE, REAL, ROOT } from '../helpers/sites';

const decapDist = path.join(path.dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');

for (const site of [REAL, FIXTURE]) {
  describe(`content editor in the build: ${site.name}`, () => {
    const admin = path.join(site.outDir, 'admin');

    it('serves Decap CMS from the site: the package files, every chunk, no script from elsewhere', () => {
      const html = parse(fs.readFileSync(path.join(admin, 'index.html'), 'utf8'));
      const scripts = html.querySelectorAll('script[src]').map((s) => s.getAttribute('src'));
      // Decap, then the editor's own script (validation, Vietnamese, dates, previews), which registers
      // its parts before Decap has loaded its configuration.
      expect(scripts).toEqual(['decap-cms.js', 'editor.js']);
      expect(fs.statSync(path.join(admin, 'editor.js')).size).toBeGreaterThan(10_000);
      // The names behind slugs, for the editor's lists and previews, in a data block.
      const data = JSON.parse(html.querySelector('script[type="application/json"]#ocop-editor-data')!.textContent) as { timeZone: string; names: { districts: Record<string, string> } };
      const districts = fs.readdirSync(path.join(site.contentDir, 'districts')).map((f) => f.replace(/\.json$/, '')).sort();
      expect(Object.keys(data.names.districts).sort()).toEqual(districts);
      expect(data.timeZone).toMatch(/\//);
      expect(html.querySelector('link[rel="cms-config-url"]')?.getAttribute('href')).toBe('config.yml');
      expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
      expect(fs.readFileSync(path.join(admin, 'decap-cms.js')).equals(fs.readFileSync(path.join(decapDist, 'decap-cms.js')))).toBe(true);
      const chunks = fs.readdirSync(decapDist).filter((f) => /^\d+\.decap-cms\.js$/.test(f));
      expect(chunks.length).toBeGreaterThan(0);
      for (const chunk of chunks) expect(fs.existsSync(path.join(admin, chunk)), chunk).toBe(true);
    });

    it('is configured for this content folder, with its districts as choices', () => {
      const text = fs.readFileSync(path.join(admin, 'config.yml'), 'utf8');
      const config = JSON.parse(text.replace(/^#.*\n/, '')) as { collections: { name: string; folder: string; fields: { name: string; options?: { value: string }[] }[] }[] };
      const folder = path.relative(ROOT, site.contentDir).split(path.sep).join('/');
      expect(config.collections.map((c) => c.folder)).toEqual([`${folder}/products`, `${folder}/producers`]);
      const districts = fs.readdirSync(path.join(site.contentDir, 'districts')).map((f) => f.replace(/\.json$/, '')).sort();
      const field = config.collections[0].fields.find((f) => f.name === 'district');
      expect(field?.options?.map((o) => o.value).sort()).toEqual(districts);
    });

    it('is in no sitemap and not among the pages the search indexes', () => {
      const sitemaps = fs.readdirSync(site.outDir).filter((f) => /^sitemap.*\.xml$/.test(f));
      expect(sitemaps.length).toBeGreaterThan(0);
      for (const f of sitemaps) expect(fs.readFileSync(path.join(site.outDir, f), 'utf8')).not.toContain('/admin');
      const firstProduct = fs.readdirSync(path.join(site.contentDir, 'products'))[0].replace(/\.md$/, '');
      const records = LOCALES.flatMap((l) => recordPageFiles(site.outDir, l));
      expect(records).toContain(`${paths.product('vi', firstProduct).slice(1)}index.html`);
      expect(records.filter((f) => f.startsWith('admin/'))).toEqual([]);
      expect(fs.readFileSync(path.join(site.outDir, 'admin/index.html'), 'utf8')).not.toContain('data-pagefind-body');
    });
  });
}
