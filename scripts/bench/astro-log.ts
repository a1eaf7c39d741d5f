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
  /**
   * The route's share of the render phase's wall time: the phase shared out in proportion to the
   * per-page times Astro prints (+N ms). Those run from a page's start to its file written and
   * overlap when several pages render at a time (build.concurrency), so their sum exceeds the phase.
   */
  ms: number;
  /** Sum of the per-page times Astro prints. */
  loggedMs: number;
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
      // Astro prints a page's path when it starts and its time when its file is written. With
      // several pages at a time, a line holds the paths of the pages started meanwhile, then one
      // time: each path counts as a page of its route, the time goes to the line's first path.
      const starts = [...text.matchAll(/[├└]─ (\/\S*?)(?=\d\d:\d\d:\d\d|\s|$)/g)].map((m) => m[1]!);
      const time = /\(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(text);
      starts.forEach((file, i) => {
        // Astro 5 named each route file before its pages; Astro 7 lists output paths only.
        const key = route || routeOfOutput(file);
        const r = routes.get(key) ?? { route: key, pages: 0, ms: 0, loggedMs: 0 };
        r.pages++;
        if (i === 0 && time) r.loggedMs += Number(time[1]) * (time[2] === 's' ? 1000 : 1);
        routes.set(key, r);
      });
    } else if (section === 'images' && /▶ \/\S+/.test(text)) {
      images++;
      if (/(reused|revalidated) cache entry/.test(text)) fromCache++;
    }
  }
  const built = lines.map((l) => /\[build\] (\d+) page\(s\) built/.exec(l.text)).find(Boolean);
  const renderMs = phases.find((p) => p.phase === 'render pages')?.ms ?? 0;
  const loggedMs = [...routes.values()].reduce((n, r) => n + r.loggedMs, 0);
  for (const r of routes.values()) r.ms = loggedMs ? Math.round((renderMs * r.loggedMs) / loggedMs) : 0;
  return {
    phases,
    routes: [...routes.values()].sort((a, b) => b.ms - a.ms),
    images: { listed: images, fromCache },
    pagesReported: built ? Number(built[1]) : null,
  };
}
