/**
 * The first search on a cheap phone: open the search page in a fresh browser context (empty cache), type a query
 * as soon as the page's script is ready, and measure how long after navigation start the first result shows (its
 * title and link), when its excerpt follows (search.ts waits for a pause in the typing before fetching excerpts),
 * and how many bytes came over the wire on the way (the page, its script, Pagefind's code, wasm, metadata, index
 * chunks and result fragments), from the page, Pagefind's web worker and the service worker alike.
 *
 * Throttling is DevTools' (CDP), set per target: the page (its dedicated workers follow it) and, through a second
 * CDP connection that holds each new service worker until it is throttled, the service worker, which fetches
 * Pagefind's files for the page once it controls it. Each target gets its own emulated link, so the offline
 * precache does not take bandwidth from the search here as it would on a real phone; its bytes are reported apart.
 */
import { createServer } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Request } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.ts';

export interface NetworkProfile {
  name: string;
  /** Added to every request, in ms. */
  latency: number;
  /** Bytes per second. */
  download: number;
  upload: number;
  cpu: number;
}

const kbps = (k: number) => (k * 1024) / 8;

/**
 * Lighthouse's mobile "slow 4G" (150 ms RTT, 1.6 Mbps down, 750 Kbps up, 4× CPU), as the targets are set.
 * DevTools adds its latency once per request, not per round trip (connection set-up, TLS and slow start cost
 * nothing here), so Lighthouse itself, when it throttles through DevTools, uses 3.75× the latency and 90 % of
 * the throughput: the second profile, a pessimistic bound.
 */
export const PROFILES: NetworkProfile[] = [
  { name: 'slow 4G', latency: 150, download: kbps(1.6 * 1024), upload: kbps(750), cpu: 4 },
  { name: 'slow 4G, Lighthouse devtools', latency: 150 * 3.75, download: kbps(1.6 * 1024 * 0.9), upload: kbps(750 * 0.9), cpu: 4 },
];

export const SEARCHES = [
  { path: '/id/cari/', query: 'pemijatan' },
  { path: '/en/search/', query: 'thumbs' },
];

export interface FirstSearch {
  path: string;
  query: string;
  profile: string;
  /** Median over the rounds, ms from navigation start: the page's script listening, the results shown, their excerpts. */
  ready: number;
  firstResult: number;
  excerpts: number;
  /** What the search cost (everything but the service worker's offline copy): headers and compressed bodies. */
  bytes: number;
  bodyBytes: number;
  requests: number;
  /** The service worker's offline copy (its script and precache) fetched in the same time, headers included. */
  offlineBytes: number;
  /** Transferred bytes per kind of file ('offline' is the service worker's precache). */
  byKind: Record<string, number>;
  /** When the last file of each kind had arrived and the results showed, ms from navigation start (last round). */
  arrived: Record<string, number>;
}

function kind(request: Request): string {
  const { pathname } = new URL(request.url());
  // The service worker's own fetches: for the page once it controls it (Pagefind's files), else its precache.
  if (request.serviceWorker() && !pathname.startsWith('/pagefind/')) return 'offline';
  if (pathname.endsWith('/') || pathname.endsWith('.html')) return 'html';
  if (/\.pf_fragment$/.test(pathname)) return 'fragments';
  if (/\.pf_index$/.test(pathname)) return 'index';
  if (/\.pf_meta$|pagefind-entry\.json$/.test(pathname)) return 'meta';
  if (/\.pagefind$|\.wasm$/.test(pathname)) return 'wasm';
  if (/\.m?js$/.test(pathname)) return 'js';
  return 'other';
}

declare global {
  interface Window {
    __firstResult?: number;
    __firstResultShown?: number;
    __excerptShown?: number;
  }
}

async function transferred(request: Request): Promise<{ headers: number; body: number }> {
  const response = await request.response();
  // Answered by the service worker: the bytes are counted on the service worker's own request, if it made one.
  if (!response || response.fromServiceWorker()) return { headers: 0, body: 0 };
  const sizes = await request.sizes();
  let body = Math.max(0, sizes.responseBodySize);
  // Worker scripts are fetched by the browser process and their body size is not reported; their length is.
  if (body === 0 && response.status() === 200) body = Number(response.headers()['content-length'] ?? 0);
  return { headers: Math.max(0, sizes.responseHeadersSize), body };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A plain CDP connection beside Playwright's: Playwright cannot send to a service worker's session. It holds every
 * new service worker at start, applies the current profile's network conditions, then lets it run.
 */
async function throttleServiceWorkers(port: number): Promise<{ profile: (p: NetworkProfile) => void; close: () => void }> {
  const { webSocketDebuggerUrl } = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as { webSocketDebuggerUrl: string };
  const socket = new WebSocket(webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = () => reject(new Error('no CDP connection for the service worker'));
  });
  let id = 0;
  let current: NetworkProfile | undefined;
  const waiting = new Map<number, (error?: string) => void>();
  const send = (method: string, params: object, sessionId?: string) =>
    new Promise<void>((resolve, reject) => {
      waiting.set(++id, (error) => (error ? reject(new Error(`${method}: ${error}`)) : resolve()));
      socket.send(JSON.stringify({ id, method, params, sessionId }));
    });
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; error?: { message: string }; method?: string; params?: { sessionId: string } };
    if (message.id !== undefined) {
      waiting.get(message.id)?.(message.error?.message);
      waiting.delete(message.id);
    } else if (message.method === 'Target.attachedToTarget' && message.params) {
      const session = message.params.sessionId;
      void (async () => {
        try {
          await send('Network.enable', {}, session);
          if (current) {
            await send(
              'Network.emulateNetworkConditions',
              { offline: false, latency: current.latency, downloadThroughput: current.download, uploadThroughput: current.upload },
              session,
            );
          }
        } catch (error) {
          console.log(`  (service worker not throttled: ${error instanceof Error ? error.message : String(error)})`);
        } finally {
          await send('Runtime.runIfWaitingForDebugger', {}, session).catch(() => undefined);
        }
      })();
    }
  };
  // Service workers only (dedicated workers follow their page); CPU throttling is not offered for workers.
  await send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true, filter: [{ type: 'service_worker' }] });
  return { profile: (p) => (current = p), close: () => socket.close() };
}

async function once(browser: Browser, origin: string, path: string, query: string, profile: NetworkProfile) {
  const context: BrowserContext = await browser.newContext(); // a fresh profile: nothing cached, no service worker
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // Also slows the requests of Pagefind's dedicated worker (checked: the wasm takes latency + size / throughput).
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: profile.download,
      uploadThroughput: profile.upload,
    });
    // The page's main thread only; Pagefind's worker thread runs at full speed, as under Lighthouse.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    await page.addInitScript(() => {
      // Times in the page itself, from navigation start, so the driver's round trips do not count.
      // Painted: two animation frames after the change.
      const painted = (set: (ms: number) => void) => requestAnimationFrame(() => requestAnimationFrame(() => set(performance.now())));
      new MutationObserver(() => {
        if (window.__firstResult === undefined && document.querySelector('#results ol.results li a[href]')) {
          window.__firstResult = performance.now();
          painted((ms) => (window.__firstResultShown = ms));
        }
        if (window.__excerptShown === undefined && document.querySelector('#results ol.results li p mark')) {
          window.__excerptShown = -1;
          painted((ms) => (window.__excerptShown = ms));
        }
      }).observe(document, { childList: true, subtree: true });
    });

    // The context's requests: the page's, its workers' and the service worker's.
    const requests: Promise<{ kind: string; headers: number; body: number; end: number }>[] = [];
    const pending = new Map<Request, (failed: boolean) => void>();
    context.on('request', (request) => {
      requests.push(
        new Promise((resolve) => {
          pending.set(request, (failed) => {
            // Epoch ms; -1 where Chromium reports no timing (worker scripts).
            const { startTime, responseEnd } = request.timing();
            const end = responseEnd < 0 ? -1 : startTime + responseEnd;
            const none = { kind: kind(request), headers: 0, body: 0, end };
            if (failed) resolve(none);
            else
              void transferred(request).then(
                (sizes) => resolve({ ...none, ...sizes }),
                () => resolve(none),
              );
          });
        }),
      );
    });
    context.on('requestfinished', (request) => pending.get(request)?.(false));
    context.on('requestfailed', (request) => pending.get(request)?.(true));

    // Module scripts run before DOMContentLoaded: from then on the input listens.
    await page.goto(`${origin}${path}`, { waitUntil: 'domcontentloaded' });
    const ready = await page.evaluate(() => performance.now());
    await page.focus('#q');
    await page.keyboard.type(query);
    await page.waitForFunction(() => window.__firstResultShown !== undefined && (window.__excerptShown ?? -1) > 0, undefined, { timeout: 60_000 });
    const { firstResult, excerpts } = await page.evaluate(() => ({ firstResult: window.__firstResultShown!, excerpts: window.__excerptShown! }));
    const done = await Promise.all(requests.slice()); // everything asked for until the excerpts showed
    const origin0 = await page.evaluate(() => performance.timeOrigin);
    const byKind: Record<string, number> = {};
    const arrived: Record<string, number> = {};
    for (const r of done) {
      byKind[r.kind] = (byKind[r.kind] ?? 0) + r.headers + r.body;
      if (r.end >= 0 && r.headers + r.body > 0) arrived[r.kind] = Math.max(arrived[r.kind] ?? 0, r.end - origin0);
    }
    arrived['results shown'] = firstResult;
    arrived['excerpts shown'] = excerpts;
    const search = done.filter((r) => r.kind !== 'offline' && r.headers + r.body > 0);
    return {
      ready,
      firstResult,
      excerpts,
      bytes: search.reduce((n, r) => n + r.headers + r.body, 0),
      bodyBytes: search.reduce((n, r) => n + r.body, 0),
      requests: search.length,
      offlineBytes: byKind.offline ?? 0,
      byKind,
      arrived,
    };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Each search under each profile, `rounds` times; times are medians, sizes from the last round. */
export async function measureFirstSearch(origin: string, rounds = 3, profiles = PROFILES, searches = SEARCHES): Promise<FirstSearch[]> {
  // Debian's Chromium with the project's flags, plus a debugging port for the service-worker connection.
  const port = await freePort();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`] });
  const results: FirstSearch[] = [];
  try {
    const serviceWorkers = await throttleServiceWorkers(port);
    try {
      for (const profile of profiles) {
        serviceWorkers.profile(profile);
        for (const { path, query } of searches) {
          const runs = [];
          for (let i = 0; i < rounds; i++) runs.push(await once(browser, origin, path, query, profile));
          const last = runs.at(-1)!;
          results.push({
            path,
            query,
            profile: profile.name,
            ready: median(runs.map((r) => r.ready)),
            firstResult: median(runs.map((r) => r.firstResult)),
            excerpts: median(runs.map((r) => r.excerpts)),
            bytes: last.bytes,
            bodyBytes: last.bodyBytes,
            requests: last.requests,
            offlineBytes: last.offlineBytes,
            byKind: last.byKind,
            arrived: last.arrived,
          });
        }
      }
    } finally {
      serviceWorkers.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
