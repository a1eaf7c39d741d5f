// The search page's script: reads the state from the URL, searches the index as the visitor types
// or ticks (src/browser/search-engine.ts), keeps the URL in step (replaceState, so a search can be
// shared and a reload restores it), and shows results and counts. It says plainly when no record is
// named by the query (only descriptions mention it, or nothing does), offers the closest names and
// the browse links then, and, when filters exclude everything, the same search with fewer filters.
import { activeFilterCount, emptyFilters, hasCriteria, normalizeQuery, queryString, stateFromParams, suggestionCandidates, type SearchState } from '../lib/search/search-query';
import { readConfig } from './search-config';
import { SearchEngine, type FoundRecord } from './search-engine';
import { formatMessage } from './search-messages';
import { loadPagefind, searchSources } from './search-pagefind';
import type { RecordOrder } from '../lib/search/search-bundles';
import { applyStateToForm, findView, renderCard, renderCounts, renderDidYouMean, renderSuggestions, stateFromForm } from './search-render';

const TYPING_PAUSE_MS = 200;
const WIDE_SCREEN = '(min-width: 48rem)';

const config = readConfig(document);
const view = findView(document);

let engine: SearchEngine | undefined;
let current: FoundRecord[] = [];
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
  const data = await Promise.all(slice.map((r) => r.result.data()));
  if (gen !== generation) return undefined;
  const cards = data.map((d, i) => renderCard(document, config, d, slice[i]!.weak));
  view.results.append(...cards);
  shownCount += slice.length;
  const more = shownCount < current.length;
  view.more.hidden = !more;
  view.shown.hidden = !more;
  view.shown.textContent = more ? formatMessage(config.messages.shown, { shown: shownCount, total: current.length }) : '';
  return cards[0]?.querySelector<HTMLAnchorElement>('a') ?? undefined;
}

/** A link that searches for `state`, and does so in place when followed. */
function searchLink(state: SearchState) {
  return {
    href: `${config.searchPath}${queryString(state)}`,
    onSelect: () => {
      applyStateToForm(view, state);
      view.input.focus();
      void update();
    },
  };
}

async function showSuggestions(state: SearchState, gen: number): Promise<void> {
  const found = [];
  for (const candidate of suggestionCandidates(state)) {
    const n = await engine!.count(candidate.state);
    if (n > 0) found.push({ candidate, n });
  }
  if (gen !== generation) return;
  renderSuggestions(
    view,
    document,
    found.map(({ candidate, n }) => ({
      ...searchLink(candidate.state),
      label:
        candidate.kind === 'withoutFilters'
          ? formatMessage(config.messages.suggestWithoutFilters, { q: normalizeQuery(state.q) })
          : formatMessage(config.messages.suggestDropFilter, { f: config.labels.filter[candidate.key] }),
      count: formatMessage(config.messages.suggestionCount, { n }),
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

/**
 * The first results come from the products' bundle alone (src/lib/search/search-bundles.ts); the
 * producers' and sales points' bundle and the products' descriptions are loaded after them, and the
 * search runs again over them all.
 */
function searchEverythingAfter(gen: number): void {
  engine!.loadAll().then(
    () => {
      if (gen === generation) void update();
    },
    (error: unknown) => {
      console.warn('search: the producers, sales points and descriptions could not be loaded', error);
      if (gen !== generation) return;
      view.results.removeAttribute('aria-busy');
      view.status.textContent = config.messages.error;
    },
  );
}

async function update(): Promise<void> {
  const state = stateFromForm(view);
  history.replaceState(history.state, '', `${location.pathname}${queryString(state)}`);
  keepStateOnLanguageSwitch(state);
  const gen = ++generation;
  if (!engine) return;
  // The filters' counts need every filter's chunks, which grow with the catalogue: loaded only once
  // the panel is open or a filter ticked.
  const counted = view.filtersPanel.open || activeFilterCount(state) > 0;

  if (!hasCriteria(state)) {
    current = [];
    view.results.replaceChildren();
    const { counts, complete } = counted ? await engine.search(state, { counts: true }) : { counts: {}, complete: true };
    if (gen !== generation) return;
    if (!complete) searchEverythingAfter(gen);
    renderCounts(view, config, counts, state);
    view.status.textContent = '';
    view.note.hidden = true;
    view.weakTitle.hidden = true;
    showOnly({ prompt: true, browse: true });
    return;
  }

  view.results.setAttribute('aria-busy', 'true');
  const outcome = await engine.search(state, { counts: counted });
  if (gen !== generation) return;
  if (!outcome.complete && outcome.results.length === 0) {
    // No product has the words: nothing to show until the others are searched too.
    searchEverythingAfter(gen);
    return;
  }
  current = outcome.results;
  shownCount = 0;
  view.results.replaceChildren();
  renderCounts(view, config, outcome.counts, state);
  await showMore();
  if (gen !== generation) return;
  if (!outcome.complete) {
    // The results stay marked busy, and no verdict (none found, only descriptions…) is given yet.
    // The others are loaded only now: the first results' data came first.
    searchEverythingAfter(gen);
    view.status.textContent = config.messages.searchingMore;
    view.note.hidden = true;
    view.weakTitle.hidden = true;
    renderDidYouMean(view, document, []);
    renderSuggestions(view, document, []);
    showOnly({ results: true });
    return;
  }
  view.results.removeAttribute('aria-busy');

  const q = normalizeQuery(outcome.corrected?.query ?? state.q);
  const n = current.length;
  // Filters alone have no query to name: "45 results", not "45 results for “”".
  const countText = q ? formatMessage(config.messages.countFor, { n, q }) : formatMessage(config.messages.count, { n });
  view.note.hidden = !outcome.corrected;
  view.note.textContent = outcome.corrected ? formatMessage(config.messages.corrected, { from: outcome.corrected.from.join(' '), q }) : '';
  renderDidYouMean(
    view,
    document,
    outcome.didYouMean.map((name) => ({ ...searchLink({ q: name, filters: emptyFilters(), sort: 'relevance' }), label: name })),
  );
  renderSuggestions(view, document, []);
  view.weakTitle.hidden = true;

  if (n > 0 && outcome.strong) {
    view.status.textContent = countText;
    showOnly({ results: true });
    return;
  }
  if (n > 0) {
    // Only descriptions mention the words: say so first, then list them as weaker matches.
    view.status.textContent = countText;
    view.emptyTitle.textContent = formatMessage(config.messages.weakOnlyFor, { q });
    view.weakTitle.textContent = formatMessage(config.messages.weakCount, { n, q });
    view.weakTitle.hidden = false;
    showOnly({ results: true, empty: true, browse: true });
    return;
  }
  view.status.textContent = countText;
  view.emptyTitle.textContent = q ? formatMessage(config.messages.emptyFor, { q }) : config.messages.emptyFilters;
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

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search: ${url}: ${response.status}`);
  return (await response.json()) as T;
}

async function loadNames(): Promise<string[]> {
  return (await fetchJson<{ names: string[] }>(config.namesUrl)).names;
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
  let panelCounted = view.filtersPanel.open;
  view.filtersPanel.addEventListener('toggle', () => {
    if (view.filtersPanel.open && engine && !panelCounted) {
      panelCounted = true;
      updateNow();
    }
  });
  view.more.addEventListener('click', async () => {
    const first = await showMore();
    first?.focus();
  });

  try {
    const pagefind = await loadPagefind(config.pagefind);
    const sources = searchSources(config.bundles, config.recordOrderUrl, (bundle) => pagefind.createInstance({ basePath: bundle.path }), fetchJson<RecordOrder>);
    const started = new SearchEngine(sources, { vocabulary: config.vocabulary, places: config.places, loadNames });
    // The first bundle is started now, so a search index that cannot load is said at once.
    await started.start();
    engine = started;
  } catch (error) {
    console.warn('search: Pagefind could not be loaded', error);
    view.status.textContent = config.messages.error;
    showOnly({ browse: true });
    return;
  }
  await update();
}

void start();
