// Runs axe-core in a page of the browser harness and reports WCAG 2.2 A/AA violations readably (tags: 2.0, 2.1 and 2.2 A and AA).
//
// How axe gets into the page: page.evaluate(axeSource). The page's CSP (meta tag and _headers)
// allows only 'self' scripts, so page.addScriptTag({ path }) — which injects an inline <script> —
// is blocked. page.evaluate goes through the DevTools protocol (Runtime.evaluate), which the
// page's CSP does not govern, so: the CSP stays fully enforced for the page's own resources (the
// a11y run cannot hide a CSP problem; no bypassCSP), no <script> element is added to the DOM that
// axe would then audit, and no fake URL has to be routed into the site's origin.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Waits until fonts and images are in (colour contrast depends on them), injects axe and runs it. */
export async function runAxe(page: Page, options: RunOptions = {}): Promise<AxeResults> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(
    (opts) => (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<AxeResults> } }).axe.run(document, opts),
    { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'], ...options } as RunOptions,
  );
}

/** One line per violation: id (impact): help — the selectors of every failing element. */
export function describeViolations(results: AxeResults): string[] {
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} [${v.helpUrl}]\n` +
      v.nodes.map((n) => `    ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`).join('\n'),
  );
}
