// Text the pages run together: a label's colon glued to the link after it ("Nguồn:Báo Quảng Nam"),
// which Astro produces when a line ends in "{label}:" and the next starts with an expression.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/dist';
import { SITES } from '../helpers/sites';

/** A letter, a colon, then at once a link, a span or a tag-wrapped word: no space between them. */
const GLUED = /\p{L}:<(a|span|strong|em)[\s>]/gu;

describe.each(SITES)('typography of $name', (site) => {
  it('leaves a space after every label’s colon before the link or text it introduces', () => {
    const glued: string[] = [];
    for (const file of htmlFiles(site.outDir)) {
      const html = fs.readFileSync(path.join(site.outDir, file), 'utf8');
      for (const m of html.matchAll(GLUED)) glued.push(`${file}: …${html.slice(Math.max(0, m.index - 30), m.index + 12)}…`);
    }
    expect(glued.slice(0, 10)).toEqual([]);
  });
});
