// getStaticPaths for the catalogue's route files, one function per page type, for either language.
import { DISTRICT_PAGE_PRODUCTS } from '../lib/pages/district-page';
import { pageNumbers, pageParam } from '../lib/pages/pagination';
import type { Locale } from '../lib/pages/routes';
import { getCatalogue } from './catalogue';
import { getProductsByStars, LISTED_STARS } from './listings';

const PAGE_WORD: Record<Locale, string> = { vi: 'trang', en: 'page' };

/**
 * A record's pages: its own, then one at each of its former slugs (formerSlugs), which sends
 * readers on to it (props.moved).
 */
function recordPaths(locale: Locale, records: readonly { id: string; formerSlugs?: string[] }[]) {
  return [
    ...records.map((r) => ({ params: { slug: r.id }, props: { locale, id: r.id, moved: false } })),
    ...records.flatMap((r) => (r.formerSlugs ?? []).map((slug) => ({ params: { slug }, props: { locale, id: r.id, moved: true } }))),
  ];
}

export async function productPaths(locale: Locale) {
  return recordPaths(locale, (await getCatalogue()).products);
}

export async function producerPaths(locale: Locale) {
  return recordPaths(locale, (await getCatalogue()).producers);
}

export async function productListPaths(locale: Locale) {
  const { products } = await getCatalogue();
  return pageNumbers(products.length).map((page) => ({
    params: { page: pageParam(PAGE_WORD[locale], page) },
    props: { locale, listing: { kind: 'all' as const }, page },
  }));
}

export async function starLevelPaths(locale: Locale) {
  const byStars = await getProductsByStars();
  return [...LISTED_STARS].reverse().flatMap((stars) =>
    pageNumbers(byStars.get(stars)!.length).map((page) => ({
      params: { stars: String(stars), page: pageParam(PAGE_WORD[locale], page) },
      props: { locale, listing: { kind: 'stars' as const, stars }, page },
    })),
  );
}

export async function categoryPaths(locale: Locale) {
  const { groups, sets } = await getCatalogue();
  return [...groups, ...sets].flatMap((c) =>
    pageNumbers(c.products.length).map((page) => ({
      params: { slug: c.id, page: pageParam(PAGE_WORD[locale], page) },
      props: { locale, listing: { kind: 'category' as const, id: c.id }, page },
    })),
  );
}

/** The full product lists of the districts with more products than their page shows. */
export async function districtProductListPaths(locale: Locale) {
  const { districts } = await getCatalogue();
  return districts
    .filter((d) => d.products.length > DISTRICT_PAGE_PRODUCTS)
    .flatMap((d) =>
      pageNumbers(d.products.length).map((page) => ({
        params: { slug: d.id, page: pageParam(PAGE_WORD[locale], page) },
        props: { locale, listing: { kind: 'district' as const, id: d.id }, page },
      })),
    );
}
