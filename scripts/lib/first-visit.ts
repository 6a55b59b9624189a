/**
 * One first visit, counted: everything received through the counting proxy (tests/helpers/byte-count.ts, headers
 * once, as HTTP/2 sends them) from opening the page until `until` says the visit is over — for a core page, until
 * the service worker holds its language for offline. tests/browser/first-visit.test.ts holds it to 50 KB; the bench
 * prints it (issue 16, item 6).
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ByteCounter, Received } from '../../tests/helpers/byte-count.ts';
import { countBytes } from '../../tests/helpers/byte-count.ts';
import { builtPrecache, keptCount } from '../../tests/helpers/built-worker.ts';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.ts';

export async function firstVisit(browser: Browser, counter: ByteCounter, path: string, until: (page: Page) => Promise<void>): Promise<Received[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  counter.reset();
  await page.goto(`${counter.origin}${path}`, { waitUntil: 'load' });
  await until(page);
  // Whatever was still on its way when the visit was over.
  await page.waitForTimeout(300);
  await context.close();
  return counter.received();
}

export interface FirstVisit {
  path: string;
  bytes: number;
  responses: number;
}

/** Each of `paths` on `origin` (the built dist/), in a fresh browser context, until its language is kept (at most 20 s). */
export async function measureFirstVisits(origin: string, paths: string[]): Promise<FirstVisit[]> {
  const counter = await countBytes(origin);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  const precache = builtPrecache();
  const kept = async (page: Page) => {
    const files = precache[new URL(page.url()).pathname.split('/')[1]!] ?? [];
    for (let waited = 0; waited < 20_000 && (await keptCount(page, files)) < files.length; waited += 250) await page.waitForTimeout(250);
  };
  try {
    const visits: FirstVisit[] = [];
    for (const path of paths) {
      const received = await firstVisit(browser, counter, path, kept);
      visits.push({ path, bytes: received.reduce((sum, r) => sum + r.bytes, 0), responses: received.length });
    }
    return visits;
  } finally {
    await browser.close();
    await counter.close();
  }
}
