// Structured data of the home page (WebSite with a search action, Organization) and of a product
// page in each language (src/lib/publishing/jsonld.ts).
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/lib/content/catalogue';
import { productJsonLd, websiteJsonLd } from '../../../src/lib/publishing/jsonld';
import { paths } from '../../../src/lib/pages/routes';
import { sampleInput } from '../data-sample';

const sources = [{ url: 'https://example.org/nguon', title: 'Nguồn thử' }];

function catalogue() {
  const input = sampleInput();
  input.products.push(
    { id: 'ruou-co-ten-anh', data: { name: 'rượu men lá', nameEn: 'leaf-yeast rice wine', productSet: 'ruou', district: 'dai-loc', certificates: [{ stars: 3, year: 2025 }], sources } },
    { id: 'gia-vi-khong-ten-anh', data: { name: 'muối ớt', productSet: 'gia-vi', district: 'dai-loc', certificates: [{ stars: 3, year: 2025 }], sources } },
  );
  return buildCatalogue(input);
}

describe('productJsonLd', () => {
  const c = catalogue();
  const named = c.products.find((p) => p.id === 'ruou-co-ten-anh')!;
  const unnamed = c.products.find((p) => p.id === 'gia-vi-khong-ten-anh')!;
  const ld = (p: typeof named, locale: 'vi' | 'en') =>
    productJsonLd(p, { product: paths.product(locale, p.id) }, c.site, 'Mô tả', 'OCOP', locale);

  it('gives the Vietnamese name and category on Vietnamese pages, the English name as an alternate', () => {
    expect(ld(named, 'vi')).toMatchObject({ name: 'Rượu men lá', alternateName: 'leaf-yeast rice wine', category: 'Rượu' });
    // Not a Product property in schema.org: the page's own lang attribute says the language.
    expect(ld(named, 'vi')).not.toHaveProperty('inLanguage');
  });

  it('gives the English name and category on English pages, the Vietnamese name as an alternate', () => {
    expect(ld(named, 'en')).toMatchObject({ name: 'Leaf-yeast rice wine', alternateName: 'Rượu men lá', category: 'Spirits' });
  });

  it('keeps the Vietnamese name on English pages when the record has no English name', () => {
    const en = ld(unnamed, 'en');
    expect(en.name).toBe('Muối ớt');
    expect(en).not.toHaveProperty('alternateName');
    expect(en.category).toBe('Seasonings');
  });
});

describe('websiteJsonLd', () => {
  const site = { url: 'https://ocop.example.org', name: 'OCOP Thử', nameEn: 'Test OCOP' };

  it('describes the site as a WebSite whose search page takes the query, and an Organization', () => {
    const ld = websiteJsonLd(site, 'en', { home: paths.home('en'), search: paths.search('en') });
    const [website, organization] = ld['@graph'];
    expect(website).toMatchObject({
      '@type': 'WebSite',
      name: 'Test OCOP',
      url: 'https://ocop.example.org/en/',
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: 'https://ocop.example.org/en/search/?q={search_term_string}' },
        'query-input': 'required name=search_term_string',
      },
    });
    expect(organization).toMatchObject({ '@type': 'Organization', name: 'Test OCOP', url: 'https://ocop.example.org/' });
    expect(website).toHaveProperty('publisher', { '@id': organization!['@id'] });
  });

  it('names the publisher as the Organization when the site configuration gives one', () => {
    const ld = websiteJsonLd({ ...site, publisher: { name: 'Văn phòng Thử', url: 'https://vp.example.org/' } }, 'vi', { home: '/', search: '/tim-kiem/' });
    expect(ld['@graph'][1]).toMatchObject({ '@type': 'Organization', name: 'Văn phòng Thử', url: 'https://vp.example.org/' });
  });
});
