// getStaticPaths for the catalogue's route files, one function per page type, for either language.
import { paginate, pageParam } from '../lib/pagination';
import type { Locale } from '../lib/routes';
import { getCatalogue } from './catalogue';

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
  return paginate(products).map((pg) => ({
    params: { page: pageParam(PAGE_WORD[locale], pg.number) },
    props: { locale, listing: { kind: 'all' as const }, page: pg.number },
  }));
}

export async function starLevelPaths(locale: Locale) {
  const { products } = await getCatalogue();
  return [3, 4, 5].flatMap((stars) =>
    paginate(products.filter((p) => p.stars === stars)).map((pg) => ({
      params: { stars: String(stars), page: pageParam(PAGE_WORD[locale], pg.number) },
      props: { locale, listing: { kind: 'stars' as const, stars }, page: pg.number },
    })),
  );
}

export async function categoryPaths(locale: Locale) {
  const { groups, sets } = await getCatalogue();
  return [...groups, ...sets].flatMap((c) =>
    paginate(c.products).map((pg) => ({
      params: { slug: c.id, page: pageParam(PAGE_WORD[locale], pg.number) },
      props: { locale, listing: { kind: 'category' as const, id: c.id }, page: pg.number },
    })),
  );
}
