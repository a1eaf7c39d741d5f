// A CPU profile of one cold `astro build`, reduced to where the time goes: self time by area
// (a package, the project's own code, garbage collection…) and the hottest functions.
import fs from 'node:fs';
import path from 'node:path';
import type { SiteFolders } from './build.ts';
import { siteEnv } from './build.ts';
import { runStep } from './run.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface CpuProfileSummary {
  products: number;
  wallMs: number;
  sampledMs: number;
  byArea: { area: string; ms: number; share: number }[];
  topFunctions: { fn: string; area: string; ms: number; share: number }[];
  /** The hottest functions of the site's own code (compiled chunks, src/): the ones this project can change. */
  siteCodeHotspots: { fn: string; area: string; ms: number; share: number }[];
  note: string;
}

function areaOf(url: string, fn: string, projectDir: string): string {
  if (!url) {
    if (fn === '(garbage collector)') return 'garbage collection';
    if (fn === '(idle)') return 'idle (waiting for I/O, image workers…)';
    if (fn === '(program)') return 'V8 and native code';
    return `native: ${fn}`;
  }
  if (url.startsWith('node:')) return 'Node.js internals';
  if (url.startsWith('wasm:')) return 'WebAssembly (es-module-lexer, …)';
  const file = url.replace(/^file:\/\//, '');
  const inModules = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
  if (inModules) return inModules[1]!;
  if (file.startsWith(projectDir)) {
    const rel = path.relative(projectDir, file);
    if (rel.startsWith('src/')) return `project: ${rel}`;
    // Pages, components and src/lib are compiled into the build's chunks, named after their first module;
    // Astro's own runtime is bundled into chunks too (server_…, _astro_assets_…).
    const chunk = path.basename(rel).replace(/_[\w-]{8}\.mjs$/, '').replace(/\.mjs$/, '');
    if (/^(server|_astro_|astro)/.test(chunk)) return `astro (runtime bundled into the build: ${chunk})`;
    return `compiled chunk: ${chunk}`;
  }
  return file;
}

export function summariseCpuProfile(profile: CpuProfile, projectDir: string): Omit<CpuProfileSummary, 'products' | 'wallMs' | 'note'> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const areas = new Map<string, number>();
  const functions = new Map<string, { fn: string; area: string; us: number }>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const area = areaOf(url, functionName, projectDir);
    areas.set(area, (areas.get(area) ?? 0) + us);
    const key = `${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ''}`.trim();
    const f = functions.get(key) ?? { fn: key, area, us: 0 };
    f.us += us;
    functions.set(key, f);
    total += us;
  }
  const share = (us: number) => Math.round((us / total) * 1000) / 10;
  const ranked = [...functions.values()].sort((a, b) => b.us - a.us).map((f) => ({ fn: f.fn, area: f.area, ms: Math.round(f.us / 1000), share: share(f.us) }));
  return {
    sampledMs: Math.round(total / 1000),
    byArea: [...areas].map(([area, us]) => ({ area, ms: Math.round(us / 1000), share: share(us) })).sort((a, b) => b.ms - a.ms).slice(0, 15),
    topFunctions: ranked.slice(0, 20),
    siteCodeHotspots: ranked.filter((f) => /^(compiled chunk|project):/.test(f.area)).slice(0, 10),
  };
}

/** Cold `astro build` under `node --cpu-prof` (dist and cache emptied first). */
export async function profileAstroBuild(site: SiteFolders, products: number, profileDir: string): Promise<CpuProfileSummary> {
  fs.rmSync(site.outDir, { recursive: true, force: true });
  fs.rmSync(site.cacheDir, { recursive: true, force: true });
  fs.mkdirSync(profileDir, { recursive: true });
  const astroBin = path.join(site.projectDir, 'node_modules/astro/bin/astro.mjs');
  const step = await runStep('astro build --cpu-prof', process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, astroBin, 'build'], { cwd: site.projectDir, env: siteEnv(site) });
  const files = fs.readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(profileDir, f));
  if (files.length === 0) throw new Error(`no CPU profile was written to ${profileDir}`);
  const largest = files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0]!;
  const profile = JSON.parse(fs.readFileSync(largest, 'utf8')) as CpuProfile;
  return {
    products,
    wallMs: Math.round(step.wallMs),
    ...summariseCpuProfile(profile, fs.realpathSync(site.projectDir)),
    note: 'Self time of the main astro process (profiling slows it down); areas are packages under node_modules, the compiled site code, GC and V8.',
  };
}
