// Every English interface string; the same shape as vi.ts (TypeScript checks it).
import { catalogueEn } from './sections/catalogue';
import { dataEn } from './sections/data';
import { glossaryEn } from './sections/glossary';
import { offlineEn } from './sections/offline';
import type { Dictionary } from './vi';
import { placesEn } from './sections/places';
import { reportEn } from './sections/report';
import { aboutEn } from './sections/about';
import { statusEn } from './sections/status';
import { feedsEn } from './sections/feeds';
import { unitsEn } from './sections/units';
import { translationEn } from './sections/translation';
import { searchPageEn } from './sections/search';
import { starLevelEn } from './sections/star-level';
import { reportedEn } from './sections/reported';
import { productListEn } from './sections/lists';

export const en: Dictionary = {
  ...catalogueEn,
  ...glossaryEn,
  ...offlineEn,
  places: placesEn,
  data: dataEn,
  searchPage: searchPageEn,
  report: reportEn,
  about: aboutEn,
  starLevel: starLevelEn,
  reported: reportedEn,
  productList: productListEn,
  units: unitsEn,
  translation: translationEn,
  lang: 'en',
  localeName: 'English',
  skipToContent: 'Skip to main content',
  nav: {
    label: 'Main navigation',
    home: 'Home',
    products: 'Products',
    producers: 'Producers',
    districts: 'Districts',
    salesPoints: 'Sales points',
    map: 'Map',
    statistics: 'Statistics',
    data: 'Open data',
    glossary: 'Glossary',
    print: 'Printable catalogue',
    suppliers: 'Supplier directory',
    menu: 'Site menu',
  },
  switcher: { label: 'Language', other: 'Tiếng Việt', otherShort: 'VI', otherLang: 'vi' },
  search: {
    label: 'Search products, producers, sales points',
    placeholder: 'e.g. fish sauce, tea',
    submit: 'Search',
  },
  footer: {
    about: 'A public catalogue of OCOP products (the One Commune One Product programme), their producers and sales points.',
    sourcesNote:
      'Every fact cites its source (news article, decision, government page). What is unknown is left empty, never guessed. Certificate validity is computed from the decision date (36 months).',
    licence: 'Data and texts are licensed under',
    dataDate: 'Data reviewed up to',
    reportError: 'Report an error or suggest a change',
    openData: 'Download the open data',
  },
  stars: {
    label: (n: number) => `${n} star${n === 1 ? '' : 's'}`,
    sr: (n: number) => `Rated ${n} out of 5 stars`,
    unrated: 'No star rating',
  },
  status: statusEn,
  feeds: feedsEn,
  level: { district: 'District level', province: 'Provincial level', national: 'National level', unknown: 'Level not stated' },
  legalForm: {
    'hợp tác xã': 'Cooperative',
    'tổ hợp tác': 'Cooperative group',
    'doanh nghiệp': 'Company',
    'hộ kinh doanh': 'Household business',
    'cơ sở sản xuất': 'Production unit',
  } as Record<string, string>,
  districtKind: { 'thành phố': 'City', 'thị xã': 'Town', huyện: 'District', quận: 'Urban district' } as Record<string, string>,
  salesPointKind: {
    'điểm bán': 'Sales point',
    'cửa hàng': 'Shop',
    'trung tâm OCOP': 'OCOP centre',
    'chợ phiên': 'Periodic market',
  } as Record<string, string>,
  salesPointStatus: { open: 'Open', planned: 'Planned', closed: 'Closed', unknown: 'Status unknown' } as Record<string, string>,
  home: {
    title: 'OCOP products',
    totals: 'In this catalogue',
    productsInForce: 'products with a valid certificate',
    inForceAsOf: (date: string) => `as of ${date}`,
    byStar: (n: number) => `${n} stars`,
    producers: 'producers',
    districts: 'districts',
    salesPoints: 'sales points',
    salesPointsIn: (n: string) => `in ${n} district${n === '1' ? '' : 's'}`,
    products: 'products',
    groups: 'Product groups',
    newest: 'Newest certificates',
    topRated: '4-star and 5-star products',
    seeStars: (n: number) => `All ${n}-star products`,
    allProducts: 'All products',
    nearMe: 'Map of producers and sales points, with the places nearest to you',
    districtsTitle: 'By district',
    searchTitle: 'Search',
    countProducts: (n: number) => `${n} product${n === 1 ? '' : 's'}`,
    countNote: 'Counted from the sourced records in this catalogue; not the programme’s official figures.',
  },
  common: {
    notGiven: 'Not given by the source',
    producerNotNamed: 'Producer not named by the source',
    unknown: 'Unknown',
    sources: 'Sources',
    more: 'See all',
    breadcrumb: 'Breadcrumb',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    previous: 'Previous page',
    next: 'Next page',
    pagination: 'Pagination',
    vietnameseOnly: 'Shown in Vietnamese: no English text has been written yet.',
  },
  notFound: {
    title: 'Page not found',
    text: 'This address is not in the catalogue. The product may have been renamed, or the link mistyped.',
    home: 'Go to the home page',
    search: 'Search',
  },
  moved: {
    title: (name: string) => `${name}: page moved`,
    description: (name: string) => `The page of ${name} is at a new address.`,
    heading: 'This page has moved to a new address',
    product: 'The page of the product',
    producer: 'The page of the producer',
    nowAt: 'is now at:',
    automatic: 'Your browser opens the new page by itself; if it does not, follow the link above.',
    qr: 'QR codes printed on packaging or leaflets that lead to the old address still work: the old address always leads to the new page.',
  },
};
