// The "save for offline" boxes of the sets a language's automatic copy left out (the search index,
// the list pages; src/components/OfflineSetSave.astro): asks the service worker which it offers and
// their sizes, shows a box's size before its button is pressed, then stores the set with progress
// and says when it was saved.
import type { OfflineSetId } from '../lib/offline/offline-plan';
import type { Locale } from '../lib/pages/routes';
import { formatBytes, savedAtParts } from '../lib/pages/format';
import { formatMessage } from './search-messages';
import { askWorker, describeSets } from './offline-worker';

const PROGRESS_INTERVAL_MS = 300;

async function start(): Promise<void> {
  const boxes = [...document.querySelectorAll<HTMLElement>('[data-offline-set]')];
  if (boxes.length === 0 || !('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.ready;
  const worker = () => registration.active!;
  const locale = boxes[0]!.dataset.locale as Locale;
  const offers = await describeSets(worker(), locale);
  for (const box of boxes) {
    const offer = offers.find((o) => o.id === box.dataset.offlineSet);
    // Not offered: the automatic copy holds it (or the catalogue has none).
    if (!offer) continue;
    const set = offer.id as OfflineSetId;
    const button = box.querySelector<HTMLButtonElement>('button')!;
    const status = box.querySelector<HTMLElement>('[data-offline-set-status]')!;
    const showSaved = (savedAt: string | undefined) => {
      if (savedAt) status.textContent = formatMessage(box.dataset.saved!, savedAtParts(locale, new Date(savedAt)));
    };
    box.querySelector<HTMLElement>('[data-offline-set-size]')!.textContent = formatMessage(box.dataset.size!, {
      size: formatBytes(locale, offer.bytes),
      n: offer.files,
    });
    box.dataset.offlineSetBytes = String(offer.bytes);
    box.hidden = false;
    showSaved(offer.savedAt);
    let progress = { done: 0, total: offer.files };
    button.addEventListener('click', async () => {
      button.disabled = true;
      status.textContent = formatMessage(box.dataset.saving!, { done: 0, total: offer.files });
      try {
        let shown = 0;
        const state = await askWorker(worker(), { type: 'save-set', locale, set }, (done, total) => {
          progress = { done, total };
          // Thousands of files: the line changes a few times a second, not once per file.
          if (done < total && performance.now() - shown < PROGRESS_INTERVAL_MS) return;
          shown = performance.now();
          status.textContent = formatMessage(box.dataset.saving!, progress);
        });
        showSaved(state.sets?.[`${locale}:${set}`]?.savedAt);
      } catch {
        status.textContent = formatMessage(box.dataset.failed!, progress);
      } finally {
        button.disabled = false;
      }
    });
  }
}

start().catch(() => undefined);
