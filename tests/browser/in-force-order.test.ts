// Lists of products lead with the certificates in force on the day they are read: on the build
// date and, with the browser's clock moved past a certificate's last day, after it (the list is
// ordered again in the browser). The "in force only" view, and the supplier directory agreeing
// with search on "producers from 4 stars" for every product group.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/shared/read-content';
import { paths, type Locale } from '../../src/lib/pages/routes';
import { useSite } from '../helpers/browser';
import { REAL, TEST_BUILD_DATE } from '../helpers/sites';

const real = useSite(REAL);

// Decided on 22/12/2023: in force (expiring) on the build date, 23/11/2026; expired from 23/12/2026.
const PRODUCT = 'nuoc-yen-dong-hu';
const PRODUCER = 'cong-ty-tnhh-xay-dung-thuong-mai-phat-trien-le-huynh';
const DISTRICT = 'nui-thanh';
// Midday in Vietnam, so the day is the same in the site's time zone and in UTC.
const BUILT_ON = new Date(`${TEST_BUILD_DATE}T05:00:00Z`);
const READ_ON = new Date('2026-12-23T05:00:00Z');

interface Item {
  id: string;
  inForce: boolean;
  hidden: boolean;
}

/** The list that holds PRODUCT: each item's id, whether its badge says in force today, whether it is hidden. */
async function listWith(page: Page, id: string): Promise<{ items: Item[]; count: string }> {
  const list = page.locator(`[data-product-list]:has([data-list-item="${id}"])`).first();
  await list.waitFor();
  // The toggle shows once the list script has run.
  await expect.poll(() => list.locator('[data-in-force-toggle]').isVisible()).toBe(true);
  const items = await list.locator('[data-list-item]').evaluateAll((els) =>
    els.map((el) => ({
      id: (el as HTMLElement).dataset.listItem!,
      inForce: ['valid', 'expiring'].includes((el.querySelector('[data-status]') as HTMLElement | null)?.dataset.status ?? ''),
      hidden: (el as HTMLElement).hidden,
    })),
  );
  return { items, count: (await list.locator('[data-in-force-count]').textContent()) ?? '' };
}

async function at(when: Date, path: string): Promise<Page> {
  const page = await real.newPage({ viewport: { width: 1280, height: 900 } });
  await page.clock.setFixedTime(when);
  await real.goto(page, path);
  return page;
}

/** In force first: once an item is not in force, none after it is. */
const inForceFirst = (items: Item[]) => items.every((x, i) => i === 0 || !x.inForce || items[i - 1]!.inForce);
const leadingNumber = (text: string) => Number(/\d+/.exec(text)?.[0]);

const LISTS: [string, string][] = [
  ['the list of all products', paths.products('vi')],
  ['a district page', paths.district('vi', DISTRICT)],
  ['a producer page', paths.producer('en', PRODUCER)],
  ["the home page's showcase", paths.home('vi')],
];

describe('products in force first', () => {
  it.each(LISTS)('%s: in force first on the build date, and again a month later, once the certificate has expired', async (_name, path) => {
    const built = await listWith(await at(BUILT_ON, path), PRODUCT);
    expect(inForceFirst(built.items), JSON.stringify(built.items)).toBe(true);
    expect(built.items.find((x) => x.id === PRODUCT)?.inForce).toBe(true);

    const page = await at(READ_ON, path);
    const later = await listWith(page, PRODUCT);
    expect(later.items.find((x) => x.id === PRODUCT)?.inForce).toBe(false);
    expect(inForceFirst(later.items), JSON.stringify(later.items)).toBe(true);
    // It moved behind every product still in force, and the count is of those still in force
    // (every one of them is on these pages: they come first).
    const at23 = later.items.findIndex((x) => x.id === PRODUCT);
    expect(later.items.slice(at23).every((x) => !x.inForce)).toBe(true);
    expect(leadingNumber(built.count)).toBe(built.items.filter((x) => x.inForce).length);
    expect(leadingNumber(later.count)).toBe(later.items.filter((x) => x.inForce).length);
    expect(leadingNumber(later.count)).toBeLessThan(leadingNumber(built.count));
    expect(real.problems(page)).toEqual([]);
  });

  it('offers the "in force only" view, kept in the address', async () => {
    const page = await at(READ_ON, paths.products('vi'));
    const { items } = await listWith(page, PRODUCT);
    await page.locator('[data-in-force-toggle] input').first().check();
    await page.waitForURL(/view=in-force/);
    const only = await listWith(page, PRODUCT);
    expect(only.items.filter((x) => !x.hidden).map((x) => x.id)).toEqual(items.filter((x) => x.inForce).map((x) => x.id));
    expect(only.items.find((x) => x.id === PRODUCT)?.hidden).toBe(true);
    await page.reload({ waitUntil: 'load' });
    expect(await page.locator('[data-in-force-toggle] input').first().isChecked()).toBe(true);
    // A later page of the list holds no product in force: it says so and points to page 1.
    await real.goto(page, `${paths.products('vi', 8)}?view=in-force`);
    const none = page.locator('[data-in-force-none]');
    await expect.poll(() => none.isVisible()).toBe(true);
    expect(await none.locator('a').getAttribute('href')).toBe(`${paths.products('vi')}?view=in-force`);
  });
});

describe('producers from 4 stars: the supplier directory and search agree', () => {
  // Every group that has a product (a group without any is offered by neither).
  const content = readContent(REAL.contentDir);
  const groupOfSet = new Map(content.filter((r) => r.collection === 'productSets').map((r) => [r.id, (r.data as { group: string }).group]));
  const groups = [...new Set(content.filter((r) => r.collection === 'products').map((r) => groupOfSet.get((r.data as { productSet: string }).productSet)!))].sort();

  /** How many producers the group's directory shows with "from 4 stars" chosen; 0 when it offers no such choice. */
  async function supplierCount(locale: Locale, group: string): Promise<number> {
    const page = await at(BUILT_ON, paths.supplierGroup(locale, group));
    const form = page.locator('[data-supplier-filter]');
    // An empty group has no filter form, and one whose best producer is under 4 stars no such choice.
    if ((await form.count()) === 0) return 0;
    await expect.poll(() => form.isVisible()).toBe(true);
    if ((await form.locator('select[name="minStars"] option[value="4"]').count()) === 0) return 0;
    await form.locator('select[name="minStars"]').selectOption('4');
    await page.waitForURL(/minStars=4/);
    return page.locator('[data-supplier]:not([hidden])').count();
  }

  async function searchCount(locale: Locale, group: string): Promise<number> {
    const page = await at(BUILT_ON, `${paths.search(locale)}?type=producer&group=${group}&stars=4&stars=5`);
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/\d/);
    return Number(/^(\d+)/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[1]);
  }

  it('for every product group, in both languages', async () => {
    expect(groups.length).toBeGreaterThan(3);
    let some = 0;
    for (const locale of ['vi', 'en'] as const) {
      for (const group of groups) {
        const suppliers = await supplierCount(locale, group);
        expect(await searchCount(locale, group), `${locale} ${group}`).toBe(suppliers);
        some += suppliers;
      }
    }
    expect(some).toBeGreaterThan(0);
  });
});
