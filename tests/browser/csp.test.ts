// The Content-Security-Policy in a real browser: pages of the types that load scripts, styles,
// fonts, images, map tiles and the search index run with no CSP violation, no console error and
// no uncaught exception, in both languages, on both test sites. The server sends dist/_headers,
// so the header policy and the meta-tag policy are both enforced.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, type PageProblem } from '../helpers/browser';
import { representativePages, type PageTypeId } from '../helpers/page-types';
import { FIXTURE, REAL } from '../helpers/sites';

// Home and lists (fonts, images), a product (pictures, JSON-LD), the map pages (Leaflet, tiles),
// statistics (charts), search (Pagefind's WebAssembly), the 404 page.
const TYPES: PageTypeId[] = ['home', 'product', 'producer', 'district', 'sales-points', 'sales-point', 'statistics', 'search', 'not-found'];

const describeProblems = (problems: PageProblem[]) => problems.map((p) => `  [${p.kind}] ${p.text}`).join('\n');

for (const site of [REAL, FIXTURE]) {
  describe(`CSP in the browser: ${site.name}`, () => {
    const session = useSite(site);
    const reps = representativePages(site.outDir).filter((r) => TYPES.includes(r.type.id));

    // One page per site, reused: a new browser context per visit costs more than the visit.
    let shared: Page | undefined;
    const visit = async (sitePath: string, expectedStatus = 200) => {
      const page = (shared ??= await session.newPage());
      const seen = session.problems(page).length;
      const response = await session.goto(page, sitePath);
      expect(response?.status(), sitePath).toBe(expectedStatus);
      // Let late work finish too: map tiles, Pagefind's index and WebAssembly, lazy images.
      await page.waitForLoadState('networkidle');
      // The browser logs the 404 answer to the page's own request; that one is expected.
      const problems = session
        .problems(page)
        .slice(seen)
        .filter((p) => !(expectedStatus === 404 && p.kind === 'console' && p.text.includes('status of 404') && p.text.includes(sitePath)));
      return { problems, response, page };
    };

    it('the server sends the CSP of dist/_headers, the same as the meta tag', async () => {
      const { response, page } = await visit('/');
      const header = response?.headers()['content-security-policy'];
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(header).toBeTruthy();
      expect(header).toBe(meta);
    });

    for (const rep of reps) {
      if (!rep.page) {
        it.skip(rep.name, () => {});
        continue;
      }
      const url = rep.page.url;
      it(rep.name, async () => {
        const { problems } = await visit(url);
        expect(problems.length, `${url}:\n${describeProblems(problems)}\n`).toBe(0);
      });
    }

    for (const rep of reps.filter((r) => r.type.id === 'search')) {
      if (!rep.page) continue;
      const url = `${rep.page.url}?q=nuoc+mam`;
      it(`search with a query (${rep.locale}) ${url}`, async () => {
        const { problems } = await visit(url);
        expect(problems.length, `${url}:\n${describeProblems(problems)}\n`).toBe(0);
      });
    }

    it('a missing page deep in the tree gets the 404 page, with all its assets', async () => {
      const url = '/khong-co/trang/nay/';
      const { problems } = await visit(url, 404);
      expect(problems.length, `${url}:\n${describeProblems(problems)}\n`).toBe(0);
    });
  });
}
