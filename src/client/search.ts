/**
 * Search page only. Pagefind picks the index of the page's language (<html lang>) by itself; its code, wasm and
 * metadata start loading as this page opens (the build preloads them), never on pages where nobody searches.
 */
interface PagefindResult {
  /** The page's id: its fragment's name. */
  id: string;
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options: (options: { noWorker?: boolean; metaCacheTag?: string }) => Promise<void>;
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
    // The build preloads Pagefind's entry under a tag that changes with the index (scripts/lib/pagefind-files.ts);
    // asking under the same tag uses that copy, where Pagefind would otherwise add a fresh ?ts= to every visit.
    const entry = document.querySelector<HTMLLinkElement>('link[href^="/pagefind/pagefind-entry.json"]');
    const tag = entry ? new URL(entry.href).searchParams.get('ts') : null;
    // On the page, not in Pagefind's worker: a worker cannot use the page's preloaded files, and for an index this
    // small the search itself takes milliseconds.
    await pf.options({ noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
    await pf.init();
    return pf;
  });
  return pagefind;
}

/** Results shown at once; on a phone's first screen there is room for about this many. */
const FIRST_RESULTS = 3;

// Every page's address and title by Pagefind's page id, written into this page by the build: a result's title shows
// as soon as the search has run; its excerpt (a separate download) fills in when it arrives.
const pages = JSON.parse(document.getElementById('search-pages')?.textContent || '{}') as Record<string, [string, string]>;

/** A result as a list item: the title at once when known, the excerpt when its fragment has come. */
function resultItem(result: PagefindResult): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  const excerpt = document.createElement('p');
  const known = pages[result.id];
  if (known) [a.href, a.textContent] = known;
  li.append(a, excerpt);
  result.data().then(
    (item) => {
      a.href = item.url;
      a.textContent = item.meta.title ?? item.url;
      // Pagefind escapes the page text and only adds <mark> around matches; the text is our own content.
      excerpt.innerHTML = item.excerpt;
    },
    () => undefined, // offline and never fetched: the title and link still serve
  );
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
  const first = search.results.slice(0, FIRST_RESULTS);
  const items = first.map(resultItem);
  // Without the build's page list (the dev server), wait for the excerpts, which carry the titles.
  if (first.some((r) => !pages[r.id])) await Promise.all(first.map((r) => r.data()));
  if (statusLine) statusLine.textContent = items.length === 0 ? (form.dataset.noResults ?? '') : (form.dataset.count ?? '{n}').replace('{n}', String(search.results.length));
  if (items.length === 0) {
    output.replaceChildren();
    return;
  }
  const list = document.createElement('ol');
  list.className = 'results';
  list.append(...items);
  output.replaceChildren(list);
  if (search.results.length > FIRST_RESULTS) {
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'more';
    more.textContent = form.dataset.more ?? '';
    more.addEventListener('click', () => {
      list.append(...search.results.slice(FIRST_RESULTS).map(resultItem));
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
