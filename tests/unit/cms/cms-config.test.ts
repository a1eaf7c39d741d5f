// The content editor's configuration (src/lib/cms/config.ts) against src/lib/content/schema.ts: every field of
// products and producers has an editor field, with a Vietnamese label, the right widget and choices.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsConfig, CmsFieldError, collectionFields, DATE_WIDGET, editorPageData, ENTRY_FORMAT, schemaFields, type CmsField, type CmsInputs } from '../../../src/lib/cms/config';
import { producerSchema, productSchema } from '../../../src/lib/content/schema';
import { cmsInputs } from '../../../scripts/cms/admin-files';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const inputs = cmsInputs(path.join(ROOT, 'content'), ROOT);

/** Every field path of a schema ("certificates.stars"), found by Zod's own JSON Schema, not by the generator. */
function schemaPaths(schema: z.ZodType): string[] {
  const paths: string[] = [];
  const walk = (node: Record<string, unknown>, prefix: string) => {
    const items = node.items as Record<string, unknown> | undefined;
    const target = node.type === 'array' && items ? items : node;
    const properties = target.properties as Record<string, Record<string, unknown>> | undefined;
    if (!properties) return;
    for (const [name, child] of Object.entries(properties)) {
      const p = prefix ? `${prefix}.${name}` : name;
      paths.push(p);
      walk(child, p);
    }
  };
  walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>, '');
  return paths.sort();
}

/** Every field path of the editor's fields. */
function editorPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const p = prefix ? `${prefix}.${f.name}` : f.name;
    const nested = (f.fields as CmsField[] | undefined) ?? [];
    return [p, ...editorPaths(nested, p)];
  });
}

const find = (fields: CmsField[], dotted: string): CmsField => {
  const [head, ...rest] = dotted.split('.');
  const field = fields.find((f) => f.name === head);
  if (!field) throw new Error(`no editor field ${dotted}`);
  return rest.length ? find(field.fields as CmsField[], rest.join('.')) : field;
};

describe('content editor configuration', () => {
  for (const [collection, schema] of [
    ['products', productSchema],
    ['producers', producerSchema],
  ] as const) {
    it(`has an editor field for every schema field of ${collection}, and no other`, () => {
      const fields = collectionFields(collection, inputs);
      const paths = schemaPaths(schema);
      expect(paths.length).toBeGreaterThan(10);
      expect(editorPaths(fields).filter((p) => p !== 'body').sort()).toEqual(paths);
      for (const p of editorPaths(fields)) expect(find(fields, p).label, p).toMatch(/\p{L}/u);
    });
  }

  it('marks required what the schema requires, sources with at least one item', () => {
    const fields = collectionFields('products', inputs);
    expect(find(fields, 'name').required).toBe(true);
    expect(find(fields, 'nameEn').required).toBe(false);
    expect(find(fields, 'sources')).toMatchObject({ required: true, widget: 'list', min: 1 });
    expect(find(fields, 'sources.url')).toMatchObject({ required: true, widget: 'string' });
    // Dates are typed dd/mm/yyyy in the editor's own widget, whatever the browser's language.
    expect(find(fields, 'sources.date')).toMatchObject({ required: false, widget: DATE_WIDGET });
    expect(find(fields, 'certificates.date')).toMatchObject({ required: false, widget: DATE_WIDGET });
    // Stars are required unless "the source gives no star level" is on: shown as required (the label
    // does not say "không bắt buộc"); the editor's validation applies the exception.
    expect(find(fields, 'certificates.stars').required).toBe(true);
    expect(find(fields, 'certificates.starsUnknown')).toMatchObject({ required: false, widget: 'boolean' });
    // Inside an optional object nothing is required (the check still requires revoked.date).
    expect(find(fields, 'certificates.revoked.date').required).toBe(false);
  });

  it('edits the English text as a long text with its date, and hides its digest (written by npm run translations)', () => {
    for (const collection of ['products', 'producers'] as const) {
      const fields = collectionFields(collection, inputs);
      expect(find(fields, 'english')).toMatchObject({ widget: 'object', required: false, label: 'Bản tiếng Anh' });
      expect(find(fields, 'english.description')).toMatchObject({ widget: 'text', required: false });
      expect(find(fields, 'english.translatedOn')).toMatchObject({ widget: DATE_WIDGET });
      expect(find(fields, 'english.sourceDigest')).toMatchObject({ widget: 'hidden' });
      expect(find(fields, 'english').hint).toMatch(/dịch/);
    }
  });

  it('offers selects for stars, level, district and product set, and the producer as a relation', () => {
    const fields = collectionFields('products', inputs);
    expect(find(fields, 'certificates.stars')).toMatchObject({
      widget: 'select',
      options: [
        { label: '3 sao', value: 3 },
        { label: '4 sao', value: 4 },
        { label: '5 sao', value: 5 },
      ],
    });
    expect(find(fields, 'certificates.level').options).toEqual([
      { label: 'cấp huyện', value: 'district' },
      { label: 'cấp tỉnh', value: 'province' },
      { label: 'cấp trung ương (quốc gia)', value: 'national' },
    ]);
    expect(find(fields, 'producer')).toMatchObject({ widget: 'relation', collection: 'producers', value_field: '{{slug}}' });
    const districts = find(fields, 'district');
    expect(districts.widget).toBe('select');
    expect(districts.options).toContainEqual({ label: 'huyện Tiên Phước', value: 'tien-phuoc' });
    expect((find(fields, 'productSet').options as { value: string }[]).map((o) => o.value)).toContain('gia-vi-khac');
    const producers = collectionFields('producers', inputs);
    expect(find(producers, 'legalForm').options).toContainEqual({ label: 'hợp tác xã', value: 'hợp tác xã' });
    expect(find(producers, 'qualitySystems')).toMatchObject({ widget: 'select', multiple: true });
  });

  it('refuses a schema field without a Vietnamese label', () => {
    const grown = producerSchema.extend({ fax: z.string().optional() });
    expect(() => schemaFields('producers', grown, inputs)).toThrow(CmsFieldError);
    expect(() => schemaFields('producers', grown, inputs)).toThrow('the field fax has no Vietnamese label');
  });

  it('saves into the content folder of the repository, in its own format', () => {
    const config = cmsConfig(inputs) as { collections: { name: string; folder: string; format: string }[]; media_folder: string };
    expect(config.collections.map((c) => [c.name, c.folder, c.format])).toEqual([
      ['products', 'content/products', ENTRY_FORMAT],
      ['producers', 'content/producers', ENTRY_FORMAT],
    ]);
    expect(config.media_folder).toBe('content/images');
    const other = cmsConfig(cmsInputs(path.join(ROOT, 'tests/fixtures/other-province'), ROOT)) as { collections: { folder: string }[] };
    expect(other.collections[0].folder).toBe('tests/fixtures/other-province/products');
  });
});

describe('content editor configuration: Vietnamese, lists, publishing', () => {
  const config = cmsConfig(inputs) as Record<string, unknown> & { collections: Record<string, unknown>[] };

  it('speaks Vietnamese and names every list item in Vietnamese ("Thêm chứng nhận", not "Add chứng nhận ocop")', () => {
    expect(config.locale).toBe('vi');
    const lists: [string, CmsField][] = [];
    const walk = (fields: CmsField[], prefix: string) => {
      for (const f of fields) {
        const p = prefix ? `${prefix}.${f.name}` : f.name;
        if (f.widget === 'list') lists.push([p, f]);
        if (f.fields) walk(f.fields as CmsField[], p);
      }
    };
    walk(collectionFields('products', inputs), '');
    walk(collectionFields('producers', inputs), '');
    expect(lists.map(([p]) => p)).toEqual(expect.arrayContaining(['certificates', 'sources', 'formerSlugs', 'contacts.phone']));
    for (const [p, f] of lists) {
      expect(f.label_singular, p).toMatch(/^[\p{Ll} ]+$/u);
      expect(f.label_singular, p).not.toMatch(/ocop|add/i);
    }
    // A collapsed certificate shows its stars and decision, not its first field's raw value ("province").
    expect(find(collectionFields('products', inputs), 'certificates').summary).toMatch(/\{\{stars\}\}.*\{\{decision\}\}/);
  });

  it('lists records with their producer and district beside the name', () => {
    for (const c of config.collections) expect(c.summary).toBe('{{name}}{{__listContext}}');
  });

  it('goes through the editorial workflow: a branch and a pull request per entry', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('links "Xem bản hoàn chỉnh" to the record on the configured site, and hides it for a placeholder address', () => {
    // content/site.json holds the placeholder https://ocop-quangnam.example.
    expect(inputs.siteUrl).toMatch(/\.example$/);
    expect(config).not.toHaveProperty('site_url');
    expect(config).not.toHaveProperty('display_url');
    const real = cmsConfig({ ...inputs, siteUrl: 'https://ocop.quangnam.gov.vn' } as CmsInputs) as typeof config;
    expect(real.site_url).toBe('https://ocop.quangnam.gov.vn');
    expect(real.display_url).toBe('https://ocop.quangnam.gov.vn');
    expect(real.collections.map((c) => c.preview_path)).toEqual(['san-pham/{{slug}}/', 'chu-the/{{slug}}/']);
  });

  it('hands the editor the names behind slugs and the site\'s time zone', () => {
    const data = editorPageData(inputs);
    expect(data.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(data.names.producers['cong-ty-tnhh-son-tien']).toBe('Công ty TNHH Sơn Tiến');
    expect(data.names.districts['tien-phuoc']).toBe('huyện Tiên Phước');
    expect(data.names.productSets['gia-vi-khac']).toMatch(/Gia vị khác/);
    expect(Object.keys(data.names.producers).length).toBe(fs.readdirSync(path.join(ROOT, 'content/producers')).filter((f) => f.endsWith('.md')).length);
  });
});
