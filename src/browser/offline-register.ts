// Every page: registers the service worker, asks it to keep this language's offline copy, and
// says in the footer when that copy was saved. When a new build's worker takes over, the page
// reloads, so an old page never asks the new worker for files of the old build.
import type { Locale } from '../lib/routes';
import { formatMessage } from './search-messages';
import { askWorker, formatSavedAt } from './offline-worker';

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

  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) window.location.reload();
  });
  // Offline, registering fails to fetch sw.js (to look for an update); the worker already there still answers.
  await navigator.serviceWorker.register(box.dataset.worker!, { scope: '/' }).catch(() => undefined);
  const registration = await navigator.serviceWorker.ready;
  try {
    const state = await askWorker(registration.active!, { type: 'store-language', locale }, (done, total) =>
      show(formatMessage(box.dataset.saving!, { done, total })),
    );
    const saved = state.languages[locale];
    if (saved) show(formatMessage(box.dataset.saved!, { time: formatSavedAt(saved.savedAt, locale) }));
    box.dataset.offlineVersion = state.version;
  } catch {
    show(box.dataset.failed!);
  }
}

start().catch(() => undefined);
