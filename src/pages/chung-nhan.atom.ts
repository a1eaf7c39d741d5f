// Atom feed of the province's certificate events (Vietnamese).
import type { APIRoute } from 'astro';
import { feedResponse } from '../data/feeds';

export const GET: APIRoute = () => feedResponse('vi');
