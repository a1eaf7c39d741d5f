// Every list of products on every built page (product lists, districts, producers, sales points,
// the home page) is in list order for the build date: certificates in force first, then by stars,
// then by name; and it says how many of its products are in force.
import { describe, expect, it } from 'vitest';
import type { StatusDates } from '../../src/lib/certificates/certificate';
import { compareOn, inForceOn } from '../../src/lib/certificates/product-order';
import { readStatusDataset } from '../../src/lib/certificates/status-view';
import { htmlFiles, page } from '../helpers/dist';
import { FIXTURE, REAL, TEST_BUILD_DATE } from '../helpers/sites';

describe.each([REAL, FIXTURE])('product lists of $name', (site) => {
  const pages = htmlFiles(site.outDir).filter((f) => page(site.outDir, f).querySelector('[data-product-list]'));

  it('exist on the product lists, district, producer, sales point and home pages', () => {
    for (const prefix of ['san-pham/index.html', 'index.html', 'en/index.html']) expect(pages, prefix).toContain(prefix);
    for (const folder of ['dia-phuong/', 'chu-the/', 'en/products/']) expect(pages.some((f) => f.startsWith(folder)), folder).toBe(true);
  });

  it('lead with the products in force on the build date, then by stars, then by name', () => {
    for (const file of pages) {
      for (const list of page(site.outDir, file).querySelectorAll('[data-product-list]')) {
        const items = list.querySelectorAll('[data-list-item]').map((el) => ({
          id: el.getAttribute('data-list-item')!,
          dates: readStatusDataset({
            validUntil: el.getAttribute('data-valid-until') ?? undefined,
            earliest: el.getAttribute('data-earliest') ?? undefined,
            latest: el.getAttribute('data-latest') ?? undefined,
            revoked: el.getAttribute('data-revoked') ?? undefined,
          }),
          stars: Number(el.getAttribute('data-stars')),
          nameRank: Number(el.getAttribute('data-name-rank')),
        }));
        const sorted = [...items].sort(compareOn(TEST_BUILD_DATE));
        expect(items.map((x) => x.id), file).toEqual(sorted.map((x) => x.id));
        // The count is of the whole list (this page and the others), as of the build date.
        const whole = JSON.parse(list.getAttribute('data-in-force-dates')!) as StatusDates[];
        expect(whole.every((d) => inForceOn(d, TEST_BUILD_DATE)), file).toBe(true);
        const here = items.filter((x) => inForceOn(x.dates, TEST_BUILD_DATE)).length;
        expect(whole.length, file).toBeGreaterThanOrEqual(here);
        if (Number(list.getAttribute('data-total')) === items.length) expect(whole.length, file).toBe(here);
        expect(list.querySelector('[data-in-force-count]')!.textContent, file).toMatch(new RegExp(`^${whole.length}\\b`));
      }
    }
  });
});
