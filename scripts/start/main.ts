// npm start: builds the site and serves it on http://localhost:4321 (PORT overrides).
// The port is taken before the build starts and held through it, so a second `npm start` stops at
// once with a clear message instead of rebuilding dist/ under the running server's feet.
import net from 'node:net';
import { runInTerminal as run } from '../shared/run-command.ts';

const port = Number(process.env.PORT || 4321);

function holdPort(p: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: p, host: 'localhost', exclusive: true }, () => resolve(server));
  });
}

let held: net.Server;
try {
  held = await holdPort(port);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? `npm start: port ${port} is already in use — another \`npm start\` (or another server) is running there.\n` +
          `Nothing was built, so that server keeps working: open http://localhost:${port}/ or stop it first.\n` +
          `To run a second copy, give it its own output folder and port: OUT_DIR=dist-2 npm run build && OUT_DIR=dist-2 npm run preview -- --port 4322`
      : `npm start: cannot use port ${port}: ${(error as Error).message}`,
  );
  process.exit(1);
}

const built = await run('npm', ['run', 'build']);
await new Promise((resolve) => held.close(resolve));
if (built !== 0) process.exit(built);
process.exit(await run('astro', ['preview', '--port', String(port)]));
