// The performance targets (issues 9 and 12) and how each is judged. They live here, in the benchmark,
// never in timed tests: a loaded machine must not fail the test suite.
import { OFFLINE_COPY_BUDGET_BYTES } from '../../src/lib/offline-plan.ts';
import type { BuildMeasurement } from './build.ts';
import type { DistMeasurement } from './dist.ts';
import type { LighthouseScore } from './lighthouse.ts';
import type { ProductPageWeight } from './page-weight.ts';
import type { PhoneDownload } from './phone-download.ts';
import type { QuietWait } from './quiet.ts';
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
  /** The wait for pending writes and a quiet CPU and disk before the cold build (scripts/bench/quiet.ts). */
  quietBeforeBuild: QuietWait;
  cold: BuildMeasurement;
  bare: { pages: number; build: BuildMeasurement };
  ratios: { siteToBare: number; astroStepToBare: number };
  /** The same ratios with CPU time instead of wall time (null without /proc). */
  cpuRatios: { siteToBare: number | null };
  dist: DistMeasurement;
  productPage: ProductPageWeight;
  /** Milliseconds of Astro's render phase per product page (both languages; see RouteTiming.ms). */
  productPageRenderMs: number | null;
  /** Everything a phone downloads for the median product page, gzip on the wire. */
  phoneProductPage: PhoneDownload;
  search: SearchDownload;
}


export interface TargetResult {
  id: string;
  target: string;
  products: number;
  value: number;
  limit: number;
  unit: string;
  /** 'max': value ≤ limit passes; 'min': value ≥ limit passes. */
  bound: 'max' | 'min';
  pass: boolean;
}

interface Target {
  id: string;
  target: string;
  unit: string;
  limit: number;
  bound?: 'max' | 'min';
  /** Sizes the target is about; undefined = every size measured. */
  onlyFor?: number;
  /** The size's value; `all` holds every size measured, for targets that compare sizes. */
  value(r: SizeResult, all: SizeResult[]): number | null;
}

/** Render time per product page at this size against the smallest size measured. */
function renderGrowth(r: SizeResult, all: SizeResult[]): number | null {
  const smallest = all.reduce((a, b) => (b.products < a.products ? b : a));
  if (smallest === r || !r.productPageRenderMs || !smallest.productPageRenderMs) return null;
  return r.productPageRenderMs / smallest.productPageRenderMs;
}

export const TARGETS: Target[] = [
  { id: 'bare-ratio', target: 'full build (check + astro build + QR + Pagefind) ≤ 2 × a bare build of the same page count with the same Astro', unit: '×', limit: 2, value: (r) => r.ratios.siteToBare },
  { id: 'build-memory', target: 'peak memory of that build (RSS of the whole process tree) ≤ 2 GB (2 GiB)', unit: 'MiB', limit: 2048, onlyFor: 10_000, value: (r) => (r.cold.peakTreeRssBytes ?? r.cold.maxProcessRssBytes ?? NaN) / MB },
  { id: 'page-render-growth', target: 'time to render one product page within 20% of its time at the smallest size', unit: '×', limit: 1.2, value: renderGrowth },
  // Judged, like the phone's product page and Lighthouse, on what a host that compresses text sends
  // (GitHub Pages does; Pagefind's index files are compressed already, so only its scripts shrink).
  // The uncompressed sum stays in the report (search.totalBytes).
  {
    id: 'first-search',
    target: 'first search downloads ≤ 300 KB (sent by a host that compresses text)',
    unit: 'KiB',
    limit: 300,
    value: (r) => r.search.totalBytesIfHostGzips / KB,
  },
  { id: 'phone-product-page', target: 'everything a phone downloads for a product page (HTML, CSS, fonts, JS, images; gzip) ≤ 50 KB', unit: 'KiB', limit: 50, value: (r) => r.phoneProductPage.totalBytes / KB },
];

/** Lighthouse mobile performance of the real content's page types, each ≥ 98. */
export const LIGHTHOUSE_MIN = 98;

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
      const value = t.value(r, sizes);
      if (value === null || Number.isNaN(value)) continue;
      const bound = t.bound ?? 'max';
      const pass = bound === 'max' ? value <= t.limit : value >= t.limit;
      out.push({ id: t.id, target: t.target, products: r.products, value: Math.round(value * 1000) / 1000, limit: t.limit, unit: t.unit, bound, pass });
    }
  }
  return out;
}

/** The Lighthouse target, judged on the real content (products: the real catalogue's count). */
export function lighthouseTargets(scores: LighthouseScore[], products: number): TargetResult[] {
  return scores.map((s) => ({
    id: 'lighthouse',
    target: `Lighthouse mobile performance ≥ ${LIGHTHOUSE_MIN}: ${s.page}`,
    products,
    value: s.performance,
    limit: LIGHTHOUSE_MIN,
    unit: '/100',
    bound: 'min' as const,
    pass: s.performance >= LIGHTHOUSE_MIN,
  }));
}

/** Targets that no measured size could judge (e.g. the 10,000-product ones when only 1,000 was built). */
export function unjudgedTargets(sizes: SizeResult[]): string[] {
  return TARGETS.filter((t) => t.onlyFor !== undefined && !sizes.some((r) => r.products === t.onlyFor)).map((t) => t.id);
}
