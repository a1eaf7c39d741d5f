// Runs one build step as a child process and measures it: wall time, peak memory of its process
// tree, CPU time, and every output line with the moment it arrived (Astro's phases are read from those).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { procAvailable, sampleProcessTree } from './process-tree.ts';

const TIME = '/usr/bin/time';

export interface OutputLine {
  /** Milliseconds since the step started. */
  atMs: number;
  text: string;
}

export interface StepResult {
  name: string;
  command: string;
  wallMs: number;
  /** Peak RSS summed over the step's process tree (sampled from /proc every 100 ms); null without /proc. */
  peakTreeRssBytes: number | null;
  /** CPU time (user + system) of every process of the tree, from the same samples; null without /proc. */
  treeCpuMs: number | null;
  /** Largest single process's peak RSS, from /usr/bin/time -v; null when it is not installed. */
  maxProcessRssBytes: number | null;
  /** CPU of the step's process and the children it waited for, from /usr/bin/time -v (misses orphaned helpers). */
  userCpuS: number | null;
  systemCpuS: number | null;
  lines: OutputLine[];
}

export interface StepOptions {
  cwd: string;
  env: Record<string, string>;
}

// Escape sequences for colours, in case a tool ignores NO_COLOR.
const ANSI = /\u001b\[[0-9;]*m/g;

function parseTimeReport(file: string): Pick<StepResult, 'maxProcessRssBytes' | 'userCpuS' | 'systemCpuS'> {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const field = (label: string) => {
    const m = new RegExp(`${label}: ([\\d.]+)`).exec(text);
    return m ? Number(m[1]) : null;
  };
  const kb = field('Maximum resident set size \\(kbytes\\)');
  return { maxProcessRssBytes: kb === null ? null : kb * 1024, userCpuS: field('User time \\(seconds\\)'), systemCpuS: field('System time \\(seconds\\)') };
}

/** Runs `command args…`; rejects with the output's tail when it exits with an error. */
export async function runStep(name: string, command: string, args: string[], options: StepOptions): Promise<StepResult> {
  const useTime = fs.existsSync(TIME);
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-bench-time-')), 'report.txt');
  const [cmd, argv] = useTime ? [TIME, ['-v', '-o', report, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const usage = procAvailable() && child.pid ? sampleProcessTree(child.pid) : null;
  const lines: OutputLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (text) => lines.push({ atMs: performance.now() - started, text: text.replace(ANSI, '') }));
  }
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const wallMs = performance.now() - started;
  const tree = usage?.stop();
  const times = useTime ? parseTimeReport(report) : { maxProcessRssBytes: null, userCpuS: null, systemCpuS: null };
  fs.rmSync(path.dirname(report), { recursive: true, force: true });
  if (code !== 0) {
    const tail = lines.slice(-60).map((l) => l.text).join('\n');
    throw new Error(`${name} failed (exit ${code}): ${command} ${args.join(' ')}\n${tail}`);
  }
  return { name, command: `${path.basename(command)} ${args.join(' ')}`, wallMs, peakTreeRssBytes: tree?.peakRssBytes ?? null, treeCpuMs: tree?.cpuMs ?? null, ...times, lines };
}
