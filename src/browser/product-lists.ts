// Orders every list of products (ProductList.astro) again for the day the page is read: a
// certificate that expired since the build moves behind those still in force (the same order as
// the build's, src/lib/certificates/product-order.ts), and the count of products in force is counted again. Shows
// the "in force only" switch, kept in the address (?view=in-force) so the view can be shared.
import type { StatusDates } from '../lib/certificates/certificate';
import { dateIn } from '../lib/certificates/dates';
import { formatNumber } from '../lib/pages/format';
import { compareOn, countInForceOn, inForceOn, type OrderFacts } from '../lib/certificates/product-order';
import { readStatusDataset } from '../lib/certificates/status-view';

const VIEW = 'in-force';

interface List {
  root: HTMLElement;
  items: HTMLElement[];
  facts: Map<HTMLElement, OrderFacts>;
  box: HTMLInputElement;
  on: string;
}

function setUp(root: HTMLElement, now: Date): List | undefined {
  const container = root.querySelector<HTMLElement>('[data-list-items]');
  const box = root.querySelector<HTMLInputElement>('[data-in-force-toggle] input');
  const { timeZone } = root.dataset;
  if (!container || !box || !timeZone) return undefined;
  const on = dateIn(timeZone, now);
  const items = [...container.children] as HTMLElement[];
  const facts = new Map(items.map((el) => [el, { dates: readStatusDataset(el.dataset), stars: Number(el.dataset.stars) || 0, nameRank: Number(el.dataset.nameRank) || 0 }]));
  const ordered = [...items].sort((a, b) => compareOn(on)(facts.get(a)!, facts.get(b)!));
  if (ordered.some((el, i) => el !== items[i])) container.append(...ordered);

  const count = root.querySelector<HTMLElement>('[data-in-force-count]');
  if (count) {
    const dates = JSON.parse(root.dataset.inForceDates ?? '[]') as StatusDates[];
    const n = countInForceOn(dates.map((d) => ({ dates: d })), on);
    const locale = count.dataset.locale === 'en' ? 'en' : 'vi';
    const template = (n === 1 ? count.dataset.templateOne : count.dataset.templateOther) ?? '';
    count.textContent = template.replace('{n}', formatNumber(locale, n)).replace('{total}', formatNumber(locale, Number(root.dataset.total) || 0));
  }
  root.querySelector<HTMLElement>('[data-in-force-toggle]')!.hidden = false;
  return { root, items: ordered, facts, box, on };
}

/** Shows every product, or only those in force today. */
function show(list: List, inForceOnly: boolean): void {
  list.box.checked = inForceOnly;
  let shown = 0;
  for (const el of list.items) {
    const keep = !inForceOnly || inForceOn(list.facts.get(el)!.dates, list.on);
    el.hidden = !keep;
    if (keep) shown++;
  }
  list.root.querySelector<HTMLElement>('[data-in-force-none]')!.hidden = !(inForceOnly && shown === 0);
}

export function setUpProductLists(doc: Document = document, now: Date = new Date()): void {
  const lists = [...doc.querySelectorAll<HTMLElement>('[data-product-list]')].flatMap((root) => setUp(root, now) ?? []);
  const initial = new URLSearchParams(location.search).get('view') === VIEW;
  for (const list of lists) {
    show(list, initial);
    list.box.addEventListener('change', () => {
      // One view for the page: every list on it follows.
      for (const other of lists) show(other, list.box.checked);
      const params = new URLSearchParams(location.search);
      if (list.box.checked) params.set('view', VIEW);
      else params.delete('view');
      const query = params.toString();
      history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    });
  }
}

setUpProductLists();
