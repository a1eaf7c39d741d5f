// Everything in one file: the joined catalogue with computed certificate status (see /du-lieu/).
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../data/catalogue';
import { catalogueDocument } from '../../lib/publishing/exports';

export const GET: APIRoute = async () => {
  const document = catalogueDocument(await getCatalogue(), new Date().toISOString());
  return new Response(JSON.stringify(document, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
