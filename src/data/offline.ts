// Build-time data for working offline: the web app manifest of a language and the page list of
// a district's "save for offline" button.
import { useDictionary } from '../i18n';
import { paths, type Locale } from '../lib/routes';
import { webAppManifest } from '../lib/web-app-manifest';
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

/** The product and producer pages of one district (those its page lists), in one language. */
export async function districtOfflineListResponse(locale: Locale, id: string): Promise<Response> {
  const { byId } = await getCatalogue();
  const d = byId.district.get(id)!;
  const pages = [...d.products.map((p) => paths.product(locale, p.id)), ...d.producers.map((p) => paths.producer(locale, p.id))];
  return new Response(JSON.stringify({ district: d.id, pages }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
