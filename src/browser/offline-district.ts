// The "save this district for offline" button of a district page: shows what it would store (the
// size the build wrote into the district's offline.json), asks the service worker to store the
// district's pages, shows progress and when they were saved.
import type { Locale } from '../lib/pages/routes';
import { formatMessage } from './search-messages';
import { formatBytes, savedAtParts } from '../lib/pages/format';
import { askWorker } from './offline-worker';

async function start(): Promise<void> {
  const box = document.querySelector<HTMLElement>('[data-offline-district]');
  if (!box || !('serviceWorker' in navigator)) return;
  const button = box.querySelector<HTMLButtonElement>('button')!;
  const status = box.querySelector<HTMLElement>('[data-offline-district-status]')!;
  const locale = box.dataset.locale as Locale;
  const key = `${locale}:${box.dataset.district}`;
  const registration = await navigator.serviceWorker.ready;
  const worker = () => registration.active!;
  const showSaved = (saved: { savedAt: string; pages: number } | undefined) => {
    if (saved) status.textContent = formatMessage(box.dataset.saved!, { n: saved.pages, ...savedAtParts(locale, new Date(saved.savedAt)) });
  };
  // The size first (online only: offline there is nothing to save); if the list cannot be read, the button works without it.
  const size = navigator.onLine
    ? await fetch(box.dataset.list!)
        .then((r) => (r.ok ? (r.json() as Promise<{ files?: number; bytes?: number }>) : undefined))
        .catch(() => undefined)
    : undefined;
  if (size?.bytes !== undefined && size.files !== undefined) {
    box.querySelector<HTMLElement>('[data-offline-district-size]')!.textContent = formatMessage(box.dataset.size!, { size: formatBytes(locale, size.bytes), n: size.files });
    box.dataset.offlineDistrictBytes = String(size.bytes);
  }
  box.hidden = false;
  showSaved((await askWorker(worker(), { type: 'status' })).districts[key]);

  let progress = { done: 0, total: 0 };
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = formatMessage(box.dataset.saving!, { done: 0, total: '…' });
    try {
      const state = await askWorker(worker(), { type: 'save-district', locale, list: box.dataset.list! }, (done, total) => {
        progress = { done, total };
        status.textContent = formatMessage(box.dataset.saving!, progress);
      });
      showSaved(state.districts[key]);
    } catch {
      status.textContent = formatMessage(box.dataset.failed!, progress);
    } finally {
      button.disabled = false;
    }
  });
}

start().catch(() => undefined);
