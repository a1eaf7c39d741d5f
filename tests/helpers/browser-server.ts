// The static server of the browser harness (tests/helpers/browser.ts): serves a built dist/ the way
// a static host does. No browser here, so build tests can use parseHeadersFile without Chromium.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  // Pagefind's index files and its WebAssembly (wasm.<lang>.pagefind), fetched and decoded by its own script.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Reads a Netlify/Cloudflare `_headers` file: a path pattern line, then indented `Name: value` lines (or `! Name`, kept as ["!Name", ""]). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      const source = raw.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:[a-z]+/gi, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    // "! Name" (Cloudflare Pages) detaches a header set by an earlier matching rule.
    const detach = /^\s+!\s*(\S+)\s*$/.exec(raw);
    if (rule && detach) {
      rule.headers.push([`!${detach[1]}`, '']);
      continue;
    }
    const colon = raw.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: cannot read line "${raw}"`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

const HOST_FILES = ['_headers', '_redirects'];

export interface StaticServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** Serves `root` (a built dist/) on 127.0.0.1 at a free port. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const dist = path.resolve(root);
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`${dist} holds no built site (index.html is missing): run the tests without SKIP_BUILD=1 first.`);
  }
  const headersFile = path.join(dist, '_headers');
  const headerRules = fs.existsSync(headersFile) ? parseHeadersFile(fs.readFileSync(headersFile, 'utf8')) : [];

  const isFile = (f: string) => fs.statSync(f, { throwIfNoEntry: false })?.isFile() ?? false;
  const isDir = (f: string) => fs.statSync(f, { throwIfNoEntry: false })?.isDirectory() ?? false;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, file: string | undefined, extra: Record<string, string> = {}) => {
      const headers: Record<string, string> = { 'Cache-Control': 'no-store', ...extra };
      for (const rule of headerRules) {
        if (!rule.pattern.test(url.pathname)) continue;
        for (const [k, v] of rule.headers) {
          if (k.startsWith('!')) delete headers[k.slice(1)];
          else headers[k] = v;
        }
      }
      if (file) headers['Content-Type'] = contentType(file);
      res.writeHead(status, headers);
      if (req.method === 'HEAD' || !file) res.end();
      else fs.createReadStream(file).pipe(res);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, undefined, { Allow: 'GET, HEAD' });

    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(400, undefined);
    }
    const target = path.join(dist, pathname);
    if (target !== dist && !target.startsWith(dist + path.sep)) return send(403, undefined);
    // Host configuration files are read by the host, never published.
    const hidden = HOST_FILES.includes(path.relative(dist, target));

    if (isFile(target) && !hidden) return send(200, target);
    if (isDir(target)) {
      if (!pathname.endsWith('/')) return send(301, undefined, { Location: `${url.pathname}/${url.search}` });
      if (isFile(path.join(target, 'index.html'))) return send(200, path.join(target, 'index.html'));
    }
    // Like Cloudflare Pages and Netlify: the nearest 404.html up the tree, with status 404.
    for (let dir = path.dirname(target.endsWith(path.sep) ? `${target}x` : target); ; dir = path.dirname(dir)) {
      if (!dir.startsWith(dist)) break;
      if (isFile(path.join(dir, '404.html'))) return send(404, path.join(dir, '404.html'));
      if (dir === dist) break;
    }
    send(404, undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
