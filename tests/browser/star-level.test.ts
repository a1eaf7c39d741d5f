// Search finds products whose star level no source gives, and shows them as "OCOP, chưa rõ hạng sao".
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/shared/read-content';
import { paths } from '../../src/lib/pages/routes';
import { useSite } from '../helpers/browser';
import { REAL } from '../helpers/sites';

const real = useSite(REAL);
const STATUS = '[data-search-status]';
const RESULT = '[data-search-results] > li';

const unstated = readContent(REAL.contentDir)
  .filter((r) => r.collection === 'products')
  .filter((r) => (r.data as { certificates: { starsUnknown?: boolean }[] }).certificates.some((c) => c.starsUnknown))
  .map((r) => paths.product('vi', r.id));

async function results(page: Page): Promise<string[]> {
  await expect.poll(() => page.locator(STATUS).textContent(), { timeout: 15_000 }).toMatch(/\d/);
  await expect.poll(() => page.locator('[data-search-results]').getAttribute('aria-busy')).toBeNull();
  return page.locator(RESULT).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.resultUrl ?? ''));
}

describe('search: products whose star level is not stated', () => {
  it('finds one by name, shown as "OCOP, chưa rõ hạng sao" and not with stars', async () => {
    const page = await real.newPage();
    await real.goto(page, `${paths.search('vi')}?q=mia+tim`);
    const urls = await results(page);
    const url = paths.product('vi', 'mia-tim-bac-tra-my');
    expect(urls).toContain(url);
    const card = page.locator(`${RESULT}[data-result-url="${url}"]`);
    await expect.poll(() => card.locator('[data-stars]').first().getAttribute('data-stars')).toBe('unstated');
    expect(await card.textContent()).toContain('OCOP, chưa rõ hạng sao');
    expect(await card.locator('[data-stars] svg').count()).toBe(0);
    for (const v of await card.locator('[data-stars]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.stars))) expect(v).toBe('unstated');
    expect(real.problems(page)).toEqual([]);
  });

  it('lists exactly those products under the "OCOP, chưa rõ hạng sao" filter', async () => {
    expect(unstated.length).toBeGreaterThan(0);
    const page = await real.newPage();
    await real.goto(page, `${paths.search('vi')}?type=product&stars=unstated`);
    expect(await page.locator('#filter-stars-unstated').isChecked()).toBe(true);
    const urls = await results(page);
    // The first page of results; the status line carries the total.
    expect(await page.locator(STATUS).textContent()).toContain(String(unstated.length));
    for (const u of urls) expect(unstated).toContain(u);
  });
});
