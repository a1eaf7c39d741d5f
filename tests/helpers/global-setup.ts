// Builds every site under test once before the build and browser tests.
// SKIP_BUILD=1 reuses the previous builds (for quick iteration); unit tests need none.
import fs from 'node:fs';
import { buildSite } from './build-site';
import { findJava, NU_SKIPPED_NOTE } from './java';
import { SITES } from './sites';

/** Said again after the run, where nobody misses it: the one check this machine could not run. */
function teardown() {
  if (!findJava()) console.warn(`\n${NU_SKIPPED_NOTE}\n`);
}

export default function setup() {
  if (process.env.SKIP_BUILD === '1') return teardown;
  for (const site of SITES) {
    fs.rmSync(site.outDir, { recursive: true, force: true });
    const started = Date.now();
    const result = buildSite(site);
    if (result.status !== 0) {
      throw new Error(`building ${site.name} (${site.contentDir}) failed:\n${result.output.slice(-6000)}`);
    }
    console.log(`built ${site.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return teardown;
}
