/**
 * What a first visit to each core page costs (the bench's line for issue 16, item 6): the same counting as
 * tests/browser/first-visit.test.ts — everything received through the counting proxy, headers once, until the
 * service worker holds the page's language for offline — printed instead of held to the 50 KB budget.
 */
import { chromium } from 'playwright-core';
import { cacheName } from '../../src/client/sw.ts';
import { countBytes } from '../../tests/helpers/byte-count.ts';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.ts';

export interface FirstVisit {
  path: string;
  bytes: number;
  responses: number;
}

/** `paths` visited one by one in fresh browser contexts on `origin`; `precache` is what the worker keeps per language. */
export async function measureFirstVisits(origin: string, paths: string[], precache: Record<string, string[]>, version: string): Promise<FirstVisit[]> {
  const counter = await countBytes(origin);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  const visits: FirstVisit[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      counter.reset();
      await page.goto(`${counter.origin}${path}`, { waitUntil: 'load' });
      const files = precache[path.split('/')[1]!] ?? [];
      // Until every file of the language is kept (site.ts asks once the page is idle), at most 20 s.
      for (let waited = 0; waited < 20_000; waited += 250) {
        const kept = await page.evaluate(
          async ({ name, files }) => {
            const cache = await caches.open(name);
            let n = 0;
            for (const file of files) if (await cache.match(file)) n += 1;
            return n;
          },
          { name: cacheName(version), files },
        );
        if (kept === files.length) break;
        await page.waitForTimeout(250);
      }
      await page.waitForTimeout(300);
      await context.close();
      const received = counter.received();
      visits.push({ path, bytes: received.reduce((sum, r) => sum + r.bytes, 0), responses: received.length });
    }
  } finally {
    await browser.close();
    await counter.close();
  }
  return visits;
}
