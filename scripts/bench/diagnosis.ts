// For every missed target, the measured breakdown of what costs the most — so the figure comes with
// the reason, not just a red FAIL.
import type { BuildMeasurement } from './build.ts';
import type { CpuProfileSummary } from './cpu-profile.ts';
import { KB, MB, TARGETS, type SizeResult, type TargetResult } from './targets.ts';

const s = (ms: number) => Math.round(ms / 100) / 10;

function slowestRoutes(b: BuildMeasurement, count = 8) {
  return b.astro.routes.slice(0, count).map((r) => ({ route: r.route, pages: r.pages, seconds: s(r.ms), msPerPage: Math.round((r.ms / r.pages) * 10) / 10 }));
}

/** Two builds' phases side by side (phases missing from one count as 0). */
function sideBySide(a: BuildMeasurement, b: BuildMeasurement, names: [string, string]) {
  const all = [...new Set([...a.astro.phases, ...b.astro.phases].map((p) => p.phase))];
  const of = (m: BuildMeasurement, phase: string) => s(m.astro.phases.find((p) => p.phase === phase)?.ms ?? 0);
  return all.map((phase) => ({ phase, [names[0]]: of(a, phase), [names[1]]: of(b, phase) }));
}


function buildMemory(r: SizeResult) {
  return {
    products: r.products,
    steps: r.cold.steps.map((st) => ({
      step: st.name,
      peakTreeMiB: st.peakTreeRssBytes === null ? null : Math.round(st.peakTreeRssBytes / MB),
      largestProcessMiB: st.maxProcessRssBytes === null ? null : Math.round(st.maxProcessRssBytes / MB),
    })),
  };
}

function pipelineRatio(r: SizeResult) {
  const limit = TARGETS.find((t) => t.id === 'pipeline-ratio')!.limit;
  const astroStep = r.cold.steps.find((st) => st.name === 'astro build')!;
  const other = r.cold.steps.filter((st) => st !== astroStep);
  return {
    products: r.products,
    pages: r.bare.pages,
    records: r.bare.records,
    siteSeconds: s(r.cold.totalMs),
    barePipelineSeconds: s(r.bare.build.totalMs),
    bareSteps: r.bare.build.steps.map((st) => ({ step: st.name, seconds: s(st.wallMs) })),
    allowedSeconds: s(r.bare.build.totalMs * limit),
    overBySeconds: s(r.cold.totalMs - r.bare.build.totalMs * limit),
    ratioToBareAstro: r.ratios.siteToBareAstro,
    astroBuildStepToBareAstro: r.ratios.astroStepToBareAstro,
    ratioInCpuTime: r.cpuRatios.siteToBarePipeline,
    pagefindSiteVsBareMs: { site: r.cold.pagefind?.ms ?? null, bare: r.bare.build.pagefind?.ms ?? null },
    stepsOutsideAstro: other.map((st) => ({ step: st.name, seconds: s(st.wallMs) })),
    phasesSiteVsBare: sideBySide(r.cold, r.bare.build, ['site', 'bare']),
    slowestRoutes: slowestRoutes(r.cold),
  };
}

function offlineCopy(r: SizeResult) {
  return { products: r.products, languages: r.dist.offline.languages, shell: r.dist.offline.shell, workerBytes: r.dist.offline.workerBytes };
}

function productPage(r: SizeResult) {
  const p = r.productPage;
  return {
    products: r.products,
    medianPage: p.medianPage,
    htmlGzipKiB: Math.round((p.medianHtmlGzipBytes / KB) * 10) / 10,
    cssGzipKiB: Math.round((p.cssGzipBytes / KB) * 10) / 10,
    cssFiles: p.cssFiles,
    medianPageRawBytes: p.medianPageComposition,
  };
}

function phoneProductPage(r: SizeResult) {
  const d = r.phoneProductPage;
  return { products: r.products, page: d.page, kibByType: Object.fromEntries(Object.entries(d.byType).map(([k, v]) => [k, Math.round((v / KB) * 10) / 10])), largestRequests: [...d.requests].sort((a, b) => b.bytes - a.bytes).slice(0, 8) };
}

function renderGrowth(sizes: SizeResult[]) {
  return { productPageRenderMsBySize: Object.fromEntries(sizes.map((r) => [r.products, r.productPageRenderMs])) };
}

function firstSearch(r: SizeResult) {
  return {
    products: r.products,
    method: r.search.method,
    bytesByKind: r.search.byKind,
    ifHostGzipsTextKiB: Math.round((r.search.totalBytesIfHostGzips / KB) * 10) / 10,
    largestRequests: r.search.requests.slice(0, 8),
  };
}

export function diagnose(missed: TargetResult[], sizes: SizeResult[], profile: CpuProfileSummary | null): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of missed) {
    const r = sizes.find((x) => x.products === t.products);
    // Lighthouse and the real content's phone page judge the real content, not a synthetic size: see realContent.
    const entry = !r
      ? { target: t.target, value: t.value, see: t.id === 'lighthouse' ? 'realContent.lighthouse' : 'realContent' }
      : t.id === 'build-memory' ? buildMemory(r)
      : t.id === 'pipeline-ratio' ? pipelineRatio(r)
      : t.id === 'offline-copy' ? offlineCopy(r)
      : t.id === 'page-render-growth' ? renderGrowth(sizes)
      : t.id === 'phone-product-page' ? phoneProductPage(r)
      : t.id === 'first-search' ? firstSearch(r)
      : { target: t.target, value: t.value };
    (out[t.id] ??= []).push(entry);
  }
  // The profile explains the time targets, with the product page weight beside it.
  if (profile && (out['pipeline-ratio'] || out['page-render-growth'])) out['cpu-profile'] = [profile, ...sizes.map(productPage)];
  return out;
}
