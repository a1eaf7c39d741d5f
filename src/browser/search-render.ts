// DOM side of the search page: finds its parts, copies a state into the form and back, and builds
// result cards and suggestions from the page's <template>s (SearchResultTemplates.astro).
import { activeFilterCount, FILTER_KEYS, stateFromParams, type SearchState } from '../lib/search/search-query';
import { refreshStatus } from './live-status';
import type { SearchConfig } from './search-config';
import { formatMessage } from './search-messages';
import type { FilterCounts, PagefindResultData } from './search-pagefind';

export interface SearchView {
  app: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  filtersPanel: HTMLDetailsElement;
  activeFilters: HTMLElement;
  clearFilters: HTMLButtonElement;
  status: HTMLElement;
  results: HTMLOListElement;
  shown: HTMLElement;
  more: HTMLButtonElement;
  empty: HTMLElement;
  emptyTitle: HTMLElement;
  suggestions: HTMLElement;
  suggestionList: HTMLUListElement;
  prompt: HTMLElement;
  browse: HTMLElement;
  note: HTMLElement;
  didYouMean: HTMLElement;
  didYouMeanList: HTMLUListElement;
  weakTitle: HTMLElement;
}

function need<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`search: ${selector} is missing from the page`);
  return el;
}

export function findView(doc: Document): SearchView {
  return {
    app: need(doc, '[data-search-app]'),
    form: need(doc, '#search-form'),
    input: need(doc, '#search-query'),
    sort: need(doc, '#search-sort'),
    filtersPanel: need(doc, '[data-filters-panel]'),
    activeFilters: need(doc, '[data-active-filters]'),
    clearFilters: need(doc, '[data-clear-filters]'),
    status: need(doc, '[data-search-status]'),
    results: need(doc, '[data-search-results]'),
    shown: need(doc, '[data-search-shown]'),
    more: need(doc, '[data-search-more]'),
    empty: need(doc, '[data-search-empty]'),
    emptyTitle: need(doc, '[data-empty-title]'),
    suggestions: need(doc, '[data-suggestions]'),
    suggestionList: need(doc, '[data-suggestion-list]'),
    prompt: need(doc, '[data-search-prompt]'),
    browse: need(doc, '[data-search-browse]'),
    note: need(doc, '[data-search-note]'),
    didYouMean: need(doc, '[data-did-you-mean]'),
    didYouMeanList: need(doc, '[data-did-you-mean-list]'),
    weakTitle: need(doc, '[data-weak-title]'),
  };
}

/** The state the form holds now: its GET data is the URL query string, so the URL parser reads it. */
export function stateFromForm(view: SearchView): SearchState {
  const data = new FormData(view.form);
  const params = new URLSearchParams();
  for (const [k, v] of data) if (typeof v === 'string') params.append(k, v);
  return stateFromParams(params);
}

/** Ticks, selects and types what a state says (on load from the URL, and for suggestions). */
export function applyStateToForm(view: SearchView, state: SearchState): void {
  view.input.value = state.q;
  view.sort.value = state.sort;
  for (const key of FILTER_KEYS) {
    for (const box of checkboxes(view, key)) box.checked = state.filters[key].includes(box.value);
  }
}

function checkboxes(view: SearchView, key: string): HTMLInputElement[] {
  return [...view.app.querySelectorAll<HTMLInputElement>(`[data-filter="${key}"] input[type="checkbox"]`)];
}

/**
 * Writes each option's count; an option with no result is hidden unless ticked, and a filter with
 * no visible option is hidden, so the panel lists only ways to narrow the current results.
 */
export function renderCounts(view: SearchView, config: SearchConfig, counts: FilterCounts, state: SearchState): void {
  for (const fieldset of view.app.querySelectorAll<HTMLFieldSetElement>('[data-filter]')) {
    const key = fieldset.dataset.filter!;
    let visible = 0;
    for (const item of fieldset.querySelectorAll<HTMLElement>('[data-option]')) {
      const n = counts[key]?.[item.dataset.option!] ?? 0;
      const box = item.querySelector<HTMLInputElement>('input')!;
      item.querySelector('[data-count]')!.textContent = formatMessage(config.messages.filterCount, { n });
      item.hidden = n === 0 && !box.checked;
      if (!item.hidden) visible++;
    }
    fieldset.hidden = visible === 0;
  }
  const active = activeFilterCount(state);
  view.activeFilters.textContent = active ? formatMessage(config.messages.filtersActive, { n: active }) : '';
  view.clearFilters.hidden = active === 0;
}

function cloneTemplate(doc: Document, name: string): DocumentFragment | undefined {
  const t = doc.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`);
  return t ? (t.content.cloneNode(true) as DocumentFragment) : undefined;
}

function textSpan(doc: Document, text: string | undefined, lang?: string): HTMLSpanElement | undefined {
  if (!text) return undefined;
  const span = doc.createElement('span');
  span.textContent = text;
  if (lang) span.lang = lang;
  return span;
}

/**
 * One result card (an <li>), like a ProductCard: photo or drawing, name, stars, status, who and
 * where; a record that has the query's words only in its description says so.
 */
export function renderCard(doc: Document, config: SearchConfig, data: PagefindResultData, weak = false): HTMLLIElement {
  const { meta } = data;
  const type = (meta.type ?? 'product') as keyof SearchConfig['labels']['type'];
  const names = config.vietnameseNames ? 'vi' : undefined;
  const card = cloneTemplate(doc, 'card')!;
  const li = card.querySelector('li')!;
  li.dataset.resultType = type;
  li.dataset.resultUrl = data.url;
  if (weak) {
    li.dataset.resultWeak = '';
    li.querySelector<HTMLElement>('[data-slot="weak"]')!.hidden = false;
  }

  const thumb = li.querySelector<HTMLElement>('[data-slot="thumb"]')!;
  if (meta.image) {
    // Made here rather than from a <template>: an <img> without src is invalid HTML even there.
    const img = doc.createElement('img');
    Object.assign(img, { src: meta.image, alt: '', width: 80, height: 80, loading: 'lazy', decoding: 'async' });
    img.className = 'h-full w-full object-cover';
    thumb.append(img);
  } else {
    const drawing = cloneTemplate(doc, `placeholder-${meta.group ?? type}`) ?? cloneTemplate(doc, `placeholder-${type}`);
    if (drawing) thumb.append(drawing);
  }

  const link = li.querySelector<HTMLAnchorElement>('[data-slot="title"]')!;
  link.href = data.url;
  link.textContent = meta.title ?? data.url;
  if (meta.titleLang) link.lang = meta.titleLang;

  const badges = li.querySelector<HTMLElement>('[data-slot="badges"]')!;
  li.querySelector('[data-slot="type"]')!.textContent = config.labels.type[type] ?? '';
  if (type === 'product') {
    const stars = cloneTemplate(doc, `stars-${meta.stars ?? 0}`);
    const status = cloneTemplate(doc, `status-${meta.status ?? 'none'}`);
    if (stars) badges.prepend(stars);
    if (status) {
      const badge = status.querySelector<HTMLElement>('[data-status]');
      if (badge && meta.status && meta.status !== 'none') {
        // The index holds the status on the build date; the card shows it for today.
        Object.assign(badge.dataset, { asOf: config.status.asOf, timeZone: config.status.timeZone });
        for (const key of ['validUntil', 'earliest', 'latest', 'revoked'] as const) if (meta[key]) badge.dataset[key] = meta[key];
        refreshStatus(badge);
      }
      badges.append(status);
    }
  } else if (type === 'producer' && meta.stars) {
    // A producer's stars are its best product in force: the label says so.
    const stars = cloneTemplate(doc, `stars-${meta.stars}`);
    if (stars) badges.prepend(stars);
    const label = textSpan(doc, config.messages.producerStars);
    if (label) {
      label.className = 'text-sm text-muted';
      badges.prepend(label);
    }
  }

  const details = li.querySelector<HTMLElement>('[data-slot="details"]')!;
  const parts =
    type === 'product'
      ? [textSpan(doc, meta.producer, names), textSpan(doc, meta.district, names), textSpan(doc, meta.unit, names)]
      : type === 'producer'
        ? [
            textSpan(doc, meta.legalForm ? config.labels.legalForm[meta.legalForm] : undefined),
            textSpan(doc, meta.district, names),
            textSpan(doc, meta.unit, names),
            textSpan(doc, meta.products ? formatMessage(config.messages.productCount, { n: Number(meta.products) }) : undefined),
          ]
        : [textSpan(doc, meta.kind), textSpan(doc, meta.openStatus), textSpan(doc, meta.address, names), textSpan(doc, meta.district, names), textSpan(doc, meta.unit, names)];
  for (const part of parts) if (part) details.append(part);
  return li;
}

export interface SuggestionItem {
  href: string;
  label: string;
  count: string;
  onSelect(): void;
}

/** One list item of a template holding a link that searches again (the page handles the click). */
function searchLinkItem(doc: Document, template: string, item: Omit<SuggestionItem, 'count'>): HTMLLIElement {
  const li = cloneTemplate(doc, template)!.querySelector('li')!;
  const a = li.querySelector<HTMLAnchorElement>('[data-slot="link"]')!;
  a.href = item.href;
  a.textContent = item.label;
  a.addEventListener('click', (e) => {
    e.preventDefault();
    item.onSelect();
  });
  return li;
}

/** "Did you mean …": links that search for each of the closest names. */
export function renderDidYouMean(view: SearchView, doc: Document, items: Omit<SuggestionItem, 'count'>[]): void {
  view.didYouMeanList.replaceChildren(...items.map((item) => searchLinkItem(doc, 'did-you-mean', item)));
  view.didYouMean.hidden = items.length === 0;
}

export function renderSuggestions(view: SearchView, doc: Document, items: SuggestionItem[]): void {
  view.suggestionList.replaceChildren(
    ...items.map((item) => {
      const li = searchLinkItem(doc, 'suggestion', item);
      li.querySelector('[data-slot="count"]')!.textContent = item.count;
      return li;
    }),
  );
  view.suggestions.hidden = items.length === 0;
}
