// Writes the service worker (dist/sw.js) after the search index, so its offline manifest lists
// Pagefind's files too: every built file is sorted into the shell, the language packs and the sets
// saved on request (src/lib/offline/offline-plan.ts), hashed, and the worker (src/service-worker/sw.ts,
// which uses Workbox) is bundled with that manifest in it. The sets' files are listed in files of
// their own (paths.offlineSet), so sw.js stays as small as the packs whatever the catalogue's size,
// and each district's offline.json gets the size its button would store. A new build therefore
// gives a new sw.js whenever any kept file changed, and browsers install it as an update.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import {
  automaticCopyBytes,
  groupOfflineFiles,
  localePrefixes,
  OFFLINE_COPY_BUDGET_BYTES,
  OFFLINE_SETS,
  planLanguage,
  urlOfFile,
  type OfflineEntry,
  type OfflineManifest,
  type OfflineSetId,
  type OfflineSetList,
  type TierReport,
} from '../../src/lib/offline/offline-plan.ts';
import { LOCALES, paths, type Locale } from '../../src/lib/pages/routes.ts';
import { builtSearchIndex } from './index-search.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORKER_SOURCE = path.join(ROOT, 'src/service-worker/sw.ts');

function listFiles(distDir: string): string[] {
  return fs
    .readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(distDir, path.join(e.parentPath, e.name)));
}

const hash = (data: string | Buffer) => crypto.createHash('sha256').update(data).digest('hex');

export interface OfflinePlanOptions {
  /** What a first visit may store for one language, shell included (default OFFLINE_COPY_BUDGET_BYTES). */
  budgetBytes?: number;
}

/** A district's "save for offline" list (dist/<districts>/<id>/offline.json), with the size it adds. */
export interface DistrictOfflineList {
  district: string;
  pages: string[];
  /** Pages of the list this language's automatic copy does not hold, and their bytes: what pressing the button stores. */
  files: number;
  bytes: number;
}

export interface OfflinePlan {
  manifest: OfflineManifest;
  /** Each language's sets with their entries (what the list files hold). */
  setLists: Record<Locale, OfflineSetList[]>;
  /** Per language, each step of the pack: what it kept and left out. */
  tiers: Record<Locale, TierReport[]>;
  /** Per language, the pages left out that only a district's button saves. */
  leftToDistricts: Record<Locale, { files: number; bytes: number }>;
}

/** The offline plan of a built site: what the worker keeps, with a content hash of each file, and what it saves on request. */
export function offlinePlan(distDir: string, { budgetBytes = OFFLINE_COPY_BUDGET_BYTES }: OfflinePlanOptions = {}): OfflinePlan {
  const byUrl = new Map(listFiles(distDir).map((f) => [urlOfFile(f), f]));
  const groups = groupOfflineFiles([...byUrl.keys()], builtSearchIndex(distDir));
  const entry = (url: string): OfflineEntry => {
    const data = fs.readFileSync(path.join(distDir, byUrl.get(url)!));
    return { url, revision: hash(data).slice(0, 16), bytes: data.length };
  };
  const shell = groups.shell.map(entry);
  const offlinePages = Object.fromEntries(LOCALES.map((l) => [l, paths.offline(l)])) as Record<Locale, string>;
  const packs = {} as Record<Locale, OfflineEntry[]>;
  const sets = {} as OfflineManifest['sets'];
  const setLists = {} as Record<Locale, OfflineSetList[]>;
  const tiers = {} as Record<Locale, TierReport[]>;
  const leftToDistricts = {} as Record<Locale, { files: number; bytes: number }>;
  for (const l of LOCALES) {
    const plan = planLanguage(
      shell,
      groups.candidates[l].map((c) => ({ ...entry(c.url), tier: c.tier })),
      budgetBytes,
    );
    packs[l] = plan.pack;
    tiers[l] = plan.tiers;
    leftToDistricts[l] = { files: plan.byDistrict.length, bytes: plan.byDistrict.reduce((a, e) => a + e.bytes, 0) };
    setLists[l] = OFFLINE_SETS.filter((id) => plan.sets[id].length > 0).map((id) => ({
      set: id,
      locale: l,
      files: plan.sets[id].length,
      bytes: plan.sets[id].reduce((a, e) => a + e.bytes, 0),
      entries: plan.sets[id],
    }));
    sets[l] = setLists[l].map((list) => ({
      id: list.set,
      list: paths.offlineSet(l, list.set),
      revision: hash(setListText(list)).slice(0, 16),
      files: list.files,
      bytes: list.bytes,
    }));
  }
  for (const l of LOCALES) {
    if (!shell.some((e) => e.url === offlinePages[l])) throw new Error(`${distDir}: the offline page ${offlinePages[l]} was not built`);
    if (!packs[l].some((e) => e.url === paths.home(l))) throw new Error(`${distDir}: the home page ${paths.home(l)} was not built`);
  }
  const all = [...shell, ...LOCALES.flatMap((l) => [...packs[l], ...sets[l].map((s) => ({ url: s.list, revision: s.revision }))])];
  const version = hash(all.map((e) => `${e.url} ${e.revision}`).join('\n')).slice(0, 12);
  return { manifest: { version, shell, packs, sets, offlinePages, localePrefixes: localePrefixes() }, setLists, tiers, leftToDistricts };
}

/** The offline manifest of a built site (what sw.js carries). */
export function offlineManifest(distDir: string, options: OfflinePlanOptions = {}): OfflineManifest {
  return offlinePlan(distDir, options).manifest;
}

const setListText = (list: OfflineSetList) => `${JSON.stringify(list)}\n`;

/** The sets' list files (paths.offlineSet), which the worker reads when a visitor saves a set. */
function writeSetLists(distDir: string, plan: OfflinePlan): void {
  for (const l of LOCALES) {
    for (const id of OFFLINE_SETS) fs.rmSync(path.join(distDir, paths.offlineSet(l, id)), { force: true });
    for (const list of plan.setLists[l]) fs.writeFileSync(path.join(distDir, paths.offlineSet(l, list.set)), setListText(list));
  }
}

/**
 * Adds to each district's offline.json (written by the build: its pages) how many of them the
 * automatic copy of its language does not hold and their bytes, which its page shows on the button.
 */
function sizeDistrictLists(distDir: string, manifest: OfflineManifest): void {
  for (const l of LOCALES) {
    const automatic = new Set([...manifest.shell, ...manifest.packs[l]].map((e) => e.url));
    const folder = path.join(distDir, paths.districts(l));
    if (!fs.existsSync(folder)) continue;
    for (const id of fs.readdirSync(folder)) {
      const file = path.join(distDir, paths.districtOfflineList(l, id));
      if (!fs.existsSync(file)) continue;
      const list = JSON.parse(fs.readFileSync(file, 'utf8')) as DistrictOfflineList;
      const toSave = list.pages.filter((u) => !automatic.has(u));
      const bytes = toSave.reduce((a, u) => {
        const page = path.join(distDir, u, 'index.html');
        if (!fs.existsSync(page)) throw new Error(`${file}: lists ${u}, which was not built`);
        return a + fs.statSync(page).size;
      }, 0);
      const sized: DistrictOfflineList = { district: list.district, pages: list.pages, files: toSave.length, bytes };
      fs.writeFileSync(file, JSON.stringify(sized));
    }
  }
}

export interface ServiceWorkerReport {
  version: string;
  shell: { files: number; bytes: number };
  /** Per language: its pack, the automatic copy (shell + pack) a first visit stores, and what is saved on request. */
  languages: Record<
    string,
    {
      files: number;
      bytes: number;
      automaticBytes: number;
      /** Sets saved on request (only those with files), and the pages only a district's button saves. */
      onRequest: Partial<Record<OfflineSetId, { files: number; bytes: number }>> & { districts: { files: number; bytes: number } };
      tiers: TierReport[];
    }
  >;
  workerBytes: number;
}

export function describePlan(plan: OfflinePlan): Omit<ServiceWorkerReport, 'workerBytes'> {
  const { manifest } = plan;
  const sum = (entries: OfflineEntry[]) => entries.reduce((a, e) => a + e.bytes, 0);
  return {
    version: manifest.version,
    shell: { files: manifest.shell.length, bytes: sum(manifest.shell) },
    languages: Object.fromEntries(
      LOCALES.map((l) => [
        l,
        {
          files: manifest.packs[l].length,
          bytes: sum(manifest.packs[l]),
          automaticBytes: automaticCopyBytes(manifest, l),
          onRequest: { ...Object.fromEntries(manifest.sets[l].map((s) => [s.id, { files: s.files, bytes: s.bytes }])), districts: plan.leftToDistricts[l] },
          tiers: plan.tiers[l],
        },
      ]),
    ),
  };
}

export async function writeServiceWorker(distDir: string, options: OfflinePlanOptions = {}): Promise<ServiceWorkerReport> {
  const plan = offlinePlan(distDir, options);
  const { manifest } = plan;
  writeSetLists(distDir, plan);
  sizeDistrictLists(distDir, manifest);
  const result = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
    // Workbox logs every request in development builds; its production build is silent.
    define: { __OFFLINE_MANIFEST__: JSON.stringify(manifest), 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  fs.writeFileSync(path.join(distDir, paths.serviceWorker()), code);
  return { ...describePlan(plan), workerBytes: code.length };
}
