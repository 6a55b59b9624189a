/**
 * The evidence table on a lecturer's laptop and desktop, and on a phone. Squeezed into the 640 px text column, the
 * first column was 49 px wide: citations broke letter by letter and the last columns sat behind an inner scroll.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { readLocale } from '../helpers/content.ts';

const env = useSiteAndBrowser();

const paths = ['id', 'en'].map((locale) => `/${locale}/${readLocale(locale).pages.find((p) => p.data.key === 'evidence')!.data.slug}/`);

/** Words of the table's cells that the browser drew over more than one line (broken inside the word; a line may
 * end after a hyphen or a dash, as in "08.00–13.00", which is not a word broken). */
const brokenWords = (page: Page) =>
  page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('table.evidence th, table.evidence td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/[^\s\-–—/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });

describe('the evidence table', () => {
  it.each(paths.flatMap((path) => [1366, 1920].map((width) => [path, width] as const)))(
    '%s at %i px: fits its box, wider than the text column, no word broken',
    async (path, width) => {
      const page = await env.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${env.origin}${path}`);
      const box = await page.evaluate(() => {
        const wrap = document.querySelector('table.evidence')!.parentElement!;
        const main = document.querySelector('main article')!;
        return {
          scroll: wrap.scrollWidth - wrap.clientWidth,
          wrap: wrap.getBoundingClientRect().width,
          column: main.getBoundingClientRect().width,
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          first: document.querySelector('table.evidence [scope="row"]')!.getBoundingClientRect().width,
        };
      });
      expect(box.scroll, 'the table scrolls inside its box').toBeLessThanOrEqual(0);
      expect(box.page, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      expect(box.wrap).toBeGreaterThan(box.column + 200);
      expect(box.first, 'the citation column').toBeGreaterThanOrEqual(150);
      expect(await brokenWords(page)).toEqual([]);
      await page.close();
    },
  );

  it.each(paths)('%s on a 360 px phone: one card per report, nothing scrolls sideways', async (path) => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${env.origin}${path}`);
    const layout = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      wrap: (() => {
        const wrap = document.querySelector('table.evidence')!.parentElement!;
        return wrap.scrollWidth - wrap.clientWidth;
      })(),
      rows: getComputedStyle(document.querySelector('table.evidence tbody tr')!).display,
    }));
    expect(layout).toEqual({ page: 0, wrap: 0, rows: 'block' });
    await page.close();
  });
});
