// A tiny static host for a dist folder (directory → index.html). Uncompressed by default, so the bytes
// a browser receives are the files' own sizes; with `gzip`, text is compressed as a real host does
// (for what a phone downloads and for Lighthouse).
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { contentTypeOf } from '../shared/content-types.ts';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg)/;

export async function serveFolder(root: string, options: { gzip?: boolean } = {}): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(root, urlPath);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = contentTypeOf(file);
    let body = fs.readFileSync(file);
    const headers: Record<string, string | number> = { 'content-type': type };
    if (options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = zlib.gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
    }
    res.writeHead(200, { ...headers, 'content-length': body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
