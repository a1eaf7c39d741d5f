// Where each collection lives inside a content folder, and how a record's id is made.
// Shared by Astro's collections and the scripts, so both see the same ids.
import path from 'node:path';
import { isSlug } from './slug';

export const COLLECTION_PATHS = {
  districts: { dir: 'districts', pattern: '*.json', kind: 'json-files' },
  producers: { dir: 'producers', pattern: '*.md', kind: 'markdown' },
  products: { dir: 'products', pattern: '*.md', kind: 'markdown' },
  salesPoints: { dir: 'sales-points', pattern: '*.json', kind: 'json-files' },
  units: { dir: 'units', pattern: '*.json', kind: 'json-files' },
  formerCommunes: { dir: 'former-communes', pattern: '*.json', kind: 'json-files' },
  productGroups: { file: 'product-groups.json', kind: 'json-array' },
  productSets: { file: 'product-sets.json', kind: 'json-array' },
  figures: { file: 'figures.json', kind: 'json-array' },
  // Synonyms and product words for search; a content folder may go without it.
  searchVocabulary: { file: 'search-vocabulary.json', kind: 'json-array', optional: true },
} as const;

export type CollectionName = keyof typeof COLLECTION_PATHS;

export const SITE_CONFIG_FILE = 'site.json';

/** The content folder: CONTENT_DIR when set (relative to the working directory), else ./content. */
export function contentDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.CONTENT_DIR || 'content');
}

/** A record's id: its `slug` field when given, else its file name without extension. */
export function recordId(fileName: string, data: unknown): string {
  const slug = data && typeof data === 'object' && 'slug' in data ? (data as { slug?: unknown }).slug : undefined;
  if (typeof slug === 'string' && slug.length > 0) return slug;
  return path.basename(fileName).replace(/\.(md|json)$/, '');
}

export { isSlug };
