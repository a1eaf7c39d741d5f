// Both languages: every page has its twin, English pages carry no Vietnamese interface text
// outside lang="vi", and English links stay in English.
import fs from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { alternatePath } from '../../src/lib/pages/routes';
import { htmlFiles, page } from '../helpers/dist';
import { SITES } from '../helpers/sites';

const urlOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;
const isNotFound = (file: string) => /(^|\/)404(\.html|\/index\.html)$/.test(file);

/** Every plain string of a dictionary, with its key path (functions are called with sample arguments). */
function strings(value: unknown, key = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(key, value);
  else if (typeof value === 'function') {
    // Sample arguments that read as text or numbers; a function that cannot take them is skipped.
    try {
      const sample = (value as (...a: unknown[]) => unknown)('7', '9', '7', '9');
      if (typeof sample === 'string') out.set(key, sample);
    } catch {
      /* not a plain message function */
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) for (const [kk, vv] of strings(v, key ? `${key}.${k}` : k)) out.set(kk, vv);
  }
  return out;
}

/** Vietnamese interface strings that would betray an untranslated English page. */
function vietnameseOnlyStrings(): string[] {
  const viStrings = strings(vi);
  const enStrings = strings(en);
  return [...viStrings]
    .filter(([k, v]) => v !== enStrings.get(k) && v.length >= 4 && /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i.test(v))
    .map(([, v]) => v.replace(/\d+/g, '').trim())
    .filter((v) => v.length >= 4)
    // Pieces around sample numbers: the fixed words are what must not appear.
    .flatMap((v) => v.split(/\s{2,}|[·:]/).map((x) => x.trim()).filter((x) => x.length >= 6));
}

function textOutsideVietnamese(root: HTMLElement): string {
  const clone = root.querySelector('body')!.clone() as HTMLElement;
  for (const el of clone.querySelectorAll('[lang="vi"]')) el.remove();
  // A record's English text is content, not interface: as the translation rules ask, it keeps the
  // Vietnamese proper names it translates around ("Hợp tác xã …", “bộ sản phẩm thờ …”).
  for (const el of clone.querySelectorAll('[data-english-text], [data-record-english]')) el.remove();
  const attrs = clone
    .querySelectorAll('[aria-label],[placeholder],[alt],[title]')
    .flatMap((el) => ['aria-label', 'placeholder', 'alt', 'title'].map((a) => el.getAttribute(a) ?? ''));
  return `${clone.textContent}\n${attrs.join('\n')}`;
}

describe.each(SITES)('languages of $name', (site) => {
  // Listed lazily: the site is built by the global setup, after this file is collected.
  const files = () => htmlFiles(site.outDir).filter((f) => !isNotFound(f));
  const enFiles = () => files().filter((f) => f.startsWith('en/'));

  it('has an English twin for every Vietnamese page, and a Vietnamese one for every English page', () => {
    const missing = files()
      .map((f) => ({ from: urlOf(f), to: alternatePath(urlOf(f), f.startsWith('en/') ? 'vi' : 'en') }))
      .filter(({ to }) => !fs.existsSync(path.join(site.outDir, to, 'index.html')))
      .map(({ from, to }) => `${from} → ${to}`);
    expect(enFiles().length).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });

  it('shows no Vietnamese interface string on an English page outside lang="vi"', () => {
    const needles = vietnameseOnlyStrings();
    expect(needles.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of enFiles()) {
      const text = textOutsideVietnamese(page(site.outDir, file));
      for (const n of needles) if (text.includes(n)) found.push(`${file}: "${n}"`);
    }
    expect(found).toEqual([]);
  });

  it('keeps every internal link of an English page under /en/ (files, the language switch and hreflang="vi" links excepted)', () => {
    const stray: string[] = [];
    for (const file of enFiles()) {
      const root = page(site.outDir, file);
      for (const a of root.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (!href.startsWith('/') || href.startsWith('//')) continue;
        if (a.hasAttribute('data-language-switch')) continue;
        // A link that says it leads to the Vietnamese page (the line under a translated text).
        if (a.getAttribute('hreflang') === 'vi') continue;
        if (/^\/(data|pagefind|_astro)\//.test(href) || /\.[a-z0-9]+$/i.test(href.split(/[?#]/)[0]!)) continue;
        if (!href.startsWith('/en/')) stray.push(`${file}: ${href}`);
      }
    }
    expect(stray).toEqual([]);
  });

  it('links each page to its twin with hreflang alternates', () => {
    const root = page(site.outDir, 'en/index.html');
    const langs = root.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'));
    expect(langs).toEqual(expect.arrayContaining(['vi', 'en', 'x-default']));
  });
});
