// Builds a content folder the way `npm run build` does (the steps of scripts/build/steps.ts), into its own folders.
import { spawnSync } from 'node:child_process';
import { buildSteps } from '../../scripts/build/steps';
import { ROOT, TEST_BUILD_DATE, type SiteUnderTest } from './sites';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Vitest's own variables: NODE_ENV=test, TEST, VITEST…, and import.meta.env's MODE, DEV, PROD, SSR, BASE_URL, which Vite would read back. */
const VITEST_VARIABLES = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

/** The environment without Vitest's variables: a build or server started from a test runs as a person starts it. */
export function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !VITEST_VARIABLES.has(k) && !k.startsWith('VITEST')));
}

export function runStep(command: string, args: string[], site: SiteUnderTest, extraEnv: Record<string, string> = {}): BuildResult {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    // Built as `npm run build` builds it: without Vitest's NODE_ENV=test, which would make Vite
    // build a non-production bundle.
    env: {
      ...withoutVitest(process.env),
      CONTENT_DIR: site.contentDir,
      OUT_DIR: site.outDir,
      ASTRO_CACHE_DIR: site.cacheDir,
      BUILD_DATE: TEST_BUILD_DATE,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...extraEnv,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** check → astro build → QR files and search index (scripts/build/steps.ts), stopping at the first failing step. */
export function buildSite(site: SiteUnderTest): BuildResult {
  let output = '';
  for (const step of buildSteps(site.outDir)) {
    const r = runStep(`node_modules/.bin/${step.bin}`, step.args, site, step.env);
    output += r.output;
    if (r.status !== 0) return { status: r.status, output };
  }
  return { status: 0, output };
}
