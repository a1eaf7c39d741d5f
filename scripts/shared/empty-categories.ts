// The product groups and sets that hold no product yet, read straight from the content folder for
// astro.config.mjs: their pages stay (they say the group is empty), but no page links to them, so
// the sitemap leaves them out and they are kept out of search engines (see ProductListPage.astro
// and SuppliersPage.astro). A product's set is read from its `productSet:` line, not by parsing YAML.
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTION_PATHS } from '../../src/lib/content/content-layout.ts';
import { LOCALES, paths } from '../../src/lib/pages/routes.ts';

const readArray = (file: string): { id?: string; group?: string }[] => {
  if (!fs.existsSync(file)) return [];
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  return Array.isArray(data) ? (data as { id?: string; group?: string }[]) : [];
};

/** The ids of the groups and of the sets with no product. */
export function emptyCategories(contentRoot: string): { groups: string[]; sets: string[] } {
  const dir = path.join(contentRoot, COLLECTION_PATHS.products.dir);
  const used = new Set(
    (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.md')) : []).flatMap((f) => {
      const m = /^productSet:\s*["']?([a-z0-9-]+)/m.exec(fs.readFileSync(path.join(dir, f), 'utf8'));
      return m ? [m[1]!] : [];
    }),
  );
  const sets = readArray(path.join(contentRoot, COLLECTION_PATHS.productSets.file));
  const groupsUsed = new Set(sets.filter((s) => s.id && used.has(s.id)).map((s) => s.group));
  return {
    groups: readArray(path.join(contentRoot, COLLECTION_PATHS.productGroups.file)).flatMap((g) => (g.id && !groupsUsed.has(g.id) ? [g.id] : [])),
    sets: sets.flatMap((s) => (s.id && !used.has(s.id) ? [s.id] : [])),
  };
}

/** Site paths of the pages of empty groups and sets (and of their supplier directory pages), in every language. */
export function emptyCategoryPaths(contentRoot: string): Set<string> {
  const { groups, sets } = emptyCategories(contentRoot);
  return new Set(
    LOCALES.flatMap((l) => [...[...groups, ...sets].map((id) => paths.category(l, id)), ...groups.map((id) => paths.supplierGroup(l, id))]),
  );
}
