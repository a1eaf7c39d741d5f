// The performance targets of issue 9 and how each is judged. They live here, in the benchmark,
// never in timed tests: a loaded machine must not fail the test suite.
import { OFFLINE_COPY_BUDGET_BYTES } from '../../src/lib/offline-plan.ts';
import type { BuildMeasurement } from './build.ts';
import type { DistMeasurement } from './dist.ts';
import type { ProductPageWeight } from './page-weight.ts';
import type { SearchDownload } from './search.ts';

export const KB = 1024;
export const MB = 1024 * 1024;
export const GB = 1024 * 1024 * 1024;

/** Everything measured for one catalogue size. */
export interface SizeResult {
  products: number;
  catalogue: Record<string, number>;
  generationMs: number;
  /** 1-minute load average just before the cold build: other builds on the machine slow it down. */
  loadAverageBeforeBuild: number;
  cold: BuildMeasurement;
  warm: BuildMeasurement;
  bare: { pages: number; build: BuildMeasurement };
  ratios: { siteToBare: number; astroStepToBare: number; warmToCold: number };
  /** The same ratios with CPU time instead of wall time (null without /proc). */
  cpuRatios: { siteToBare: number | null; warmToCold: number | null };
  dist: DistMeasurement;
  productPage: ProductPageWeight;
  search: SearchDownload;
}

export interface TargetResult {
  id: string;
  target: string;
  products: number;
  value: number;
  limit: number;
  unit: string;
  pass: boolean;
}

interface Target {
  id: string;
  target: string;
  unit: string;
  limit: number;
  /** Sizes the target is about; undefined = every size measured. */
  onlyFor?: number;
  value(r: SizeResult): number | null;
}

export const TARGETS: Target[] = [
  { id: 'build-time', target: 'full build (check + astro build + Pagefind) of 10,000 products ≤ 90 s', unit: 's', limit: 90, onlyFor: 10_000, value: (r) => r.cold.totalMs / 1000 },
  { id: 'build-memory', target: 'peak memory of that build (RSS of the whole process tree) ≤ 2 GB (2 GiB)', unit: 'MiB', limit: 2048, onlyFor: 10_000, value: (r) => (r.cold.peakTreeRssBytes ?? r.cold.maxProcessRssBytes ?? NaN) / MB },
  { id: 'bare-ratio', target: 'full build ≤ 1.5 × a bare Astro build of the same page count', unit: '×', limit: 1.5, value: (r) => r.ratios.siteToBare },
  { id: 'warm-ratio', target: 'warm rebuild (nothing changed, same cache) ≤ 40% of the cold build', unit: '× cold', limit: 0.4, value: (r) => r.ratios.warmToCold },
  { id: 'product-page', target: 'product page HTML + CSS ≤ 30 KB gzip (median page)', unit: 'KiB', limit: 30, value: (r) => r.productPage.medianHtmlCssGzipBytes / KB },
  { id: 'first-search', target: 'first search downloads ≤ 300 KB', unit: 'KiB', limit: 300, value: (r) => r.search.totalBytes / KB },
];

/**
 * Issue 18: what a first visit stores for offline use in one language (the service worker's shell
 * and that language's pack), judged on the real content; the synthetic sizes show how it grows.
 */
export const OFFLINE_COPY_BUDGET = {
  id: 'offline-copy',
  target: 'automatic offline copy of one language ≤ 5 MB (5,000,000 bytes) for the real content',
  limitBytes: OFFLINE_COPY_BUDGET_BYTES,
};

export function judgeOfflineCopy(languages: Record<string, { automaticBytes: number }>) {
  return Object.entries(languages).map(([locale, { automaticBytes }]) => ({
    id: OFFLINE_COPY_BUDGET.id,
    target: OFFLINE_COPY_BUDGET.target,
    locale,
    value: automaticBytes,
    limit: OFFLINE_COPY_BUDGET.limitBytes,
    unit: 'bytes',
    pass: automaticBytes <= OFFLINE_COPY_BUDGET.limitBytes,
  }));
}

export function evaluateTargets(sizes: SizeResult[]): TargetResult[] {
  const out: TargetResult[] = [];
  for (const t of TARGETS) {
    for (const r of sizes) {
      if (t.onlyFor !== undefined && r.products !== t.onlyFor) continue;
      const value = t.value(r);
      if (value === null || Number.isNaN(value)) continue;
      out.push({ id: t.id, target: t.target, products: r.products, value: Math.round(value * 1000) / 1000, limit: t.limit, unit: t.unit, pass: value <= t.limit });
    }
  }
  return out;
}

/** Targets that no measured size could judge (e.g. the 10,000-product ones when only 1,000 was built). */
export function unjudgedTargets(sizes: SizeResult[]): string[] {
  return TARGETS.filter((t) => t.onlyFor !== undefined && !sizes.some((r) => r.products === t.onlyFor)).map((t) => t.id);
}
