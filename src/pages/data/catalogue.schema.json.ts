// JSON Schema of /data/catalogue.json, so users can validate the file before relying on it.
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../data/catalogue';
import { catalogueJsonSchema } from '../../lib/publishing/exports';

export const GET: APIRoute = async () => {
  const { site } = await getCatalogue();
  return new Response(JSON.stringify(catalogueJsonSchema(site.url), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
