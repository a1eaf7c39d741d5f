// Rewords every certificate status on the page for the day it is read. A status badge
// (StatusBadge.astro) carries its certificate's dates, the day it was built for and the site's time
// zone; this recomputes it with the same functions the build uses (src/lib/certificates/status-view.ts), and
// drops the "as of <build date>" note, which only a page without JavaScript needs.
import { statusEn, statusVi } from '../i18n/sections/status';
import { dateIn } from '../lib/certificates/dates';
import { formatDate } from '../lib/pages/format';
import { describeStatus, detailText, readStatusDataset, STATUS_TONE_CLASSES } from '../lib/certificates/status-view';

const BADGES = '[data-status][data-as-of][data-time-zone]';

/** Rewords one badge for the day `now` falls on in the site's time zone. */
export function refreshStatus(el: HTMLElement, now: Date = new Date()): void {
  const { asOf, timeZone } = el.dataset;
  if (!asOf || !timeZone) return;
  const locale = document.documentElement.lang === 'en' ? 'en' : 'vi';
  const on = dateIn(timeZone, now);
  const shown = describeStatus(locale === 'en' ? statusEn : statusVi, (iso) => formatDate(locale, iso), readStatusDataset(el.dataset), on);
  el.classList.remove(...STATUS_TONE_CLASSES);
  el.classList.add(...shown.toneClass.split(' '));
  el.dataset.status = shown.status;
  el.dataset.statusOn = on;
  const label = el.querySelector<HTMLElement>('[data-status-label]');
  if (label) label.textContent = shown.labelText;
  const detail = el.querySelector<HTMLElement>('[data-status-detail]');
  if (detail) {
    detail.textContent = detailText(shown);
    detail.hidden = !shown.detail;
  }
  el.querySelector('[data-status-as-of]')?.remove();
}

/** Every badge under `root` (templates excluded: their content is not in the document). */
export function refreshAll(root: ParentNode = document, now: Date = new Date()): void {
  for (const el of root.querySelectorAll<HTMLElement>(BADGES)) refreshStatus(el, now);
}

refreshAll();
