// /data/dia-diem.geojson: every producer and sales point that can be placed, with its precision
// (exact, or commune: at its current ward or commune's label point). The map page reads it too.
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../data/catalogue';
import { featureCollection, producerFeatures, salesPointFeatures } from '../../lib/places/place-features';

export const GET: APIRoute = async () => {
  const { site, producers, salesPoints } = await getCatalogue();
  const collection = featureCollection([...producerFeatures(producers, site.url), ...salesPointFeatures(salesPoints, site.url)]);
  return new Response(`${JSON.stringify(collection)}\n`, { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
