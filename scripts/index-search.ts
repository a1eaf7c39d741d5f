// Builds the Pagefind search index over dist/ after astro build. Any indexing error fails the
// build (the astro-pagefind integration would only log it).
import path from 'node:path';
import * as pagefind from 'pagefind';

export async function indexSite(distDir: string): Promise<{ pages: number; ms: number }> {
  const started = Date.now();
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: undefined });
  if (!index || createErrors.length) throw new Error(`pagefind: could not create an index: ${createErrors.join('; ')}`);
  const added = await index.addDirectory({ path: distDir });
  if (added.errors.length) throw new Error(`pagefind: indexing failed: ${added.errors.join('; ')}`);
  if (added.page_count === 0) throw new Error(`pagefind: no page in ${distDir} was indexed (is data-pagefind-body missing?)`);
  const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: writing the index failed: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: added.page_count, ms: Date.now() - started };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  try {
    const { pages, ms } = await indexSite(dist);
    console.log(`pagefind: indexed ${pages} pages in ${ms} ms`);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
