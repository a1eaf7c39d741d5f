// The Content-Security-Policy in a real browser: pages of the types that load scripts, styles,
// fonts, images, map tiles and the search index run with no CSP violation, no console error and
// no uncaught exception, in both languages, on both test sites. The server sends dist/_headers,
// so the header policy and the meta-tag policy are both enforced.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, type PageProblem } from '../helpers/browser';
import { representativePages } from '../helpers/route-patterns';
import { LOCALES, paths, type Locale } from '../../src/lib/pages/routes';
import { FIXTURE, REAL } from '../helpers/sites';

// Home and lists (fonts, images), a product (pictures, JSON-LD), the map pages (Leaflet, tiles),
// statistics (charts), search (Pagefind's WebAssembly), the 404 pages (not-found pages have no
// pattern in paths: they are the built pages named 404).
const SHAPES = (l: Locale) => [
  paths.home(l),
  paths.product(l, '*'),
  paths.producer(l, '*'),
  paths.district(l, '*'),
  paths.salesPoints(l),
  paths.salesPoint(l, '*'),
  paths.map(l),
  paths.statistics(l),
  paths.search(l),
];
const chosen = (shape: string, locale: Locale) => SHAPES(locale).includes(shape) || /\/404(\.html|\/)$/.test(shape);

const describeProblems = (problems: PageProblem[]) => problems.map((p) => `  [${p.kind}] ${p.text}`).join('\n');

for (const site of [REAL, FIXTURE]) {
  describe(`CSP in the browser: ${site.name}`, () => {
    const session = useSite(site);
    const reps = representativePages(site.outDir).filter((r) => !r.route.redirects && chosen(r.shape, r.locale));

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

    it('covers every kind of page chosen above, in both languages', () => {
      expect(reps.length).toBe(LOCALES.length * (SHAPES('vi').length + 1));
    });

    for (const rep of reps) {
      const url = rep.page.url;
      it(rep.name, async () => {
        const { problems } = await visit(url);
        expect(problems.length, `${url}:\n${describeProblems(problems)}\n`).toBe(0);
      });
    }

    for (const rep of reps.filter((r) => r.shape === paths.search(r.locale))) {
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
