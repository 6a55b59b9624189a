/**
 * The service worker (written to dist/sw.js by scripts/build.ts, with VERSION, PRECACHE and FALLBACK filled in).
 *   message    `{ keep: locale }` from site.ts, sent once a page has loaded and the phone is idle (never when it
 *              asks to save data): caches that language's core pages and what they load, those not kept yet
 *              (offline after the first visit, one language only);
 *   install    caches nothing on a first visit; on an update, the languages the older build kept, so a reader's
 *              offline copy follows the new build;
 *   activate   deletes every cache of an older build, so no stale procedure is kept, and refreshes saved files
 *              (deleting those the new build no longer has);
 *   fetch      pages: network first, the cached copy when offline (and pages read are kept, within bounds);
 *              Pagefind's hashed files and drawings: cache first (search works offline for what was fetched);
 *              PDFs: network only, a saved copy offline. Everything is kept by path, never by query string.
 * The functions are exported for tests; the build strips the exports and the types.
 */

declare const VERSION: string;
/** Locale → its core pages, what they load and its offline page (src/offline/core.ts). */
declare const PRECACHE: Record<string, string[]>;
/** Locale → its offline page, shown in place of a page never kept. */
declare const FALLBACK: Record<string, string>;

/** The build's cache (what install fetched), what is kept while reading, and the files a reader chose to keep (site.ts). */
export const cacheName = (version: string) => `lancar-${version}`;
export const readName = (version: string) => `lancar-${version}-read`;
export const SAVED = 'lancar-saved';

/**
 * Bounds of what is kept while reading (Lancar's own judgement, for phones with 16–32 GB shared with photos and
 * WhatsApp): pages are 10–40 KB and drawings 20–200 KB, so 150 entries and 4 MB keep a few dozen pages with their
 * pictures and search chunks; the oldest used goes first. PDFs (0.5–3 MB each) are never kept here: a reader who
 * wants one offline presses "save for offline", which the bounds do not touch.
 */
export const READ_MAX_ENTRIES = 150;
export const READ_MAX_BYTES = 4 * 1024 * 1024;
/** The size recorded on each kept response, so trimming need not read bodies. */
export const BYTES_HEADER = 'x-lancar-bytes';

export type Strategy = 'network-first' | 'cache-first' | 'network-only' | 'none';

export function strategyFor(url: URL, origin: string, method: string, destination: string): Strategy {
  if (method !== 'GET' || url.origin !== origin) return 'none';
  if (destination === 'document' || url.pathname.endsWith('/') || url.pathname.endsWith('.html')) return 'network-first';
  if (url.pathname === '/sw.js') return 'none';
  if (url.pathname.endsWith('.pdf')) return 'network-only';
  return 'cache-first';
}

/**
 * The key a response is kept under: the address without query or fragment. The site is static, so no query
 * changes a file: `/id/cari/?q=a` and `?q=b` are one search page (its script reads the query), a link shared on
 * WhatsApp with `?fbclid=…` or `utm_…` is the page itself, and Pagefind's `?ts=` entry file is that build's one.
 */
export const cacheKey = (url: URL): string => `${url.origin}${url.pathname}`;

/** Kept entries, oldest used first: which to delete so at most `maxEntries` and `maxBytes` remain. */
export function evictions(entries: { key: string; bytes: number }[], maxEntries = READ_MAX_ENTRIES, maxBytes = READ_MAX_BYTES): string[] {
  let count = entries.length;
  let bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
  const out: string[] = [];
  for (const entry of entries) {
    if (count <= maxEntries && bytes <= maxBytes) break;
    out.push(entry.key);
    count -= 1;
    bytes -= entry.bytes;
  }
  return out;
}

/**
 * What a new build does with a saved file, from asking the server for it again: a fresh copy replaces it, a file
 * the build no longer has (404, 410) is deleted, and with no answer (offline, server error) the old copy stays.
 */
export const savedAction = (status: number | 'offline'): 'replace' | 'delete' | 'keep' =>
  status === 'offline' ? 'keep' : status >= 200 && status < 300 ? 'replace' : status === 404 || status === 410 ? 'delete' : 'keep';

/** Caches to delete when this build takes over: every Lancar cache but its own two and the reader's saved files. */
export const staleCaches = (keys: string[], version: string): string[] =>
  keys.filter((key) => key.startsWith('lancar-') && key !== cacheName(version) && key !== readName(version) && key !== SAVED);

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
}
interface WorkerScope {
  location: Location;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
}

/**
 * The offline pages to try, best first, for a page that cannot be reached: its own language's, then any other
 * (a reader of one language keeps only that language's).
 */
export function fallbacksFor(pathname: string, fallback: Record<string, string>): string[] {
  const own = fallback[pathname.split('/')[1] ?? ''];
  return [...(own ? [own] : []), ...Object.values(fallback).filter((page) => page !== own)];
}

/** Languages whose copy a cache holds: a kept page under /<locale>/. */
export const languagesKept = (paths: string[], locales: string[]): string[] => locales.filter((locale) => paths.some((p) => p.startsWith(`/${locale}/`)));

/** On a connection that hangs, a page already kept is shown after this long rather than a blank screen. */
export const NETWORK_PATIENCE_MS = 4000;

/** Trims run one after another, so two pages arriving together do not both count the same entries. */
let trimming: Promise<unknown> = Promise.resolve();

/** Keeps a response in the reading cache (as its last used entry), then trims the cache to its bounds. */
function keep(key: string, response: Response): Promise<unknown> {
  trimming = trimming.then(async () => {
    const body = await response.arrayBuffer();
    const headers = new Headers(response.headers);
    headers.set(BYTES_HEADER, String(body.byteLength));
    const cache = await caches.open(readName(VERSION));
    // put replaces an entry of the same key and appends it: the order of keys() is the order of last use.
    await cache.put(key, new Response(body, { status: response.status, statusText: response.statusText, headers }));
    const entries = await Promise.all(
      (await cache.keys()).map(async (request) => ({ key: request.url, bytes: Number((await cache.match(request))?.headers.get(BYTES_HEADER) ?? 0) })),
    );
    await Promise.all(evictions(entries).map((old) => cache.delete(old)));
  });
  return trimming.catch(() => undefined);
}

/** A kept copy: the build's own first, then what was kept while reading, then the reader's saved files. */
async function kept(key: string): Promise<Response | undefined> {
  return (await (await caches.open(cacheName(VERSION))).match(key)) ?? (await (await caches.open(readName(VERSION))).match(key)) ?? (await caches.match(key));
}

async function networkFirst(request: Request, key: string, later: (p: Promise<unknown>) => void): Promise<Response> {
  const cached = await kept(key);
  // A page the build's cache holds is that build's page already: no second copy while reading.
  const own = cached !== undefined && (await (await caches.open(cacheName(VERSION))).match(key)) !== undefined;
  const network = fetch(request).then((response) => {
    // Kept after the page is handed over, so it streams to the reader without waiting for the cache.
    if (response.ok && !own) later(keep(key, response.clone()));
    return response;
  });
  if (!cached) return request.mode === 'navigate' ? network.catch((offline) => offlinePage(key, offline)) : network;
  const patience = new Promise<Response>((resolve) => setTimeout(() => resolve(cached), NETWORK_PATIENCE_MS));
  return Promise.race([network.catch(() => cached), patience]);
}

/** The language's offline page, for a page never kept and opened with no signal; 503, as the page is not there. */
async function offlinePage(key: string, offline: unknown): Promise<Response> {
  for (const page of fallbacksFor(new URL(key).pathname, FALLBACK)) {
    const found = await (await caches.open(cacheName(VERSION))).match(page);
    if (found) return new Response(found.body, { status: 503, statusText: 'Offline', headers: found.headers });
  }
  throw offline;
}

/** Keeps a language's core files in this build's cache, fetching only those not kept yet. */
async function keepLanguage(locale: string): Promise<void> {
  const cache = await caches.open(cacheName(VERSION));
  const missing = [];
  for (const url of PRECACHE[locale] ?? []) if (!(await cache.match(url))) missing.push(url);
  await cache.addAll(missing);
}

async function cacheFirst(request: Request, key: string, later: (p: Promise<unknown>) => void): Promise<Response> {
  const own = await (await caches.open(cacheName(VERSION))).match(key);
  if (own) return own;
  const cached = await kept(key);
  if (cached) {
    // Used again: it moves to the end of the reading cache, last out.
    if (cached.headers.has(BYTES_HEADER)) later(keep(key, cached.clone()));
    return cached;
  }
  const response = await fetch(request);
  if (response.ok) later(keep(key, response.clone()));
  return response;
}

/** PDFs: always from the network; offline, a saved copy. */
async function networkOnly(request: Request, key: string): Promise<Response> {
  try {
    return await fetch(request);
  } catch (offline) {
    const saved = await kept(key);
    if (saved) return saved;
    throw offline;
  }
}

function start(scope: WorkerScope): void {
  scope.addEventListener('install', (event) => {
    event.waitUntil(
      (async () => {
        // An update: the languages an older build kept are kept again now, while the old copy still serves.
        const paths: string[] = [];
        for (const name of staleCaches(await caches.keys(), VERSION).filter((n) => !n.endsWith('-read'))) {
          for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
        }
        for (const locale of languagesKept(paths, Object.keys(PRECACHE))) await keepLanguage(locale);
        await scope.skipWaiting();
      })(),
    );
  });
  scope.addEventListener('message', (event) => {
    const locale = (event.data as { keep?: unknown } | null)?.keep;
    if (typeof locale === 'string' && Object.hasOwn(PRECACHE, locale)) event.waitUntil(keepLanguage(locale).catch(() => undefined));
  });
  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        await Promise.all(staleCaches(await caches.keys(), VERSION).map((key) => caches.delete(key)));
        // Saved files follow the new build: a fresh copy, or gone if the build no longer has the file; offline, kept.
        const saved = await caches.open(SAVED);
        for (const request of await saved.keys()) {
          const response = await fetch(request.url, { cache: 'no-cache' }).catch(() => undefined);
          const action = savedAction(response ? response.status : 'offline');
          if (action === 'replace') await saved.put(request, response!);
          else if (action === 'delete') await saved.delete(request);
        }
        await scope.clients.claim();
      })(),
    );
  });
  scope.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    const strategy = strategyFor(url, scope.location.origin, event.request.method, event.request.destination);
    if (strategy === 'none') return;
    const key = cacheKey(url);
    const later = (promise: Promise<unknown>) => {
      try {
        event.waitUntil(promise);
      } catch {
        // The page was already answered from the cache and the event is over: the keeping still runs.
      }
    };
    event.respondWith(
      strategy === 'network-first'
        ? networkFirst(event.request, key, later)
        : strategy === 'cache-first'
          ? cacheFirst(event.request, key, later)
          : networkOnly(event.request, key),
    );
  });
}

// In the browser's service-worker scope only; tests import the functions above.
if (typeof (globalThis as { registration?: unknown }).registration !== 'undefined') start(globalThis as unknown as WorkerScope);
