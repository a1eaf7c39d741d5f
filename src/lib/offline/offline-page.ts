// What the offline page says about the connection. The same page (/ngoai-tuyen/, /en/offline/) is
// linked from the footer ("what works without a connection") and is the service worker's answer,
// offline, for a page it does not hold: then it is shown at that other page's address.

/**
 * - 'guide': opened at its own address with a connection: it explains what works offline and does
 *   not claim there is no connection (also what a page without JavaScript shows);
 * - 'offline': opened at its own address without a connection;
 * - 'fallback': served for another address, which is not saved on this device.
 */
export type OfflinePageMode = 'guide' | 'offline' | 'fallback';

/** "/ngoai-tuyen", "/ngoai-tuyen/" and "/ngoai-tuyen/index.html" are the same page. */
function samePage(a: string, b: string): boolean {
  const clean = (p: string) => {
    let path = p;
    try {
      path = decodeURIComponent(p);
    } catch {
      // A malformed escape: compare it as written.
    }
    return path.replace(/index\.html$/, '').replace(/\/+$/, '');
  };
  return clean(a) === clean(b);
}

export function offlinePageMode(pathname: string, offlinePath: string, onLine: boolean): OfflinePageMode {
  if (!samePage(pathname, offlinePath)) return 'fallback';
  return onLine ? 'guide' : 'offline';
}
