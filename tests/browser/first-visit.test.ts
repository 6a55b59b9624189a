/**
 * What a first visit costs a reader on a metered phone: every byte the browser receives for it, over the test
 * server's brotli, through a counting proxy (tests/helpers/byte-count.ts), for each core page of each language.
 *
 * What counts: the page; everything it loads (scripts, the icon, the drawings it shows); the service worker script;
 * and everything the worker keeps for offline (that language's core pages, their drawings and its offline page),
 * waited for until all of it is kept. Bodies as sent (compressed), status lines, and each header field in full the
 * first time and one byte after (as HTTP/2 and 3 send a repeated field). What the browser had already (its HTTP
 * cache within the visit: a drawing the page showed is not fetched again by the worker) costs nothing, as on a phone.
 * The web app manifest and its icons are not asked for by a visit (only when the reader installs), so do not count.
 *
 * The search pages count too. A search page fetches its search code, index entry and wasm (about 70 KB) once it has
 * painted, by design (README, "Search"; held to its own budget in search.test.ts), so it does not also fetch the
 * offline copy: the next page read does. Its visit counts the page, the worker and the Pagefind files.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFLINE_KEYS } from '../../src/offline/core.ts';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { type ByteCounter, countBytes } from '../helpers/byte-count.ts';
import { readLocale } from '../helpers/content.ts';
import { builtPrecache, languageKept } from '../helpers/offline-set.ts';
import { firstVisit } from '../../scripts/lib/first-visit.ts';

const env = useSiteAndBrowser();
let counter: ByteCounter;
beforeAll(async () => {
  counter = await countBytes(env.origin);
});
afterAll(() => counter?.close());

/** Budget for a first visit with its offline copy (issue 16, item 6). */
const BUDGET = 50 * 1024;

const core = ['id', 'en'].flatMap((locale) =>
  [...OFFLINE_KEYS, 'search'].map((key) => {
    const slug = readLocale(locale).pages.find((p) => p.data.key === key)!.data.slug;
    return { locale, key, path: `/${locale}/${slug ? `${slug}/` : ''}` };
  }),
);

/** One first visit, counted until the page's language is kept for offline (a search page: until it is idle); the
 * bytes and their listing. */
async function firstVisitBytes(browser: Browser, path: string, search: boolean): Promise<{ bytes: number; listing: string }> {
  const received = await firstVisit(browser, counter, path, (page) =>
    search
      ? page.evaluate(async () => {
          await navigator.serviceWorker.ready;
          await new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 1500), { timeout: 5000 }));
        })
      : languageKept(page, path.split('/')[1]!),
  );
  const listing = received.map((r) => `${r.path} ${r.status} ${r.bytes}`).join(', ');
  return { bytes: received.reduce((sum, r) => sum + r.bytes, 0), listing };
}

describe('a first visit', () => {
  it.each(core.filter((c) => c.key !== 'search'))('$path costs at most 50 KB, its offline copy included', async ({ path }) => {
    const { bytes, listing } = await firstVisitBytes(env.browser, path, false);
    console.log(`first visit ${path}: ${bytes} bytes (${listing})`);
    expect(bytes, `${path}: ${bytes} bytes: ${listing}`).toBeLessThanOrEqual(BUDGET);
    // The other language's copy is never fetched.
    const other = path.startsWith('/id/') ? '/en/' : '/id/';
    expect(listing.includes(` ${other}`) || listing.startsWith(other)).toBe(false);
  });

  it.each(core.filter((c) => c.key === 'search'))('$path fetches its search files and no offline copy', async ({ path }) => {
    const { bytes, listing } = await firstVisitBytes(env.browser, path, true);
    console.log(`first visit ${path}: ${bytes} bytes (${listing})`);
    const pagefind = counter.received().filter((r) => r.path.startsWith('/pagefind/'));
    expect(pagefind.length, listing).toBeGreaterThan(0);
    // Without Pagefind's files (budgeted in search.test.ts), the page and the worker alone.
    const rest = bytes - pagefind.reduce((sum, r) => sum + r.bytes, 0);
    expect(rest, listing).toBeLessThanOrEqual(BUDGET);
    const kept = builtPrecache()[path.split('/')[1]!]!.filter((file) => file !== path && file !== '/favicon.svg');
    expect(counter.received().filter((r) => kept.includes(r.path))).toEqual([]);
  });
});
