// Refines a supplier list in the browser. The page is complete without this script (the form
// stays hidden); with it, the form shows and hides cards by the facts in their data-* attributes.
import { formatNumber } from '../lib/pages/format';
import { localeOf } from '../lib/pages/routes';
import { filterToParams, matchesSupplier, parseFilter, readSupplierDataset } from '../lib/pages/suppliers';

function setUp(form: HTMLFormElement) {
  const items = [...document.querySelectorAll<HTMLElement>('[data-supplier]')];
  // Nothing to filter: the page says the list is empty, the form stays hidden.
  if (items.length === 0) return;
  const facts = items.map((el) => readSupplierDataset(el.dataset));
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const empty = document.querySelector<HTMLElement>('[data-filter-empty]');
  const locale = localeOf(location.pathname);

  const apply = () => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.set(name, value);
    const filter = parseFilter(params);
    let shown = 0;
    items.forEach((el, i) => {
      const match = matchesSupplier(facts[i]!, filter);
      el.hidden = !match;
      if (match) shown += 1;
    });
    if (status?.dataset.template) {
      status.textContent = status.dataset.template
        .replace('{shown}', formatNumber(locale, shown))
        .replace('{total}', formatNumber(locale, items.length));
    }
    if (empty) empty.hidden = shown > 0;
    const query = filterToParams(filter).toString();
    history.replaceState(history.state, '', query ? `?${query}` : location.pathname);
  };

  // Start from the address, so a filtered list can be bookmarked or shared.
  const initial = parseFilter(new URLSearchParams(location.search));
  for (const [name, value] of Object.entries(initial)) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLSelectElement && [...field.options].some((o) => o.value === String(value))) field.value = String(value);
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  // The reset event fires before the fields are cleared.
  form.addEventListener('reset', () => setTimeout(apply));
  form.hidden = false;
  apply();
}

const form = document.querySelector<HTMLFormElement>('form[data-supplier-filter]');
if (form) setUp(form);
