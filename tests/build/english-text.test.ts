// English pages of records show the record's English text, marked as a translation of its
// Vietnamese text (issue 25): no product, producer, sales point or district page says "no English
// text has been written yet" when its record has Vietnamese text; every About section of an English
// record page is lang="en"; the line under the English text links the record's Vietnamese page and
// the Vietnamese text is one click away. Pages come from the build, records from the content folder.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/shared/read-content';
import { paths } from '../../src/lib/pages/routes';
import { plainText } from '../../src/lib/search/search-record';
import { fileForUrl, page } from '../helpers/dist';
import { pagesOfShape } from '../helpers/route-patterns';
import { SITES } from '../helpers/sites';
import fs from 'node:fs';

type RecordPage = 'product' | 'producer' | 'sales-point' | 'district';

const COLLECTION: Record<RecordPage, string> = { product: 'products', producer: 'producers', 'sales-point': 'salesPoints', district: 'districts' };
const VI_PATH: Record<RecordPage, (id: string) => string> = {
  product: (id) => paths.product('vi', id),
  producer: (id) => paths.producer('vi', id),
  'sales-point': (id) => paths.salesPoint('vi', id),
  district: (id) => paths.district('vi', id),
};

/** The Vietnamese text of each record by page type and id: the body, or the description field. */
function vietnameseTexts(contentDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const r of readContent(contentDir)) {
    const type = (Object.keys(COLLECTION) as RecordPage[]).find((t) => COLLECTION[t] === r.collection);
    if (!type || r.parseError) continue;
    const data = r.data as { description?: string };
    const text = r.collection === 'products' || r.collection === 'producers' ? (r.body ?? '') : (data.description ?? '');
    texts.set(`${type} ${r.id}`, plainText(text));
  }
  return texts;
}

/** Text for comparing a body with its rendering: spaces collapsed, the typographic quotes Markdown makes of " and ' made plain. */
const squash = (s: string) => s.normalize('NFC').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

describe.each(SITES)('English text on the English record pages of $name', (site) => {
  const recordPages = () =>
    (Object.keys(VI_PATH) as RecordPage[]).flatMap((type) =>
      pagesOfShape(site.outDir, (type === 'product' ? paths.product : type === 'producer' ? paths.producer : type === 'sales-point' ? paths.salesPoint : paths.district)('en', '*')).map((p) => ({
        ...p,
        type,
        id: p.url.split('/').filter(Boolean).at(-1)!,
      })),
    );

  it('never says "no English text" on a page whose record has Vietnamese text, and shows the English text instead', () => {
    const texts = vietnameseTexts(site.contentDir);
    const pages = recordPages();
    const counts = new Map<RecordPage, number>();
    const untranslated: string[] = [];
    for (const p of pages) {
      const vietnamese = texts.get(`${p.type} ${p.id}`);
      expect(vietnamese, `${p.url}: no record ${p.type} ${p.id} in ${site.contentDir}`).toBeDefined();
      if (!vietnamese) continue;
      counts.set(p.type, (counts.get(p.type) ?? 0) + 1);
      const root = page(site.outDir, p.url);
      if (root.querySelector('[data-no-english]') || !root.querySelector('[data-about] [data-english-text][lang="en"]')) untranslated.push(p.url);
    }
    // Every kind of record page was looked at, so the test cannot pass by finding none.
    for (const type of ['product', 'producer', 'sales-point', 'district'] as const) expect(counts.get(type) ?? 0, `English ${type} pages with Vietnamese text`).toBeGreaterThan(0);
    expect(untranslated).toEqual([]);
  });

  it('marks every About section of an English record page lang="en", and the Vietnamese in it lang="vi"', () => {
    const wrong: string[] = [];
    let sections = 0;
    for (const p of recordPages()) {
      const about = page(site.outDir, p.url).querySelector('section[aria-labelledby="about"]');
      if (!about) continue;
      sections++;
      if (about.getAttribute('lang') !== 'en') wrong.push(`${p.url}: section lang=${about.getAttribute('lang')}`);
      for (const details of about.querySelectorAll('details')) {
        if (!details.querySelector('[lang="vi"]')) wrong.push(`${p.url}: the Vietnamese text is not marked lang="vi"`);
      }
    }
    expect(sections).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('says the English text is translated from the Vietnamese page it links, and keeps that text one click away', () => {
    const texts = vietnameseTexts(site.contentDir);
    const wrong: string[] = [];
    let checked = 0;
    for (const p of recordPages()) {
      const root = page(site.outDir, p.url);
      const english = root.querySelector('[data-about] [data-english-text]');
      if (!english) continue;
      checked++;
      const link = root.querySelector('[data-about] [data-translation-note] a');
      const viPath = VI_PATH[p.type](p.id);
      if (link?.getAttribute('href') !== viPath || link.getAttribute('hreflang') !== 'vi') wrong.push(`${p.url}: the translation line links ${link?.getAttribute('href')}, not ${viPath}`);
      else if (!fs.existsSync(fileForUrl(site.outDir, viPath))) wrong.push(`${p.url}: ${viPath} is not built`);
      const vietnamese = texts.get(`${p.type} ${p.id}`) ?? '';
      const shown = root.querySelector('[data-about] details[data-vietnamese-text] [lang="vi"]')?.textContent ?? '';
      if (vietnamese && !squash(shown).includes(squash(vietnamese).slice(0, 60))) wrong.push(`${p.url}: the Vietnamese text is not behind "Show the Vietnamese text"`);
    }
    expect(checked).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});
