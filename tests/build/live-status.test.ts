// Every certificate status on every built page carries what the browser needs to recompute it for
// the day the page is read (src/browser/live-status.ts): its dates, the build date and the time
// zone; the dates give back the status shown; and without JavaScript it says "as of <build date>".
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { statusEn, statusVi } from '../../src/i18n/sections/status';
import { formatDate } from '../../src/lib/pages/format';
import { paths } from '../../src/lib/pages/routes';
import { describeStatus, detailText, readStatusDataset } from '../../src/lib/certificates/status-view';
import { htmlFiles, page } from '../helpers/dist';
import { FIXTURE, REAL, SITES, TEST_BUILD_DATE } from '../helpers/sites';

const insideTemplate = (el: HTMLElement) => {
  for (let p = el.parentNode; p; p = p.parentNode) if (p.rawTagName === 'template') return true;
  return false;
};
/** data-foo-bar="x" → { fooBar: 'x' }, as the browser's dataset. */
const dataset = (el: HTMLElement) =>
  Object.fromEntries(Object.entries(el.attributes).filter(([k]) => k.startsWith('data-')).map(([k, v]) => [k.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), v]));

describe.each(SITES)('status badges of $name', (site) => {
  const files = htmlFiles(site.outDir);

  it('carry their dates on every page, and the dates give back the status and words shown', () => {
    let badges = 0;
    let dated = 0;
    for (const file of files) {
      const root = page(site.outDir, file);
      const en = root.querySelector('html')?.getAttribute('lang') === 'en';
      for (const el of root.querySelectorAll('[data-status]')) {
        if (insideTemplate(el)) continue;
        badges++;
        const status = el.getAttribute('data-status')!;
        if (status === 'none') {
          expect(el.getAttribute('data-as-of'), file).toBeUndefined();
          continue;
        }
        expect(el.getAttribute('data-as-of'), file).toBe(TEST_BUILD_DATE);
        expect(el.getAttribute('data-time-zone'), file).toBe('Asia/Ho_Chi_Minh');
        const dates = readStatusDataset(dataset(el));
        if (dates.validUntil || dates.latest) dated++;
        const shown = describeStatus(en ? statusEn : statusVi, (iso) => formatDate(en ? 'en' : 'vi', iso), dates, TEST_BUILD_DATE);
        expect(shown.status, `${file}: ${el.outerHTML}`).toBe(status);
        expect(el.querySelector('[data-status-label]')?.textContent, file).toBe(shown.labelText);
        const detail = el.querySelector('[data-status-detail]');
        if (detail) {
          // The "·" is held to the label by a no-break space, with nothing between label and detail.
          expect(detail.textContent, file).toBe(detailText(shown));
          if (shown.detail) expect(detail.textContent.startsWith('\u00a0· '), file).toBe(true);
          expect(el.querySelector('[data-status-label]')!.nextSibling, file).toBe(detail);
        }
        expect(el.querySelector('[data-status-as-of]')?.textContent, file).toBe(`(${(en ? statusEn : statusVi).asOf(formatDate(en ? 'en' : 'vi', TEST_BUILD_DATE))})`);
      }
    }
    expect(badges).toBeGreaterThan(10);
    expect(dated).toBeGreaterThan(0);
  });

  it('appear on product pages, card lists, producer and district pages, the supplier directory and the statistics expiring list', () => {
    const products = files.filter((f) => /^san-pham\/[^/]+\/index\.html$/.test(f) && !/^san-pham\/(trang|\d-sao)\//.test(f));
    const productPage = products[0]!;
    const withBadges = (url: string) => page(site.outDir, url).querySelectorAll('main [data-status][data-as-of]').filter((e) => !insideTemplate(e)).length;
    expect(withBadges(productPage)).toBeGreaterThan(0);
    expect(withBadges(paths.products('vi'))).toBeGreaterThan(0);
    expect(withBadges(paths.suppliers('vi'))).toBeGreaterThan(0);
    const statsRows = page(site.outDir, paths.statistics('en')).querySelectorAll('[data-table^="expiring"] tr[data-product]');
    for (const row of statsRows) expect(row.querySelector('[data-status][data-as-of]'), row.outerHTML).not.toBeNull();
    const producerPages = files.filter((f) => /^chu-the\/[^/]+\/index\.html$/.test(f));
    expect(producerPages.some((f) => withBadges(f) > 0)).toBe(true);
    const districtPages = files.filter((f) => /^dia-phuong\/[^/]+\/index\.html$/.test(f));
    expect(districtPages.some((f) => withBadges(f) > 0)).toBe(true);
  });
});

describe('wording of uncertain dates', () => {
  it('says a year-only certificate may have expired, with the range, once its earliest possible last day has passed', () => {
    const badge = page(FIXTURE.outDir, paths.product('en', 'banh-nui-do')).querySelector('[data-current-status] [data-status]')!;
    expect(badge.getAttribute('data-status')).toBe('unknown');
    expect(badge.querySelector('[data-status-label]')!.textContent).toBe('May have expired');
    expect(badge.textContent).toContain('last valid day between 01 Jan 2026 and 31 Dec 2026');
  });
  it('gives search result cards the dates of the current certificate', () => {
    const root = page(REAL.outDir, paths.product('vi', 'nuoc-yen-dong-hu'));
    const meta = Object.fromEntries(root.querySelectorAll('[data-search-record] [data-pagefind-meta]').map((m) => m.getAttribute('data-pagefind-meta')!.split(':')));
    expect(meta.validUntil).toBe('2026-12-22');
    expect(meta.status).toBe('expiring');
  });
});
