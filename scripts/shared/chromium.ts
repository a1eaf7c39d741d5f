// Which Chromium the browser tests and the benchmark drive. CHROMIUM_PATH wins when set; otherwise
// the build that `npm ci` installs: @sparticuz/chromium (pinned in package.json), a compressed
// headless Chromium inside the npm package, unpacked into the temporary folder on first use. So every
// machine tests on the same browser version and nothing is installed by hand.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import sparticuz from '@sparticuz/chromium';

/** The installed package's version (its package.json is not among its exports: found from its entry). */
const VERSION: string = (() => {
  let dir = path.dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium'));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
})();

/** The flags every launch uses: no sandbox (tests run as root), no GPU, and no background traffic
 *  (this machine's network is closed; Chromium's own update/sync calls would fail noisily). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let unpacked: Promise<string> | undefined;

/** The Chromium binary to launch: CHROMIUM_PATH, else the packaged build (unpacked once per process). */
export async function chromiumExecutable(): Promise<string> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!fs.existsSync(chosen)) throw new Error(`CHROMIUM_PATH is ${chosen}, but no file is there. Unset it to use the Chromium that npm ci installs (@sparticuz/chromium).`);
    return chosen;
  }
  unpacked ??= unpackOnce();
  return unpacked;
}

/**
 * Unpacks into a folder named for the package's version (an upgrade never runs the old binary), first
 * into a fresh staging folder that is then renamed: test files and benchmark steps started side by side
 * never see a half-written binary (the package's own /tmp/chromium check would).
 */
async function unpackOnce(): Promise<string> {
  const folder = path.join(os.tmpdir(), `ocop-chromium-${VERSION}`);
  const binary = path.join(folder, 'chromium');
  if (fs.existsSync(binary)) return binary;
  const staging = fs.mkdtempSync(`${folder}-unpacking-`);
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = staging; // the package unpacks into os.tmpdir()
  try {
    const file = await sparticuz.executablePath();
    if (!file || !fs.existsSync(file)) throw new Error('@sparticuz/chromium did not unpack its Chromium: run npm ci again, or set CHROMIUM_PATH to a Chromium binary.');
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
  try {
    fs.renameSync(staging, folder);
  } catch {
    fs.rmSync(staging, { recursive: true, force: true }); // another process finished first: use its copy
  }
  if (!fs.existsSync(binary)) throw new Error(`Chromium was unpacked, but ${binary} is missing.`);
  return binary;
}
