// One row per producer, from the column definitions the data page documents.
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../data/catalogue';
import { producerColumns, toCsv } from '../../lib/publishing/exports';

export const GET: APIRoute = async () => {
  const catalogue = await getCatalogue();
  return new Response(toCsv(producerColumns, catalogue.producers, { siteUrl: catalogue.site.url }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
