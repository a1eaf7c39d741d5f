// Search on the built sites, in Chromium: Vietnamese typing habits (tone marks or not, case,
// spaces, "d" for "đ"), filters, the empty state, the URL as the state of a search, no JavaScript.
// Also prints what one search downloads (npm run bench measures the same on large catalogues).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/shared/read-content';
import { paths, type Locale } from '../../src/lib/pages/routes';
import { plainText } from '../../src/lib/search/search-record';
import { foldVietnamese } from '../../src/lib/content/slug';
import { useSite } from '../helpers/browser';
import { nodeSearch } from '../helpers/search-node';
import { fileForUrl } from '../helpers/dist';
import { FIXTURE, REAL } from '../helpers/sites';

const real = useSite(REAL);
const fixture = useSite(FIXTURE);

const STATUS = '[data-search-status]';
const RESULT = '[data-search-results] > li';

/** Products of the real content whose Vietnamese name, folded, contains the words. */
function productsNamed(folded: string): string[] {
  return readContent(REAL.contentDir)
    .filter((r) => r.collection === 'products')
    .filter((r) => foldVietnamese(String((r.data as { name?: string })?.name ?? '')).toLowerCase().includes(folded))
    .map((r) => r.id);
}

/** Waits until the page has answered (the status holds a count) and returns the result URLs, best first. */
async function results(page: Page): Promise<string[]> {
  await expect.poll(() => page.locator(STATUS).textContent(), { timeout: 15_000 }).toMatch(/\d/);
  await expect.poll(() => page.locator('[data-search-results]').getAttribute('aria-busy')).toBeNull();
  return page.locator(RESULT).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.resultUrl ?? ''));
}

async function searchFor(site: typeof real, sitePath: string): Promise<{ page: Page; urls: string[] }> {
  const page = await site.newPage();
  await site.goto(page, sitePath);
  return { page, urls: await results(page) };
}

const slugOf = (url: string) => url.split('/').filter(Boolean).at(-1)!;
const searchUrl = (locale: Locale, query: string) => `${paths.search(locale)}?${query}`;

describe('search: Vietnamese typing habits (real catalogue)', () => {
  it('gives the same first results for "banh trang", "bánh tráng", "BÁNH TRÁNG" and extra spaces', async () => {
    const lists: string[][] = [];
    for (const q of ['banh trang', 'bánh tráng', 'BÁNH TRÁNG', '  Bánh   tráng ']) {
      const { page, urls } = await searchFor(real, searchUrl('vi', new URLSearchParams({ q }).toString()));
      expect(urls.length, q).toBeGreaterThan(0);
      lists.push(urls.slice(0, 5));
      expect(real.problems(page)).toEqual([]);
    }
    for (const list of lists.slice(1)) expect(list).toEqual(lists[0]);
    // And the first is a bánh tráng, not a product that merely says "trắng" somewhere.
    expect(productsNamed('banh trang')).toContain(slugOf(lists[0]![0]!));
  });

  it('finds every sesame oil (dầu mè) for "dau me", first', async () => {
    const oils = productsNamed('dau me');
    expect(oils.length).toBeGreaterThan(1);
    const { urls } = await searchFor(real, searchUrl('vi', 'q=dau+me'));
    const productSlugs = urls.filter((u) => u.startsWith(paths.products('vi'))).map(slugOf);
    expect(productSlugs.slice(0, oils.length).sort()).toEqual([...oils].sort());
  });

  it('finds the lanterns (đèn lồng) for "den long", in both languages', async () => {
    const lanterns = productsNamed('den long');
    expect(lanterns.length).toBeGreaterThan(0);
    for (const locale of ['vi', 'en'] as const) {
      const { page, urls } = await searchFor(real, searchUrl(locale, 'q=den+long'));
      expect(lanterns, `${locale}: first result ${urls[0]}`).toContain(slugOf(urls[0]!));
      for (const id of lanterns) expect(urls).toContain(paths.product(locale, id));
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
    }
  });

  it('finds the fish sauces by their English names in the English index ("fish sauce")', async () => {
    const sauces = readContent(REAL.contentDir)
      .filter((r) => r.collection === 'products')
      .filter((r) => /fish sauce/i.test(String((r.data as { nameEn?: string })?.nameEn ?? '')))
      .map((r) => r.id);
    expect(sauces.length).toBeGreaterThan(1);
    const { page, urls } = await searchFor(real, searchUrl('en', 'q=fish+sauce'));
    const products = urls.filter((u) => u.startsWith(paths.products('en')));
    expect(products.slice(0, sauces.length).map(slugOf).sort()).toEqual([...sauces].sort());
    expect(urls.every((u) => u.startsWith('/en/'))).toBe(true);
    // The cards show the English names.
    expect(await page.locator(`${RESULT} h3`).first().textContent()).toMatch(/fish sauce/i);
  });

  it('finds a description word typed without đ ("dac san") as well as with it', async () => {
    const plain = (await searchFor(real, searchUrl('vi', 'q=dac+san'))).urls;
    const marked = (await searchFor(real, searchUrl('vi', `q=${encodeURIComponent('đặc sản')}`))).urls;
    expect(plain.length).toBeGreaterThan(0);
    // The same records; typed with its marks, the exact spelling ranks first, so only the order may differ.
    expect([...plain].sort()).toEqual([...marked].sort());
  });
});

/** Every Vietnamese record page of the real build with the record's own text, as the index gets it. */
function recordTexts(): Map<string, string> {
  const out = new Map<string, string>();
  for (const folder of [paths.products('vi'), paths.producers('vi'), paths.salesPoints('vi')]) {
    const dir = path.join(REAL.outDir, folder);
    for (const slug of fs.readdirSync(dir)) {
      const file = path.join(dir, slug, 'index.html');
      if (!fs.existsSync(file)) continue;
      const html = fs.readFileSync(file, 'utf8');
      if (!html.includes('data-search-record')) continue;
      const root = parse(html);
      const text = root
        .querySelectorAll('[data-record-field]')
        .map((el) => el.textContent)
        .join(' ');
      out.set(`${folder}${slug}/`, text);
    }
  }
  return out;
}

/** Shows every result ("show more" until there is no more) and returns their URLs in order. */
async function allResults(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  for (let shown = await page.locator(RESULT).count(); !(await more.isHidden()); ) {
    await more.evaluate((b) => (b as HTMLButtonElement).click());
    await expect.poll(() => page.locator(RESULT).count()).toBeGreaterThan(shown);
    shown = await page.locator(RESULT).count();
  }
  return page.locator(RESULT).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.resultUrl ?? ''));
}

/** The words of a text, lowercase, tone marks kept. */
const wordsOf = (text: string) => new Set(text.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
const foldedWordsOf = (text: string) => new Set([...wordsOf(text)].map((w) => foldVietnamese(w)));

describe('search relevance: the record’s own words, whole words first, exact tone marks first (real catalogue)', () => {
  const texts = recordTexts();

  it('indexes the record’s own text only, never the page’s labels', () => {
    expect(texts.size).toBeGreaterThan(200);
    for (const html of [...texts.keys()].slice(0, 30).map((u) => fs.readFileSync(fileForUrl(REAL.outDir, u), 'utf8'))) {
      expect(html.match(/data-pagefind-body/g)).toHaveLength(1);
      expect(parse(html).querySelector('[data-pagefind-body]')?.hasAttribute('data-search-record')).toBe(true);
    }
  });

  it('"trà" finds exactly the records whose own text has the word trà/tra or a synonym, chè or tea (none through "Tình trạng" or "tráng")', async () => {
    // The synonyms with their own marks: "chế" (processed) is not "chè".
    const expected = [...texts].filter(([, t]) => foldedWordsOf(t).has('tra') || wordsOf(t).has('chè') || wordsOf(t).has('tea')).map(([u]) => u);
    expect(expected.length).toBeGreaterThan(5);
    expect(expected.length).toBeLessThan(texts.size / 3);
    const { page } = await searchFor(real, searchUrl('vi', `q=${encodeURIComponent('trà')}`));
    const total = Number(/^(\d+)/.exec((await page.locator(STATUS).textContent()) ?? '')?.[1]);
    const urls = await allResults(page);
    expect(urls).toHaveLength(total);
    for (const url of urls) expect(expected, url).toContain(url);
    const withTra = expected.filter((u) => foldedWordsOf(texts.get(u)!).has('tra'));
    for (const url of withTra) expect(urls).toContain(url);
  });

  it('"den" finds only records with đèn, đen or den in their own text', async () => {
    const { urls } = await searchFor(real, searchUrl('vi', 'q=den'));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      const words = wordsOf(texts.get(url) ?? '');
      expect(['đèn', 'đen', 'den'].some((w) => words.has(w)), `${url}: ${texts.get(url)}`).toBe(true);
    }
  });

  it('"đèn" ranks every lamp (đèn) above every black (đen) product', async () => {
    const { page } = await searchFor(real, searchUrl('vi', `q=${encodeURIComponent('đèn')}`));
    const urls = await allResults(page);
    const lamp = (u: string) => wordsOf(texts.get(u) ?? '').has('đèn');
    const black = (u: string) => !lamp(u) && wordsOf(texts.get(u) ?? '').has('đen');
    const lamps = urls.map((u, i) => (lamp(u) ? i : -1)).filter((i) => i >= 0);
    const blacks = urls.map((u, i) => (black(u) ? i : -1)).filter((i) => i >= 0);
    expect(lamps.length).toBeGreaterThan(2);
    expect(blacks.length).toBeGreaterThan(2);
    expect(Math.max(...lamps)).toBeLessThan(Math.min(...blacks));
    // Typed without tone marks, the same records are found (tone-less typing keeps working).
    const plain = (await searchFor(real, searchUrl('vi', 'q=den'))).urls;
    expect(plain.length).toBeGreaterThan(0);
    for (const u of plain) expect(urls).toContain(u);
  });

  it('the language switch keeps the query and the filters', async () => {
    const { page } = await searchFor(real, searchUrl('vi', `q=${encodeURIComponent('trà')}&type=product`));
    await page.fill('#search-query', 'mật ong');
    await page.waitForURL(/q=m%E1%BA%ADt\+ong/);
    await results(page);
    await page.click('[data-language-switch]');
    await page.waitForURL((u) => u.pathname === paths.search('en'));
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('mật ong');
    expect(url.searchParams.getAll('type')).toEqual(['product']);
    expect((await results(page)).length).toBeGreaterThan(0);
    expect(await page.inputValue('#search-query')).toBe('mật ong');
    expect(await page.isChecked('#filter-type-product')).toBe(true);
  });
});

describe('search: filters and the URL', () => {
  it('with a district filter, returns only that district’s records', async () => {
    const district = 'hoi-an';
    const { page, urls } = await searchFor(real, searchUrl('vi', `q=den+long&district=${district}`));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      const html = fs.readFileSync(fileForUrl(REAL.outDir, url), 'utf8');
      expect(html, url).toContain(`data-pagefind-filter="district:${district}"`);
    }
    expect(await page.locator(`#filter-district-${district}`).isChecked()).toBe(true);
    // Without the filter the same words find more than the one district.
    const all = (await searchFor(real, searchUrl('vi', 'q=nuoc+mam'))).urls;
    const inDistrict = (await searchFor(real, searchUrl('vi', 'q=nuoc+mam&district=nui-thanh'))).urls;
    expect(inDistrict.length).toBeGreaterThan(0);
    expect(inDistrict.length).toBeLessThan(all.length);
    for (const url of inDistrict) expect(all).toContain(url);
  });

  it('keeps the query, filters and sort in the URL as they change, and a reload restores them', async () => {
    const page = await real.newPage();
    await real.goto(page, paths.search('vi'));
    await page.fill('#search-query', 'nước mắm');
    await page.waitForURL(/q=n%C6%B0%E1%BB%9Bc\+m%E1%BA%AFm/);
    await results(page);
    await page.locator('[data-filters-panel]').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await page.check('#filter-stars-3');
    await page.check('#filter-type-product');
    await page.selectOption('#search-sort', 'name');
    await page.waitForURL(/sort=name/);
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('nước mắm');
    expect(url.searchParams.getAll('stars')).toEqual(['3']);
    expect(url.searchParams.getAll('type')).toEqual(['product']);
    const before = await results(page);
    expect(before.length).toBeGreaterThan(0);

    await page.reload({ waitUntil: 'load' });
    const after = await results(page);
    expect(after).toEqual(before);
    expect(await page.inputValue('#search-query')).toBe('nước mắm');
    expect(await page.isChecked('#filter-stars-3')).toBe(true);
    expect(await page.isChecked('#filter-type-product')).toBe(true);
    expect(await page.isChecked('#filter-stars-4')).toBe(false);
    expect(await page.inputValue('#search-sort')).toBe('name');
    // Sorted by name: the cards come in alphabetical order of their folded names.
    const names = await page.locator(`${RESULT} h3`).allTextContents();
    const keys = names.map((n) => foldVietnamese(n.trim()).toLowerCase());
    expect(keys).toEqual([...keys].sort());
    expect(real.problems(page)).toEqual([]);
  });

  it('announces the number of results in a polite live region, and shows more on request', async () => {
    const { page, urls } = await searchFor(real, searchUrl('vi', 'q=tra'));
    const status = page.locator(STATUS);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const total = Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(urls).toHaveLength(20);
    await page.click('[data-search-more]');
    await expect.poll(() => page.locator(RESULT).count()).toBe(Math.min(40, total));
    // Focus goes to the first new result, so a keyboard user carries on from there.
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.dataset.resultUrl)).toBe(
      await page.locator(RESULT).nth(20).getAttribute('data-result-url'),
    );
  });

  it('labels every control', async () => {
    const { page } = await searchFor(real, searchUrl('en', 'q=tea'));
    for (const id of ['search-query', 'search-sort']) expect(await page.locator(`label[for="${id}"]`).count()).toBe(1);
    const unlabelled = await page
      .locator('[data-search-app] input, [data-search-app] select')
      .evaluateAll((els) => els.filter((el) => !(el as HTMLInputElement).labels?.length).length);
    expect(unlabelled).toBe(0);
  });

  it('can be used from the keyboard: typing, Enter, ticking a filter with Space', async () => {
    const page = await real.newPage({ viewport: { width: 1280, height: 900 } });
    await real.goto(page, paths.search('en'));
    await page.focus('#search-query');
    await page.keyboard.type('honey');
    await page.keyboard.press('Enter');
    const urls = await results(page);
    expect(urls.length).toBeGreaterThan(0);
    const firstBox = page.locator('[data-filter="type"] li:not([hidden]) input').first();
    await firstBox.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('type').length).toBe(1);
  });
});

describe('search: nothing found, and no JavaScript', () => {
  it('shows a helpful empty state when no word is known: tip, product groups, browse links', async () => {
    const { page, urls } = await searchFor(real, searchUrl('vi', 'q=xyzzyq+qwxzv'));
    expect(urls).toEqual([]);
    const empty = page.locator('[data-search-empty]');
    await expect.poll(() => empty.isVisible()).toBe(true);
    expect(await empty.locator('[data-empty-title]').textContent()).toContain('xyzzyq qwxzv');
    expect(await page.locator('[data-search-browse]').isVisible()).toBe(true);
    for (const href of [paths.products('vi'), paths.starLevel('vi', 5), paths.districts('vi'), paths.salesPoints('vi')]) {
      expect(await page.locator(`[data-search-browse] a[href="${href}"]`).count(), href).toBe(1);
    }
    expect(await page.locator('[data-search-browse] a[href^="/danh-muc/"]').count()).toBeGreaterThan(1);
    expect(real.problems(page)).toEqual([]);
  });

  it('forgives a typo rather than finding nothing', async () => {
    const { urls } = await searchFor(real, searchUrl('vi', 'q=banh+trangg'));
    expect(productsNamed('banh trang')).toContain(slugOf(urls[0]!));
  });

  it('offers the words without the filters, or one filter less, when the filters exclude everything', async () => {
    const { page, urls } = await searchFor(real, searchUrl('en', 'q=den+long&district=nam-giang'));
    expect(urls).toEqual([]);
    const first = page.locator('[data-suggestion-list] a').first();
    await expect.poll(() => first.getAttribute('href')).toBe(`${paths.search('en')}?q=den+long`);
    // Sales points have no stars: both filters together exclude everything, each alone does not.
    const filtersOnly = await searchFor(real, searchUrl('vi', 'stars=5&type=salesPoint'));
    expect(filtersOnly.urls).toEqual([]);
    const drops = filtersOnly.page.locator('[data-suggestion-list] a');
    await expect.poll(() => drops.count()).toBe(2);
    expect(await drops.allTextContents()).toEqual(['Bỏ bộ lọc “Loại”', 'Bỏ bộ lọc “Hạng sao”']);
    expect(await filtersOnly.page.locator('[data-suggestion-list] li').first().textContent()).toMatch(/\d+ kết quả/);
    // A suggestion is a real link to a search; following it shows results, ticks and URL included.
    await drops.nth(1).click();
    expect((await results(filtersOnly.page)).length).toBeGreaterThan(0);
    expect(new URL(filtersOnly.page.url()).search).toBe('?type=salesPoint');
    expect(await filtersOnly.page.isChecked('#filter-stars-5')).toBe(false);
    expect(await filtersOnly.page.isChecked('#filter-type-salesPoint')).toBe(true);
  });

  it('without JavaScript says so and links to the browse pages', async () => {
    const page = await real.newPage({ javaScriptEnabled: false });
    await real.goto(page, `${paths.search('vi')}?q=banh+trang`);
    const notice = page.locator('main noscript');
    const html = (await notice.innerHTML()) || '';
    for (const href of [paths.products('vi'), paths.starLevel('vi', 5), paths.districts('vi'), paths.salesPoints('vi')]) {
      expect(html).toContain(`href="${href}"`);
    }
    expect(html).toMatch(/href="\/danh-muc\/[^"]+\/"/);
    expect(await page.locator('[data-search-app]').isVisible()).toBe(false);
  });
});

describe('search: honest results (real catalogue)', () => {
  it('orders results as the search engine does (the judged set runs the same engine in Node)', async () => {
    for (const [locale, q] of [['vi', 'trà'], ['en', 'honey'], ['vi', 'que tra my']] as const) {
      const engine = await nodeSearch(REAL.outDir, locale);
      const expected = (await engine.urls(q)).slice(0, 10);
      const { urls } = await searchFor(real, searchUrl(locale, new URLSearchParams({ q }).toString()));
      expect(urls.slice(0, 10), `${locale}: ${q}`).toEqual(expected);
    }
  });

  it('says when nothing is named by the query, in both languages, with the closest names and the browse links', async () => {
    for (const locale of ['vi', 'en'] as const) {
      const { page, urls } = await searchFor(real, searchUrl(locale, `q=${encodeURIComponent('chượp')}`));
      expect(urls).toEqual([]);
      const empty = page.locator('[data-search-empty]');
      await expect.poll(() => empty.isVisible()).toBe(true);
      expect(await empty.locator('[data-empty-title]').textContent()).toContain('“chượp”');
      // "Did you mean": a name of the catalogue one letter away, as a search link.
      const dym = page.locator('[data-did-you-mean] a');
      await expect.poll(() => dym.count()).toBeGreaterThan(0);
      expect(await dym.first().getAttribute('href')).toBe(`${paths.search(locale)}?q=${encodeURIComponent('chuối').replace(/%20/g, '+')}`);
      expect(await page.locator('[data-search-browse]').isVisible()).toBe(true);
      expect(real.problems(page)).toEqual([]);
    }
    const en = await searchFor(real, searchUrl('en', 'q=pizza'));
    expect(en.urls).toEqual([]);
    expect(await en.page.locator('[data-empty-title]').textContent()).toBe('No results for “pizza”.');
  });

  it('lists description-only matches as weaker, after saying that nothing is named so, in both languages', async () => {
    for (const locale of ['vi', 'en'] as const) {
      const { page, urls } = await searchFor(real, searchUrl(locale, `q=${encodeURIComponent('lên men')}`));
      expect(urls.length).toBeGreaterThan(0);
      expect(await page.locator('[data-search-empty]').isVisible()).toBe(true);
      expect(await page.locator('[data-empty-title]').textContent()).toContain('“lên men”');
      expect(await page.locator('[data-weak-title]').isVisible()).toBe(true);
      // Every card says its match is only in its description.
      expect(await page.locator(`${RESULT}[data-result-weak]`).count()).toBe(urls.length);
      expect(await page.locator(`${RESULT} [data-slot="weak"]:visible`).count()).toBe(urls.length);
    }
  });

  it('corrects a word no record has from the names ("nuoc mamm" finds fish sauce) and says so', async () => {
    const { page, urls } = await searchFor(real, searchUrl('vi', 'q=nuoc+mamm'));
    expect(productsNamed('nuoc mam')).toContain(slugOf(urls[0]!));
    const note = page.locator('[data-search-note]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('“mamm”');
    // Strong results carry no weak label.
    expect(await page.locator(`${RESULT}[data-result-weak]`).count()).toBe(0);
  });
});

describe('search: the header box and another province', () => {
  it('the header search box of any page leads to the search page with the query', async () => {
    const page = await fixture.newPage();
    await fixture.goto(page, paths.product('vi', 'nuoc-mam-song-xanh'));
    await page.fill('#site-search', 'Đèn');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=%C4%90%C3%A8n/);
    const urls = await results(page);
    expect(urls[0]).toBe(paths.product('vi', 'ruou-het-han'));
    expect(await page.inputValue('#search-query')).toBe('Đèn');
    expect(fixture.problems(page)).toEqual([]);
  });
});

/**
 * A product of a content folder and a word that is only in its English text: not in any of its
 * names, its product set's names, its producer's name or its Vietnamese text. The rarest such word
 * among the English texts, so few other records compete with it for the first results.
 */
function wordOnlyInEnglish(contentDir: string): { id: string; word: string } | undefined {
  const records = readContent(contentDir);
  const sets = new Map(records.filter((r) => r.collection === 'productSets').map((r) => [r.id, r.data as { name: string; nameEn: string }]));
  const producers = new Map(records.filter((r) => r.collection === 'producers').map((r) => [r.id, r.data as { name: string }]));
  const products = records
    .filter((r) => r.collection === 'products' && !r.parseError)
    .map((r) => ({ id: r.id, body: r.body ?? '', data: r.data as { name: string; nameEn?: string; productSet: string; producer?: string; english?: { description: string } } }))
    .filter((p) => p.data.english);
  const englishWords = (p: (typeof products)[number]) => new Set(plainText(p.data.english!.description).toLowerCase().match(/\p{L}{6,}/gu) ?? []);
  const inHowMany = new Map<string, number>();
  for (const p of products) for (const w of englishWords(p)) inHowMany.set(w, (inHowMany.get(w) ?? 0) + 1);
  let best: { id: string; word: string; n: number } | undefined;
  for (const p of products) {
    const set = sets.get(p.data.productSet);
    const elsewhere = foldedWordsOf([p.data.name, p.data.nameEn, set?.name, set?.nameEn, p.data.producer && producers.get(p.data.producer)?.name, p.body].join(' '));
    for (const word of englishWords(p)) {
      if (elsewhere.has(foldVietnamese(word)) || !/^[a-z]+$/.test(word)) continue;
      const n = inHowMany.get(word)!;
      if (!best || n < best.n || (n === best.n && word < best.word)) best = { id: p.id, word, n };
    }
  }
  return best && { id: best.id, word: best.word };
}

describe('search: the English index holds the English text', () => {
  for (const [name, site, dir] of [
    ['other province', fixture, FIXTURE.contentDir],
    ['real catalogue', real, REAL.contentDir],
  ] as const) {
    it(`finds a product on /en/search/ by a word only in its English text (${name})`, async () => {
      const found = wordOnlyInEnglish(dir);
      expect(found, 'a product with English text').toBeDefined();
      const { id, word } = found!;
      const { page, urls } = await searchFor(site, searchUrl('en', new URLSearchParams({ q: word }).toString()));
      expect(urls, `"${word}"`).toContain(paths.product('en', id));
      expect(site.problems(page)).toEqual([]);
      // The Vietnamese index does not hold the English text: the same word does not find it there.
      const vi = await searchFor(site, searchUrl('vi', new URLSearchParams({ q: word }).toString()));
      expect(vi.urls).not.toContain(paths.product('vi', id));
    });
  }
});

describe('search: what one search downloads', () => {
  it('fetches only the index chunks and fragments it needs, and says how many bytes', async () => {
    const page = await real.newPage();
    const fetched: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      const url = new URL(response.url()).pathname;
      if (!url.startsWith('/pagefind/') && !/\/_astro\/.*\.js$/.test(url)) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      fetched.push({ url, bytes: body.length });
    });
    await real.goto(page, searchUrl('vi', 'q=banh+trang'));
    const urls = await results(page);
    await page.waitForLoadState('networkidle');
    const sum = (pred: (u: string) => boolean) => fetched.filter((f) => pred(f.url)).reduce((n, f) => n + f.bytes, 0);
    const total = sum(() => true);
    const data = sum((u) => /\/pagefind\/(index|fragment|filter)\//.test(u));
    const fragments = fetched.filter((f) => f.url.includes('/fragment/')).length;
    console.log(
      `search "banh trang" (${urls.length} results): ${(total / 1024).toFixed(1)} KB of scripts and index on a cold cache, ` +
        `of which ${(data / 1024).toFixed(1)} KB index data (${fragments} fragments)`,
    );
    // Only the results shown are fetched, and never Pagefind's default UI.
    expect(fragments).toBeLessThanOrEqual(Math.min(urls.length, 20));
    expect(fetched.some((f) => /pagefind-(component-|modular-)?ui/.test(f.url))).toBe(false);
    const allIndexBytes = fs
      .readdirSync(path.join(REAL.outDir, 'pagefind', 'index'))
      .reduce((n, f) => n + fs.statSync(path.join(REAL.outDir, 'pagefind', 'index', f)).size, 0);
    expect(sum((u) => u.includes('/pagefind/index/'))).toBeLessThan(allIndexBytes / 2);
  });
});

describe('search: first results from the products alone', () => {
  it('shows the products found before it asks for the producers and sales points, then merges them', async () => {
    const page = await real.newPage({ viewport: { width: 360, height: 740 } });
    // The later bundles (producers and sales points; descriptions) and the order file are held back
    // until the first results are on screen.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const later: string[] = [];
    await page.route(/\/pagefind\/(others\/|descriptions\/|records\.)/, async (route) => {
      later.push(new URL(route.request().url()).pathname);
      await held;
      await route.continue();
    });
    await real.goto(page, `${paths.search('vi')}?q=${encodeURIComponent('mật ong')}`);
    await expect.poll(() => page.locator(RESULT).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const first = await page.locator(RESULT).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.resultUrl ?? ''));
    expect(first.every((u) => u.startsWith('/san-pham/'))).toBe(true);
    expect(await page.locator('[data-search-results]').getAttribute('aria-busy')).toBe('true');
    expect(await page.locator(STATUS).textContent()).toMatch(/đang tìm thêm trong chủ thể, điểm bán và phần mô tả sản phẩm/);
    release();
    const all = await results(page);
    expect(later.some((u) => u.startsWith('/pagefind/others/'))).toBe(true);
    expect(later.some((u) => u.startsWith('/pagefind/descriptions/'))).toBe(true);
    expect(all.some((u) => u.startsWith('/chu-the/'))).toBe(true);
    // Merging adds records; it does not reorder the products among themselves.
    const products = all.filter((u) => u.startsWith('/san-pham/'));
    expect(products).toEqual(first.slice(0, products.length));
    expect(await page.locator(STATUS).textContent()).toMatch(/\d+ kết quả cho “mật ong”/);
    expect(real.problems(page)).toEqual([]);
  });
});

describe('search: filters alone', () => {
  it('counts the records without naming an empty query', async () => {
    const { page, urls } = await searchFor(real, searchUrl('vi', 'district=hoi-an&sort=name'));
    expect(urls.length).toBeGreaterThan(1);
    expect(await page.locator(STATUS).textContent()).toMatch(/^\d+ kết quả$/);
  });
});

describe('search: filter counts on a phone', () => {
  it('loads the filter chunks only when the closed panel is opened, then shows the counts', async () => {
    const page = await real.newPage({ viewport: { width: 360, height: 740 } });
    const filterChunks: string[] = [];
    page.on('request', (r) => /\/pagefind\/filter\//.test(r.url()) && filterChunks.push(r.url()));
    await real.goto(page, `${paths.search('vi')}?q=nuoc+mam`);
    expect((await results(page)).length).toBeGreaterThan(0);
    expect(await page.locator('[data-filters-panel]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(filterChunks).toEqual([]);

    await page.locator('[data-filters-panel] summary').click();
    await expect.poll(() => filterChunks.length).toBeGreaterThan(0);
    // The product-type option appears, counting the fish sauces found.
    const option = page.locator('[data-filter="type"] [data-option="product"]');
    await expect.poll(() => option.isVisible()).toBe(true);
    expect(await option.locator('[data-count]').textContent()).toMatch(/[1-9]/);
  });
});
