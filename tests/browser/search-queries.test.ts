/**
 * The query set (tests/fixtures/search-queries.ts): every everyday query finds the page that answers it among the
 * first three results the search page shows, in both languages. A failure names each query and the three it got.
 */
import { describe, expect, it } from 'vitest';
import { describeRank, rankQueries } from '../../scripts/lib/search-queries.ts';
import { SEARCH_QUERIES } from '../fixtures/search-queries.ts';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { realContent } from '../helpers/content.ts';

const env = useSiteAndBrowser();

describe('the query set', () => {
  it('has at least 60 queries, about half in each language', () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(60);
    const id = SEARCH_QUERIES.filter(([l]) => l === 'id').length;
    expect(id / SEARCH_QUERIES.length).toBeGreaterThan(0.4);
    expect(id / SEARCH_QUERIES.length).toBeLessThan(0.6);
  });

  it('finds every expected page in the top 3', { timeout: 180_000 }, async () => {
    const results = await rankQueries(env.browser, env.origin, realContent(), SEARCH_QUERIES);
    const missed = results.filter((r) => r.rank === 0).map(describeRank);
    expect(missed, `${missed.length} of ${results.length} queries missed the top 3:\n${missed.join('\n')}`).toEqual([]);
  });
});
