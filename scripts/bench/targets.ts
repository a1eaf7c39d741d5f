// The performance targets (issues 9, 12, 18 and 28) and how each is judged. They live here, in the
// benchmark, never in timed tests: a loaded machine must not fail the test suite.
import { OFFLINE_COPY_BUDGET_BYTES } from '../../src/lib/offline/offline-plan.ts';
import { LOCALES } from '../../src/lib/pages/routes.ts';
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
  /** The bare pipeline (scripts/bench/bare.ts): its pages, its records, and its build (astro build, then Pagefind). */
  bare: { pages: number; records: number; build: BuildMeasurement };
  /**
   * Full build ÷ the bare pipeline's astro build alone (siteToBareAstro), ÷ the whole bare pipeline,
   * Astro and Pagefind (siteToBarePipeline); the site's astro build step ÷ the bare one.
   */
  ratios: { siteToBareAstro: number; siteToBarePipeline: number; astroStepToBareAstro: number };
  /** The same ratios with CPU time instead of wall time (null without /proc). */
  cpuRatios: { siteToBareAstro: number | null; siteToBarePipeline: number | null };
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
  onlyFor?: number[];
  /** The size's value; `all` holds every size measured, for targets that compare sizes. */
  value(r: SizeResult, all: SizeResult[]): number | null;
}

/** The size render times are compared with: 1,000 products when measured, else the smallest. */
export const RENDER_REFERENCE_SIZE = 1000;

/** Render time per product page at this size against the reference size's. */
function renderGrowth(r: SizeResult, all: SizeResult[]): number | null {
  const reference = all.find((x) => x.products === RENDER_REFERENCE_SIZE) ?? all.reduce((a, b) => (b.products < a.products ? b : a));
  if (reference === r || !r.productPageRenderMs || !reference.productPageRenderMs) return null;
  return r.productPageRenderMs / reference.productPageRenderMs;
}

/** The national-scale sizes (issue 28): Vietnam's catalogue is 15,590 products (12/2024), more than 18,000 (2025). */
export const NATIONAL = 20_000;

export const TARGETS: Target[] = [
  {
    id: 'pipeline-ratio',
    target: 'full build (check + astro build + QR + Pagefind) ≤ 1.5 × the bare pipeline (same page count, each record page with its searchable text, Astro then Pagefind)',
    unit: '×',
    limit: 1.5,
    onlyFor: [10_000, NATIONAL],
    value: (r) => r.ratios.siteToBarePipeline,
  },
  { id: 'build-memory', target: 'peak memory of that build (RSS of the whole process tree) ≤ 2 GB (2 GiB)', unit: 'MiB', limit: 2048, onlyFor: [NATIONAL], value: (r) => (r.cold.peakTreeRssBytes ?? r.cold.maxProcessRssBytes ?? NaN) / MB },
  {
    id: 'page-render-growth',
    target: `time to render one product page within 20% of its time at ${RENDER_REFERENCE_SIZE.toLocaleString('en')} products`,
    unit: '×',
    limit: 1.2,
    onlyFor: [NATIONAL],
    value: renderGrowth,
  },
  // Judged, like the phone's product page and Lighthouse, on what a host that compresses text sends
  // (GitHub Pages does; Pagefind's index files are compressed already, so only its scripts shrink).
  // The uncompressed sum stays in the report (search.totalBytes).
  {
    id: 'first-search',
    target: 'first search downloads ≤ 300 KB (sent by a host that compresses text)',
    unit: 'KiB',
    limit: 300,
    onlyFor: [NATIONAL],
    value: (r) => r.search.totalBytesIfHostGzips / KB,
  },
  // What a first visit stores automatically (the shell and one language's pack), at every size.
  ...LOCALES.map((l) => ({
    id: 'offline-copy',
    target: `automatic offline copy of a first visit in ${l === 'vi' ? 'Vietnamese' : 'English'} ≤ 5 MB (5,000,000 bytes)`,
    unit: 'MB',
    limit: OFFLINE_COPY_BUDGET_BYTES / 1e6,
    value: (r: SizeResult) => (r.dist.offline.languages[l] ? r.dist.offline.languages[l].automaticBytes / 1e6 : null),
  })),
  { id: 'phone-product-page', target: 'everything a phone downloads for a product page (HTML, CSS, fonts, JS, images; gzip) ≤ 50 KB', unit: 'KiB', limit: 50, value: (r) => r.phoneProductPage.totalBytes / KB },
];

/** Lighthouse mobile performance of the real content's page types, each ≥ 98. */
export const LIGHTHOUSE_MIN = 98;

/**
 * Issue 18: what a first visit stores for offline use in one language (the service worker's shell
 * and that language's pack), judged on the real content here and at every synthetic size in TARGETS.
 */
export const OFFLINE_COPY_BUDGET = {
  id: 'offline-copy',
  target: 'automatic offline copy of a first visit in one language ≤ 5 MB (5,000,000 bytes), real content',
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
      if (t.onlyFor !== undefined && !t.onlyFor.includes(r.products)) continue;
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

/** The real content's own figures judged like a synthetic size's: everything a phone downloads for its product page. */
export function realContentTargets(products: number, phoneProductPage: PhoneDownload | undefined): TargetResult[] {
  if (!phoneProductPage) return [];
  const t = TARGETS.find((x) => x.id === 'phone-product-page')!;
  const value = Math.round((phoneProductPage.totalBytes / KB) * 1000) / 1000;
  return [{ id: t.id, target: `${t.target}, real content`, products, value, limit: t.limit, unit: t.unit, bound: 'max', pass: value <= t.limit }];
}

/** Targets at sizes that were not measured (e.g. the 20,000-product ones when only 1,000 was built), as "id at N". */
export function unjudgedTargets(sizes: SizeResult[]): string[] {
  return TARGETS.flatMap((t) => (t.onlyFor ?? []).filter((n) => !sizes.some((r) => r.products === n)).map((n) => `${t.id} at ${n.toLocaleString('en')}`));
}
