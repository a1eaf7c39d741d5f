// The benchmark reads Astro's build output into phases and per-route times; with several pages
// rendered at a time, Astro's lines interleave and its per-page times overlap.
import { describe, expect, it } from 'vitest';
import { parseAstroBuildLog } from '../../../scripts/bench/astro-log';

const at = (atMs: number, text: string) => ({ atMs, text });

describe('parseAstroBuildLog', () => {
  it('counts every page started on a line and shares the render phase out by the printed times', () => {
    const log = parseAstroBuildLog(
      [
        at(0, '[content] Syncing content'),
        at(1000, ' generating static routes '),
        // Four pages start, the first one finishes: one line, four timestamped paths, one time.
        at(1010, '03:31:52   ├─ /404.html03:31:52   ├─ /san-pham/a/index.html03:31:52   ├─ /san-pham/b/index.html03:31:52   ├─ /san-pham/c/index.html (+30ms) '),
        at(1020, '  ├─ /san-pham/d/index.html (+60ms) '),
        at(1030, '  ├─ /san-pham/e/index.html (+60ms) '),
        at(1040, '  └─ /chu-the/x/index.html (+30ms) '),
        at(1090, '✓ Completed in 90ms.'),
        at(1100, ' generating optimized images '),
        at(1200, '✓ Completed in 100ms.'),
        at(1300, '[build] 6 page(s) built in 1.3s'),
        at(1310, '[build] Complete!'),
      ],
      1400,
    );
    const byRoute = Object.fromEntries(log.routes.map((r) => [r.route, r]));
    // Every path counts, including those on the crowded first line (/404.html is a route of its own).
    expect(log.routes.reduce((n, r) => n + r.pages, 0)).toBe(7);
    expect(byRoute['/san-pham/*']).toMatchObject({ pages: 5, loggedMs: 120 });
    expect(byRoute['/404.html']).toMatchObject({ pages: 1, loggedMs: 30 });
    // The printed times sum to 180 ms over a render phase of 100 ms (1000 → 1100): shared out.
    expect(log.phases.find((p) => p.phase === 'render pages')?.ms).toBe(100);
    expect(byRoute['/san-pham/*']!.ms).toBe(67);
    expect(byRoute['/404.html']!.ms).toBe(17);
    expect(byRoute['/chu-the/*']!.ms).toBe(17);
    expect(log.pagesReported).toBe(6);
  });
});
