/**
 * The query set (tests/fixtures/search-queries.ts) run through a built site's search page as a reader types it:
 * each query into the search box, the result list read as shown (search.ts's order, after any re-ranking), so
 * the test and `npm run bench` judge what a reader sees, not Pagefind's raw order. One page per language, reused.
 */
import type { Browser, Page } from 'playwright-core';
import type { Content } from '../../src/content/assemble.ts';
import { pageHref } from '../../src/i18n/urls.ts';
import type { SearchQuery } from '../../tests/fixtures/search-queries.ts';

export interface RankedQuery {
  locale: string;
  query: string;
  key: string;
  /** The address of the page that answers it. */
  expected: string;
  /** The addresses of the results shown first (search.ts shows three before "show all"). */
  top: string[];
  /** 1-based place of the expected page among `top`; 0 when it is not there. */
  rank: number;
}

function hrefOf(content: Content, locale: string, key: string): string {
  const page = content.byLocale.get(locale)?.pages.find((p) => p.data.key === key);
  if (!page) throw new Error(`tests/fixtures/search-queries.ts: content/${locale}/ has no page with key "${key}"`);
  return pageHref(locale, page.data.slug);
}

/** One query in the search box of an open search page; the page addresses of the results it shows. */
async function shown(page: Page, query: string): Promise<string[]> {
  const input = page.locator('input[name="q"]');
  // Empty first: the list and status clear, so a previous query's "no results" cannot be read as this one's.
  await input.fill('');
  await page.waitForFunction(() => !document.querySelector('#results ol.results') && !document.getElementById('search-status')?.textContent);
  await input.fill(query);
  await page.waitForFunction(
    (q) => {
      if (document.querySelector<HTMLElement>('#results ol.results')?.dataset.query === q) return true;
      const none = document.querySelector<HTMLElement>('form.search')?.dataset.noResults;
      return Boolean(none) && document.getElementById('search-status')?.textContent === none;
    },
    query,
    { timeout: 15_000 },
  );
  // The page's own link of each result (sub-results are links inside the item's nested list).
  return page.$$eval('#results ol.results > li > a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Every query, in the search page of its language at `origin`. */
export async function rankQueries(browser: Browser, origin: string, content: Content, queries: readonly SearchQuery[]): Promise<RankedQuery[]> {
  const results: RankedQuery[] = [];
  for (const locale of [...new Set(queries.map(([l]) => l))]) {
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}${hrefOf(content, locale, 'search')}`);
      for (const [, query, key] of queries.filter(([l]) => l === locale)) {
        const expected = hrefOf(content, locale, key);
        const top = await shown(page, query);
        results.push({ locale, query, key, expected, top, rank: top.indexOf(expected) + 1 });
      }
    } finally {
      await page.close();
    }
  }
  return results;
}

/** "id "ASI sedikit" → /id/cara-asi-keluar/, got /id/a/, /id/b/, /id/c/" */
export const describeRank = (r: RankedQuery) => `${r.locale} "${r.query}" → ${r.expected}, got ${r.top.length ? r.top.join(', ') : 'no results'}`;

/** The bench's lines: the share ranked first, then every query that is not. */
export function firstPlaceReport(results: readonly RankedQuery[]): string[] {
  const first = results.filter((r) => r.rank === 1).length;
  const top3 = results.filter((r) => r.rank >= 1).length;
  const pct = (n: number) => `${((100 * n) / results.length).toFixed(0)} %`;
  const lines = [`  first: ${first} of ${results.length} (${pct(first)}); in the top 3: ${top3} (${pct(top3)})`];
  const notFirst = results.filter((r) => r.rank !== 1);
  if (notFirst.length > 0) lines.push('  not first:', ...notFirst.map((r) => `    ${r.rank ? `#${r.rank}` : 'out'} ${describeRank(r)}`));
  return lines;
}
