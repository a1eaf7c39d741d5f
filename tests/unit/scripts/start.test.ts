// npm start must never rebuild under a running copy: with its port taken it refuses before building.
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let busy: net.Server;
let port: number;

beforeAll(async () => {
  busy = net.createServer();
  await new Promise<void>((resolve) => busy.listen({ port: 0, host: 'localhost' }, resolve));
  port = (busy.address() as net.AddressInfo).port;
});
afterAll(() => new Promise((resolve) => busy.close(resolve)));

describe('npm start', () => {
  it('refuses at once, naming the port, when another server holds it, and builds nothing', async () => {
    // spawnSync would block the event loop that answers for the busy port; the port is only probed, so that is fine.
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/start/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), OUT_DIR: '.test-output/start-never-built' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`port ${port} is already in use`);
    expect(result.stdout).not.toContain('astro build');
  });
});
