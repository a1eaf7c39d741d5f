import { describe, expect, it } from 'vitest';
import { alternatePath, paths } from '../../src/lib/routes';

describe('paths', () => {
  it('puts Vietnamese at the root and English under /en/ with the same slugs', () => {
    expect(paths.product('vi', 'nuoc-mam-tu-tai')).toBe('/san-pham/nuoc-mam-tu-tai/');
    expect(paths.product('en', 'nuoc-mam-tu-tai')).toBe('/en/products/nuoc-mam-tu-tai/');
    expect(paths.starLevel('vi', 4)).toBe('/san-pham/4-sao/');
    expect(paths.starLevel('en', 4, 2)).toBe('/en/products/4-stars/page/2/');
  });
});

describe('alternatePath', () => {
  it('maps a page to its twin and back', () => {
    for (const p of ['/', '/san-pham/', '/san-pham/den-long/', '/san-pham/4-sao/trang/2/', '/dia-phuong/tam-ky/', '/du-lieu/', '/in/']) {
      const en = alternatePath(p, 'en');
      expect(en.startsWith('/en/')).toBe(true);
      expect(alternatePath(en, 'vi')).toBe(p);
    }
    expect(alternatePath('/san-pham/4-sao/', 'en')).toBe('/en/products/4-stars/');
    expect(alternatePath('/chu-the/in/', 'en')).toBe('/en/producers/in/');
  });
});
