// Accessibility: axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) on one page of every route pattern of the
// build (tests/helpers/route-patterns.ts: found in the built pages, so a new kind of page is audited
// as soon as it is built), in both languages, on both test sites: 0 violations.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../helpers/browser-axe';
import { useSite } from '../helpers/browser';
import { representativePages } from '../helpers/route-patterns';
import { paths } from '../../src/lib/pages/routes';
import { FIXTURE, REAL } from '../helpers/sites';

const SEARCH_RESULT = '[data-search-results] a[href]';

for (const site of [REAL, FIXTURE]) {
  describe(`accessibility: ${site.name}`, () => {
    const session = useSite(site);
    const pages = representativePages(site.outDir);

    // One page per site, reused: a new browser context per check costs more than the check.
    let shared: Page | undefined;
    const check = async (sitePath: string, ready?: string, withoutRefresh = false) => {
      const page = (shared ??= await session.newPage());
      // A former address opens its record at once (meta refresh): the page itself is audited.
      const response = await (withoutRefresh ? session.gotoWithoutRefresh(page, sitePath) : session.goto(page, sitePath));
      expect(response?.ok(), `${sitePath} answered ${response?.status()}`).toBe(true);
      // What scripts add after load (map controls and markers, search results) is audited too.
      await page.waitForLoadState('networkidle');
      if (withoutRefresh) expect(new URL(page.url()).pathname, 'the former address itself is audited, not the page it opens').toBe(sitePath);
      if (ready) {
        const shown = await page.waitForSelector(ready, { timeout: 15_000 }).catch(() => null);
        expect(shown, `${sitePath}: nothing matches ${ready} (no results to audit)`).not.toBeNull();
      }
      const violations = describeViolations(await runAxe(page));
      expect(violations.length, `axe found ${violations.length} violation(s) on ${sitePath}:\n${violations.join('\n')}\n`).toBe(0);
    };

    for (const rep of pages) {
      it(rep.name, () => check(rep.page.url, undefined, rep.route.redirects));
    }

    // The search page once its results are on screen (they come from Pagefind, after load):
    // a link inside the results list of src/views/SearchPage.astro.
    for (const locale of ['vi', 'en'] as const) {
      const search = pages.find((r) => r.shape === paths.search(locale))?.page;
      const name = `search page with results (${locale}) ${paths.search(locale)}?q=nuoc+mam`;
      if (!search) it.skip(`${name}: not built yet`, () => {});
      else it(name, () => check(`${search.url}?q=nuoc+mam`, SEARCH_RESULT));
    }
  });
}
