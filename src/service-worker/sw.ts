/// <reference lib="webworker" />
// The service worker (/sw.js): bundled with Workbox after the build by
// scripts/after-build/write-service-worker.ts, which puts the build's offline manifest in
// __OFFLINE_MANIFEST__ (what to keep: src/lib/offline/offline-plan.ts).
//
// One build = one version. Every cache is named ocop-offline-<version>-<kind>, and a version is
// served whole: the shell, language packs and sets saved on request (what a pack left out to stay
// within its budget: the search index, list pages) cache-first from the caches of the worker's own
// version, other pages network-first into that version's page cache. A new build's worker
// stores everything the old one held (copying unchanged files, downloading the rest) before it
// takes over; if any download fails, the install fails and the old version keeps serving, whole.
// It then skips waiting (a phone app is rarely closed, so "waiting until every tab is closed"
// would mean never), deletes the old caches, and the pages reload (src/browser/offline-register.ts)
// so no page of the old version asks the new worker for files it no longer has. While it waits for
// the old worker to finish, the old worker keeps reminding it to skip waiting (see "Handing over").
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { OfflineEntry, OfflineManifest, OfflineSetId, OfflineSetList } from '../lib/offline/offline-plan';
import type { Locale } from '../lib/pages/routes';
import type { OfflineReply, OfflineRequest, OfflineSetOffer, OfflineState, SkipWaitingNudge } from './messages';

declare const self: ServiceWorkerGlobalScope;
declare const __OFFLINE_MANIFEST__: OfflineManifest;

const M = __OFFLINE_MANIFEST__;
const PREFIX = 'ocop-offline-';
const ours = `${PREFIX}${M.version}-`;
const SHELL = `${ours}shell`;
const PAGES = `${ours}pages`;
const META = `${ours}meta`;
const packCache = (l: Locale) => `${ours}pack-${l}`;
/** A set saved on request (the search index, the list pages) of one language. */
const setCache = (l: Locale, id: OfflineSetId) => `${ours}set-${l}-${id}`;
const setKey = (l: Locale, id: OfflineSetId) => `${l}:${id}`;
/** Where the worker keeps its own state (saved times), as a JSON response in the META cache. */
const STATE_KEY = new URL('/__offline-state.json', self.location.origin).href;
/** Response header holding the revision a cached file was stored at. */
const REVISION = 'x-offline-revision';
/** Parallel downloads: enough to fill a slow link, few enough not to choke a phone. */
const PARALLEL = 6;

const locales = Object.keys(M.packs) as Locale[];
const localeOf = (pathname: string): Locale => M.localePrefixes.find(([p]) => pathname.startsWith(p))![1];

/** Site path → the cache it lives in (shell or a language pack) and its revision. */
const lookup = new Map<string, { cache: string; entry: OfflineEntry }>();
for (const entry of M.shell) lookup.set(entry.url, { cache: SHELL, entry });
for (const l of locales) for (const entry of M.packs[l]) lookup.set(entry.url, { cache: packCache(l), entry });

// ---------------------------------------------------------------------------------------------
// State: which languages and districts are saved, and when

async function readState(cacheName = META): Promise<OfflineState> {
  const cache = await caches.open(cacheName);
  const response = await cache.match(STATE_KEY);
  const empty: OfflineState = { version: M.version, languages: {}, districts: {} };
  return response ? { ...empty, ...((await response.json()) as OfflineState), version: M.version } : empty;
}

async function writeState(state: OfflineState): Promise<void> {
  const cache = await caches.open(META);
  await cache.put(STATE_KEY, new Response(JSON.stringify(state), { headers: { 'Content-Type': 'application/json' } }));
}

/** Serialises state updates: two saves finishing together must not overwrite each other. */
let stateQueue: Promise<unknown> = Promise.resolve();
function updateState(change: (s: OfflineState) => void): Promise<OfflineState> {
  const next = stateQueue.then(async () => {
    const state = await readState();
    change(state);
    await writeState(state);
    return state;
  });
  stateQueue = next.catch(() => undefined);
  return next;
}

// ---------------------------------------------------------------------------------------------
// Storing files

type Progress = (done: number, total: number) => void;

/** A copy of a response without its redirect flag (a redirected response cannot answer a navigation), with its revision. */
async function storable(response: Response, revision?: string): Promise<Response> {
  const headers = new Headers(response.headers);
  if (revision) headers.set(REVISION, revision);
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

async function download(url: string): Promise<Response> {
  const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>, progress?: Progress): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
      progress?.(++done, items.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
}

/** Caches of earlier versions, newest first (caches.keys() lists them in creation order). */
async function olderCaches(kind: string): Promise<string[]> {
  return (await caches.keys()).filter((k) => k.startsWith(PREFIX) && !k.startsWith(ours) && k.endsWith(`-${kind}`)).reverse();
}

/**
 * Stores entries of the manifest: skips those already stored at this version, copies those an
 * older version holds at the same revision, downloads the rest. Throws if a download fails.
 */
async function storeEntries(cacheName: string, entries: OfflineEntry[], kind: string, progress?: Progress): Promise<void> {
  const cache = await caches.open(cacheName);
  const older = await Promise.all((await olderCaches(kind)).map((name) => caches.open(name)));
  await inParallel(
    entries,
    async (entry) => {
      if (await cache.match(entry.url)) return;
      for (const old of older) {
        const kept = await old.match(entry.url);
        if (kept?.headers.get(REVISION) === entry.revision) return cache.put(entry.url, kept);
      }
      await cache.put(entry.url, await storable(await download(entry.url), entry.revision));
    },
    progress,
  );
}

const storing = new Map<string, Promise<OfflineState>>();

/** A language's pack, once at a time; the saved time is written only when every file is stored. */
function storeLanguage(l: Locale, progress?: Progress): Promise<OfflineState> {
  const running = storing.get(l);
  if (running) return running;
  const job = (async () => {
    const state = await readState();
    if (state.languages[l]) return state;
    await storeEntries(packCache(l), M.packs[l], `pack-${l}`, progress);
    return updateState((s) => (s.languages[l] = { savedAt: new Date().toISOString(), files: M.packs[l].length }));
  })().finally(() => storing.delete(l));
  storing.set(l, job);
  return job;
}

/** Pages into the page cache (a page that no longer exists is left out); returns how many were stored. */
async function storePages(urls: string[], progress?: Progress): Promise<number> {
  const cache = await caches.open(PAGES);
  let stored = 0;
  await inParallel(
    urls,
    async (url) => {
      const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
      if (response.status === 404 || response.status === 410) return;
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      await cache.put(url, await storable(response));
      stored++;
    },
    progress,
  );
  return stored;
}

async function saveDistrict(l: Locale, listUrl: string, progress: Progress): Promise<OfflineState> {
  const list = (await (await download(listUrl)).json()) as { district: string; pages: string[] };
  // The district's own page and its sales points may be in the language's pack already.
  const pages = await storePages(list.pages.filter((u) => !lookup.has(u)), progress);
  return updateState((s) => (s.districts[`${l}:${list.district}`] = { savedAt: new Date().toISOString(), pages }));
}

// ---------------------------------------------------------------------------------------------
// Sets saved on request: what a language's pack left out to stay within its budget

/** The entries of a set, from its list file (written after the build, see src/lib/offline/offline-plan.ts). */
async function setEntries(l: Locale, id: OfflineSetId): Promise<OfflineEntry[]> {
  const summary = M.sets[l].find((s) => s.id === id);
  if (!summary) throw new Error(`${l}: this version has no set "${id}" to save`);
  return ((await (await download(summary.list)).json()) as OfflineSetList).entries;
}

/** A set of a language, once at a time; its saved time is written only when every file is stored. */
function storeSet(l: Locale, id: OfflineSetId, progress?: Progress): Promise<OfflineState> {
  const key = `set ${setKey(l, id)}`;
  const running = storing.get(key);
  if (running) return running;
  const job = (async () => {
    const entries = await setEntries(l, id);
    await storeEntries(setCache(l, id), entries, `set-${l}-${id}`, progress);
    return updateState((s) => ((s.sets ??= {})[setKey(l, id)] = { savedAt: new Date().toISOString(), files: entries.length }));
  })().finally(() => storing.delete(key));
  storing.set(key, job);
  return job;
}

/** On install: the sets the previous version held, stored again at this version (unchanged files are copied). */
async function restoreSets(previous: OfflineState | undefined, state: OfflineState, savedAt: string): Promise<void> {
  for (const key of Object.keys(previous?.sets ?? {})) {
    const [l, id] = key.split(':') as [Locale, OfflineSetId];
    // A set this version does not offer is gone, or in the language's pack now.
    if (!M.sets[l]?.some((s) => s.id === id)) continue;
    const entries = await setEntries(l, id);
    await storeEntries(setCache(l, id), entries, `set-${l}-${id}`);
    (state.sets ??= {})[key] = { savedAt, files: entries.length };
  }
}

/** What this version offers in a language, with the sizes the pages show before a visitor presses "save". */
async function offers(l: Locale): Promise<OfflineSetOffer[]> {
  const state = await readState();
  return M.sets[l].map((s) => ({ id: s.id, files: s.files, bytes: s.bytes, savedAt: state.sets?.[setKey(l, s.id)]?.savedAt }));
}

/** A file of a saved set, from this version's set caches (caches.match does not create a missing cache). */
async function fromSets(pathname: string): Promise<Response | undefined> {
  for (const l of locales) {
    for (const s of M.sets[l]) {
      const stored = await caches.match(pathname, { cacheName: setCache(l, s.id) });
      if (stored) return stored;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Lifecycle

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await storeEntries(SHELL, M.shell, 'shell');
      // What the previous version held, this one holds too, before it takes over.
      const [previousMeta] = await olderCaches('meta');
      const previous = previousMeta ? await readState(previousMeta) : undefined;
      const state: OfflineState = { version: M.version, languages: {}, districts: previous?.districts ?? {} };
      const now = new Date().toISOString();
      for (const l of locales) {
        if (!previous?.languages[l]) continue;
        await storeEntries(packCache(l), M.packs[l], `pack-${l}`);
        state.languages[l] = { savedAt: now, files: M.packs[l].length };
      }
      await restoreSets(previous, state, now);
      const [previousPages] = await olderCaches('pages');
      if (previousPages) {
        const urls = (await (await caches.open(previousPages)).keys()).map((r) => r.url);
        await storePages(urls);
        for (const key of Object.keys(state.districts)) state.districts[key] = { ...state.districts[key]!, savedAt: now };
      }
      await writeState(state);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((k) => k.startsWith(PREFIX) && !k.startsWith(ours));
      await Promise.all(old.map((k) => caches.delete(k)));
      await self.clients.claim();
    })(),
  );
});

// ---------------------------------------------------------------------------------------------
// Handing over to a new build's worker
//
// Chromium activates a worker that skipped waiting once the old worker has no work left: at the
// moment skipWaiting() takes effect (the end of install) it asks the old worker, if it is running,
// to stop as soon as it is idle. A page's message or fetch that reaches the old worker as it stops
// starts it again, and that request is lost: the old worker then stays active until it has been
// idle for 30 s (a visitor who keeps reading keeps it alive; with DevTools attached, as in the
// browser tests, it never idles, and Chromium waits 5 minutes). So whenever the old worker handles
// an event while a new one waits, it is running, and it tells the new one to call skipWaiting()
// again, which makes Chromium ask again: the new worker takes over as soon as that event is done.

/** Waiting workers this copy of the worker has already reminded (each copy reminds once). */
const reminded = new WeakSet<ServiceWorker>();

function remindWaitingWorker(): void {
  const waiting = self.registration.waiting;
  // Only the active worker reminds; the waiting one is the worker being reminded.
  if (!waiting || reminded.has(waiting) || ('serviceWorker' in self && self.serviceWorker.state !== 'activated')) return;
  reminded.add(waiting);
  waiting.postMessage({ type: 'skip-waiting' } satisfies SkipWaitingNudge);
}

self.addEventListener('fetch', remindWaitingWorker);

// ---------------------------------------------------------------------------------------------
// Messages from the pages (src/browser/offline-register.ts), and from the previous worker

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as SkipWaitingNudge | undefined)?.type === 'skip-waiting') {
    // Not waited for: its promise settles only once this worker is active.
    void self.skipWaiting();
    return;
  }
  remindWaitingWorker();
  const request = event.data as OfflineRequest;
  const port = event.ports[0];
  if (!port || !request || typeof request !== 'object') return;
  const reply = (message: OfflineReply) => port.postMessage(message);
  const progress: Progress = (done, total) => reply({ type: 'progress', done, total });
  const work = (async () => {
    try {
      if (request.type === 'status') return reply({ type: 'state', state: await readState() });
      if (request.type === 'store-language' && locales.includes(request.locale)) {
        return reply({ type: 'state', state: await storeLanguage(request.locale, progress) });
      }
      if (request.type === 'save-district' && locales.includes(request.locale)) {
        const list = new URL(request.list, self.location.origin);
        if (list.origin !== self.location.origin) throw new Error(`${request.list}: not on this site`);
        return reply({ type: 'state', state: await saveDistrict(request.locale, list.href, progress) });
      }
      if (request.type === 'describe-sets' && locales.includes(request.locale)) return reply({ type: 'sets', sets: await offers(request.locale) });
      if (request.type === 'save-set' && locales.includes(request.locale)) {
        return reply({ type: 'state', state: await storeSet(request.locale, request.set, progress) });
      }
      reply({ type: 'error', message: `unknown request ${JSON.stringify(request)}` });
    } catch (e) {
      reply({ type: 'error', message: (e as Error).message });
    }
  })();
  event.waitUntil(work);
});

// ---------------------------------------------------------------------------------------------
// Answering requests

const sameOrigin = (url: URL) => url.origin === self.location.origin;

/** Shell and pack files: from this version's cache, else from the network (not stored: packs are stored whole). */
registerRoute(
  ({ url, request }) => request.method === 'GET' && sameOrigin(url) && lookup.has(url.pathname),
  async ({ url, request }) => {
    const { cache } = lookup.get(url.pathname)!;
    const stored = await (await caches.open(cache)).match(url.pathname);
    if (stored) return stored;
    const fromPages = await (await caches.open(PAGES)).match(url.pathname);
    return fromPages ?? fetch(request);
  },
);

/** Bundled files carry a content hash in their names: a stored one is always right. */
registerRoute(
  ({ url, request }) => request.method === 'GET' && sameOrigin(url) && url.pathname.startsWith('/_astro/'),
  new CacheFirst({ cacheName: PAGES, plugins: [new CacheableResponsePlugin({ statuses: [200] })] }),
);

/** What is kept as it is visited (pages, the maps' data, photos): the network first, the stored copy
 * when it fails or is too slow. */
const keptFromNetwork = new NetworkFirst({ cacheName: PAGES, networkTimeoutSeconds: 6, plugins: [new CacheableResponsePlugin({ statuses: [200] })] });

/** Files of the sets saved on request (the search index, list pages) from their caches; else as
 * any file or page (the search index from the network, pages kept as they are visited). */
registerRoute(
  ({ url, request }) => request.method === 'GET' && sameOrigin(url) && (url.pathname.startsWith('/pagefind/') || request.mode === 'navigate'),
  async (options) => (await fromSets(options.url.pathname)) ?? (options.request.mode === 'navigate' ? keptFromNetwork.handle(options) : fetch(options.request)),
);

/** Other pages (products, producers…), kept as they are visited. */
registerRoute(
  ({ url, request }) => sameOrigin(url) && (request.mode === 'navigate' || request.destination === 'document'),
  keptFromNetwork,
);

/** The maps' data (places, sales points, district outlines) is kept when a map fetched it: offline, the
 * map shows its markers and "near me" still lists the nearest places (the position needs no network). */
registerRoute(
  ({ url, request }) => request.method === 'GET' && sameOrigin(url) && url.pathname.endsWith('.geojson'),
  keptFromNetwork,
);

/** Photos on visited pages are kept with them. */
registerRoute(
  ({ url, request }) => sameOrigin(url) && request.destination === 'image',
  keptFromNetwork,
);

/** A page neither the network nor the caches have: the offline page of its language. */
setCatchHandler(async ({ request, url }) => {
  if (request.mode !== 'navigate' || !url) return Response.error();
  const page = await (await caches.open(SHELL)).match(M.offlinePages[localeOf(url.pathname)]);
  return page ?? Response.error();
});
