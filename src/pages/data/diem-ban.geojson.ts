// /data/diem-ban.geojson: the sales points that can be placed, with their precision (exact, or commune).
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../data/catalogue';
import { featureCollection, salesPointFeatures } from '../../lib/places/place-features';

export const GET: APIRoute = async () => {
  const { site, salesPoints } = await getCatalogue();
  const collection = featureCollection(salesPointFeatures(salesPoints, site.url));
  return new Response(`${JSON.stringify(collection, null, 2)}\n`, { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
