// Everything a phone downloads to show one page — HTML, CSS, fonts, scripts, images, whatever the
// page asks for — as bytes on the wire from a host that gzips text, measured in headless Chromium
// at 360 × 740 px until the network is idle. Map tiles and other origins are refused (not counted).
import { CHROMIUM_ARGS, chromiumExecutable } from '../shared/chromium.ts';
import { chromium } from 'playwright-core';
import { serveFolder } from './static-server.ts';


export interface PhoneDownload {
  page: string;
  totalBytes: number;
  byType: Record<string, number>;
  requests: { url: string; type: string; bytes: number }[];
}

export async function measurePhoneDownloads(distDir: string, pages: string[]): Promise<PhoneDownload[]> {
  const server = await serveFolder(distDir, { gzip: true });
  const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const out: PhoneDownload[] = [];
    for (const pagePath of pages) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      await context.route((url) => url.origin !== server.origin, (route) => route.abort('blockedbyclient'));
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const types = new Map<string, { url: string; type: string }>();
      const requests: PhoneDownload['requests'] = [];
      cdp.on('Network.responseReceived', (e) => types.set(e.requestId, { url: e.response.url, type: e.type }));
      cdp.on('Network.loadingFinished', (e) => {
        const r = types.get(e.requestId);
        if (r) requests.push({ url: r.url.replace(server.origin, ''), type: r.type, bytes: e.encodedDataLength });
      });
      await page.goto(server.origin + pagePath, { waitUntil: 'networkidle' });
      await context.close();
      const byType: Record<string, number> = {};
      for (const r of requests) byType[r.type] = (byType[r.type] ?? 0) + r.bytes;
      out.push({ page: pagePath, totalBytes: requests.reduce((n, r) => n + r.bytes, 0), byType, requests });
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}
