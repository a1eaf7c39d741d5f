// The machine the figures come from, and the table printed at the end of a run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GB, KB, MB, type SizeResult, type TargetResult } from './targets.ts';

export function describeMachine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? 'unknown',
    cpuCount: cpus.length,
    totalMemoryGiB: Math.round((os.totalmem() / GB) * 10) / 10,
    os: `${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`,
    node: process.version,
    date: new Date().toISOString(),
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

function git(repoRoot: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const version = (repoRoot: string, pkg: string) => {
  try {
    return JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;
  } catch {
    return 'unknown';
  }
};

export function describeProject(repoRoot: string) {
  return {
    commit: git(repoRoot, ['rev-parse', '--short', 'HEAD']),
    // Other people's uncommitted work in src/ is part of what was built (the copy is of the working tree).
    uncommittedChangesInBuiltFiles: git(repoRoot, ['status', '--porcelain', '--', 'src', 'scripts', 'astro.config.mjs', 'package.json', 'public']).split('\n').filter(Boolean).length,
    astro: version(repoRoot, 'astro'),
    pagefind: version(repoRoot, 'pagefind'),
  };
}

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kib = (b: number) => `${(b / KB).toFixed(1)} KiB`;
const mib = (b: number | null) => (b === null ? 'n/a' : `${Math.round(b / MB)} MiB`);
const ratio = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(2)}×`);
/** Offline sizes in decimal MB, as the 5 MB budget (5,000,000 bytes) is stated. */
const mb2 = (b: number | undefined) => (b === undefined ? 'n/a' : `${(b / 1e6).toFixed(2)} MB`);

/** What a language's automatic copy left to be saved on request: the search index, the lists, the districts' pages. */
function onRequest(o: SizeResult['dist']['offline']['languages'][string]['onRequest'] | undefined): string {
  if (!o) return 'n/a';
  return [o.search, o.lists, o.districts].map((x) => (x?.files ? mb2(x.bytes) : '–')).join(', ');
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
}

export function formatTable(sizes: SizeResult[], targets: TargetResult[]): string {
  const step = (r: SizeResult, name: string) => sec(r.cold.steps.find((s) => s.name === name)?.wallMs ?? 0);
  const metrics: [string, (r: SizeResult) => string][] = [
    ['full build, cold', (r) => sec(r.cold.totalMs)],
    ['  check', (r) => step(r, 'check')],
    ['  astro build', (r) => step(r, 'astro build')],
    ['  after-build: QR, icons, Pagefind, sw.js', (r) => step(r, 'qr + pagefind')],
    ['  CPU time (user + system)', (r) => (r.cold.cpuMs === null ? 'n/a' : sec(r.cold.cpuMs))],
    ['peak memory (process tree)', (r) => mib(r.cold.peakTreeRssBytes)],
    ['  largest single process', (r) => mib(r.cold.maxProcessRssBytes)],
    ['pages built (Astro) / HTML files', (r) => `${r.cold.astro.pagesReported ?? '?'} / ${r.dist.htmlPages}`],
    ['pagefind: pages, time', (r) => `${r.cold.pagefind?.pages ?? '?'}, ${sec(r.cold.pagefind?.ms ?? 0)}`],
    ['pagefind index size', (r) => mib(r.dist.pagefindIndex.bytes)],
    ['product page HTML+CSS gzip (median)', (r) => kib(r.productPage.medianHtmlCssGzipBytes)],
    ['  HTML gzip / CSS gzip', (r) => `${kib(r.productPage.medianHtmlGzipBytes)} / ${kib(r.productPage.cssGzipBytes)}`],
    ['JavaScript on a product page', (r) => `${kib(r.productPage.js.rawBytes)} (${r.productPage.js.files.length} files)`],
    ['automatic offline copy of one language (vi / en)', (r) => `${mb2(r.dist.offline.languages.vi?.automaticBytes)} / ${mb2(r.dist.offline.languages.en?.automaticBytes)}`],
    ['  files (vi), sw.js', (r) => `${(r.dist.offline.languages.vi?.files ?? 0) + r.dist.offline.shell.files}, ${kib(r.dist.offline.workerBytes)}`],
    ['  saved on request (vi): search, lists, districts', (r) => onRequest(r.dist.offline.languages.vi?.onRequest)],
    ['first search download', (r) => kib(r.search.totalBytes)],
    ['  if the host gzips text', (r) => kib(r.search.totalBytesIfHostGzips)],
    ['bare pipeline, same page count', (r) => sec(r.bare.build.totalMs)],
    ['  bare astro build / bare Pagefind', (r) => r.bare.build.steps.map((st) => sec(st.wallMs)).join(' / ')],
    ['  full build ÷ bare pipeline', (r) => `${r.ratios.siteToBarePipeline.toFixed(2)}×`],
    ['  same, in CPU time', (r) => ratio(r.cpuRatios.siteToBarePipeline)],
    ['  full build ÷ bare astro build', (r) => `${r.ratios.siteToBareAstro.toFixed(2)}×`],
    ['  same, in CPU time', (r) => ratio(r.cpuRatios.siteToBareAstro)],
    ['  astro build step ÷ bare astro build', (r) => `${r.ratios.astroStepToBareAstro.toFixed(2)}×`],
    ['product page render time (Astro, mean per page)', (r) => (r.productPageRenderMs === null ? 'n/a' : `${r.productPageRenderMs} ms`)],
    ['everything a phone downloads for a product page', (r) => kib(r.phoneProductPage.totalBytes)],
  ];
  const header = ['', ...sizes.map((r) => `N=${r.products.toLocaleString('en')}`)];
  const body = metrics.map(([label, f]) => [label, ...sizes.map(f)]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => cells[i]!.length)));
  const lines = [row(header, widths), ...body.map((cells) => row(cells, widths))];
  lines.push('', 'Targets:');
  for (const t of targets) {
    lines.push(`  ${t.pass ? 'MET   ' : 'MISSED'}  N=${t.products.toLocaleString('en')}  ${t.target}: ${t.value} ${t.unit} (limit ${t.limit})`);
  }
  return lines.join('\n');
}
