// /data/diem-ban.geojson: the sales points that have coordinates, for other maps and apps.
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../data/catalogue';
import { salesPointsGeoJson } from '../../lib/places';
import { paths } from '../../lib/routes';

export const GET: APIRoute = async () => {
  const { site, salesPoints } = await getCatalogue();
  const collection = salesPointsGeoJson(salesPoints, (s) => new URL(paths.salesPoint('vi', s.id), site.url).href);
  return new Response(`${JSON.stringify(collection, null, 2)}\n`, { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
