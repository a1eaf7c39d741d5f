// What a distributor or a data user gets from the built site: the open-data files, the statistics,
// the QR codes, the supplier directory and the printable catalogue, checked against the content files.
import { Resvg } from '@resvg/resvg-js';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import jsQR from 'jsqr';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/shared/read-content';
import { certificateStatus, currentCertificate, isInForce, type Certificate } from '../../src/lib/certificates/certificate';
import { columnNames, producerColumns, productColumns, salesPointColumns } from '../../src/lib/publishing/exports';
import { paths, type Locale } from '../../src/lib/pages/routes';
import { page } from '../helpers/dist';
import { SITES, TEST_BUILD_DATE, type SiteUnderTest } from '../helpers/sites';

interface ProductRecord {
  name: string;
  producer?: string;
  productSet: string;
  district: string;
  certificates: Certificate[];
}
interface ProducerRecord {
  name: string;
  legalForm: string;
  district: string;
  contacts?: { phone?: string[]; email?: string; website?: string };
  address?: string;
}

/** The content as the files say it, read without the site's own catalogue code. */
function readSource(site: SiteUnderTest) {
  const records = readContent(site.contentDir).filter((r) => !r.parseError);
  const of = <T>(collection: string) => new Map(records.filter((r) => r.collection === collection).map((r) => [r.id, r.data as T]));
  const products = of<ProductRecord>('products');
  const setGroup = new Map([...of<{ group: string }>('productSets')].map(([id, s]) => [id, s.group]));
  const inForce = [...products].filter(([, p]) => {
    const current = currentCertificate(p.certificates, TEST_BUILD_DATE);
    return current !== undefined && isInForce(certificateStatus(current, TEST_BUILD_DATE));
  });
  return {
    site: of<{ url: string; dataDate: string; licence: { name: string; url: string } }>('site').get('site')!,
    products,
    producers: of<ProducerRecord>('producers'),
    salesPoints: of<{ name: string }>('salesPoints'),
    groups: [...of<unknown>('productGroups').keys()],
    districts: [...of<unknown>('districts').keys()],
    inForce: new Map(inForce),
    groupOf: (p: ProductRecord) => setGroup.get(p.productSet)!,
  };
}

const countBy = <T>(items: T[], key: (item: T) => string) => {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
};
const hasToneMarksAndD = (text: string) => /[đĐ]/.test(text) && /[\u0300-\u036f]/.test(text.normalize('NFD'));

describe.each(SITES)('open data of $name', (site) => {
  const source = readSource(site);
  const file = (rel: string) => fs.readFileSync(path.join(site.outDir, rel));
  const readCsv = (rel: string) => parse(file(rel), { bom: true, columns: true }) as Record<string, string>[];
  const csvFiles = [
    { rel: 'data/san-pham.csv', columns: columnNames(productColumns), records: source.products },
    { rel: 'data/chu-the.csv', columns: columnNames(producerColumns), records: source.producers },
    { rel: 'data/diem-ban.csv', columns: columnNames(salesPointColumns), records: source.salesPoints },
  ] as const;

  it('starts every CSV with a UTF-8 byte-order mark', () => {
    for (const f of csvFiles) expect([...file(f.rel).subarray(0, 3)], f.rel).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes one CSV row per content record, under the documented columns', () => {
    for (const f of csvFiles) {
      const text = file(f.rel).toString('utf8').replace(/^\uFEFF/, '');
      expect(text.split(/\r?\n/)[0], f.rel).toBe(f.columns.join(','));
      const rows = readCsv(f.rel);
      expect(rows.map((r) => r.id).sort(), f.rel).toEqual([...f.records.keys()].sort());
    }
  });

  it('keeps Vietnamese names exactly as the content files write them', () => {
    const names: string[] = [];
    for (const f of csvFiles) {
      for (const row of readCsv(f.rel)) {
        const record = f.records.get(row.id!) as { name: string };
        expect(row.name, `${f.rel} ${row.id}`).toBe(record.name);
        names.push(row.name!);
      }
    }
    // The check means something only if some name has both đ and tone marks.
    expect(names.some(hasToneMarksAndD)).toBe(true);
  });

  it('documents on the data page the very columns the files have, with the licence and the date of the data', () => {
    for (const locale of ['vi', 'en'] as Locale[]) {
      const root = page(site.outDir, paths.data(locale));
      for (const [key, f] of [['products', csvFiles[0]], ['producers', csvFiles[1]], ['salesPoints', csvFiles[2]]] as const) {
        const documented = root.querySelectorAll(`table[data-columns="${key}"] tbody th code`).map((c) => c.textContent);
        expect(documented, `${locale} ${key}`).toEqual([...f.columns]);
      }
      expect(root.querySelector('[data-licence]')!.getAttribute('href')).toBe(source.site.licence.url);
      expect(root.querySelector('[data-data-date]')!.getAttribute('data-data-date')).toBe(source.site.dataDate);
      for (const href of ['/data/catalogue.json', '/data/catalogue.schema.json', ...csvFiles.map((f) => `/${f.rel}`)]) {
        expect(root.querySelector(`a[href="${href}"]`), `${locale} ${href}`).not.toBeNull();
      }
      // The coordinates file is offered only when it holds a feature (tests/build/navigation.test.ts).
      const features = (JSON.parse(file('data/diem-ban.geojson').toString('utf8')) as { features: unknown[] }).features.length;
      expect(root.querySelectorAll('a[href="/data/diem-ban.geojson"]'), `${locale} GeoJSON`).toHaveLength(features > 0 ? 1 : 0);
    }
  });

  it('publishes catalogue.json valid against catalogue.schema.json, with every record', () => {
    const schema = JSON.parse(file('data/catalogue.schema.json').toString('utf8'));
    const doc = JSON.parse(file('data/catalogue.json').toString('utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    const ids = (list: { id: string }[]) => list.map((r) => r.id).sort();
    expect(ids(doc.products)).toEqual([...source.products.keys()].sort());
    expect(ids(doc.producers)).toEqual([...source.producers.keys()].sort());
    expect(ids(doc.salesPoints)).toEqual([...source.salesPoints.keys()].sort());
    expect(ids(doc.districts)).toEqual([...source.districts].sort());
    expect(doc).toMatchObject({ today: TEST_BUILD_DATE, dataDate: source.site.dataDate, licence: source.site.licence });
    const inForce = doc.products.filter((p: { inForce: boolean }) => p.inForce).map((p: { id: string }) => p.id);
    expect(inForce.sort()).toEqual([...source.inForce.keys()].sort());
  });
});

describe.each(SITES)('home page totals of $name', (site) => {
  const source = readSource(site);
  it.each(['vi', 'en'] as Locale[])('counts in %s the products in force and says the day they were counted for', (locale) => {
    const root = page(site.outDir, paths.home(locale));
    expect(Number(root.querySelector('[data-total="in-force"]')!.textContent!.replace(/\D/g, ''))).toBe(source.inForce.size);
    const date = root.querySelector('[data-total-date]')!;
    expect(date.getAttribute('data-total-date')).toBe(TEST_BUILD_DATE);
    expect(date.textContent).toMatch(locale === 'en' ? /^as of \d{1,2} \w+ \d{4}$/ : /^tính đến ngày \d{2}\/\d{2}\/\d{4}$/);
  });
});

describe.each(SITES)('statistics of $name', (site) => {
  const source = readSource(site);
  const inForce = [...source.inForce.values()];

  it.each(['vi', 'en'] as Locale[])('counts in %s what the content holds', (locale) => {
    const root = page(site.outDir, paths.statistics(locale));
    const stat = (name: string) => Number(root.querySelector(`[data-stat="${name}"]`)!.getAttribute('data-value'));
    expect(stat('products')).toBe(source.products.size);
    expect(stat('in-force')).toBe(source.inForce.size);

    const table = (id: string) =>
      new Map(root.querySelectorAll(`table[data-table="${id}"] tbody tr`).map((tr) => [tr.getAttribute('data-key')!, Number(tr.querySelector('td')!.getAttribute('data-value'))]));
    for (const id of ['by-stars', 'by-group', 'by-district', 'by-legal-form', 'by-year']) {
      const sum = [...table(id).values()].reduce((a, b) => a + b, 0);
      expect(sum, id).toBe(source.inForce.size);
    }
    const expect0 = (id: string, expected: Map<string, number>) => {
      for (const [key, count] of table(id)) expect(count, `${id} ${key}`).toBe(expected.get(key) ?? 0);
    };
    expect0('by-stars', countBy(inForce, (p) => String(currentCertificate(p.certificates, TEST_BUILD_DATE)!.stars)));
    expect0('by-group', countBy(inForce, source.groupOf));
    expect0('by-district', countBy(inForce, (p) => p.district));
    expect0('by-legal-form', countBy(inForce, (p) => (p.producer ? source.producers.get(p.producer)!.legalForm : 'none')));
    expect([...table('by-group').keys()].sort()).toEqual([...source.groups].sort());
    expect([...table('by-district').keys()].sort()).toEqual([...source.districts].sort());
  });

  it('keeps the programme’s published figures in their own section, national ones apart', () => {
    const root = page(site.outDir, paths.statistics('vi'));
    const published = root.querySelector('[data-published-figures]')!;
    expect(published.querySelector('[data-stat]')).toBeNull();
    expect(root.querySelector('[data-stat]')!.closest('[data-published-figures]')).toBeNull();
    for (const row of root.querySelectorAll('[data-figures="national"] [data-figure]')) expect(row.closest('[data-scope="national"]')).not.toBeNull();
  });
});

describe.each(SITES)('QR codes of $name', (site) => {
  const source = readSource(site);

  it('decodes each product’s QR code to its canonical address', () => {
    for (const id of source.products.keys()) {
      const svg = fs.readFileSync(path.join(site.outDir, paths.productQr(id)), 'utf8');
      const image = new Resvg(svg, { background: '#ffffff', fitTo: { mode: 'width', value: 400 } }).render();
      const decoded = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
      expect(decoded?.data, id).toBe(new URL(paths.product('vi', id), source.site.url).href);
      expect(svg, id).toMatch(/^<svg role="img" aria-label="[^"]+"/);
    }
  });
});

/** Any contact a record gives (phones, email, website, social pages), read without the site's own code. */
const hasAnyContact = (contacts: object | undefined) => Object.values(contacts ?? {}).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));

describe.each(SITES)('supplier directory of $name', (site) => {
  const source = readSource(site);
  const producersOfGroup = (group: string) =>
    new Set([...source.products.values()].filter((p) => p.producer && source.groupOf(p) === group).map((p) => p.producer!));

  it.each(['vi', 'en'] as Locale[])('lists every producer in %s, and on each group page only that group’s', (locale) => {
    const cards = (url: string) => page(site.outDir, url).querySelectorAll('[data-supplier]').map((li) => li.getAttribute('data-supplier')!);
    expect(cards(paths.suppliers(locale)).sort()).toEqual([...source.producers.keys()].sort());
    for (const group of source.groups) expect(cards(paths.supplierGroup(locale, group)).sort(), group).toEqual([...producersOfGroup(group)].sort());
  });

  it('turns contacts into actions and says so when there are none', () => {
    const root = page(site.outDir, paths.suppliers('vi'));
    for (const [id, producer] of source.producers) {
      const card = root.querySelector(`[data-supplier="${id}"]`)!;
      const c = producer.contacts ?? {};
      if (!c.phone?.length && !c.email && !c.website) {
        // A card with an address shows it where the contacts go; only one with neither says "none".
        if (producer.address) expect(card.querySelector('[data-contacts]')!.textContent, id).toContain(producer.address);
        else expect(card.querySelector('[data-contacts="none"]'), id).not.toBeNull();
        continue;
      }
      expect(card.querySelectorAll('a[href^="tel:"]').map((a) => a.textContent), id).toEqual(c.phone ?? []);
      if (c.email) expect(card.querySelector(`a[href="mailto:${c.email}"]`), id).not.toBeNull();
      if (c.website) {
        const a = card.querySelector(`a[href="${c.website}"]`)!;
        expect(a.getAttribute('target')).toBe('_blank');
        expect(a.getAttribute('rel')).toContain('noopener');
      }
    }
  });

  it('gives each card the facts the filter script reads', () => {
    const root = page(site.outDir, paths.suppliers('en'));
    for (const [id, producer] of source.producers) {
      const card = root.querySelector(`[data-supplier="${id}"]`)!;
      expect(card.getAttribute('data-district')).toBe(producer.district);
      expect(card.getAttribute('data-legal-form')).toBe(producer.legalForm);
    }
    expect(root.querySelector('form[data-supplier-filter]')!.hasAttribute('hidden')).toBe(true);
    expect(root.querySelector('script[type="module"][src]')).not.toBeNull();
  });

  it('says how many producers have contacts, and gives an empty group one plain sentence and no filters', () => {
    const withContacts = [...source.producers.values()].filter((p) => hasAnyContact(p.contacts)).length;
    const share = page(site.outDir, paths.suppliers('en')).querySelector('[data-contacts-share]')!.textContent;
    expect(share).toEqual(withContacts === 0 ? expect.stringContaining('No source gives the contacts') : `${withContacts} of ${source.producers.size} producers have contacts given by a source.`);
    const empty = source.groups.find((g) => producersOfGroup(g).size === 0);
    if (!empty) return;
    const root = page(site.outDir, paths.supplierGroup('en', empty));
    expect(root.querySelector('[data-suppliers-empty]')!.textContent).toMatch(/^The catalogue has no producer with products in the group .+ yet\.$/);
    expect(root.querySelector('form[data-supplier-filter]')).toBeNull();
    expect(root.querySelector('[data-contacts-share]')).toBeNull();
  });
});

describe.each(SITES)('printable catalogue of $name', (site) => {
  const source = readSource(site);

  it.each(['vi', 'en'] as Locale[])('lists in %s every product in force once, grouped by product group, each group on a new page', (locale) => {
    const root = page(site.outDir, paths.print(locale));
    const rows = root.querySelectorAll('[data-print-group] [data-product]').map((tr) => tr.getAttribute('data-product')!);
    expect(rows.sort()).toEqual([...source.inForce.keys()].sort());
    for (const section of root.querySelectorAll('[data-print-group]')) {
      expect(section.classList.contains('print:break-before-page')).toBe(true);
      for (const tr of section.querySelectorAll('[data-product]')) {
        expect(source.groupOf(source.inForce.get(tr.getAttribute('data-product')!)!)).toBe(section.getAttribute('data-print-group'));
      }
    }
    expect(root.querySelector('[data-print-cover] [data-data-date]')!.getAttribute('data-data-date')).toBe(source.site.dataDate);
  });

  it('has a contacts column only when some producer in it has contacts or an address, and says so otherwise', () => {
    const printed = [...source.inForce.values()].flatMap((p) => (p.producer ? [source.producers.get(p.producer)!] : []));
    const any = printed.some((p) => Boolean(p.address) || hasAnyContact(p.contacts));
    const root = page(site.outDir, paths.print('en'));
    const headers = root.querySelectorAll('[data-print-group] thead th').map((th) => th.textContent.trim());
    expect(headers.includes('Contacts')).toBe(any);
    expect(root.querySelector('[data-print-no-contacts]') !== null).toBe(!any && source.inForce.size > 0);
  });
});

describe.each(SITES)('pages of this area in $name', (site) => {
  const source = readSource(site);
  const urls = (['vi', 'en'] as Locale[]).flatMap((l) => [
    paths.data(l),
    paths.statistics(l),
    paths.print(l),
    paths.suppliers(l),
    ...source.groups.map((g) => paths.supplierGroup(l, g)),
  ]);

  it('have one h1, a title and a description, and no inline style or script', () => {
    for (const url of urls) {
      const root = page(site.outDir, url);
      expect(root.querySelectorAll('h1'), url).toHaveLength(1);
      expect(root.querySelector('title')!.textContent.trim(), url).not.toBe('');
      expect(root.querySelector('meta[name="description"]')!.getAttribute('content')!.trim(), url).not.toBe('');
      expect(root.querySelectorAll('[style]'), url).toHaveLength(0);
      expect(root.querySelectorAll('style'), url).toHaveLength(0);
      const inline = root.querySelectorAll('script:not([src])').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(inline, url).toHaveLength(0);
    }
  });
});
