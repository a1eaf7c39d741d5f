// Builds every site under test once before the build and browser tests.
// SKIP_BUILD=1 reuses the previous builds (for quick iteration); unit tests need none.
import fs from 'node:fs';
import { buildSite } from './build-site';
import { SITES } from './sites';

export default function setup() {
  if (process.env.SKIP_BUILD === '1') return;
  for (const site of SITES) {
    fs.rmSync(site.outDir, { recursive: true, force: true });
    const started = Date.now();
    const result = buildSite(site);
    if (result.status !== 0) {
      throw new Error(`building ${site.name} (${site.contentDir}) failed:\n${result.output.slice(-6000)}`);
    }
    console.log(`built ${site.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
