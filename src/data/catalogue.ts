// The content access layer for pages: one joined catalogue, built once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalogue, type Catalogue } from '../lib/catalogue';
import { today } from '../lib/dates';
import { loadSiteConfig } from '../lib/site-config';

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
    figures,
    units,
    formerCommunes,
  });
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
