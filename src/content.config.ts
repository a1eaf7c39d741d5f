// Astro's view of the content folder. Shapes come from src/lib/content/schema.ts; this file only wires loaders.
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import { COLLECTION_PATHS, contentDir, recordId } from './lib/content/content-layout';
import {
  districtSchema,
  figureSchema,
  imageRef,
  producerSchema,
  productGroupSchema,
  productSchema,
  productSetSchema,
  salesPointSchema,
  unitSchema,
  formerCommuneSchema,
} from './lib/content/schema';

const root = contentDir();
const generateId = ({ entry, data }: { entry: string; data: Record<string, unknown> }) => recordId(entry, data);
const inFolder = (c: { dir: string; pattern: string }) => glob({ pattern: c.pattern, base: path.join(root, c.dir), generateId });
const arrayFile = (c: { file: string }) => file(path.join(root, c.file));

export const collections = {
  districts: defineCollection({ loader: inFolder(COLLECTION_PATHS.districts), schema: districtSchema }),
  producers: defineCollection({ loader: inFolder(COLLECTION_PATHS.producers), schema: producerSchema }),
  products: defineCollection({
    loader: inFolder(COLLECTION_PATHS.products),
    // Photos go through astro:assets, which fails the build on a missing file.
    schema: ({ image }) => productSchema.extend({ images: z.array(imageRef.extend({ src: image() })).optional() }),
  }),
  salesPoints: defineCollection({ loader: inFolder(COLLECTION_PATHS.salesPoints), schema: salesPointSchema }),
  units: defineCollection({ loader: inFolder(COLLECTION_PATHS.units), schema: unitSchema }),
  formerCommunes: defineCollection({ loader: inFolder(COLLECTION_PATHS.formerCommunes), schema: formerCommuneSchema }),
  productGroups: defineCollection({ loader: arrayFile(COLLECTION_PATHS.productGroups), schema: productGroupSchema }),
  productSets: defineCollection({ loader: arrayFile(COLLECTION_PATHS.productSets), schema: productSetSchema }),
  figures: defineCollection({ loader: arrayFile(COLLECTION_PATHS.figures), schema: figureSchema }),
};
