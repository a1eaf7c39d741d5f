// npm run bench [-- --sizes 1000,10000,20000] [--keep] [--no-profile] [--no-real] [--out bench/results.json] [--strict]
//
// Builds a synthetic catalogue of N products exactly as `npm run build` does, measures the build
// (time per step, peak memory, pages, Pagefind), what readers download (product page, first
// search) and what a first visit keeps offline, compares the build with the bare pipeline (as many
// minimal pages built by Astro, each record page with its searchable text, then indexed by Pagefind:
// scripts/bench/bare.ts) in the same run, and judges the targets of issues 9, 12, 18 and 28.
// The real catalogue (content/) is built once too, for its index size and first search.
// Everything happens in a temporary folder; see bench/README.md for what each figure means.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteRecords, writeBareProject } from './bare.ts';
import { buildBare, buildSite, type BuildMeasurement, type SiteFolders } from './build.ts';
import { profileAstroBuild, type CpuProfileSummary } from './cpu-profile.ts';
import { diagnose } from './diagnosis.ts';
import { measureDist } from './dist.ts';
import { measureLighthouse } from './lighthouse.ts';
import { formatOutlineWeight, measureDistrictOutlines } from './outlines.ts';
import { measureProductPages } from './page-weight.ts';
import { measurePhoneDownloads } from './phone-download.ts';
import { copyProject } from './project.ts';
import { describeMachine, describeProject, formatTable } from './report.ts';
import { measureFirstSearch } from './search.ts';
import { generateCatalogue, SEARCH_QUERY, SYNTHETIC_TODAY } from './synthetic.ts';
import { waitForQuietMachine } from './quiet.ts';
import { evaluateTargets, judgeOfflineCopy, lighthouseTargets, realContentTargets, unjudgedTargets, type SizeResult } from './targets.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
/** Targets a CPU profile can explain. */
const TIME_TARGETS = ['pipeline-ratio', 'page-render-growth'];
/** Product page routes, whose per-page render time must not grow with the catalogue. */
const PRODUCT_ROUTES = ['/san-pham/*', '/en/products/*'];

/** Milliseconds of the render phase per product page (see RouteTiming.ms). */
function productPageRenderMs(build: BuildMeasurement): number | null {
  const routes = build.astro.routes.filter((r) => PRODUCT_ROUTES.includes(r.route));
  const pages = routes.reduce((n, r) => n + r.pages, 0);
  return pages ? Math.round((routes.reduce((n, r) => n + r.ms, 0) / pages) * 100) / 100 : null;
}
/** The profile is taken at the smallest size measured, if it is no larger than this (a profiled build is slower). */
const MAX_PROFILED_SIZE = 1000;

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,20000' },
    keep: { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(REPO, 'bench/results.json') },
    strict: { type: 'boolean', default: false },
    'no-real': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const sizes = args.sizes
  .split(',')
  .map((s) => Number(s.trim().replace(/_/g, '')))
  .filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) throw new Error(`--sizes expects numbers such as 1000,10000 (got "${args.sizes}")`);

const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Routes and output lines make the JSON long; the cold build keeps its routes, the others only phases. */
const lean = (b: BuildMeasurement): BuildMeasurement => ({ ...b, astro: { ...b.astro, routes: [] } });

/**
 * The real catalogue (content/), built once the same way: its Pagefind index, what its first
 * search downloads and its product pages' weight, beside the synthetic sizes.
 */
/** The page types Lighthouse judges: home, a product, a district, search with a query, statistics. */
function lighthousePages(distDir: string, slugs: string[]) {
  const district = fs.readdirSync(path.join(distDir, 'dia-phuong')).find((d) => fs.existsSync(path.join(distDir, 'dia-phuong', d, 'index.html')));
  return [
    { id: 'home', path: '/' },
    { id: 'product', path: `/san-pham/${slugs[0]}/` },
    { id: 'district', path: `/dia-phuong/${district}/` },
    { id: 'search', path: `/tim-kiem/?q=${encodeURIComponent(SEARCH_QUERY)}` },
    { id: 'statistics', path: '/thong-ke/' },
  ];
}

async function measureRealContent(runDir: string) {
  const projectDir = path.join(runDir, 'site-real');
  log('real content: copying the project and building content/…');
  copyProject(REPO, projectDir);
  // Inside the copy, like content/ in the repository (the content editor's files are written only then).
  const contentDir = path.join(projectDir, 'content');
  fs.cpSync(path.join(REPO, 'content'), contentDir, { recursive: true });
  const site: SiteFolders = { projectDir, contentDir, outDir: path.join(projectDir, 'dist'), cacheDir: path.join(projectDir, 'cache') };
  const build = await buildSite(site);
  const slugs = fs.readdirSync(path.join(contentDir, 'products')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
  const dist = measureDist(site.outDir);
  const productPage = measureProductPages(site.outDir, slugs);
  const search = await measureFirstSearch(site.outDir, SEARCH_QUERY);
  const [phoneProductPage] = await measurePhoneDownloads(site.outDir, [productPage.medianPage]);
  const districtOutlines = measureDistrictOutlines(site.outDir);
  log('real content: Lighthouse (mobile) on five page types…');
  const lighthouse = args['no-lighthouse'] ? null : await measureLighthouse(site.outDir, lighthousePages(site.outDir, slugs));
  log(`real content: ${slugs.length} products, build ${secs(build.totalMs)}, index ${(dist.pagefindIndex.bytes / 1024).toFixed(0)} KiB, first search ${(search.totalBytes / 1024).toFixed(1)} KiB`);
  return { contentDir: 'content/', products: slugs.length, build: lean(build), dist, productPage, phoneProductPage, search, lighthouse, districtOutlines };
}

async function measureSize(runDir: string, products: number): Promise<{ result: SizeResult; site: SiteFolders }> {
  const projectDir = path.join(runDir, `site-${products}`);
  log(`N=${products}: copying the project and generating the synthetic catalogue…`);
  copyProject(REPO, projectDir);
  const generated = performance.now();
  const catalogue = await generateCatalogue(path.join(projectDir, 'synthetic-content'), products);
  const generationMs = performance.now() - generated;
  const site: SiteFolders = { projectDir, contentDir: catalogue.root, outDir: path.join(projectDir, 'dist'), cacheDir: path.join(projectDir, 'cache') };

  const quietBeforeBuild = await waitForQuietMachine();
  const loadAverageBeforeBuild = Math.round(os.loadavg()[0]! * 100) / 100;
  log(`N=${products}: cold build (check → astro build → pagefind), load average ${loadAverageBeforeBuild}, waited ${secs(quietBeforeBuild.waitedMs)} for a quiet machine…`);
  const cold = await buildSite(site);
  log(`N=${products}: cold build ${secs(cold.totalMs)} (${cold.steps.map((s) => `${s.name} ${secs(s.wallMs)}`).join(', ')})`);

  const dist = measureDist(site.outDir);
  const productPage = measureProductPages(site.outDir, catalogue.productSlugs);
  log(`N=${products}: measuring the first search and a product page's download in Chromium…`);
  const search = await measureFirstSearch(site.outDir, SEARCH_QUERY);
  const [phoneProductPage] = await measurePhoneDownloads(site.outDir, [productPage.medianPage]);


  const pages = cold.astro.pagesReported ?? dist.htmlPages;
  const bareDir = path.join(runDir, `bare-${products}`);
  const records = siteRecords(site.outDir);
  log(`N=${products}: bare pipeline: ${pages} pages built by Astro (${records.length} carrying a record's searchable text), then Pagefind…`);
  writeBareProject(REPO, bareDir, pages, records);
  await waitForQuietMachine();
  const bare = await buildBare(bareDir, path.join(projectDir, 'scripts/bench/bare-index.ts'));
  const bareAstro = bare.steps.find((s) => s.name === 'astro build (bare)')!;
  log(`N=${products}: bare pipeline ${secs(bare.totalMs)} (${bare.steps.map((s) => `${s.name} ${secs(s.wallMs)}`).join(', ')})`);
  if (!args.keep) fs.rmSync(bareDir, { recursive: true, force: true });

  const astroStep = cold.steps.find((s) => s.name === 'astro build')!;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const cpuRatio = (a: number | null, b: number | null) => (a !== null && b ? round(a / b) : null);
  return {
    site,
    result: {
      products,
      catalogue: catalogue.counts,
      generationMs: Math.round(generationMs),
      loadAverageBeforeBuild,
      quietBeforeBuild,
      cold,
      bare: { pages, records: records.length, build: lean(bare) },
      ratios: {
        siteToBareAstro: round(cold.totalMs / bareAstro.wallMs),
        siteToBarePipeline: round(cold.totalMs / bare.totalMs),
        astroStepToBareAstro: round(astroStep.wallMs / bareAstro.wallMs),
      },
      cpuRatios: { siteToBareAstro: cpuRatio(cold.cpuMs, bareAstro.treeCpuMs), siteToBarePipeline: cpuRatio(cold.cpuMs, bare.cpuMs) },
      dist,
      productPage,
      productPageRenderMs: productPageRenderMs(cold),
      phoneProductPage: phoneProductPage!,
      search,
    },
  };
}

const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-bench-'));
log(`working in ${runDir}${args.keep ? ' (kept afterwards)' : ''}`);
const machine = describeMachine();
const results: SizeResult[] = [];
const sites = new Map<number, SiteFolders>();
try {
  const realContent = args['no-real'] ? null : await measureRealContent(runDir);
  for (const n of sizes) {
    const { result, site } = await measureSize(runDir, n);
    results.push(result);
    sites.set(n, site);
  }
  const targets = [
    ...evaluateTargets(results),
    ...(realContent ? realContentTargets(realContent.products, realContent.phoneProductPage) : []),
    ...(realContent?.lighthouse ? lighthouseTargets(realContent.lighthouse, realContent.products) : []),
  ];
  const offlineCopy = realContent ? judgeOfflineCopy(realContent.dist.offline.languages) : [];
  const missed = targets.filter((t) => !t.pass);

  let profile: CpuProfileSummary | null = null;
  const profiledSize = Math.min(...sizes);
  if (!args['no-profile'] && missed.some((t) => TIME_TARGETS.includes(t.id)) && profiledSize <= MAX_PROFILED_SIZE) {
    log(`N=${profiledSize}: a time target was missed; profiling a cold astro build (--cpu-prof)…`);
    // A profile explains; it must never cost the run its measurements.
    profile = await profileAstroBuild(sites.get(profiledSize)!, profiledSize, path.join(runDir, 'cpu-profile')).catch((error: Error) => {
      log(`profiling failed, results kept without a profile: ${error.message.split('\n')[0]}`);
      return null;
    });
  }

  const report = {
    about: 'npm run bench: performance of a full build of a synthetic catalogue (see bench/README.md)',
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine,
    project: describeProject(REPO),
    method: {
      buildDate: SYNTHETIC_TODAY,
      searchQuery: SEARCH_QUERY,
      isolation: 'each build runs in a copy of the project (src/, scripts/, config) in a temporary folder with its own .astro/, dist/ and cache, node_modules linked from the repository',
      memory: 'peak RSS summed over the step’s process tree, sampled from /proc every 100 ms; maxProcessRssBytes from /usr/bin/time -v',
      cpu: 'cpuMs / treeCpuMs: user + system time of every process of the tree, from the same /proc samples',
      gzip: 'node:zlib gzip at its default level',
      quiet: 'before each cold and bare build: sync, then up to 60 s for CPU and disk pressure (/proc/pressure, avg10) to fall below 5%',
      bare: 'the bare pipeline: a throwaway Astro project with as many pages as the site’s build (one Markdown collection, one dynamic route), each record page carrying only the search record the site hands Pagefind (its element and <html lang>, read from the built site by the indexer’s recordPageFiles/recordOf), the others trivial; then the site’s indexer (indexSite: Node API, one language per process) over its record pages',
      renderTimes: 'a route\'s render time is its share of the render phase, in proportion to the per-page times Astro prints (they overlap when it renders several pages at a time)',
      searchMethod: results.map((r) => `N=${r.products}: ${r.search.method}${r.search.note ? ` (${r.search.note})` : ''}`),
    },
    realContent,
    sizes: results,
    targets,
    offlineCopy,
    targetsNotJudged: unjudgedTargets(results),
    diagnosis: diagnose(missed, results, profile),
  };
  const out = path.resolve(args.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${formatTable(results, targets)}`);
  if (realContent) {
    console.log(
      `\nReal content (${realContent.products} products): build ${secs(realContent.build.totalMs)}, ` +
        `Pagefind index ${(realContent.dist.pagefindIndex.bytes / 1048576).toFixed(1)} MiB, ` +
        `first search "${SEARCH_QUERY}" ${(realContent.search.totalBytes / 1024).toFixed(1)} KiB, ` +
        `product page HTML+CSS gzip ${(realContent.productPage.medianHtmlCssGzipBytes / 1024).toFixed(1)} KiB (median), ` +
        `everything a phone downloads for it ${(realContent.phoneProductPage!.totalBytes / 1024).toFixed(1)} KiB` +
        (realContent.districtOutlines ? `, ${formatOutlineWeight(realContent.districtOutlines)}` : ''),
    );
    for (const l of realContent.lighthouse ?? []) console.log(`  Lighthouse mobile performance ${l.performance}: ${l.page} (CLS ${l.metrics['cumulative-layout-shift']})`);
    for (const t of offlineCopy) {
      console.log(`  ${t.pass ? 'MET   ' : 'MISSED'}  real content, ${t.locale}: ${t.target}: ${(t.value / 1e6).toFixed(2)} MB`);
    }
  }
  if (report.targetsNotJudged.length) console.log(`  (not judged, their size was not in --sizes: ${report.targetsNotJudged.join(', ')})`);
  console.log(`\nMachine: ${machine.cpuCount} × ${machine.cpuModel}, ${machine.totalMemoryGiB} GiB, Node ${machine.node}`);
  console.log(`Results and diagnosis: ${path.relative(process.cwd(), out)}`);
  if (args.strict && (missed.length || offlineCopy.some((t) => !t.pass))) process.exitCode = 1;
} finally {
  if (!args.keep) fs.rmSync(runDir, { recursive: true, force: true });
}
