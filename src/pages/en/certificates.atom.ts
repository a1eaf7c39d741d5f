// Atom feed of the province's certificate events (English).
import type { APIRoute } from 'astro';
import { feedResponse } from '../../data/feeds';

export const GET: APIRoute = () => feedResponse('en');
