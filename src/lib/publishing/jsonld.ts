// Structured data (schema.org JSON-LD) for product and producer pages.
import { displayName } from '../content/names';
import type { Producer, Product } from '../content/catalogue';

const absolute = (path: string, site: string) => new URL(path, site).href;

function address(locality: string | undefined, street: string | undefined, region: string) {
  return {
    '@type': 'PostalAddress',
    ...(street ? { streetAddress: street } : {}),
    ...(locality ? { addressLocality: locality } : {}),
    addressRegion: region,
    addressCountry: 'VN',
  };
}

/** `description`: in the page's language (an English page gives the English text, or an English sentence). */
export function organizationJsonLd(producer: Producer, url: string, site: { url: string; region: string }, description?: string) {
  const hasAddress = Boolean(producer.address || producer.commune);
  return {
    '@context': 'https://schema.org',
    '@type': hasAddress ? 'LocalBusiness' : 'Organization',
    '@id': `${absolute(url, site.url)}#producer`,
    name: displayName(producer.name),
    url: absolute(url, site.url),
    ...(description ? { description } : {}),
    ...(hasAddress ? { address: address(producer.commune ? `${producer.commune}, ${producer.district.name}` : producer.district.name, producer.address, site.region) } : {}),
    ...(producer.contacts?.phone?.length ? { telephone: producer.contacts.phone[0] } : {}),
    ...(producer.contacts?.email ? { email: producer.contacts.email } : {}),
    ...(producer.contacts?.website || producer.contacts?.social?.length
      ? { sameAs: [producer.contacts.website, ...(producer.contacts.social ?? []).map((s) => s.url)].filter(Boolean) }
      : {}),
  };
}

export function productJsonLd(
  product: Product,
  urls: { product: string; producer?: string; image?: string },
  site: { url: string; region: string },
  description: string,
  /** Wording for a certificate whose star level no source gives, e.g. "OCOP, star level not stated". */
  unstatedLabel: string,
  /** The page's language: English pages give the English name and category when the record has them. */
  locale: 'vi' | 'en' = 'vi',
) {
  const en = locale === 'en';
  const viName = displayName(product.name);
  const name = en && product.nameEn ? displayName(product.nameEn) : viName;
  const alternateName = en ? (product.nameEn ? viName : undefined) : product.nameEn;
  const set = product.productSet;
  const category = set ? (en && set.nameEn ? set.nameEn : set.name) : undefined;
  const award = product.certificates.map(
    (c) => `${c.stars ? `OCOP ${c.stars}★` : unstatedLabel}${c.date ? ` (${c.date})` : c.year ? ` (${c.year})` : ''}`,
  );
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    '@id': `${absolute(urls.product, site.url)}#product`,
    name,
    ...(alternateName ? { alternateName } : {}),
    url: absolute(urls.product, site.url),
    description,
    ...(category ? { category } : {}),
    ...(urls.image ? { image: absolute(urls.image, site.url) } : {}),
    ...(award.length ? { award } : {}),
    countryOfOrigin: { '@type': 'Country', name: 'VN' },
    ...(product.producer && urls.producer
      ? {
          manufacturer: {
            '@type': 'Organization',
            '@id': `${absolute(urls.producer, site.url)}#producer`,
            name: displayName(product.producer.name),
            url: absolute(urls.producer, site.url),
          },
        }
      : {}),
  };
}

/**
 * The home page's structured data: the site as a WebSite whose search page takes the query in `q`,
 * and the site as an Organization (its publisher only when the site configuration names one).
 */
export function websiteJsonLd(
  site: { url: string; name: string; nameEn: string; publisher?: { name: string; url?: string } },
  locale: 'vi' | 'en',
  paths: { home: string; search: string },
) {
  const home = absolute(paths.home, site.url);
  const name = locale === 'en' ? site.nameEn : site.name;
  const organization = {
    '@type': 'Organization',
    '@id': `${absolute('/', site.url)}#organization`,
    name: site.publisher?.name ?? name,
    url: site.publisher?.url ?? absolute('/', site.url),
  };
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': `${home}#website`,
        name,
        url: home,
        inLanguage: locale,
        publisher: { '@id': organization['@id'] },
        potentialAction: {
          '@type': 'SearchAction',
          target: { '@type': 'EntryPoint', urlTemplate: `${absolute(paths.search, site.url)}?q={search_term_string}` },
          'query-input': 'required name=search_term_string',
        },
      },
      organization,
    ],
  };
}
