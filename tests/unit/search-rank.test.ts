/** The title re-ranking of search results (src/client/search-rank.ts). */
import { describe, expect, it } from 'vitest';
import { byTitleAnswer, titleCoverage } from '../../src/client/search-rank.ts';

describe('title re-ranking', () => {
  it('measures the share of the title the query holds, by whole words or their beginnings', () => {
    expect(titleCoverage('cara pijat oksitosin', 'Pijat oksitosin')).toBe(1);
    expect(titleCoverage('cara pijat oksitosin', 'Bukti tentang pijat oksitosin')).toBe(0.5);
    expect(titleCoverage('oksito', 'Pijat oksitosin')).toBe(0.5);
    expect(titleCoverage('memerah', 'Memerah ASI dengan tangan')).toBe(0.25);
    expect(titleCoverage('asi', '')).toBe(0);
    // Two letters are too few to stand for a longer word.
    expect(titleCoverage('pi', 'Pijat')).toBe(0);
  });

  it('puts the page whose title answers the query above close scores with longer titles', () => {
    const titles: Record<string, string> = { a: 'Bukti tentang pijat oksitosin', b: 'Pijat oksitosin', c: 'Glosarium' };
    const results = [
      { id: 'a', score: 2.89 },
      { id: 'b', score: 2.88 },
      { id: 'c', score: 2.5 },
    ];
    expect(byTitleAnswer(results, 'cara pijat oksitosin', (id) => titles[id]).map((r) => r.id)).toEqual(['b', 'a', 'c']);
    // A far better body match still wins over a title match.
    expect(byTitleAnswer([{ id: 'c', score: 9 }, ...results], 'pijat oksitosin', (id) => titles[id])[0]!.id).toBe('c');
    // Unknown titles keep their order.
    expect(byTitleAnswer(results, 'x', () => undefined).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});
