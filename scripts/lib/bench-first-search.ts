/** The first search's bytes over a built dist/, for `npm run bench -- --scale --first-search`: Chromium, one round, slow 4G. */
import { serveDist } from '../../tests/helpers/serve.ts';
import { measureFirstSearch, PROFILES } from './first-search.ts';

/** Bytes (headers and bodies) of the larger of the two first searches (one per search page). */
export async function firstSearchBytes(dist: string): Promise<number> {
  const site = await serveDist(dist);
  try {
    const results = await measureFirstSearch(site.origin, 1, [PROFILES[0]!]);
    return Math.max(...results.map((r) => r.bytes));
  } finally {
    await site.close();
  }
}
