// One row per product, from the column definitions the data page documents.
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../data/catalogue';
import { productColumns, toCsv } from '../../lib/publishing/exports';

export const GET: APIRoute = async () => {
  const catalogue = await getCatalogue();
  return new Response(toCsv(productColumns, catalogue.products, { siteUrl: catalogue.site.url }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
