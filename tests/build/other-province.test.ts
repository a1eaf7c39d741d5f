// A second province builds from the same code: tests/fixtures/other-province has its own site.json,
// districts and products. If any page of it mentions Quảng Nam, src/ holds something province-specific.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../scripts/check/check-content';
import { formatProblem } from '../../src/lib/content/validate';
import { buildSite } from '../helpers/build-site';
import { FIXTURE, TEST_BUILD_DATE } from '../helpers/sites';

const SITE_NAME = 'OCOP Tỉnh Ví Dụ';
const site = JSON.parse(fs.readFileSync(path.join(FIXTURE.contentDir, 'site.json'), 'utf8')) as { name: string; nameEn: string; intro: string; introEn: string };

/** Quảng Nam however a page might write it: with or without diacritics, any case, or as a slug. */
const QUANG_NAM = /qu[aả]ng[\s-]*nam/i;

function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
}

const htmlPages = () => filesUnder(FIXTURE.outDir).filter((f) => f.endsWith('.html'));
const read = (file: string) => fs.readFileSync(path.join(FIXTURE.outDir, file), 'utf8');

/** Everything a reader or a machine can get from a page: its text (scripts included), every attribute value and comment. */
function pageStrings(html: string): string {
  const root = parse(html, { comment: true });
  const attributes = (root.querySelectorAll('*') as HTMLElement[]).flatMap((el) => Object.values(el.attributes));
  return [html, root.textContent, ...attributes].join('\n').normalize('NFC');
}

/** The fixture's intro says what it proves, naming Quảng Nam: those two texts, and only they, may. */
const ALLOWED = [site.intro, site.introEn].map((s) => s.normalize('NFC')).filter((s) => QUANG_NAM.test(s));

beforeAll(() => {
  // The global setup builds every site under test; when it was skipped (SKIP_BUILD=1) and no build
  // of the fixture is there yet, build just the fixture, the same way.
  if (!fs.existsSync(path.join(FIXTURE.outDir, 'index.html'))) {
    const result = buildSite(FIXTURE);
    if (result.status !== 0) throw new Error(`building ${FIXTURE.contentDir} failed:\n${result.output.slice(-6000)}`);
  }
});

describe('a second province (tests/fixtures/other-province)', () => {
  it('passes the content check with no error and no warning', async () => {
    const { errors, warnings } = await checkContentFolder(FIXTURE.contentDir, TEST_BUILD_DATE);
    expect(errors.map(formatProblem)).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([]);
  });

  it('builds a Vietnamese home page at the root and an English one under /en/', () => {
    const vi = parse(read('index.html'));
    const en = parse(read('en/index.html'));
    expect(vi.querySelector('html')?.getAttribute('lang')).toBe('vi');
    expect(en.querySelector('html')?.getAttribute('lang')).toBe('en');
  });

  it('is named after its own site.json', () => {
    expect(site.name).toBe(SITE_NAME);
    const vi = parse(read('index.html'));
    const en = parse(read('en/index.html'));
    expect(vi.querySelector('title')?.textContent).toContain(SITE_NAME);
    expect(vi.querySelector('body')?.textContent).toContain(SITE_NAME);
    expect(en.querySelector('title')?.textContent).toContain(site.nameEn);
  });

  it('mentions Quảng Nam on no page, except in the fixture’s own words', () => {
    // No other text of the fixture names Quảng Nam, so whatever else a page says about it comes from src/.
    expect(JSON.stringify({ ...site, intro: '', introEn: '' }).normalize('NFC')).not.toMatch(QUANG_NAM);
    for (const f of filesUnder(FIXTURE.contentDir).filter((f) => /\.(md|json)$/.test(f) && f !== 'site.json')) {
      expect(fs.readFileSync(path.join(FIXTURE.contentDir, f), 'utf8').normalize('NFC'), f).not.toMatch(QUANG_NAM);
    }
    const pages = htmlPages();
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'en/index.html']));
    for (const file of pages) {
      let text = pageStrings(read(file));
      for (const s of ALLOWED) text = text.split(s).join('');
      const leak = QUANG_NAM.exec(text);
      expect(leak && text.slice(Math.max(0, leak.index - 80), leak.index + 40), file).toBeNull();
    }
  });

  it('mentions Quảng Nam in no other built text file either (sitemaps, headers, scripts, styles)', () => {
    const textFiles = filesUnder(FIXTURE.outDir).filter((f) => /(\.(xml|txt|json|webmanifest|js|mjs|css|svg)|^_headers)$/.test(f));
    expect(textFiles.some((f) => f.endsWith('.xml'))).toBe(true);
    for (const file of textFiles) expect(read(file).normalize('NFC'), file).not.toMatch(QUANG_NAM);
  });
});
