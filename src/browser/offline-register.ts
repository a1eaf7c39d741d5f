// Every page: registers the service worker, asks it to keep this language's offline copy, and
// says in the footer when that copy was saved. When a new build's worker takes over, the page
// reloads, so an old page never asks the new worker for files of the old build.
// The copy (a few MB) starts once the page has loaded and the browser is idle: on a weak
// connection the page's own files (search index, map) come first. Progress is shown at most a few
// times a second, not once per file (hundreds of layout passes on a slow phone).
import type { Locale } from '../lib/pages/routes';
import { formatMessage } from './search-messages';
import { savedAtParts } from '../lib/pages/format';
import { askWorker } from './offline-worker';

const PROGRESS_INTERVAL_MS = 300;

/** Resolves once the page has loaded and the main thread is idle (or after 2 s of not being idle). */
async function afterLoad(): Promise<void> {
  if (document.readyState !== 'complete') await new Promise<void>((r) => window.addEventListener('load', () => r(), { once: true }));
  await new Promise<void>((r) => ('requestIdleCallback' in window ? requestIdleCallback(() => r(), { timeout: 2000 }) : setTimeout(r, 200)));
}

async function start(): Promise<void> {
  const box = document.querySelector<HTMLElement>('[data-offline-status]');
  // The dev server has no sw.js (it is written after the build), and an offline copy would hide an editor's changes.
  if (!box || !('serviceWorker' in navigator) || import.meta.env.MODE === 'development') return;
  const text = box.querySelector<HTMLElement>('[data-offline-text]')!;
  const locale = box.dataset.locale as Locale;
  const show = (message: string) => {
    text.textContent = message;
    box.hidden = false;
  };
  let lastProgress = 0;
  const showProgress = (done: number, total: number) => {
    const now = performance.now();
    if (done < total && now - lastProgress < PROGRESS_INTERVAL_MS) return;
    lastProgress = now;
    show(formatMessage(box.dataset.saving!, { done, total }));
  };

  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) window.location.reload();
  });
  await afterLoad();
  // Offline, registering fails to fetch sw.js (to look for an update); the worker already there still answers.
  await navigator.serviceWorker.register(box.dataset.worker!, { scope: '/' }).catch(() => undefined);
  const registration = await navigator.serviceWorker.ready;
  try {
    const state = await askWorker(registration.active!, { type: 'store-language', locale }, showProgress);
    const saved = state.languages[locale];
    if (saved) show(formatMessage(box.dataset.saved!, savedAtParts(locale, new Date(saved.savedAt))));
    box.dataset.offlineVersion = state.version;
  } catch {
    show(box.dataset.failed!);
  }
}

start().catch(() => undefined);
