import type { APIRoute } from 'astro';
import { webAppManifestResponse } from '../data/offline';

export const GET: APIRoute = () => webAppManifestResponse('vi');
