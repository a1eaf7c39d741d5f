// Reads `astro build` output (with arrival times) into phases, per-route render times and image counts,
// so a slow build says where its time went.
import type { OutputLine } from './run.ts';

export interface AstroPhase {
  phase: string;
  ms: number;
}

export interface RouteTiming {
  route: string;
  pages: number;
  /** Sum of the per-page times Astro prints (+N ms). */
  ms: number;
}

export interface AstroBuildLog {
  phases: AstroPhase[];
  routes: RouteTiming[];
  /** Images Astro listed under "generating optimized images" (transformed or taken from its cache). */
  images: { listed: number; fromCache: number };
  /** Pages Astro says it built ("N page(s) built in"). */
  pagesReported: number | null;
}

/**
 * The route an output path came from, as a pattern: its last folder becomes `*` when it has a parent
 * ("/san-pham/banh-dau-xanh/index.html" → "/san-pham/*", "/en/products/x/index.html" → "/en/products/*").
 */
export function routeOfOutput(outputPath: string): string {
  const parts = outputPath.replace(/\/index\.html$/, '').split('/').filter(Boolean);
  if (parts.length >= 2) parts[parts.length - 1] = '*';
  return `/${parts.join('/')}`;
}

/** Markers that open a phase, in build order; a phase lasts until the next marker found. */
const MARKERS: [phase: string, test: (text: string) => boolean][] = [
  ['content sync and types', (t) => t.includes('[content] Syncing content')],
  ['collect build info', (t) => t.includes('[build] Collecting build info')],
  ['bundle (Vite)', (t) => t.includes('[build] Building static entrypoints')],
  ['render pages', (t) => /^\s*generating static routes\s*$/.test(t)],
  ['optimise images', (t) => /^\s*generating optimized images\s*$/.test(t)],
  ['exit', (t) => t.includes('[build] Complete!')],
];

export function parseAstroBuildLog(lines: OutputLine[], wallMs: number): AstroBuildLog {
  const found: { phase: string; atMs: number }[] = [{ phase: 'start-up (config, Vite)', atMs: 0 }];
  for (const [phase, test] of MARKERS) {
    const line = lines.find((l) => test(l.text));
    if (line && !found.some((f) => f.phase === phase)) found.push({ phase, atMs: line.atMs });
  }
  // Integrations' build:done hooks (the sitemap) run after the last "✓ Completed in" (pages, then images).
  const lastCompleted = lines.findLast((l) => /✓ Completed in/.test(l.text) && !l.text.includes('[build]'));
  if (lastCompleted) found.push({ phase: 'finish (integrations: sitemap…)', atMs: lastCompleted.atMs });
  found.sort((a, b) => a.atMs - b.atMs);
  const phases = found.map((f, i) => ({ phase: f.phase, ms: Math.round((found[i + 1]?.atMs ?? wallMs) - f.atMs) }));

  const routes = new Map<string, RouteTiming>();
  let section = '';
  let route = '';
  let images = 0;
  let fromCache = 0;
  for (const { text } of lines) {
    if (/^\s*generating static routes\s*$/.test(text)) section = 'routes';
    else if (/^\s*generating optimized images\s*$/.test(text)) section = 'images';
    else if (/✓ Completed in/.test(text) && section) section = '';
    else if (section === 'routes') {
      const start = /[▶λ] (src\/pages\/\S+)/.exec(text);
      if (start) route = start[1]!;
      const page = /[├└]─ (\S+).*\(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(text);
      if (page) {
        // Astro 5 named each route file before its pages; Astro 7 lists output paths only.
        const key = route || routeOfOutput(page[1]!);
        const r = routes.get(key) ?? { route: key, pages: 0, ms: 0 };
        r.pages++;
        r.ms += Number(page[2]) * (page[3] === 's' ? 1000 : 1);
        routes.set(key, r);
      }
    } else if (section === 'images' && /▶ \/\S+/.test(text)) {
      images++;
      if (/(reused|revalidated) cache entry/.test(text)) fromCache++;
    }
  }
  const built = lines.map((l) => /\[build\] (\d+) page\(s\) built/.exec(l.text)).find(Boolean);
  return {
    phases,
    routes: [...routes.values()].sort((a, b) => b.ms - a.ms),
    images: { listed: images, fromCache },
    pagesReported: built ? Number(built[1]) : null,
  };
}
