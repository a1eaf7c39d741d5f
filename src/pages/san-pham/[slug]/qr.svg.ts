// The product's QR code as a file, for labels and posters; it leads to the canonical page with the live status.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../data/catalogue';
import { useDictionary } from '../../../i18n';
import { productCanonicalUrl, qrSvg } from '../../../lib/qr';

export const getStaticPaths = (async () => {
  const { products } = await getCatalogue();
  return products.map((p) => ({ params: { slug: p.id }, props: { name: p.name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const { site } = await getCatalogue();
  const label = useDictionary('vi').data.qr.label(props.name as string);
  const svg = await qrSvg(productCanonicalUrl(site.url, params.slug!), label, { size: 512 });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
