/**
 * The service worker (written to dist/sw.js by scripts/build.ts, with VERSION and PRECACHE filled in).
 *   install    caches the core pages of every language and what they load (offline after the first visit);
 *   activate   deletes every cache of an older build, so no stale procedure is kept, and refreshes saved files;
 *   fetch      pages: network first, the cached copy when offline (and every page read is kept);
 *              Pagefind's hashed files and drawings: cache first (search works offline for what was fetched).
 * The functions are exported for tests; the build strips the exports and the types.
 */

declare const VERSION: string;
declare const PRECACHE: string[];

/** The build's cache, and the cache of files a reader chose to keep (site.ts). */
export const cacheName = (version: string) => `lancar-${version}`;
export const SAVED = 'lancar-saved';

export type Strategy = 'network-first' | 'cache-first' | 'none';

export function strategyFor(url: URL, origin: string, method: string, destination: string): Strategy {
  if (method !== 'GET' || url.origin !== origin) return 'none';
  if (destination === 'document' || url.pathname.endsWith('/') || url.pathname.endsWith('.html')) return 'network-first';
  if (url.pathname === '/sw.js') return 'none';
  return 'cache-first';
}

/** Caches to delete when this build takes over: every Lancar cache but its own and the reader's saved files. */
export const staleCaches = (keys: string[], version: string): string[] =>
  keys.filter((key) => key.startsWith('lancar-') && key !== cacheName(version) && key !== SAVED);

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
}

/** On a connection that hangs, a page already kept is shown after this long rather than a blank screen. */
export const NETWORK_PATIENCE_MS = 4000;

async function networkFirst(request: Request, cache: Cache): Promise<Response> {
  const cached = (await cache.match(request, { ignoreSearch: true })) ?? (await caches.match(request, { ignoreSearch: true }));
  const network = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(request, response.clone());
    return response;
  });
  if (!cached) return network;
  const patience = new Promise<Response>((resolve) => setTimeout(() => resolve(cached), NETWORK_PATIENCE_MS));
  return Promise.race([network.catch(() => cached), patience]);
}

async function cacheFirst(request: Request, cache: Cache): Promise<Response> {
  const cached = (await cache.match(request)) ?? (await caches.match(request));
  if (cached) return cached;
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (offline) {
    // Pagefind asks for its entry file with a fresh ?ts= each time; offline, the copy fetched before serves.
    const kept = await cache.match(request, { ignoreSearch: true });
    if (kept) return kept;
    throw offline;
  }
}

function start(scope: WorkerScope): void {
  scope.addEventListener('install', (event) => {
    event.waitUntil(
      caches
        .open(cacheName(VERSION))
        .then((cache) => cache.addAll(PRECACHE))
        .then(() => scope.skipWaiting()),
    );
  });
  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        await Promise.all(staleCaches(await caches.keys(), VERSION).map((key) => caches.delete(key)));
        // Saved files follow the new build when there is a connection; offline, the old copy stays.
        const saved = await caches.open(SAVED);
        for (const request of await saved.keys()) await saved.add(request).catch(() => undefined);
        await scope.clients.claim();
      })(),
    );
  });
  scope.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    const strategy = strategyFor(url, scope.location.origin, event.request.method, event.request.destination);
    if (strategy === 'none') return;
    event.respondWith(
      caches.open(cacheName(VERSION)).then((cache) => (strategy === 'network-first' ? networkFirst(event.request, cache) : cacheFirst(event.request, cache))),
    );
  });
}

// In the browser's service-worker scope only; tests import the functions above.
if (typeof (globalThis as { registration?: unknown }).registration !== 'undefined') start(globalThis as unknown as WorkerScope);
