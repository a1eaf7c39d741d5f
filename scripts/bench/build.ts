// The builds the benchmark times: the site exactly as `npm run build` does it (check → astro build →
// QR files and Pagefind: the steps of scripts/build/steps.ts, with their settings), and the bare
// pipeline (scripts/bench/bare.ts): astro build of the bare project, then Pagefind over its record
// pages the site's way.
import path from 'node:path';
import { parseAstroBuildLog, type AstroBuildLog } from './astro-log.ts';
import { buildSteps } from '../build/steps.ts';
import { runStep, type StepResult } from './run.ts';
import { SYNTHETIC_TODAY } from './synthetic.ts';

export interface SiteFolders {
  /** The project copy the commands run in. */
  projectDir: string;
  contentDir: string;
  outDir: string;
  cacheDir: string;
}

export type StepSummary = Omit<StepResult, 'lines' | 'command'> & { command: string };

export interface BuildMeasurement {
  steps: StepSummary[];
  totalMs: number;
  /** CPU time (user + system) of all the steps' processes: less sensitive than wall time to other work on the machine. */
  cpuMs: number | null;
  /** The highest of the steps' peaks (the steps run one after another). */
  peakTreeRssBytes: number | null;
  maxProcessRssBytes: number | null;
  astro: AstroBuildLog;
  /** Pagefind's own report ("indexed N records (vi …, en …) in M ms"). */
  pagefind: { pages: number; ms: number } | null;
}

const summary = ({ lines: _lines, ...rest }: StepResult): StepSummary => rest;

function measurement(steps: StepResult[], astroStep: StepResult): Omit<BuildMeasurement, 'pagefind'> {
  const peaks = (pick: (s: StepResult) => number | null) => {
    const values = steps.map(pick).filter((v): v is number => v !== null);
    return values.length ? Math.max(...values) : null;
  };
  return {
    steps: steps.map(summary),
    totalMs: steps.reduce((ms, s) => ms + s.wallMs, 0),
    cpuMs: steps.every((s) => s.treeCpuMs !== null) ? steps.reduce((ms, s) => ms + s.treeCpuMs!, 0) : null,
    peakTreeRssBytes: peaks((s) => s.peakTreeRssBytes),
    maxProcessRssBytes: peaks((s) => s.maxProcessRssBytes),
    astro: parseAstroBuildLog(astroStep.lines, astroStep.wallMs),
  };
}

export function siteEnv(site: SiteFolders): Record<string, string> {
  return { CONTENT_DIR: site.contentDir, OUT_DIR: site.outDir, ASTRO_CACHE_DIR: site.cacheDir, BUILD_DATE: SYNTHETIC_TODAY };
}

const pagefindReport = (step: StepResult) => {
  const reported = step.lines.map((l) => /pagefind: indexed (\d+) records\b.*? in (\d+) ms/.exec(l.text)).find(Boolean);
  return reported ? { pages: Number(reported[1]), ms: Number(reported[2]) } : null;
};

/** check → astro build → QR files and Pagefind (scripts/build/steps.ts), in the project copy. */
export async function buildSite(site: SiteFolders): Promise<BuildMeasurement> {
  const bin = (name: string) => path.join(site.projectDir, 'node_modules/.bin', name);
  const options = { cwd: site.projectDir, env: siteEnv(site) };
  const results: StepResult[] = [];
  for (const step of buildSteps(site.outDir)) results.push(await runStep(step.name, bin(step.bin), step.args, { ...options, env: { ...options.env, ...step.env } }));
  const astro = results.find((r) => r.name === 'astro build')!;
  const pagefind = results.find((r) => r.name === 'qr + pagefind')!;
  return { ...measurement(results, astro), pagefind: pagefindReport(pagefind) };
}

/**
 * The bare pipeline (scripts/bench/bare.ts): astro build of the bare project, then Pagefind over its
 * record pages with the site's own indexer (`indexer`: the site copy's scripts/bench/bare-index.ts).
 */
export async function buildBare(projectDir: string, indexer: string): Promise<BuildMeasurement> {
  const options = { cwd: projectDir, env: { BUILD_DATE: SYNTHETIC_TODAY } };
  const astro = await runStep('astro build (bare)', path.join(projectDir, 'node_modules/.bin/astro'), ['build'], options);
  const pagefind = await runStep('pagefind (bare)', path.join(projectDir, 'node_modules/.bin/tsx'), [indexer, path.join(projectDir, 'dist')], options);
  return { ...measurement([astro, pagefind], astro), pagefind: pagefindReport(pagefind) };
}
