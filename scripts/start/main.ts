// npm start: builds the site and serves it on http://localhost:4321 (PORT overrides).
// The port is taken before the build starts and held through it, so a second `npm start` stops at
// once with a clear message instead of rebuilding dist/ under the running server's feet. Whoever
// opens the address during the build gets a page saying the site is being built, which reloads
// itself; once built, the same server passes requests on to Astro's preview server (front-door.ts).
import { runInTerminal as run } from '../shared/run-command.ts';
import { createFrontDoor } from './front-door.ts';

const port = Number(process.env.PORT || 4321);
const door = createFrontDoor();

try {
  await door.listen(port, 'localhost');
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

console.log(`npm start: building the site; until it is ready, http://localhost:${port}/ shows a page saying so.`);
const built = await run('npm', ['run', 'build']);
if (built !== 0) {
  door.close();
  process.exit(built);
}

try {
  // Astro's preview server, on a port of its own that only this process talks to.
  const { preview } = await import('astro');
  const server = await preview({ root: process.cwd(), server: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  door.forwardTo(server.port);
  console.log(`npm start: the site is served on http://localhost:${port}/ (Ctrl-C to stop).`);
  await server.closed();
} catch (error) {
  console.error(`npm start: the preview server could not start: ${(error as Error).message}`);
  door.close();
  process.exit(1);
}
