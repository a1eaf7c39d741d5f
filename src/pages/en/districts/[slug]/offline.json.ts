import type { APIRoute } from 'astro';
import { districtOfflineListPaths, districtOfflineListResponse } from '../../../../data/offline';

export const getStaticPaths = () => districtOfflineListPaths('en');
export const GET: APIRoute = ({ props }) => districtOfflineListResponse('en', props.id as string);
