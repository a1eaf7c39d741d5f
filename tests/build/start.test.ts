// npm start with a browser opened at once: whatever connects while the site builds gets an answer
// straight away (a page saying the site is being built, which reloads itself), and the same address
// serves the site once it is built; an idle connection left open (as browsers open ahead of a
// request) holds nothing up. Runs the real npm start on the small fixture province, on a free port.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/pages/routes';
import { withoutVitest } from '../helpers/build-site';
import { FIXTURE, OUTPUT, ROOT, TEST_BUILD_DATE } from '../helpers/sites';

const WORK = path.join(OUTPUT, 'npm-start');
let child: ChildProcess;
let port: number;
let output = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen({ port: 0, host: 'localhost' }, () => {
      const { port: p } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(p));
    });
  });
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request on its own connection; a server that never answers fails it instead of hanging the test. */
function get(urlPath: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: 'localhost', port, path: urlPath, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.setTimeout(15_000, () => req.destroy(new Error(`no answer to ${urlPath}: the server holds the connection without replying`)));
    req.on('error', reject);
  });
}

const exited = () => child.exitCode !== null || child.signalCode !== null;

/** Resolves when npm start has printed `pattern` (it then holds its port); rejects if it exits first. */
function printed(pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (pattern.test(output)) resolve();
      else if (exited()) reject(new Error(`npm start exited (${child.exitCode ?? child.signalCode}) before printing ${pattern}:\n${output.slice(-4000)}`));
      else setTimeout(check, 100);
    };
    check();
  });
}

beforeAll(async () => {
  port = await freePort();
  child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/start/main.ts'], {
    cwd: ROOT,
    // Its own process group, so the test can stop npm start and everything it started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...withoutVitest(process.env),
      PORT: String(port),
      CONTENT_DIR: FIXTURE.contentDir,
      OUT_DIR: path.join(WORK, 'dist'),
      ASTRO_CACHE_DIR: path.join(WORK, 'cache'),
      BUILD_DATE: TEST_BUILD_DATE,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
});

afterAll(() => {
  if (child?.pid && !exited()) process.kill(-child.pid, 'SIGTERM');
});

describe('npm start', () => {
  it('answers whoever connects during the build, then serves the site on the same address', async () => {
    await printed(/building the site/);
    // A connection that sends nothing, as a browser opens one ahead of its request: it must not hold anything up.
    const idle = net.connect(port, 'localhost');
    idle.on('error', () => {});

    const during = await get('/san-pham/');
    expect(during.status, output.slice(-2000)).toBe(503);
    expect(Number(during.headers['retry-after'])).toBeGreaterThan(0);
    expect(during.headers['content-type']).toMatch(/^text\/html/);
    expect(during.headers['cache-control']).toBe('no-store');
    expect(during.body).toMatch(/<meta http-equiv="refresh" content="\d+">/);
    expect(during.body).toContain('Trang web đang được xây dựng');
    expect(during.body).toContain('The site is being built');
    expect(output, 'the page was served while the build was still running').not.toMatch(/the site is served on/);

    // As the page does: ask again until the site answers.
    let after = during;
    while (after.status === 503 && !exited()) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      after = await get('/');
    }
    expect(exited(), `npm start exited:\n${output.slice(-4000)}`).toBe(false);
    expect(after.status).toBe(200);
    expect(after.headers['content-type']).toMatch(/^text\/html/);
    expect(after.body).toContain('<html lang="vi"');
    expect(after.body).toContain('OCOP Tỉnh Ví Dụ');
    const english = await get('/en/');
    expect(english.status).toBe(200);
    expect(english.body).toContain('Example Province OCOP');
    expect((await get('/san-pham/')).status).toBe(200);
    // Astro's preview server gives the certificate feeds the Atom media type (by their .atom extension).
    const feed = await get(paths.feed('vi'));
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^application\/atom\+xml\b/);
    expect(output).toContain(`the site is served on http://localhost:${port}/`);
    idle.destroy();
  }, 300_000);
});
