/**
 * Search page only. Pagefind picks the index of the page's language (<html lang>) by itself; its code, wasm and
 * metadata start loading once this page has painted (the build names them), never on pages where nobody searches.
 */
import { SEARCH_TERMS_FIELD } from '../search/terms.ts';
import { bySomeWords, byTitleAnswer, queryWords } from './search-rank.ts';

/** A section of a result's page that holds matches: its heading, its address with the heading's anchor. */
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Where the matches are: their count ranks the sections. */
  locations: number[];
}
interface PagefindResult {
  /** The page's id: its fragment's name. */
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string }; sub_results?: SubResult[] }>;
}
interface Pagefind {
  options: (options: { noWorker?: boolean; metaCacheTag?: string; ranking?: { metaWeights?: Record<string, number> } }) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (query: string, options?: object, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('form.search');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const output = document.getElementById('results');
// Screen readers hear how many pages were found, not the whole list each time it changes.
const statusLine = document.getElementById('search-status');

/** Written into the page by the build (scripts/lib/pagefind-files.ts); absent on the dev server. */
interface SearchData {
  /** The tag Pagefind's entry file is fetched under: it changes with the index. */
  tag: string;
  /** Pagefind's entry, metadata and wasm for this page's language. */
  preload: string[];
  /** Pagefind's page id (its fragment's name) → [address, title]. */
  pages: Record<string, [string, string]>;
}
const data = JSON.parse(document.getElementById('search-data')?.textContent || 'null') as SearchData | null;

const PAGEFIND = '/pagefind/pagefind.js';

let requested = false;
/**
 * Asks for Pagefind's code, entry, metadata and wasm side by side, where Pagefind itself would find it needs each
 * only once the one before has arrived. Only fetched here: running them is loadPagefind's, once the reader turns to
 * the search box, so a visit that only reads the topic index never spends the phone's processor on them.
 */
function requestPagefindFiles(): void {
  if (requested) return;
  requested = true;
  // A preload serves only a request of its own mode: Pagefind's fetch() is CORS, hence crossOrigin.
  const fetched = (data?.preload ?? []).map((href) => ({ rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href }));
  for (const link of [{ rel: 'modulepreload', href: PAGEFIND }, ...fetched]) document.head.append(Object.assign(document.createElement('link'), link));
}

/** Runs `then` once the browser has reported the page's largest paint (or after the first frame, where it cannot). */
function afterLargestPaint(then: () => void): void {
  if (!PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
    requestAnimationFrame(() => setTimeout(then, 0));
    return;
  }
  const observer = new PerformanceObserver(() => {
    observer.disconnect();
    setTimeout(then, 0);
  });
  observer.observe({ type: 'largest-contentful-paint', buffered: true });
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  requestPagefindFiles();
  if (pagefind) return pagefind;
  const loading = (import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>).then(async (pf) => {
    // Under the same tag as the preloaded entry; Pagefind would otherwise add a fresh ?ts= to every visit.
    // On the page, not in Pagefind's worker: a worker cannot use the page's preloads, and for an index this small
    // the search itself takes milliseconds.
    // A page's search terms (src/search/terms.ts) weigh as much as its title, Pagefind's default for titles: a
    // reader's own word for the page finds it as surely as the title's. Measured on the query set
    // (tests/fixtures/search-queries.ts): 1 → 75 of 87 first, 3 or 5 → 80, 10 → 79.
    await pf.options({ noWorker: true, ranking: { metaWeights: { [SEARCH_TERMS_FIELD]: 5 } }, ...(data ? { metaCacheTag: data.tag } : {}) });
    await pf.init();
    return pf;
  });
  // Failed (offline, never fetched): the next search tries again, as the connection may be back.
  loading.catch(() => {
    pagefind = undefined;
  });
  pagefind = loading;
  return loading;
}

/**
 * Search could not run: offline on a device that never searched online (the service worker never kept Pagefind's
 * files, or not the part of the index a word needs), or the dev server, which has no index. Says so, and offline lists the pages that are kept.
 */
function cannotSearch(): void {
  shown = '';
  output?.replaceChildren();
  if (statusLine)
    statusLine.textContent = import.meta.env.DEV
      ? 'Search works after `npm run build`: the dev server has no search index. Build, then `npm run preview`.'
      : (form?.dataset.offline ?? '');
  const kept = document.getElementById('search-offline');
  if (kept && !import.meta.env.DEV) kept.hidden = false;
}

/** Results shown at once; on a phone's first screen there is room for about this many. */
const FIRST_RESULTS = 3;

// A result's title shows as soon as the search has run; its excerpt (a separate download per page) fills in once
// the reader pauses, so typing a word letter by letter on a phone does not fetch the excerpts of every page that
// matched a few letters on the way (a first search stays within 100 KB however slowly it is typed).
const pages = data?.pages ?? {};
/**
 * Quiet after the last keystroke, in ms, before the excerpts are fetched: well beyond a slow phone typist's gap
 * between keys (about 450 ms), as a busy phone delivers keystrokes late. The titles show at once regardless.
 */
const EXCERPT_PAUSE = 750;
let excerptTimer: ReturnType<typeof setTimeout> | undefined;
/** The excerpts of the results on screen, while they wait for the reader to pause. */
let pendingFill: (() => unknown) | undefined;

/** Sections shown under a result, as Starlight shows Pagefind's sub-results. */
const SECTIONS = 3;
/**
 * A result's sections (Pagefind's sub-results with a heading's anchor; the first may be the page's text before its
 * first heading, which the page's own excerpt shows): the three with most matches, in the page's order.
 */
function sectionsOf(url: string, subs: SubResult[]): SubResult[] {
  const anchored = subs.filter((sub) => sub.url !== url);
  const most = [...anchored].sort((x, y) => y.locations.length - x.locations.length).slice(0, SECTIONS);
  return anchored.filter((sub) => most.includes(sub));
}

/** A result as a list item: the title when known (else the excerpt brings it), the excerpt once `fill` is called. */
function resultItem(result: PagefindResult): { li: HTMLLIElement; fill: () => Promise<void> } {
  const li = document.createElement('li');
  const a = document.createElement('a');
  const excerpt = document.createElement('p');
  const known = pages[result.id];
  if (known) [a.href, a.textContent] = known;
  li.append(a, excerpt);
  const fill = () =>
    result.data().then(
      (item) => {
        a.href = item.url;
        a.textContent = item.meta.title ?? item.url;
        // Pagefind escapes the page text and only adds <mark> around matches; the text is our own content.
        excerpt.innerHTML = item.excerpt;
        const sections = sectionsOf(item.url, item.sub_results ?? []);
        if (sections.length === 0) return;
        // Under the page's title, only what matched before its first heading (Starlight shows it so); the page's
        // best excerpt would repeat one of the sections below.
        const before = item.sub_results?.[0];
        if (before?.url === item.url) excerpt.innerHTML = before.excerpt;
        else excerpt.remove();
        // The results' own class: indented as little, for a 320 px screen, at no cost to every page's CSS.
        const list = Object.assign(document.createElement('ul'), { className: 'results' });
        for (const section of sections) {
          const sub = document.createElement('li');
          const link = Object.assign(document.createElement('a'), { href: section.url, textContent: section.title });
          const text = document.createElement('p');
          text.innerHTML = section.excerpt;
          sub.append(link, text);
          list.append(sub);
        }
        li.append(list);
      },
      () => undefined, // offline and never fetched: the title and link still serve
    );
  return { li, fill };
}

/** The query whose results are on screen: searching it again (Enter after typing) must not redraw the list
 * under a reader who has already tabbed into it, which would drop her focus. */
let shown = '';
/** The query asked for last: a slower search for an older query must not draw over it. */
let latest = '';

async function run(query: string): Promise<void> {
  if (!output || !form) return;
  const trimmed = query.trim();
  latest = trimmed;
  // Every keystroke restarts the pause before excerpts are fetched, a space too: the reader is still typing.
  clearTimeout(excerptTimer);
  if (trimmed === shown) {
    if (pendingFill) excerptTimer = setTimeout(pendingFill, EXCERPT_PAUSE);
    return;
  }
  pendingFill = undefined;
  if (!trimmed) {
    shown = '';
    output.replaceChildren();
    if (statusLine) statusLine.textContent = '';
    return;
  }
  let found: PagefindResult[];
  try {
    const pf = await loadPagefind();
    const search = await pf.debouncedSearch(trimmed, {}, 200);
    if (!search || trimmed !== latest) return; // superseded by a newer keystroke
    found = search.results;
    // Pagefind finds only pages holding every word: a sentence no page holds whole gets the pages holding some.
    const some = queryWords(trimmed);
    if (found.length === 0 && some.length > 1) found = bySomeWords(await Promise.all(some.map(async (word) => (await pf.search(word))?.results ?? [])));
  } catch {
    if (trimmed === latest) cannotSearch();
    return;
  }
  if (trimmed !== latest) return;
  const results = byTitleAnswer(found, trimmed, (id) => pages[id]?.[1]);
  // Nothing found offline may be only the part of the index never fetched: say so rather than "no results".
  if (results.length === 0 && !navigator.onLine) return cannotSearch();
  document.getElementById('search-offline')?.setAttribute('hidden', '');
  shown = trimmed;
  const first = results.slice(0, FIRST_RESULTS);
  const items = first.map(resultItem);
  const fillAll = () => {
    pendingFill = undefined;
    return Promise.all(items.map((item) => item.fill()));
  };
  // Without the build's page list (the dev server) the excerpts carry the titles: wait for them.
  if (first.some((r) => !pages[r.id])) await fillAll();
  else {
    pendingFill = fillAll;
    excerptTimer = setTimeout(fillAll, EXCERPT_PAUSE);
  }
  if (statusLine)
    statusLine.textContent = items.length === 0 ? (form.dataset.noResults ?? '') : (form.dataset.count ?? '{n}').replace('{n}', String(results.length));
  if (items.length === 0) {
    output.replaceChildren();
    return;
  }
  const list = document.createElement('ol');
  list.className = 'results';
  // Which query this list answers: typing letter by letter draws a list per pause ("massag", then "massage").
  list.dataset.query = trimmed;
  list.append(...items.map((item) => item.li));
  output.replaceChildren(list);
  if (results.length > FIRST_RESULTS) {
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'more';
    more.textContent = form.dataset.more ?? '';
    more.addEventListener('click', () => {
      const rest = results.slice(FIRST_RESULTS).map(resultItem);
      list.append(...rest.map((item) => item.li));
      for (const item of rest) void item.fill();
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
  // Opening the search page is the intent to search: Pagefind's files come while the reader finds the box and
  // starts typing, not after the first keystroke. Once the page's text has painted, so the text never shares the
  // connection with them (and Lighthouse, which counts every request done before the largest paint as holding it
  // up, agrees); Pagefind starts up as soon as the box has the focus.
  afterLargestPaint(requestPagefindFiles);
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
