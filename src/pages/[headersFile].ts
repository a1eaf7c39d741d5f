// dist/_headers: HTTP headers for hosts that read this file (Netlify, Cloudflare Pages).
// A dynamic route with one path, because Astro ignores files in src/pages whose names start
// with an underscore (so src/pages/_headers.ts would never be built).
// The Content-Security-Policy is the same as the meta tag of every page (src/lib/publishing/csp.ts); as a
// header it also covers non-HTML files and cannot be removed by editing a page. Only /admin/, the
// content editor, gets its own policy (src/lib/publishing/csp.ts adminContentSecurityPolicy).
import type { APIRoute } from 'astro';
import { adminContentSecurityPolicy, contentSecurityPolicy } from '../lib/publishing/csp';
import { LOCALES, paths } from '../lib/pages/routes';
import { loadSiteConfig } from '../lib/content/site-config';

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
    // The content editor (scripts/cms) is the one page with a relaxed policy: "! Name" (Cloudflare
    // Pages) drops the site's policy first, so the two are not both enforced.
    '/admin/*',
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${adminContentSecurityPolicy()}`,
    '  X-Robots-Tag: noindex, nofollow',
    '',
    // Astro's bundled files carry a content hash in their names: they never change.
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    // The service worker must be checked at every visit, or a new build would reach phones late.
    '/sw.js',
    '  Cache-Control: no-cache',
    '',
    // The certificate feeds are Atom; hosts that read this file say so even if their own table does not.
    ...LOCALES.flatMap((l) => [paths.feed(l), paths.districtFeed(l, ':district')]).flatMap((p) => [p, '  Content-Type: application/atom+xml; charset=utf-8', '']),
  ];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
