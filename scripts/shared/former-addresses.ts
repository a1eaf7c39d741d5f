// The pages kept at records' former addresses (formerSlugs in products and producers), read straight
// from the content folder for astro.config.mjs: the sitemap leaves them out (they send readers on
// and are kept out of search engines). Only files that mention the field are parsed.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { COLLECTION_PATHS } from '../../src/lib/content/content-layout.ts';
import { LOCALES, paths } from '../../src/lib/pages/routes.ts';
import { YAML_ENGINE } from './front-matter.ts';

const FIELD = 'formerSlugs';

function formerSlugs(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      if (!text.includes(FIELD)) return [];
      // A broken file is reported by npm run check, which runs before the build.
      const slugs = (matter(text, YAML_ENGINE).data as Record<string, unknown>)[FIELD];
      return Array.isArray(slugs) ? slugs.filter((s): s is string => typeof s === 'string') : [];
    });
}

/** Site paths (e.g. /san-pham/old-slug/) of every former address, in every language. */
export function formerAddressPaths(contentRoot: string): Set<string> {
  const products = formerSlugs(path.join(contentRoot, COLLECTION_PATHS.products.dir));
  const producers = formerSlugs(path.join(contentRoot, COLLECTION_PATHS.producers.dir));
  return new Set(
    LOCALES.flatMap((locale) => [...products.map((s) => paths.product(locale, s)), ...producers.map((s) => paths.producer(locale, s))]),
  );
}
