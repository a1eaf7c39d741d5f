// The offline page says whether there is a connection: the build writes the words for a reader who
// opened it online (the footer's link); offline, or when the service worker serves it for a page it
// does not hold, its heading, lead and the tab's title say there is no connection
// (src/lib/offline/offline-page.ts decides which). Without a connection, the pages kept only as far as the
// copy's budget allowed (its second list) are shown only when this device holds them.
import { offlinePageMode } from '../lib/offline/offline-page';

function apply(): void {
  const article = document.querySelector<HTMLElement>('[data-offline-page]');
  const heading = article?.querySelector<HTMLElement>('[data-offline-heading]');
  const lead = article?.querySelector<HTMLElement>('[data-offline-lead]');
  if (!article || !heading || !lead) return;
  const mode = offlinePageMode(window.location.pathname, article.dataset.offlinePage!, navigator.onLine);
  const title = mode === 'guide' ? heading.dataset.guide! : heading.dataset.offline!;
  if (heading.textContent !== title) {
    document.title = document.title.replace(heading.textContent ?? '', title);
    heading.textContent = title;
  }
  lead.textContent = lead.dataset[mode]!;
  article.dataset.mode = mode;
  showHeld(article, mode !== 'guide').catch(() => undefined);
}

/** Offline, hides the links to pages this device does not hold (caches.match looks in every cache of the site). */
async function showHeld(article: HTMLElement, offline: boolean): Promise<void> {
  for (const link of article.querySelectorAll<HTMLAnchorElement>('[data-offline-more] a')) {
    const item = link.closest('li')!;
    item.hidden = offline && 'caches' in window && !(await caches.match(link.pathname));
  }
}

apply();
window.addEventListener('online', apply);
window.addEventListener('offline', apply);
