// On a 360 px phone, in Chromium, both languages, both test sites: every item of the main menu is on
// screen (the menu wraps rather than scrolling sideways out of sight), and no page type is wider
// than the screen (tables, charts' screen-reader tables, long names and links included); breadcrumb
// links are at least 24 × 24 px (WCAG 2.2 target size).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser';
import { representativePages } from '../helpers/page-types';
import { FIXTURE, REAL } from '../helpers/sites';

const WIDTH = 360;

for (const site of [REAL, FIXTURE]) {
  describe(`phone (${WIDTH} px): ${site.name}`, () => {
    const session = useSite(site);
    const pages = representativePages(site.outDir).filter((r) => r.page);
    let shared: Page | undefined;
    const phone = async () => (shared ??= await session.newPage({ viewport: { width: WIDTH, height: 740 } }));

    for (const locale of ['vi', 'en'] as const) {
      it(`shows every main menu item whole, without scrolling sideways (${locale})`, async () => {
        const page = await phone();
        const home = pages.find((r) => r.type.id === 'home' && r.locale === locale)!.page!;
        await session.goto(page, home.url);
        const items = page.locator('header nav a');
        const count = await items.count();
        expect(count).toBeGreaterThanOrEqual(6);
        for (let i = 0; i < count; i++) {
          const item = items.nth(i);
          const label = (await item.textContent())?.trim();
          expect(await item.isVisible(), label).toBe(true);
          const box = (await item.boundingBox())!;
          expect(box.x, label).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, label).toBeLessThanOrEqual(WIDTH);
          // Not clipped by a scrolling strip: the element at its centre is the item itself.
          const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.textContent?.trim(), [box.x + box.width / 2, box.y + box.height / 2]);
          expect(hit, label).toBe(label);
        }
      });
    }

    // WCAG 2.2 2.5.8 (target size, minimum): every breadcrumb link is at least 24 × 24 px.
    for (const locale of ['vi', 'en'] as const) {
      it(`gives every breadcrumb link a target of at least 24 × 24 px (${locale})`, async () => {
        const page = await phone();
        const product = pages.find((r) => r.type.id === 'product' && r.locale === locale)!.page!;
        await session.goto(page, product.url);
        const links = page.locator('[data-breadcrumb-link]');
        const count = await links.count();
        expect(count).toBeGreaterThanOrEqual(3);
        for (let i = 0; i < count; i++) {
          const box = (await links.nth(i).boundingBox())!;
          const label = (await links.nth(i).textContent())?.trim();
          expect(box.height, label).toBeGreaterThanOrEqual(24);
          expect(box.width, label).toBeGreaterThanOrEqual(24);
        }
      });
    }

    for (const rep of pages) {
      it(`${rep.name} is no wider than the screen`, async () => {
        const page = await phone();
        // A former address opens its record at once (meta refresh): the page itself is measured.
        await (rep.type.id === 'moved' ? session.gotoWithoutRefresh(page, rep.page!.url) : session.goto(page, rep.page!.url));
        expect(new URL(page.url()).pathname).toBe(rep.page!.url);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        const culprits =
          width > WIDTH
            ? await page.evaluate((w) => {
                const out: string[] = [];
                for (const el of document.querySelectorAll<HTMLElement>('body *')) {
                  const r = el.getBoundingClientRect();
                  if (r.right > w + 1 && !el.closest('[hidden]')) out.push(`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} right=${Math.round(r.right)}`);
                }
                return out.slice(0, 8);
              }, WIDTH)
            : [];
        expect(width, `${rep.page!.url} is ${width} px wide: ${culprits.join('; ')}`).toBeLessThanOrEqual(WIDTH);
      });
    }
  });
}
