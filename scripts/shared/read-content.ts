// Reads a content folder from disk into raw records for validation: every file, even broken ones.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import sharp from 'sharp';
import { COLLECTION_PATHS, recordId, SITE_CONFIG_FILE, type CollectionName } from '../../src/lib/content/content-layout.ts';
import type { Problem, RawRecord } from '../../src/lib/content/validate.ts';
import { YAML_ENGINE } from './front-matter.ts';


function listFiles(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(dir, f));
}

export function readContent(root: string): RawRecord[] {
  const shown = (file: string) => path.relative(path.dirname(root), file);
  const records: RawRecord[] = [];
  const siteFile = path.join(root, SITE_CONFIG_FILE);
  if (!fs.existsSync(siteFile)) {
    records.push({ collection: 'site', file: shown(siteFile), id: 'site', data: undefined, parseError: 'the site configuration file is missing' });
  } else {
    try {
      records.push({ collection: 'site', file: shown(siteFile), id: 'site', data: JSON.parse(fs.readFileSync(siteFile, 'utf8')) });
    } catch (e) {
      records.push({ collection: 'site', file: shown(siteFile), id: 'site', data: undefined, parseError: `not valid JSON (${(e as Error).message})` });
    }
  }

  for (const [name, where] of Object.entries(COLLECTION_PATHS) as [CollectionName, (typeof COLLECTION_PATHS)[CollectionName]][]) {
    if (where.kind === 'json-array') {
      const file = path.join(root, where.file);
      if (!fs.existsSync(file)) {
        if ('optional' in where && where.optional) continue;
        records.push({ collection: name, file: shown(file), id: '(file)', data: undefined, parseError: 'file is missing' });
        continue;
      }
      let items: unknown;
      try {
        items = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (e) {
        records.push({ collection: name, file: shown(file), id: '(file)', data: undefined, parseError: `not valid JSON (${(e as Error).message})` });
        continue;
      }
      if (!Array.isArray(items)) {
        records.push({ collection: name, file: shown(file), id: '(file)', data: undefined, parseError: 'expected a JSON array of records' });
        continue;
      }
      items.forEach((item, i) => {
        const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : `#${i + 1}`;
        records.push({ collection: name, file: `${shown(file)}[${i}]`, id, data: item });
      });
    } else if (where.kind === 'json-files') {
      for (const file of listFiles(path.join(root, where.dir), '.json')) {
        try {
          const data = JSON.parse(fs.readFileSync(file, 'utf8'));
          records.push({ collection: name, file: shown(file), id: recordId(file, data), data });
        } catch (e) {
          records.push({ collection: name, file: shown(file), id: recordId(file, undefined), data: undefined, parseError: `not valid JSON (${(e as Error).message})` });
        }
      }
    } else {
      for (const file of listFiles(path.join(root, where.dir), '.md')) {
        const text = fs.readFileSync(file, 'utf8');
        if (!/^---\r?\n/.test(text)) {
          records.push({ collection: name, file: shown(file), id: recordId(file, undefined), data: undefined, parseError: 'front matter missing: the file must start with a line "---"' });
          continue;
        }
        try {
          // A fresh options object stops gray-matter from caching parses across files.
          const parsed = matter(text, YAML_ENGINE);
          records.push({ collection: name, file: shown(file), id: recordId(file, parsed.data), data: parsed.data, body: parsed.content });
        } catch (e) {
          const reason = (e as Error).message.split('\n')[0];
          records.push({ collection: name, file: shown(file), id: recordId(file, undefined), data: undefined, parseError: `malformed front matter (${reason})` });
        }
      }
    }
  }
  return records;
}

/** Every photo a product names must exist and be a readable image. */
export async function checkImages(root: string, records: RawRecord[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const record of records.filter((r) => r.collection === 'products' && !r.parseError)) {
    const images = (record.data as { images?: { src?: unknown }[] }).images;
    if (!Array.isArray(images)) continue;
    for (const [i, image] of images.entries()) {
      if (typeof image?.src !== 'string') continue;
      const file = path.resolve(path.join(root, COLLECTION_PATHS.products.dir), image.src);
      const field = `images[${i}].src`;
      if (!fs.existsSync(file)) {
        problems.push({ severity: 'error', file: record.file, field, value: JSON.stringify(image.src), expected: `an image file that exists (looked for ${path.relative(process.cwd(), file)})` });
        continue;
      }
      try {
        const meta = await sharp(file).metadata();
        if (!meta.width || !meta.height) throw new Error('no size');
      } catch {
        problems.push({ severity: 'error', file: record.file, field, value: JSON.stringify(image.src), expected: `a readable JPEG, PNG, WebP or AVIF image (${path.relative(process.cwd(), file)} is corrupt or not an image)` });
      }
    }
  }
  return problems;
}
