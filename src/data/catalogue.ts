// The content access layer for pages: one joined catalogue, built once per build.
import fs from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_PATHS, contentDir } from '../lib/content/content-layout';
import { buildCatalogue, type Catalogue } from '../lib/content/catalogue';
import { today } from '../lib/certificates/dates';
import { loadSiteConfig } from '../lib/content/site-config';

let catalogue: Promise<Catalogue> | undefined;
const productEntries = new Map<string, CollectionEntry<'products'>>();
const producerEntries = new Map<string, CollectionEntry<'producers'>>();

async function load(): Promise<Catalogue> {
  const site = loadSiteConfig();
  const [districts, producers, products, salesPoints, productGroups, productSets, figures, units, formerCommunes] = await Promise.all([
    getCollection('districts'),
    getCollection('producers'),
    getCollection('products'),
    getCollection('salesPoints'),
    getCollection('productGroups'),
    getCollection('productSets'),
    getCollection('figures'),
    getCollection('units'),
    getCollection('formerCommunes'),
  ]);
  for (const e of products) productEntries.set(e.id, e);
  for (const e of producers) producerEntries.set(e.id, e);
  return buildCatalogue({
    site,
    today: today(site.timeZone),
    districts,
    producers,
    products,
    salesPoints,
    productGroups,
    productSets,
    figures: inFileOrder(figures, COLLECTION_PATHS.figures.file),
    units,
    formerCommunes,
  });
}

/**
 * The entries of a JSON array file in the file's own order. Astro's data store hands them back sorted
 * by id, but the order the editor gave matters: an undated figure sorts with the next dated figure
 * after it in figures.json (src/lib/content/figures.ts).
 */
function inFileOrder<T extends { id: string }>(entries: T[], file: string): T[] {
  const ids = (JSON.parse(fs.readFileSync(path.join(contentDir(), file), 'utf8')) as { id?: unknown }[]).map((x) => x?.id);
  const position = (id: string) => {
    const i = ids.indexOf(id);
    return i === -1 ? ids.length : i;
  };
  return [...entries].sort((a, b) => position(a.id) - position(b.id));
}

export function getCatalogue(): Promise<Catalogue> {
  catalogue ??= load();
  return catalogue;
}

/** The collection entry behind a product, for rendering its Markdown body. */
export function productEntry(id: string): CollectionEntry<'products'> | undefined {
  return productEntries.get(id);
}

export function producerEntry(id: string): CollectionEntry<'producers'> | undefined {
  return producerEntries.get(id);
}
