// The content editor's Vietnamese (src/lib/cms/locale-vi.ts laid over Decap's own 'vi'): every phrase
// Decap has in English has a Vietnamese one, so no button says "Add" or "Expand"; and the completion
// holds only Decap's keys, with Decap's %{placeholders}.
import { describe, expect, it } from 'vitest';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import vi from 'decap-cms-locales/dist/esm/vi/index.js';
import { mergePhrases, phraseKeys, VI_PHRASES, type Phrases } from '../../../src/lib/cms/locale-vi';

const valueAt = (phrases: Phrases, key: string): string | undefined => {
  let v: string | Phrases | undefined = phrases;
  for (const part of key.split('.')) v = typeof v === 'object' ? v[part] : undefined;
  return typeof v === 'string' ? v : undefined;
};
const placeholders = (s: string) => [...s.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the content editor's Vietnamese", () => {
  const english = en as Phrases;
  const merged = mergePhrases(vi as Phrases, VI_PHRASES);

  it('has a Vietnamese phrase for every phrase Decap has in English', () => {
    const missing = phraseKeys(english).filter((k) => valueAt(merged, k) === undefined);
    expect(missing).toEqual([]);
    // Decap's own 'vi' lacks some: the completion is what fills them ("Add %{item}" among them).
    expect(phraseKeys(english).filter((k) => valueAt(vi as Phrases, k) === undefined).length).toBeGreaterThan(20);
    expect(valueAt(merged, 'editor.editorWidgets.list.add')).toBe('Thêm %{item}');
  });

  it('adds only keys Decap has, with the same placeholders as its English', () => {
    for (const key of phraseKeys(VI_PHRASES)) {
      const source = valueAt(english, key);
      expect(source, key).toBeDefined();
      expect(placeholders(valueAt(VI_PHRASES, key)!), key).toEqual(placeholders(source!));
    }
  });

  it('leaves no phrase in English where Decap has it translated wrong or not at all', () => {
    for (const key of phraseKeys(english)) {
      const text = valueAt(merged, key)!;
      // Phrases equal to their English are what both languages write alike ("Markdown", "%{details}").
      if (text === valueAt(english, key)) expect(text, key).toMatch(/^(Markdown|%\{\w+\})$/);
    }
    expect(valueAt(merged, 'collection.collectionTop.viewAs')).toBe('Xem dạng');
    // Decap's "＋ %{collectionLabel}": a character the editors' fonts may lack.
    expect(valueAt(merged, 'collection.collectionTop.newButton')).toBe('Thêm %{collectionLabel}');
  });

  it('keeps Decap\'s phrases where it says nothing else', () => {
    expect(valueAt(merged, 'auth.login')).toBe('Đăng nhập');
    expect(valueAt(merged, 'editor.editorToolbar.publishNow')).toBe('Công bố ngay');
  });
});
