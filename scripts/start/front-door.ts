// The server npm start puts on its port before building, and keeps there: while the build runs it
// answers every request at once with a short page saying the site is being built (503, Retry-After,
// reloading itself), and once the site is built it passes every request on to Astro's preview
// server. The port is never let go between the two, so a browser opened at once never hangs, never
// meets a refused connection, and gets the site as soon as it exists.
import http from 'node:http';

/** Seconds after which the "being built" page reloads itself (and Retry-After says to try again). */
export const RETRY_SECONDS = 5;

/** The page served while the build runs: Vietnamese first, then English; no script, no external file. */
export function buildingPage(): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_SECONDS}">
<title>Đang xây dựng trang web… · The site is being built…</title>
<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1f2937}h1,h2{font-size:1.4rem;margin:0 0 .5rem}section+section{margin-top:2rem}</style>
</head>
<body>
<main>
<section>
<h1>Trang web đang được xây dựng</h1>
<p><code>npm start</code> đang xây dựng trang web. Trang này tự tải lại sau vài giây và hiện trang web ngay khi xây dựng xong.</p>
</section>
<section lang="en">
<h2>The site is being built</h2>
<p><code>npm start</code> is building the site. This page reloads itself every few seconds and shows the site as soon as it is ready.</p>
</section>
</main>
</body>
</html>
`;
}

/** Headers of one connection, not of the message: never passed on by a proxy (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'upgrade']);

function withoutHopByHop(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())));
}

export interface FrontDoor {
  server: http.Server;
  /** Takes the port (only this process may use it: a second npm start is refused). */
  listen(port: number, host: string): Promise<void>;
  /** From now on, every request goes to the server on 127.0.0.1:`port`. */
  forwardTo(port: number): void;
  /** Stops at once: open connections (a browser's idle ones included) are closed, not waited for. */
  close(): void;
}

export function createFrontDoor(): FrontDoor {
  let upstream: number | undefined;
  const agent = new http.Agent({ keepAlive: true });

  const building = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const body = buildingPage();
    res.writeHead(503, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Retry-After': String(RETRY_SECONDS),
      'Cache-Control': 'no-store',
      // One answer per connection: nothing of this server is left open for the build's end to wait on.
      Connection: 'close',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const forward = (req: http.IncomingMessage, res: http.ServerResponse, port: number) => {
    const outgoing = http.request(
      { host: '127.0.0.1', port, method: req.method, path: req.url, headers: withoutHopByHop(req.headers), agent },
      (incoming) => {
        res.writeHead(incoming.statusCode ?? 502, incoming.statusMessage, withoutHopByHop(incoming.headers));
        incoming.pipe(res);
      },
    );
    outgoing.on('error', (error) => {
      if (res.headersSent) {
        res.destroy(error);
        return;
      }
      res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`npm start: the preview server did not answer (${error.message}).\n`);
    });
    req.pipe(outgoing);
  };

  const server = http.createServer((req, res) => (upstream === undefined ? building(req, res) : forward(req, res, upstream)));

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port, host, exclusive: true }, () => {
          server.off('error', reject);
          resolve();
        });
      }),
    forwardTo: (port) => {
      upstream = port;
    },
    close: () => {
      server.close();
      server.closeAllConnections();
      agent.destroy();
    },
  };
}
