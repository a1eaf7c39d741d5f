// Content-Security-Policy: only the site's own scripts and styles, plus the map's tile server for images.

export function contentSecurityPolicy(tileTemplate: string): string {
  const tileOrigin = new URL(tileTemplate.replace(/\{[a-z]\}/g, 'a')).origin;
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    `img-src 'self' data: ${tileOrigin}`,
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (/sw.js) and the web app manifests are the site's own files.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Where the content editor's local backend (decap-server, started by `npm run cms`) listens by default. */
export const CMS_LOCAL_BACKEND_URL = 'http://localhost:8081/api/v1';

/**
 * The one relaxed policy of the site, for the content editor at /admin/ only (Decap CMS): it injects
 * its styles at run time ('unsafe-inline' styles), shows photos from anywhere while editing, and talks
 * to GitHub's API or to the local backend. Scripts still come only from the site's own files
 * ('unsafe-eval' lets them compile code, never loads any).
 */
export function adminContentSecurityPolicy(localBackendUrl = CMS_LOCAL_BACKEND_URL): string {
  const local = new URL(localBackendUrl).origin;
  return [
    "default-src 'self'",
    // Decap validates its configuration with Ajv, which compiles validators with new Function().
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src 'self' https://api.github.com ${local}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
