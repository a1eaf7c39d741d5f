// On a 360 px phone, in Chromium, both languages, both test sites: every item of the main menu is on
// screen (the menu wraps rather than scrolling sideways out of sight), and no page of any route
// pattern of the build (tests/helpers/route-patterns.ts) is wider than the screen (tables, charts' screen-reader tables, long names and links included); breadcrumb
// links are at least 24 × 24 px (WCAG 2.2 target size). The header is as compact in English as in
// Vietnamese and its search placeholder is whole; the statistics' tables become one card per row
// with nothing off-screen, their captions wrap and chart text stays at least 12 px; the home page's
// star counts never break inside an item; a status badge never starts a line with its "·"; a
// product without a photo has a small drawing beside its title.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser';
import { representativePages } from '../helpers/route-patterns';
import { paths } from '../../src/lib/pages/routes';
import { FIXTURE, REAL, TEST_BUILD_DATE } from '../helpers/sites';

const WIDTH = 360;

for (const site of [REAL, FIXTURE]) {
  describe(`phone (${WIDTH} px): ${site.name}`, () => {
    const session = useSite(site);
    const pages = representativePages(site.outDir);
    let shared: Page | undefined;
    const phone = async () => (shared ??= await session.newPage({ viewport: { width: WIDTH, height: 740 } }));

    for (const locale of ['vi', 'en'] as const) {
      it(`shows every main menu item whole, without scrolling sideways (${locale})`, async () => {
        const page = await phone();
        const home = pages.find((r) => r.shape === paths.home(locale))!.page;
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
        const product = pages.find((r) => r.shape === paths.product(locale, '*') && !r.route.redirects)!.page;
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

    for (const locale of ['vi', 'en'] as const) {
      it(`keeps the header to the brand and language switch on one line, then search, then the menu (${locale})`, async () => {
        const page = await phone();
        const heights: number[] = [];
        for (const l of ['vi', 'en'] as const) {
          await session.goto(page, paths.home(l));
          heights.push((await page.locator('body > header').boundingBox())!.height);
        }
        // As compact in English ("VI") as in Vietnamese ("EN"): the switch no longer takes a line of its
        // own. (The other province's English name is much longer than its Vietnamese one, and may wrap.)
        if (site === REAL) expect(Math.abs(heights[0]! - heights[1]!), `header heights vi/en: ${heights.join('/')}`).toBeLessThanOrEqual(1);
        await session.goto(page, paths.home(locale));
        const brand = (await page.locator('body > header a').first().boundingBox())!;
        const switcher = page.locator('[data-language-switch]');
        const box = (await switcher.boundingBox())!;
        const search = (await page.locator('body > header input[type="search"]').boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
        expect(box.y + box.height).toBeLessThanOrEqual(search.y);
        expect(Math.abs(box.y + box.height / 2 - (brand.y + brand.height / 2))).toBeLessThan(8);
        // Short on screen, full for assistive technology: "EN English" / "VI Tiếng Việt" (label in name).
        const name = (await switcher.evaluate((a) => a.textContent ?? '')).trim();
        expect(name).toMatch(locale === 'vi' ? /^EN\s*English$/ : /^VI\s*Tiếng Việt$/);
        const shown = await switcher.locator('span').evaluateAll((spans) => spans.filter((el) => el.getBoundingClientRect().width > 1).map((el) => el.textContent));
        expect(shown).toEqual([locale === 'vi' ? 'EN' : 'VI']);
      });

      it(`shows each search box's placeholder whole (${locale})`, async () => {
        const page = await phone();
        for (const url of [paths.home(locale), paths.search(locale)]) {
          await session.goto(page, url);
          const fits = await page.locator('input[type="search"][placeholder]').evaluateAll((inputs) =>
            inputs.map((input) => {
              const el = input as HTMLInputElement;
              const style = getComputedStyle(el);
              const ctx = document.createElement('canvas').getContext('2d')!;
              ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
              const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              return { id: el.id, text: ctx.measureText(el.placeholder).width, room };
            }),
          );
          expect(fits.length, url).toBeGreaterThan(0);
          for (const f of fits) expect(f.text, `${url} #${f.id}: ${Math.round(f.text)} px of text in ${f.room} px`).toBeLessThanOrEqual(f.room);
        }
      });

      it(`keeps each "N stars: count" of the home page on one line (${locale})`, async () => {
        const page = await phone();
        await session.goto(page, paths.home(locale));
        const lines = await page.locator('[data-total^="stars-"]').evaluateAll((els) => els.map((el) => ({ text: el.textContent, lines: new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size })));
        expect(lines.length).toBeGreaterThan(0);
        for (const l of lines) expect(l.lines, l.text ?? '').toBe(1);
      });

      it(`reads the statistics on a phone: tables as cards with nothing off-screen, whole captions, chart text of 12 px or more (${locale})`, async () => {
        const page = await phone();
        await session.goto(page, paths.statistics(locale));
        const report = await page.evaluate((w) => {
          const out = { cells: 0, offscreen: [] as string[], tallEmpty: [] as string[], captions: [] as string[], small: [] as string[], texts: 0 };
          for (const table of document.querySelectorAll<HTMLTableElement>('main table')) {
            if (table.closest('.sr-only')) continue;
            for (const cell of table.querySelectorAll<HTMLElement>('tbody th, tbody td')) {
              if (getComputedStyle(cell).display === 'none') continue;
              out.cells++;
              const r = cell.getBoundingClientRect();
              if (r.left < 0 || r.right > w) out.offscreen.push(`${cell.textContent?.trim().slice(0, 40)} right=${Math.round(r.right)}`);
            }
            // Every row shows what it holds: no row much taller than the text in it.
            for (const row of table.querySelectorAll<HTMLElement>('tbody tr')) {
              const cells = [...row.children].filter((c) => getComputedStyle(c).display !== 'none');
              const used = cells.reduce((sum, c) => sum + c.getBoundingClientRect().height, 0);
              if (row.getBoundingClientRect().height > used + 40) out.tallEmpty.push(`${row.textContent?.trim().slice(0, 40)}: ${Math.round(row.getBoundingClientRect().height)} px for ${Math.round(used)} px of cells`);
            }
            const caption = table.caption;
            if (caption && (caption.scrollWidth > caption.clientWidth + 1 || caption.getBoundingClientRect().right > w)) out.captions.push(caption.textContent ?? '');
          }
          for (const chart of document.querySelectorAll('[data-chart]')) {
            for (const el of chart.querySelectorAll<HTMLElement | SVGTextElement>('[data-chart-drawing] span, [data-chart-drawing] text, svg text')) {
              out.texts++;
              const css = parseFloat(getComputedStyle(el).fontSize);
              const scale = el instanceof SVGTextElement ? (el.getScreenCTM()?.a ?? 1) : 1;
              if (css * scale < 12) out.small.push(`${el.textContent}: ${(css * scale).toFixed(1)} px`);
            }
          }
          return out;
        }, WIDTH);
        expect(report.texts).toBeGreaterThan(5);
        expect(report.small).toEqual([]);
        expect(report.offscreen).toEqual([]);
        expect(report.tallEmpty).toEqual([]);
        expect(report.captions).toEqual([]);
        if (site === REAL) expect(report.cells).toBeGreaterThan(20);
      });
    }

    if (site === REAL) {
      for (const locale of ['vi', 'en'] as const) {
        it(`never starts a line of a status badge with its "·" (${locale})`, async () => {
          // On the build date, as the badge of this product read in the review (it wraps at 360 px).
          const page = await session.newPage({ viewport: { width: WIDTH, height: 740 } });
          await page.clock.setFixedTime(new Date(`${TEST_BUILD_DATE}T05:00:00Z`));
          await session.goto(page, paths.product(locale, 'nuoc-mam-lang-bich-hoa'));
          await expect.poll(() => page.locator('[data-status][data-status-on]').count()).toBeGreaterThan(0);
          const badges = await page.locator('main [data-status]').evaluateAll((els) =>
            els.flatMap((el) => {
              const label = el.querySelector('[data-status-label]');
              const detail = el.querySelector<HTMLElement>('[data-status-detail]');
              if (!label?.firstChild || !detail?.firstChild || detail.hidden) return [];
              const at = (node: Node, i: number) => {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                return Math.round(range.getBoundingClientRect().top);
              };
              const text = detail.firstChild.textContent ?? '';
              const labelText = label.firstChild.textContent ?? '';
              return [{ text: el.textContent ?? '', lines: new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size, wraps: el.getBoundingClientRect().height > 40, dot: at(detail.firstChild, text.indexOf('·')), labelEnd: at(label.firstChild, labelText.length - 1) }];
            }),
          );
          expect(badges.length).toBeGreaterThan(0);
          // The test means something only if a badge wraps on this screen.
          expect(badges.some((b) => b.wraps), JSON.stringify(badges)).toBe(true);
          for (const b of badges) expect(b.dot, b.text).toBe(b.labelEnd);
        });
      }
    }

    it('shows a product without a photo with a small drawing beside its title, not a tall placeholder (wider screens keep the photo column)', async () => {
      const product = site === FIXTURE ? 'ruou-het-han' : 'nuoc-yen-dong-hu';
      const page = await phone();
      await session.goto(page, paths.product('vi', product));
      const drawing = page.locator('[data-title-drawing]');
      expect(await drawing.isVisible()).toBe(true);
      const box = (await drawing.boundingBox())!;
      const title = (await page.locator('main h1').boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(64);
      // Beside the title, on its first line.
      expect(box.x + box.width).toBeLessThanOrEqual(title.x);
      expect(Math.abs(box.y - title.y)).toBeLessThan(16);
      expect(await page.locator('[data-no-photo]').isVisible()).toBe(false);
      const wide = await session.newPage({ viewport: { width: 1280, height: 900 } });
      await session.goto(wide, paths.product('vi', product));
      expect(await wide.locator('[data-title-drawing]').isVisible()).toBe(false);
      expect(await wide.locator('[data-no-photo]').isVisible()).toBe(true);
    });

    for (const rep of pages) {
      it(`${rep.name} is no wider than the screen`, async () => {
        const page = await phone();
        // A former address opens its record at once (meta refresh): the page itself is measured.
        await (rep.route.redirects ? session.gotoWithoutRefresh(page, rep.page.url) : session.goto(page, rep.page.url));
        expect(new URL(page.url()).pathname).toBe(rep.page.url);
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
        expect(width, `${rep.page.url} is ${width} px wide: ${culprits.join('; ')}`).toBeLessThanOrEqual(WIDTH);
      });
    }
  });
}
