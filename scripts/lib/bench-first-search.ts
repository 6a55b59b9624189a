/**
 * The first search over a built dist/, for `npm run bench -- --scale --first-search`: Chromium under Lighthouse's
 * mobile throttling (slow 4G, 4× CPU: the first profile of ./first-search.ts), three rounds, both search pages.
 */
import { serveDist } from '../../tests/helpers/serve.ts';
import { measureFirstSearch, PROFILES } from './first-search.ts';

export interface FirstSearchCost {
  /** Bytes (headers and bodies) of the larger of the two first searches (one per search page), last round. */
  bytes: number;
  /** The slower of the two: ms from navigation start until the first results showed, median of the rounds. */
  firstResult: number;
}

export async function firstSearchCost(dist: string, rounds = 3): Promise<FirstSearchCost> {
  const site = await serveDist(dist);
  try {
    const results = await measureFirstSearch(site.origin, rounds, [PROFILES[0]!]);
    return { bytes: Math.max(...results.map((r) => r.bytes)), firstResult: Math.max(...results.map((r) => r.firstResult)) };
  } finally {
    await site.close();
  }
}
