// Before a measured build: write pending files to disk (the catalogue just generated, the last
// build's output) and wait, for a bounded time, until the machine's CPU and disk are no longer
// busy, so a build is not timed while the previous step's work drains. Reads Linux pressure stall
// information (/proc/pressure); without it, only the files are flushed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** Share of the last 10 seconds (percent) in which some task waited for the resource. */
function pressure(resource: 'cpu' | 'io'): number | null {
  try {
    const line = fs.readFileSync(`/proc/pressure/${resource}`, 'utf8').split('\n').find((l) => l.startsWith('some '));
    const avg10 = /avg10=([\d.]+)/.exec(line ?? '')?.[1];
    return avg10 === undefined ? null : Number(avg10);
  } catch {
    return null;
  }
}

export interface QuietWait {
  waitedMs: number;
  /** Pressure (percent of the last 10 s) when the wait ended; null without /proc/pressure. */
  cpu: number | null;
  io: number | null;
}

/** Flushes pending writes, then waits until CPU and disk pressure fall below `threshold` percent, at most `maxMs`. */
export async function waitForQuietMachine(threshold = 5, maxMs = 60_000): Promise<QuietWait> {
  const started = performance.now();
  try {
    execFileSync('sync');
  } catch {
    // No sync command: the wait below still lets the disk catch up.
  }
  for (;;) {
    const cpu = pressure('cpu');
    const io = pressure('io');
    const waitedMs = Math.round(performance.now() - started);
    const quiet = (cpu === null || cpu < threshold) && (io === null || io < threshold);
    if (quiet || waitedMs >= maxMs) return { waitedMs, cpu, io };
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
