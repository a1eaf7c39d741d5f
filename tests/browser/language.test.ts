// The language switcher keeps the reader on the same page, in the other language.
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/pages/routes';
import { useSite } from '../helpers/browser';
import { FIXTURE } from '../helpers/sites';

const site = useSite(FIXTURE);

describe('language switcher', () => {
  it('leads from a Vietnamese product page to the same product in English and back', async () => {
    const page = await site.newPage();
    await site.goto(page, paths.product('vi', 'nuoc-mam-song-xanh'));
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.click('[data-language-switch]');
    await page.waitForURL(/\/en\/products\/nuoc-mam-song-xanh\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sông Xanh fish sauce');
    await page.click('[data-language-switch]');
    await page.waitForURL(/\/san-pham\/nuoc-mam-song-xanh\/$/);
    expect(await page.locator('h1').textContent()).toBe('Nước mắm Sông Xanh');
    expect(site.problems(page)).toEqual([]);
  });

  it('keeps the page on listings with paging and star segments', async () => {
    const page = await site.newPage();
    await site.goto(page, paths.starLevel('en', 3));
    await page.click('[data-language-switch]');
    await page.waitForURL(/\/san-pham\/3-sao\/$/);
    await site.goto(page, paths.producer('vi', 'htx-song-xanh'));
    await page.click('[data-language-switch]');
    await page.waitForURL(/\/en\/producers\/htx-song-xanh\/$/);
  });
});
