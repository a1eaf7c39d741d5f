// The sites the build and browser tests read: built once per test run by tests/helpers/global-setup.ts.
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/**
 * Where test builds go; TEST_OUTPUT_DIR (a name or a path) lets several developers test side by side.
 * It always lands inside the project: Astro puts intermediate build files in ./.astro/ for an
 * output folder outside it, and parallel builds would overwrite each other's.
 */
export const OUTPUT = path.join(ROOT, '.test-output', process.env.TEST_OUTPUT_DIR ? path.basename(process.env.TEST_OUTPUT_DIR) : 'default');
/** Fixed "today" for every test build, so statuses and counts are reproducible. */
export const TEST_BUILD_DATE = '2026-11-23';

export interface SiteUnderTest {
  name: string;
  contentDir: string;
  outDir: string;
  cacheDir: string;
}

const site = (name: string, contentDir: string): SiteUnderTest => ({
  name,
  contentDir,
  outDir: path.join(OUTPUT, name, 'dist'),
  cacheDir: path.join(OUTPUT, name, 'cache'),
});

/** The real Quảng Nam content. */
export const REAL = site('real', path.join(ROOT, 'content'));
/** A tiny second province: proves src/ holds nothing province-specific, and carries edge cases. */
export const FIXTURE = site('other-province', path.join(ROOT, 'tests/fixtures/other-province'));

export const SITES = [REAL, FIXTURE];
