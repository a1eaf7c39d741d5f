// Peak memory and CPU time of a whole process tree, sampled from /proc. /usr/bin/time -v only
// reports the largest single process (getrusage's ru_maxrss) and the CPU of the children that were
// waited for, but a build step is several processes (tsx's esbuild service, Pagefind's binary,
// Vite's esbuild…): this sums the RSS of every descendant, and their CPU time.
// Shared pages (the same libraries mapped in two processes) count once per process, as in `ps`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

function sysconf(name: string, fallback: number): number {
  try {
    return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
  } catch {
    return fallback;
  }
}

const PAGE_SIZE = sysconf('PAGESIZE', 4096);
const CLOCK_TICKS_PER_S = sysconf('CLK_TCK', 100);

export const procAvailable = () => fs.existsSync('/proc/self/statm');

interface ProcessStat {
  pid: number;
  ppid: number;
  /** utime + stime of the process itself (all its threads), in clock ticks. */
  cpuTicks: number;
}

function readProcesses(): ProcessStat[] {
  const out: ProcessStat[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may contain spaces: fields resume after the last ')'.
      // There, index 0 is the state (field 3 of proc(5)), so field n is at index n - 3.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.push({ pid: Number(name), ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) });
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

/** `rootPid` and all its descendants right now. */
function tree(rootPid: number): ProcessStat[] {
  const all = readProcesses();
  const children = new Map<number, ProcessStat[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const root = all.find((p) => p.pid === rootPid);
  if (!root) return [];
  const members: ProcessStat[] = [];
  const stack = [root];
  while (stack.length) {
    const p = stack.pop()!;
    members.push(p);
    stack.push(...(children.get(p.pid) ?? []));
  }
  return members;
}

export interface TreeUsage {
  peakRssBytes: number;
  /** CPU time of every process seen in the tree, as last sampled (a process's last < 100 ms are missed). */
  cpuMs: number;
  processesSeen: number;
}

/** Samples a process tree every `intervalMs` until stopped. */
export function sampleProcessTree(rootPid: number, intervalMs = 100) {
  let peakRssBytes = 0;
  const cpuTicks = new Map<number, number>();
  const sample = () => {
    const members = tree(rootPid);
    const rss = members.reduce((n, p) => n + rssBytes(p.pid), 0);
    if (rss > peakRssBytes) peakRssBytes = rss;
    for (const p of members) cpuTicks.set(p.pid, Math.max(p.cpuTicks, cpuTicks.get(p.pid) ?? 0));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop(): TreeUsage {
      clearInterval(timer);
      const ticks = [...cpuTicks.values()].reduce((n, t) => n + t, 0);
      return { peakRssBytes, cpuMs: Math.round((ticks / CLOCK_TICKS_PER_S) * 1000), processesSeen: cpuTicks.size };
    },
  };
}
