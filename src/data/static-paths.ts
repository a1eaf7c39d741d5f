// getStaticPaths for the catalogue's route files, one function per page type, for either language.
import { pageNumbers, pageParam } from '../lib/pagination';
import type { Locale } from '../lib/routes';
import { getCatalogue } from './catalogue';
import { getProductsByStars, LISTED_STARS } from './listings';

const PAGE_WORD: Record<Locale, string> = { vi: 'trang', en: 'page' };

export async function productPaths(locale: Locale) {
  const { products } = await getCatalogue();
  return products.map((p) => ({ params: { slug: p.id }, props: { locale, id: p.id } }));
}

export async function producerPaths(locale: Locale) {
  const { producers } = await getCatalogue();
  return producers.map((p) => ({ params: { slug: p.id }, props: { locale, id: p.id } }));
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
