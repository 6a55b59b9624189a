/** Debian's Chromium (or LANCAR_CHROMIUM) through playwright-core; never a downloaded browser. */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/lib/chromium.ts';
import { serveDist } from './serve.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}

/**
 * For a browser test file: serves dist/ and starts Chromium before its tests, closes both after. Read `browser`
 * and `origin` inside tests (they exist once the file's setup has run).
 */
export function useSiteAndBrowser(): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    site = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get origin() {
      return site!.origin;
    },
  };
}
