/** What dist/sw.js keeps for offline, read from the built worker, and a wait until a page's language is kept. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { cacheName } from '../../src/client/sw.ts';
import { builtPrecache, builtVersion } from './built-worker.ts';

export { builtFallback, builtPrecache, builtVersion } from './built-worker.ts';

/** How many of `files` the build's cache holds, seen from the page. */
export const keptCount = (page: Page, files: string[]) =>
  page.evaluate(
    async ({ name, files }) => {
      const cache = await caches.open(name);
      let n = 0;
      for (const file of files) if (await cache.match(file)) n += 1;
      return n;
    },
    { name: cacheName(builtVersion()), files },
  );

/** Waits until the offline copy of `locale` is kept (site.ts asks for it once the page has loaded and is idle). */
export async function languageKept(page: Page, locale: string): Promise<void> {
  const files = builtPrecache()[locale]!;
  await expect.poll(() => keptCount(page, files), { timeout: 20_000 }).toBe(files.length);
}
