// One row per sales point, from the column definitions the data page documents.
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../data/catalogue';
import { salesPointColumns, toCsv } from '../../lib/publishing/exports';

export const GET: APIRoute = async () => {
  const catalogue = await getCatalogue();
  return new Response(toCsv(salesPointColumns, catalogue.salesPoints, { siteUrl: catalogue.site.url }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
