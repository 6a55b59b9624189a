/** What dist/sw.js keeps for offline, read from the built worker, and a wait until a page's language is kept. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { builtPrecache, keptCount } from './built-worker.ts';

export { builtFallback, builtPrecache, builtVersion, keptCount } from './built-worker.ts';

/** Waits until the offline copy of `locale` is kept (site.ts asks for it once the page has loaded and is idle). */
export async function languageKept(page: Page, locale: string): Promise<void> {
  const files = builtPrecache()[locale]!;
  await expect.poll(() => keptCount(page, files), { timeout: 20_000 }).toBe(files.length);
}
