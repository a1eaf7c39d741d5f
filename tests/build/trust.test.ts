// What tells a reader how far to trust the catalogue, and small things readers meet on every page:
// - the home page and an empty search say the catalogue holds part of the province's products, with
//   the statistics page's coverage (content/figures.json), and link to the statistics;
// - an about page in both languages (footer, sitemap): publisher or "not stated", sources, the report
//   link only when configured, the licence, and status worked out for the day of reading;
// - the home page's WebSite (with a search action) and Organization JSON-LD;
// - breadcrumb links at least 24 × 24 px (WCAG 2.2 2.5.8);
// - the printable catalogue never leaves a group or district heading alone at the foot of a page.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { LOCALES, paths } from '../../src/lib/pages/routes';
import type { SiteConfig } from '../../src/lib/content/schema';
import { htmlFiles, jsonLd, page } from '../helpers/dist';
import { FIXTURE, REAL, SITES } from '../helpers/sites';

const siteOf = (contentDir: string) => JSON.parse(fs.readFileSync(path.join(contentDir, 'site.json'), 'utf8')) as SiteConfig;

describe.each(SITES)('$name: the catalogue is partial, and says so', (s) => {
  it('on the home page and under an empty search, with the statistics page\'s coverage and a link to it', () => {
    for (const l of LOCALES) {
      const stats = page(s.outDir, paths.statistics(l)).querySelector('[data-coverage]');
      for (const url of [paths.home(l), paths.search(l)]) {
        const note = page(s.outDir, url).querySelector('[data-coverage-note]');
        if (!stats) {
          expect(note, url).toBeNull();
          continue;
        }
        expect(note, url).not.toBeNull();
        expect(note!.getAttribute('data-coverage-note')).toBe(stats.getAttribute('data-coverage'));
        const fmt = new Intl.NumberFormat(l === 'en' ? 'en-GB' : 'vi-VN');
        expect(note!.textContent, url).toContain(fmt.format(Number(stats.getAttribute('data-published-products'))));
        expect(note!.textContent, url).toContain(fmt.format(Number(stats.getAttribute('data-catalogue-products'))));
        expect(note!.querySelector('a')!.getAttribute('href'), url).toBe(`${paths.statistics(l)}#coverage`);
      }
      if (stats) expect(page(s.outDir, paths.search(l)).querySelector('[data-search-empty] [data-coverage-note]')).not.toBeNull();
    }
  });
});

it('the real catalogue does have a published total to compare with', () => {
  expect(page(REAL.outDir, paths.home('vi')).querySelector('[data-coverage-note]')).not.toBeNull();
});

describe.each(SITES)('$name: the about page', (s) => {
  const site = siteOf(s.contentDir);
  const sitemap = fs.readdirSync(s.outDir).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => fs.readFileSync(path.join(s.outDir, f), 'utf8')).join('\n');

  it.each(LOCALES)('%s: is built, in the sitemap and linked from the footer of every page', (l) => {
    const url = paths.about(l);
    expect(url).toBe(l === 'vi' ? '/gioi-thieu/' : '/en/about/');
    expect(sitemap).toContain(`<loc>${new URL(url, site.url).href}</loc>`);
    const prefix = l === 'en' ? 'en/' : '';
    const pages = htmlFiles(s.outDir).filter((f) => (l === 'en' ? f.startsWith('en/') : !f.startsWith('en/')) && !f.endsWith('404.html')).slice(0, 40);
    expect(pages.length).toBeGreaterThan(5);
    for (const f of pages) expect(page(s.outDir, f).querySelector('footer [data-footer-about]')?.getAttribute('href'), `${prefix}${f}`).toBe(url);
  });

  it.each(LOCALES)('%s: says who publishes the site, or that it is not stated', (l) => {
    const root = page(s.outDir, paths.about(l));
    if (site.publisher) {
      expect(root.querySelector('[data-publisher]')!.textContent).toContain(site.publisher.name);
      expect(root.querySelector('[data-publisher-unstated]')).toBeNull();
    } else {
      expect(root.querySelector('[data-publisher]')).toBeNull();
      expect(root.querySelector('[data-publisher-unstated]')).not.toBeNull();
    }
  });

  it.each(LOCALES)('%s: gives sources, the report link only when configured, the licence and the status rule', (l) => {
    const root = page(s.outDir, paths.about(l));
    for (const part of ['publisher', 'sources', 'coverage', 'report', 'licence', 'status']) expect(root.querySelector(`[data-about="${part}"] h2`), part).not.toBeNull();
    expect(root.querySelector(`[data-about="sources"] a[href="${paths.data(l)}"]`)).not.toBeNull();
    const licence = root.querySelector(`[data-about="licence"] a[rel~="license"]`)!;
    expect(licence.getAttribute('href')).toBe(site.licence.url);
    expect(licence.textContent).toBe(site.licence.name);
    const configured = Boolean(site.repository || site.reportErrorUrl);
    expect(root.querySelector('[data-about="report"] [data-report-error]') !== null).toBe(configured);
    expect(root.querySelector('[data-about="report"] [data-report-unconfigured]') !== null).toBe(!configured);
    // Per-page report links are promised only where they exist.
    expect(root.querySelector('[data-about="report"]')!.textContent!.includes(l === 'en' ? 'has its own report link' : 'có liên kết báo lỗi riêng')).toBe(configured);
    expect(root.querySelector('[data-about="status"]')!.textContent).toMatch(l === 'en' ? /day you read the page/ : /ngày bạn đọc trang/);
  });
});

it('both test sites cover both publisher branches', () => {
  expect(siteOf(REAL.contentDir).publisher).toBeUndefined();
  expect(siteOf(FIXTURE.contentDir).publisher).toBeDefined();
});

describe.each(SITES)('$name: home page structured data', (s) => {
  const site = siteOf(s.contentDir);
  it.each(LOCALES)('%s: a WebSite with a search action to the search page, and an Organization', (l) => {
    const graph = jsonLd(page(s.outDir, paths.home(l))).flatMap((d) => (d['@graph'] as Record<string, unknown>[]) ?? [d]);
    const website = graph.find((d) => d['@type'] === 'WebSite')!;
    expect(website.name).toBe(l === 'en' ? site.nameEn : site.name);
    const action = website.potentialAction as { '@type': string; target: { urlTemplate: string } };
    expect(action['@type']).toBe('SearchAction');
    const template = new URL(action.target.urlTemplate.replace('{search_term_string}', 'x'));
    expect(template.pathname).toBe(paths.search(l));
    expect(template.searchParams.get('q')).toBe('x');
    // The search page does read the query from `q`.
    expect(page(s.outDir, paths.search(l)).querySelector('input[name="q"]')).not.toBeNull();
    const organization = graph.find((d) => d['@type'] === 'Organization')!;
    expect(organization.name).toBe(site.publisher?.name ?? (l === 'en' ? site.nameEn : site.name));
  });
});

describe('breadcrumb links and print headings', () => {
  const css = fs
    .readdirSync(path.join(REAL.outDir, '_astro'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => fs.readFileSync(path.join(REAL.outDir, '_astro', f), 'utf8'))
    .join('\n');

  it('every breadcrumb link is at least 24 × 24 px (WCAG 2.2 2.5.8): an inline box with min-height and min-width 1.5rem', () => {
    expect(css).toMatch(/--spacing:\s*\.25rem/);
    expect(css).toMatch(/\.min-h-6\{min-height:calc\(var\(--spacing\)\s*\*\s*6\)\}/);
    expect(css).toMatch(/\.min-w-6\{min-width:calc\(var\(--spacing\)\s*\*\s*6\)\}/);
    let seen = 0;
    for (const f of htmlFiles(REAL.outDir).filter((_, i) => i % 25 === 0)) {
      const label = f.startsWith('en/') ? en.common.breadcrumb : vi.common.breadcrumb;
      for (const a of page(REAL.outDir, f).querySelectorAll(`nav[aria-label="${label}"] a`)) {
        seen++;
        expect(a.classList.contains('min-h-6') && a.classList.contains('min-w-6') && a.classList.contains('inline-flex'), `${f} ${a.textContent}`).toBe(true);
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('a group or district heading of the printable catalogue keeps with what follows it when printed', () => {
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/\.print-keep-with-next\{[^}]*break-after:avoid/);
    expect(print).toMatch(/\.print-keep-with-next\+\*\s*thead[^{]*\{[^}]*break-inside:avoid/);
    for (const l of LOCALES) {
      const root = page(REAL.outDir, paths.print(l));
      const headings = root.querySelectorAll('[data-print-group] h2, [data-print-district] h3');
      expect(headings.length).toBeGreaterThan(3);
      for (const h of headings) expect(h.classList.contains('print-keep-with-next'), h.textContent).toBe(true);
    }
  });
});
