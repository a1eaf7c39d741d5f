// A synthetic catalogue of 2,000 products (the benchmark's, scripts/bench/synthetic.ts), for what only
// a catalogue that size shows: at 2,000 products the offline copy went over its budget (13.5 MB per
// language before issue 28). Built only by the test files that read it, not by the global setup (it
// takes about a minute on two cores, and nothing else needs it), in a copy of the project like the
// benchmark's (scripts/bench/project.ts): Astro writes files of the content it builds into its
// root's .astro/, which a build of other content running at the same time (feeds.test.ts) would
// overwrite. SKIP_BUILD=1 reuses the last build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { copyProject } from '../../scripts/bench/project';
import { generateCatalogue } from '../../scripts/bench/synthetic';
import { buildSteps } from '../../scripts/build/steps';
import { withoutVitest } from './build-site';
import { OUTPUT, ROOT, TEST_BUILD_DATE, type SiteUnderTest } from './sites';

export const SYNTHETIC_PRODUCTS = 2000;
const PROJECT = path.join(OUTPUT, `synthetic-${SYNTHETIC_PRODUCTS}`);

export const SYNTHETIC: SiteUnderTest = {
  name: `synthetic-${SYNTHETIC_PRODUCTS}`,
  contentDir: path.join(PROJECT, 'synthetic-content'),
  outDir: path.join(PROJECT, 'dist'),
  cacheDir: path.join(PROJECT, 'cache'),
};

/** Generates and builds the synthetic site (check, astro build, after-build), unless SKIP_BUILD=1 finds one built. */
export async function buildSyntheticSite(): Promise<SiteUnderTest> {
  if (process.env.SKIP_BUILD === '1' && fs.existsSync(path.join(SYNTHETIC.outDir, 'sw.js'))) return SYNTHETIC;
  fs.rmSync(PROJECT, { recursive: true, force: true });
  copyProject(ROOT, PROJECT);
  await generateCatalogue(SYNTHETIC.contentDir, SYNTHETIC_PRODUCTS);
  const env = {
    ...withoutVitest(process.env),
    CONTENT_DIR: SYNTHETIC.contentDir,
    OUT_DIR: SYNTHETIC.outDir,
    ASTRO_CACHE_DIR: SYNTHETIC.cacheDir,
    BUILD_DATE: TEST_BUILD_DATE,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  for (const step of buildSteps(SYNTHETIC.outDir)) {
    const r = spawnSync(`node_modules/.bin/${step.bin}`, step.args, { cwd: PROJECT, env: { ...env, ...step.env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`building the synthetic catalogue of ${SYNTHETIC_PRODUCTS} products failed (${step.bin} ${step.args.join(' ')}):\n${`${r.stdout}\n${r.stderr}`.slice(-6000)}`);
  }
  return SYNTHETIC;
}
