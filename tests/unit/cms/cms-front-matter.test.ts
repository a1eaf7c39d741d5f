// The content editor's file format (src/lib/cms/front-matter.ts) against Decap CMS's own "frontmatter"
// format (decap-cms-core/src/formats/frontmatter.ts, which the editor used before): on every product
// and producer file, both read the same data and write the same file, byte for byte; only the list
// line (producer and district by name) is added when reading, and never written.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FrontmatterInfer } from '../../../node_modules/decap-cms-core/src/formats/frontmatter';
import yaml from '../../../node_modules/decap-cms-core/src/formats/yaml';
import { LIST_CONTEXT_FIELD, type EditorNames } from '../../../src/lib/cms/display';
import { frontMatterFormat, splitFrontMatter } from '../../../src/lib/cms/front-matter';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const names: EditorNames = { producers: { 'cong-ty-tnhh-son-tien': 'Công ty TNHH Sơn Tiến' }, districts: { 'tien-phuoc': 'huyện Tiên Phước' }, productSets: {}, salesPoints: {} };
const format = frontMatterFormat(yaml, names);
const files = ['products', 'producers'].flatMap((c) =>
  fs
    .readdirSync(path.join(ROOT, 'content', c))
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join(ROOT, 'content', c, f)),
);
// The order the editor writes fields in: the form's order (Decap passes it as sortedKeys).
const ORDER = ['slug', 'formerSlugs', 'name', 'nameEn', 'summaryEn', 'producer', 'productSet', 'district', 'commune', 'certificates', 'sources', 'body'];

describe("the editor's file format is Decap's front matter", () => {
  it('reads every content file as Decap does, plus the list line', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const { [LIST_CONTEXT_FIELD]: line, ...data } = format.fromFile(text);
      expect(data, file).toEqual(FrontmatterInfer.fromFile(text));
      expect(typeof line).toBe('string');
    }
  });

  it('writes what Decap writes, without the list line', () => {
    for (const file of files) {
      const data = FrontmatterInfer.fromFile(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      expect(format.toFile({ ...data, [LIST_CONTEXT_FIELD]: ' — x' }, ORDER), file).toBe(FrontmatterInfer.toFile(data, ORDER));
    }
    expect(format.toFile({ name: 'x', body: 'Mô tả.\n' })).toBe(FrontmatterInfer.toFile({ name: 'x', body: 'Mô tả.\n' }));
    expect(format.toFile({ name: 'x' })).toBe('---\nname: x\n---\n');
  });

  it('names the producer and district beside the name', () => {
    const text = fs.readFileSync(path.join(ROOT, 'content/products/tieu-tien-phuoc.md'), 'utf8');
    expect(format.fromFile(text)[LIST_CONTEXT_FIELD]).toBe(' — Công ty TNHH Sơn Tiến, huyện Tiên Phước');
  });

  it('splits front matter and body as gray-matter does', () => {
    expect(splitFrontMatter('---\na: 1\n---\nbody\n')).toEqual({ matter: '\na: 1', body: 'body\n' });
    expect(splitFrontMatter('---\r\na: 1\r\n---\r\nbody')).toEqual({ matter: '\r\na: 1\r', body: 'body' });
    expect(splitFrontMatter('no front matter')).toEqual({ body: 'no front matter' });
    expect(splitFrontMatter('---\na: 1\n')).toEqual({ matter: '\na: 1\n', body: '' });
  });
});
