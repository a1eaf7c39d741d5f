// Lighthouse's mobile performance score (its default: a mid-range phone on a throttled 4G
// connection) for pages of a built site served by a host that gzips text, in the Chromium that npm ci installs (scripts/shared/chromium.ts).
// To reproduce one figure by hand: serve dist/ with any compressing server, then
// `npx lighthouse http://127.0.0.1:PORT/san-pham/SLUG/ --only-categories=performance --chrome-flags="--headless --no-sandbox"`.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumExecutable } from '../shared/chromium.ts';
import { serveFolder } from './static-server.ts';

export interface LighthouseScore {
  page: string;
  /** 0–100. */
  performance: number;
  metrics: Record<string, number>;
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

export async function measureLighthouse(distDir: string, pages: { id: string; path: string }[]): Promise<LighthouseScore[]> {
  const server = await serveFolder(distDir, { gzip: true });
  const chrome = await chromeLauncher.launch({
    chromePath: await chromiumExecutable(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const out: LighthouseScore[] = [];
    for (const p of pages) {
      const result = await lighthouse(server.origin + p.path, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${p.path}`);
      const { lhr } = result;
      const metrics: Record<string, number> = {};
      for (const id of METRICS) metrics[id] = Math.round((lhr.audits[id]?.numericValue ?? NaN) * 1000) / 1000;
      out.push({ page: `${p.id} ${p.path}`, performance: Math.round((lhr.categories.performance?.score ?? 0) * 100), metrics });
    }
    return out;
  } finally {
    chrome.kill();
    await server.close();
  }
}
