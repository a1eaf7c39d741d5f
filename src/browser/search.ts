// The search page's script: reads the state from the URL, searches the Pagefind index as the
// visitor types or ticks, keeps the URL in step (replaceState, so a search can be shared and a
// reload restores it), and shows results, counts and, when nothing matches, suggestions.
import { activeFilterCount, hasCriteria, normalizeQuery, queryString, stateFromParams, suggestionCandidates, type SearchState } from '../lib/search-query';
import { readConfig } from './search-config';
import { formatMessage } from './search-messages';
import { countResults, loadFilterTotals, loadPagefind, searchState, type FilterCounts, type PagefindApi, type PagefindResult } from './search-pagefind';
import { applyStateToForm, findView, renderCard, renderCounts, renderSuggestions, stateFromForm } from './search-render';

const TYPING_PAUSE_MS = 200;
const WIDE_SCREEN = '(min-width: 48rem)';

const config = readConfig(document);
const view = findView(document);

let api: PagefindApi | undefined;
let totals: FilterCounts = {};
let filtersLoaded: Promise<void> | undefined;
let current: PagefindResult[] = [];
let shownCount = 0;
// Each search gets a number; an answer that arrives after a newer search started is dropped.
let generation = 0;

function showOnly(parts: { results?: boolean; empty?: boolean; prompt?: boolean; browse?: boolean }): void {
  view.results.hidden = !parts.results;
  view.empty.hidden = !parts.empty;
  view.prompt.hidden = !parts.prompt;
  view.browse.hidden = !parts.browse;
  if (!parts.results) {
    view.more.hidden = true;
    view.shown.hidden = true;
  }
}

async function showMore(): Promise<HTMLAnchorElement | undefined> {
  const gen = generation;
  const slice = current.slice(shownCount, shownCount + config.pageSize);
  const data = await Promise.all(slice.map((r) => r.data()));
  if (gen !== generation) return undefined;
  const cards = data.map((d) => renderCard(document, config, d));
  view.results.append(...cards);
  shownCount += slice.length;
  const more = shownCount < current.length;
  view.more.hidden = !more;
  view.shown.hidden = !more;
  view.shown.textContent = more ? formatMessage(config.messages.shown, { shown: shownCount, total: current.length }) : '';
  return cards[0]?.querySelector<HTMLAnchorElement>('a') ?? undefined;
}

async function showSuggestions(state: SearchState, gen: number): Promise<void> {
  const found = [];
  for (const candidate of suggestionCandidates(state)) {
    const n = await countResults(api!, candidate.state);
    if (n > 0) found.push({ candidate, n });
  }
  if (gen !== generation) return;
  renderSuggestions(
    view,
    document,
    found.map(({ candidate, n }) => ({
      href: `${config.searchPath}${queryString(candidate.state)}`,
      label:
        candidate.kind === 'withoutFilters'
          ? formatMessage(config.messages.suggestWithoutFilters, { q: normalizeQuery(state.q) })
          : formatMessage(config.messages.suggestDropFilter, { f: config.labels.filter[candidate.key] }),
      count: formatMessage(config.messages.suggestionCount, { n }),
      onSelect: () => {
        applyStateToForm(view, candidate.state);
        view.input.focus();
        void update();
      },
    })),
  );
}

// The header's language switch leads to the other language's search page; the query and the
// filters (ids, the same in both languages) go along, so switching language keeps the search.
const languageSwitch = document.querySelector<HTMLAnchorElement>('[data-language-switch]');
const otherSearchPath = languageSwitch?.getAttribute('href')?.split('?')[0];
function keepStateOnLanguageSwitch(state: SearchState): void {
  if (languageSwitch && otherSearchPath) languageSwitch.setAttribute('href', `${otherSearchPath}${queryString(state)}`);
}

/** The filters' chunks and counts, loaded once, when the panel is open or a filter is ticked. */
function ensureFilters(pagefind: PagefindApi): Promise<void> {
  filtersLoaded ??= loadFilterTotals(pagefind).then((t) => {
    totals = t;
  });
  return filtersLoaded;
}

async function update(): Promise<void> {
  const state = stateFromForm(view);
  history.replaceState(history.state, '', `${location.pathname}${queryString(state)}`);
  keepStateOnLanguageSwitch(state);
  const gen = ++generation;
  if (!api) return;
  if (view.filtersPanel.open || activeFilterCount(state) > 0) await ensureFilters(api);
  if (gen !== generation) return;

  if (!hasCriteria(state)) {
    current = [];
    view.results.replaceChildren();
    renderCounts(view, config, totals, state);
    view.status.textContent = '';
    showOnly({ prompt: true, browse: true });
    return;
  }

  view.results.setAttribute('aria-busy', 'true');
  const { results, counts } = await searchState(api, state);
  if (gen !== generation) return;
  current = results;
  shownCount = 0;
  view.results.replaceChildren();
  renderCounts(view, config, counts, state);
  await showMore();
  if (gen !== generation) return;
  view.results.removeAttribute('aria-busy');

  const q = normalizeQuery(state.q);
  const n = results.length;
  view.status.textContent = q ? formatMessage(config.messages.countFor, { n, q }) : formatMessage(config.messages.count, { n });
  if (n > 0) {
    showOnly({ results: true });
    return;
  }
  view.emptyTitle.textContent = q ? formatMessage(config.messages.emptyFor, { q }) : config.messages.emptyFilters;
  renderSuggestions(view, document, []);
  showOnly({ empty: true, browse: true });
  await showSuggestions(state, gen);
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
function updateSoon(): void {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => void update(), TYPING_PAUSE_MS);
}
function updateNow(): void {
  clearTimeout(typingTimer);
  void update();
}

async function start(): Promise<void> {
  view.app.hidden = false;
  if (window.matchMedia(WIDE_SCREEN).matches) view.filtersPanel.open = true;
  // The URL is the truth: it overrides whatever the browser restored into the form.
  const initial = stateFromParams(new URLSearchParams(location.search));
  applyStateToForm(view, initial);
  keepStateOnLanguageSwitch(initial);
  view.status.textContent = config.messages.loading;

  view.form.addEventListener('submit', (e) => {
    e.preventDefault();
    updateNow();
  });
  // The filter checkboxes and the sort select sit outside the <form> element (form="search-form"),
  // so their changes are heard on the document.
  document.addEventListener('change', (e) => {
    const target = e.target as HTMLInputElement | HTMLSelectElement | null;
    if (target && target.form === view.form && target !== view.input) updateNow();
  });
  view.input.addEventListener('input', updateSoon);
  view.clearFilters.addEventListener('click', () => {
    for (const box of view.app.querySelectorAll<HTMLInputElement>('[data-filter] input:checked')) box.checked = false;
    view.input.focus();
    updateNow();
  });
  // A closed panel on a phone: its counts are loaded when it is first opened.
  view.filtersPanel.addEventListener('toggle', () => {
    if (view.filtersPanel.open && api && !filtersLoaded) updateNow();
  });
  view.more.addEventListener('click', async () => {
    const first = await showMore();
    first?.focus();
  });

  try {
    api = await loadPagefind(config.pagefind);
  } catch (error) {
    console.warn('search: Pagefind could not be loaded', error);
    view.status.textContent = config.messages.error;
    showOnly({ browse: true });
    return;
  }
  await update();
}

void start();
