// Build-time data for working offline: the web app manifest of a language and the page list of
// a district's "save for offline" button.
import { useDictionary } from '../i18n';
import { paths, type Locale } from '../lib/pages/routes';
import { districtProducts } from '../lib/pages/district-page';
import { pageCount } from '../lib/pages/pagination';
import { webAppManifest } from '../lib/publishing/web-app-manifest';
import { getCatalogue } from './catalogue';

export async function webAppManifestResponse(locale: Locale): Promise<Response> {
  const { site } = await getCatalogue();
  const manifest = webAppManifest(locale, site, useDictionary(locale).offline.app);
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
}

export async function districtOfflineListPaths(locale: Locale) {
  const { districts } = await getCatalogue();
  return districts.map((d) => ({ params: { slug: d.id }, props: { locale, id: d.id } }));
}

/**
 * What a district's "save for offline" button stores, in one language: the district's own page, its
 * sales points' pages and its full product list (which the automatic copy may have left out), and
 * every product and producer page of the district. The after-build step adds how many of them the
 * automatic copy does not hold and their size (scripts/after-build/write-service-worker.ts).
 */
export async function districtOfflineListResponse(locale: Locale, id: string): Promise<Response> {
  const { byId } = await getCatalogue();
  const d = byId.district.get(id)!;
  const { all, hasList } = districtProducts(d.products);
  const lists = hasList ? Array.from({ length: pageCount(all.length) }, (_, i) => paths.districtProducts(locale, d.id, i + 1)) : [];
  const pages = [
    paths.district(locale, d.id),
    ...d.salesPoints.map((s) => paths.salesPoint(locale, s.id)),
    ...lists,
    ...all.map((p) => paths.product(locale, p.id)),
    ...d.producers.map((p) => paths.producer(locale, p.id)),
  ];
  return new Response(JSON.stringify({ district: d.id, pages }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
