// Atom feed of one district's certificate events (English).
import type { APIRoute } from 'astro';
import { districtFeedPaths, feedResponse } from '../../../../data/feeds';

export const getStaticPaths = districtFeedPaths;
export const GET: APIRoute = ({ params }) => feedResponse('en', params.slug);
