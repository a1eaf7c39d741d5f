// HTML rendered once per build and key (src/components/cached-html.ts, used by CachedHtml.astro).
import { describe, expect, it } from 'vitest';
import { cachedHtml, withHeadingLevel } from '../../../src/components/cached-html';

describe('cachedHtml', () => {
  it('renders a key once, also when pages ask for it at the same time, and gives back the same text', async () => {
    let renders = 0;
    const render = async () => {
      renders += 1;
      await new Promise((r) => setTimeout(r, 5));
      return '<article data-product="nuoc-mam">Nước mắm Cửa Khe · Đà Nẵng</article>';
    };
    const first = await Promise.all([cachedHtml('test card vi', render), cachedHtml('test card vi', render)]);
    const later = await cachedHtml('test card vi', render);
    expect(renders).toBe(1);
    expect(new Set([...first, later])).toEqual(new Set(['<article data-product="nuoc-mam">Nước mắm Cửa Khe · Đà Nẵng</article>']));
  });

  it('renders another key on its own', async () => {
    const vi = await cachedHtml('test footer vi', async () => 'Tiếng Việt');
    const en = await cachedHtml('test footer en', async () => 'English');
    expect([vi, en]).toEqual(['Tiếng Việt', 'English']);
  });
});

describe('withHeadingLevel', () => {
  it('renames the one heading of a card, its attributes and text kept', () => {
    const card = '<article class="card"><div><h3 class="font-semibold"><a href="/san-pham/x/">Nước mắm</a></h3><p>Hội An</p></div></article>';
    expect(withHeadingLevel(card, 'h3', 'h2')).toBe('<article class="card"><div><h2 class="font-semibold"><a href="/san-pham/x/">Nước mắm</a></h2><p>Hội An</p></div></article>');
  });

  it('refuses HTML without exactly one such heading', () => {
    expect(() => withHeadingLevel('<p>no heading</p>', 'h3', 'h2')).toThrow(/expected one <h3>/);
    expect(() => withHeadingLevel('<h3>a</h3><h3>b</h3>', 'h3', 'h2')).toThrow(/found 2/);
  });
});
