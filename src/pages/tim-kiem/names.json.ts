import type { APIRoute } from 'astro';
import { searchNamesResponse } from '../../data/search';

export const GET: APIRoute = () => searchNamesResponse();
