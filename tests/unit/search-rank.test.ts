/** The title re-ranking of search results (src/client/search-rank.ts). */
import { describe, expect, it } from 'vitest';
import { bySomeWords, byTitleAnswer, queryWords, titleCoverage } from '../../src/client/search-rank.ts';

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

describe('pages holding some of the words, when none holds them all', () => {
  it('ranks pages by how many of the words they hold, then by their scores together', () => {
    const ranked = bySomeWords([
      [
        { id: 'home', score: 5 },
        { id: 'enough', score: 1 },
      ],
      [{ id: 'enough', score: 2 }],
      [
        { id: 'enough', score: 0.5 },
        { id: 'glossary', score: 9 },
      ],
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['enough', 'glossary', 'home']);
    expect(ranked[0]).toEqual({ id: 'enough', score: 3 * 3.5 });
  });

  it('shows each page through its best word, and searches each word once', () => {
    const best = { id: 'a', score: 4, via: 'rewel' };
    expect(bySomeWords([[{ id: 'a', score: 1, via: 'bayi' }], [best]])[0]!.via).toBe('rewel');
    expect(queryWords('Bayi rewel, bayi  a nyusu')).toEqual(['bayi', 'rewel', 'nyusu']);
  });
});
