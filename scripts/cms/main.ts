// npm run cms: the content editor (/admin/, Decap CMS) on this computer, saving straight into the
// content folder (CONTENT_DIR or ./content), no GitHub account needed.
//   - the local backend: decap-server (MODE=fs), which reads and writes files under the repository
//     folder, on 127.0.0.1:CMS_PROXY_PORT (default 8081);
//   - the editor's page, its configuration (regenerated on every load, so a new district shows up)
//     and Decap's files, on http://localhost:CMS_PORT/admin/ (default 8080).
// Then `npm run check` checks what was saved, and git shows it. Ctrl+C stops both.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { contentDir } from '../../src/lib/content/content-layout.ts';
import { loadSiteConfig } from '../../src/lib/content/site-config.ts';
import { adminPage, cmsInputs, configYaml, decapFiles, EDITOR_SCRIPT, editorScript } from './admin-files.ts';

const root = contentDir();
if (!fs.existsSync(root)) {
  console.error(`cms: no content folder at ${root} (set CONTENT_DIR)`);
  process.exit(2);
}
// The editor saves paths relative to the repository; a content folder outside this checkout is its own root's child.
const repoRoot = root.startsWith(process.cwd() + path.sep) ? process.cwd() : path.dirname(root);
const port = Number(process.env.CMS_PORT || 8080);
const proxyPort = Number(process.env.CMS_PROXY_PORT || 8081);
const backendUrl = `http://localhost:${proxyPort}/api/v1`;

const decapServer = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
const proxy: ChildProcess = spawn(process.execPath, [decapServer], {
  env: { ...process.env, MODE: 'fs', PORT: String(proxyPort), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repoRoot, LOG_LEVEL: process.env.LOG_LEVEL || 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
proxy.on('exit', (code) => {
  console.error(`cms: the local backend (decap-server) stopped with code ${code}`);
  process.exit(1);
});

const scripts = new Map(decapFiles().map((f) => [`/admin/${path.basename(f)}`, f]));
// The editor's own script, bundled once when the editor starts.
const ownScript = await editorScript();

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  try {
    if (url.pathname === '/' || url.pathname === '/admin') {
      res.writeHead(302, { Location: '/admin/' }).end();
    } else if (url.pathname === '/admin/' || url.pathname === '/admin/index.html') {
      const inputs = cmsInputs(root, repoRoot, backendUrl);
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(adminPage(loadSiteConfig(root).name, inputs, backendUrl));
    } else if (url.pathname === '/admin/config.yml') {
      res.writeHead(200, { 'Content-Type': 'text/yaml; charset=utf-8', 'Cache-Control': 'no-store' }).end(configYaml(cmsInputs(root, repoRoot, backendUrl)));
    } else if (url.pathname === '/favicon.svg') {
      res.writeHead(200, { 'Content-Type': 'image/svg+xml' }).end(fs.readFileSync('public/favicon.svg'));
    } else if (url.pathname === `/admin/${EDITOR_SCRIPT}`) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }).end(ownScript);
    } else if (scripts.has(url.pathname)) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      fs.createReadStream(scripts.get(url.pathname)!).pipe(res);
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  } catch (e) {
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`cms: ${(e as Error).message}`);
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`cms: editing ${root}`);
  console.log(`cms: open http://localhost:${port}/admin/ (local backend on ${backendUrl}); Ctrl+C to stop`);
});

const stop = () => {
  proxy.removeAllListeners('exit');
  proxy.kill();
  server.close();
  process.exit(0);
};
// However this process ends, the local backend ends with it.
process.on('exit', () => proxy.kill());
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
