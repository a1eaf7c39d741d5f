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
