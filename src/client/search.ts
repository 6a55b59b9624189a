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

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.init();
    return pf;
  });
  return pagefind;
}

async function run(query: string): Promise<void> {
  if (!output || !form) return;
  const trimmed = query.trim();
  if (!trimmed) {
    output.replaceChildren();
    return;
  }
  const pf = await loadPagefind();
  const search = await pf.debouncedSearch(trimmed, {}, 200);
  if (!search) return; // superseded by a newer keystroke
  const items = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  if (items.length === 0) {
    const p = document.createElement('p');
    p.textContent = form.dataset.noResults ?? '';
    output.replaceChildren(p);
    return;
  }
  const list = document.createElement('ol');
  list.className = 'results';
  for (const item of items) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = item.url;
    a.textContent = item.meta.title ?? item.url;
    const excerpt = document.createElement('p');
    // Pagefind escapes the page text and only adds <mark> around matches; the text is our own content.
    excerpt.innerHTML = item.excerpt;
    li.append(a, excerpt);
    list.append(li);
  }
  output.replaceChildren(list);
}

if (form && input) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run(input.value);
  });
  input.addEventListener('input', () => void run(input.value));
  // Start fetching Pagefind as soon as the reader shows intent to search.
  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
