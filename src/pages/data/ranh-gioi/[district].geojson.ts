// /data/ranh-gioi/<district>.geojson: the simplified outlines of the wards and communes that replaced
// a former district's communes, fetched by its page's map only when that map is shown.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../data/catalogue';
import { districtOutlines } from '../../../lib/places/place-features';

export const getStaticPaths: GetStaticPaths = async () => {
  const { districts } = await getCatalogue();
  return districts.filter((d) => d.units.length > 0).map((d) => ({ params: { district: d.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const { byId } = await getCatalogue();
  const district = byId.district.get(params.district!)!;
  return new Response(JSON.stringify(districtOutlines(district)), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
