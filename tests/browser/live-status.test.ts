// The certificate status follows the reader's calendar: a site built on 23 November 2026 shows a
// certificate whose last valid day is 22 December 2026 as "expiring" that day, and as "expired"
// when read on 23 December, on the product page, in a card list and in search results. Without
// JavaScript the page shows the status of its build date and says "as of" that date.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/pages/routes';
import { useSite } from '../helpers/browser';
import { page as builtPage } from '../helpers/dist';
import { FIXTURE, REAL, TEST_BUILD_DATE } from '../helpers/sites';

const real = useSite(REAL);
const fixture = useSite(FIXTURE);

// Decided on 22/12/2023: last valid day 22/12/2026 (real content), and its fixture twin.
const PRODUCT = 'nuoc-yen-dong-hu';
const FIXTURE_PRODUCT = 'tuong-ot-song-xanh';
// Midday in Vietnam, so the day is the same in the site's time zone and in UTC.
const READ_ON = new Date('2026-12-23T05:00:00Z');
const BUILT_ON = new Date(`${TEST_BUILD_DATE}T05:00:00Z`);

/** Status, label and whether the "as of" note is there, for every badge of the product on the page. */
async function badges(page: Page, selector: string) {
  await page.locator(selector).first().waitFor();
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => ({
      status: (el as HTMLElement).dataset.status,
      label: el.querySelector('[data-status-label]')?.textContent,
      asOf: el.querySelector('[data-status-as-of]')?.textContent ?? null,
      on: (el as HTMLElement).dataset.statusOn ?? null,
    })),
  );
}

async function pageAt(site: typeof real, when: Date, javaScriptEnabled = true): Promise<Page> {
  const page = await site.newPage({ javaScriptEnabled });
  if (javaScriptEnabled) await page.clock.setFixedTime(when);
  return page;
}

const productBadge = '[data-current-status] [data-status]';
const cardBadge = (id: string) => `[data-product="${id}"] [data-status]`;

describe('status on the day the page is read', () => {
  it('is "expiring" on the build date', async () => {
    const page = await pageAt(real, BUILT_ON);
    await real.goto(page, paths.product('vi', PRODUCT));
    await expect.poll(() => badges(page, productBadge)).toEqual([{ status: 'expiring', label: 'Sắp hết hạn', asOf: null, on: TEST_BUILD_DATE }]);
    expect(real.problems(page)).toEqual([]);
  });

  it('turns "expired" a month later on the product page, in every badge of it', async () => {
    const page = await pageAt(real, READ_ON);
    await real.goto(page, paths.product('vi', PRODUCT));
    await expect.poll(() => badges(page, productBadge)).toEqual([{ status: 'expired', label: 'Hết hiệu lực', asOf: null, on: '2026-12-23' }]);
    await expect.poll(() => page.locator(productBadge).textContent()).toContain('từ ngày 23/12/2026');
    // The certificate history: the same certificate, the same day.
    const history = await badges(page, '#history ~ div [data-status]');
    expect(history[0]).toEqual({ status: 'expired', label: 'Hết hiệu lực', asOf: null, on: '2026-12-23' });
    // No badge on the page keeps the build date's words.
    expect(await page.locator('[data-status-as-of]').count()).toBe(0);
    expect(real.problems(page)).toEqual([]);
  });

  it('turns "expired" in a card list (the district page) and on the English pages', async () => {
    const district = builtPage(REAL.outDir, paths.product('vi', PRODUCT)).querySelector('[data-product-page] dd a[href^="/dia-phuong/"]')!.getAttribute('href')!;
    const page = await pageAt(real, READ_ON);
    await real.goto(page, district);
    await expect.poll(() => badges(page, cardBadge(PRODUCT))).toEqual([{ status: 'expired', label: 'Hết hiệu lực', asOf: null, on: '2026-12-23' }]);
    await real.goto(page, district.replace(/^\/dia-phuong\//, '/en/districts/'));
    await expect.poll(() => badges(page, cardBadge(PRODUCT))).toEqual([{ status: 'expired', label: 'Expired', asOf: null, on: '2026-12-23' }]);
    expect(real.problems(page)).toEqual([]);
  });

  it('turns "expired" in search results', async () => {
    const page = await pageAt(real, READ_ON);
    await real.goto(page, `${paths.search('vi')}?q=${encodeURIComponent('nước yến đông hu')}`);
    const card = `[data-search-results] > li[data-result-url="${paths.product('vi', PRODUCT)}"] [data-status]`;
    await expect.poll(() => badges(page, card), { timeout: 15_000 }).toEqual([{ status: 'expired', label: 'Hết hiệu lực', asOf: null, on: '2026-12-23' }]);
    expect(real.problems(page)).toEqual([]);
  });

  it('turns "expired" on the fixture province too (its own time zone and content)', async () => {
    const page = await pageAt(fixture, READ_ON);
    await fixture.goto(page, paths.product('en', FIXTURE_PRODUCT));
    await expect.poll(() => badges(page, productBadge)).toEqual([{ status: 'expired', label: 'Expired', asOf: null, on: '2026-12-23' }]);
    await fixture.goto(page, paths.suppliers('en'));
    expect(await page.locator(`[data-supplier-product="${FIXTURE_PRODUCT}"] [data-status]`).getAttribute('data-status')).toBe('expired');
    expect(fixture.problems(page)).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('shows the status on the build date and says "as of" that date', async () => {
    const page = await pageAt(real, READ_ON, false);
    await real.goto(page, paths.product('vi', PRODUCT));
    expect(await badges(page, productBadge)).toEqual([{ status: 'expiring', label: 'Sắp hết hạn', asOf: '(tính đến ngày 23/11/2026)', on: null }]);
    await expect(page.locator(productBadge).isVisible()).resolves.toBe(true);
    await real.goto(page, paths.product('en', PRODUCT));
    expect(await badges(page, productBadge)).toEqual([{ status: 'expiring', label: 'Expiring soon', asOf: '(as of 23 Nov 2026)', on: null }]);
  });
});
