/**
 * Search page only. Pagefind picks the index of the page's language (<html lang>) by itself; its code and index
 * are fetched on the first search, never on pages where nobody searches.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  init: () => Promise<void>;
  debouncedSearch: (query: string, options?: object, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('form.search');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const output = document.getElementById('results');
// Screen readers hear how many pages were found, not the whole list each time it changes.
const statusLine = document.getElementById('search-status');

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.init();
    return pf;
  });
  return pagefind;
}

/** Results shown at once; on a phone's first screen there is room for about this many. */
const FIRST_RESULTS = 3;

type ResultData = Awaited<ReturnType<PagefindResult['data']>>;

function resultItem(item: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = item.url;
  a.textContent = item.meta.title ?? item.url;
  const excerpt = document.createElement('p');
  // Pagefind escapes the page text and only adds <mark> around matches; the text is our own content.
  excerpt.innerHTML = item.excerpt;
  li.append(a, excerpt);
  return li;
}

async function run(query: string): Promise<void> {
  if (!output || !form) return;
  const trimmed = query.trim();
  if (!trimmed) {
    output.replaceChildren();
    if (statusLine) statusLine.textContent = '';
    return;
  }
  const pf = await loadPagefind();
  const search = await pf.debouncedSearch(trimmed, {}, 200);
  if (!search) return; // superseded by a newer keystroke
  // Each result's excerpt is a separate download: fetch the first few, the rest only when asked.
  const items = await Promise.all(search.results.slice(0, FIRST_RESULTS).map((r) => r.data()));
  if (statusLine) statusLine.textContent = items.length === 0 ? (form.dataset.noResults ?? '') : (form.dataset.count ?? '{n}').replace('{n}', String(search.results.length));
  if (items.length === 0) {
    output.replaceChildren();
    return;
  }
  const list = document.createElement('ol');
  list.className = 'results';
  for (const item of items) list.append(resultItem(item));
  output.replaceChildren(list);
  if (search.results.length > FIRST_RESULTS) {
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'more';
    more.textContent = form.dataset.more ?? '';
    more.addEventListener('click', async () => {
      more.disabled = true;
      const rest = await Promise.all(search.results.slice(FIRST_RESULTS).map((r) => r.data()));
      for (const item of rest) list.append(resultItem(item));
      more.remove();
      (list.children[FIRST_RESULTS]?.querySelector('a') as HTMLAnchorElement | null)?.focus();
    });
    output.append(more);
  }
}

if (form && input) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run(input.value);
  });
  input.addEventListener('input', () => void run(input.value));
  // Opening the search page is the intent to search: fetch Pagefind's code, wasm and index metadata now, in
  // parallel with the reader typing, instead of one after another after the first keystroke.
  void loadPagefind();
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
