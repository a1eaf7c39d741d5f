import { describe, expect, it } from 'vitest';
import { alternatePath, paths } from '../../../src/lib/pages/routes';

describe('paths', () => {
  it('puts Vietnamese at the root and English under /en/ with the same slugs', () => {
    expect(paths.product('vi', 'nuoc-mam-tu-tai')).toBe('/san-pham/nuoc-mam-tu-tai/');
    expect(paths.product('en', 'nuoc-mam-tu-tai')).toBe('/en/products/nuoc-mam-tu-tai/');
    expect(paths.starLevel('vi', 4)).toBe('/san-pham/4-sao/');
    expect(paths.starLevel('en', 4, 2)).toBe('/en/products/4-stars/page/2/');
    expect(paths.districtProducts('vi', 'hoi-an')).toBe('/dia-phuong/hoi-an/san-pham/');
    expect(paths.districtProducts('en', 'hoi-an', 3)).toBe('/en/districts/hoi-an/products/page/3/');
    expect(paths.offlineSet('vi', 'search')).toBe('/ngoai-tuyen/tim-kiem.json');
    expect(paths.offlineSet('en', 'lists')).toBe('/en/offline/lists.json');
  });
});

describe('alternatePath', () => {
  it('maps a page to its twin and back', () => {
    for (const p of ['/', '/san-pham/', '/san-pham/den-long/', '/san-pham/4-sao/trang/2/', '/dia-phuong/tam-ky/', '/dia-phuong/tam-ky/san-pham/', '/dia-phuong/tam-ky/san-pham/trang/2/', '/du-lieu/', '/in/']) {
      const en = alternatePath(p, 'en');
      expect(en.startsWith('/en/')).toBe(true);
      expect(alternatePath(en, 'vi')).toBe(p);
    }
    expect(alternatePath('/san-pham/4-sao/', 'en')).toBe('/en/products/4-stars/');
    expect(alternatePath('/chu-the/in/', 'en')).toBe('/en/producers/in/');
    expect(alternatePath('/dia-phuong/san-pham/san-pham/', 'en')).toBe('/en/districts/san-pham/products/');
    expect(alternatePath('/san-pham/dia-phuong/', 'en')).toBe('/en/products/dia-phuong/');
  });
});
