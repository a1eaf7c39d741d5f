import type { APIRoute } from 'astro';
import { districtOfflineListPaths, districtOfflineListResponse } from '../../../data/offline';

export const getStaticPaths = () => districtOfflineListPaths('vi');
export const GET: APIRoute = ({ props }) => districtOfflineListResponse('vi', props.id as string);
