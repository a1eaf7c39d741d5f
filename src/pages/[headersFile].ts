// dist/_headers: HTTP headers for hosts that read this file (Netlify, Cloudflare Pages).
// A dynamic route with one path, because Astro ignores files in src/pages whose names start
// with an underscore (so src/pages/_headers.ts would never be built).
// The Content-Security-Policy is the same as the meta tag of every page (src/lib/csp.ts); as a
// header it also covers non-HTML files and cannot be removed by editing a page.
import type { APIRoute } from 'astro';
import { contentSecurityPolicy } from '../lib/csp';
import { loadSiteConfig } from '../lib/site-config';

export function getStaticPaths() {
  return [{ params: { headersFile: '_headers' } }];
}

export const GET: APIRoute = () => {
  const site = loadSiteConfig();
  const lines = [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy(site.map.tiles)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    // The catalogue has no reason to be framed by another site.
    '  X-Frame-Options: SAMEORIGIN',
    // No page uses the camera, microphone or payments.
    '  Permissions-Policy: camera=(), microphone=(), payment=()',
    '',
    // Astro's bundled files carry a content hash in their names: they never change.
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    // The service worker must be checked at every visit, or a new build would reach phones late.
    '/sw.js',
    '  Cache-Control: no-cache',
    '',
  ];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
