// Peak memory of a whole process tree, sampled from /proc. /usr/bin/time -v only reports the
// largest single process (getrusage's ru_maxrss), but a build step is several processes (tsx's
// esbuild service, Pagefind's binary, Vite's esbuild…): this sums the RSS of every descendant.
// Shared pages (the same libraries mapped in two processes) count once per process, as in `ps`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const PAGE_SIZE = (() => {
  try {
    return Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
  } catch {
    return 4096;
  }
})();

export const procAvailable = () => fs.existsSync('/proc/self/statm');

function readProcesses(): { pid: number; ppid: number }[] {
  const out: { pid: number; ppid: number }[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may contain spaces: fields resume after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.push({ pid: Number(name), ppid: Number(fields[1]) });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return out;
}

function rssBytes(pid: number): number {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/** RSS of `rootPid` and all its descendants right now. */
export function treeRss(rootPid: number): { bytes: number; processes: number } {
  const children = new Map<number, number[]>();
  for (const { pid, ppid } of readProcesses()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let bytes = 0;
  let processes = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    bytes += rssBytes(pid);
    processes++;
    stack.push(...(children.get(pid) ?? []));
  }
  return { bytes, processes };
}

/** Samples a process tree every `intervalMs` until stopped; keeps the peak. */
export function sampleTreeMemory(rootPid: number, intervalMs = 100) {
  let peakBytes = 0;
  let peakProcesses = 0;
  const sample = () => {
    const now = treeRss(rootPid);
    if (now.bytes > peakBytes) {
      peakBytes = now.bytes;
      peakProcesses = now.processes;
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop(): { peakBytes: number; peakProcesses: number } {
      clearInterval(timer);
      return { peakBytes, peakProcesses };
    },
  };
}
