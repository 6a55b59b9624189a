/**
 * The page whose title answers the query comes first. Pagefind boosts a page by the share of the query its title
 * covers, not by the share of the title the query covers: for "cara pijat oksitosin" every title holding "pijat
 * oksitosin" ("Bukti tentang pijat oksitosin", "Panduan kader: … pijat oksitosin") gets the same boost, and body
 * text decides. Here each result's score grows with the share of its title's words the query holds, squared, so
 * "Pijat oksitosin" (all of it) passes the longer titles (half or less). Measured on the query set without
 * search terms: 63 → 64 of 87 first, "cara pijat oksitosin" 2nd → 1st; with them, 81 either way, and Pagefind's
 * own title weight (metaWeights.title 10 instead of 5) changed nothing.
 */

/** A title's or query's words: lower case, letters and digits. */
const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** A query word matches a title word it begins (typing in progress) or that begins it (a suffix added). */
const matches = (q: string, t: string) => q === t || (q.length > 2 && t.length > 2 && (t.startsWith(q) || q.startsWith(t)));

/** The share of the title's words the query holds, 0 to 1. */
export function titleCoverage(query: string, title: string): number {
  const q = words(query);
  const t = words(title);
  return t.length === 0 ? 0 : t.filter((w) => q.some((qw) => matches(qw, w))).length / t.length;
}

/** Results re-ordered by Pagefind's score × (1 + coverage²); a result without a known title keeps its score. */
export function byTitleAnswer<R extends { id: string; score: number }>(results: readonly R[], query: string, titleOf: (id: string) => string | undefined): R[] {
  const score = (r: R) => r.score * (1 + titleCoverage(query, titleOf(r.id) ?? '') ** 2);
  return results
    .map((r) => [r, score(r)] as const)
    .sort((a, b) => b[1] - a[1])
    .map(([r]) => r);
}

/**
 * When no page holds every word (Pagefind finds only pages with all of them, so "bayi rewel minta nyusu terus"
 * finds nothing), the pages holding some: searched word by word, ranked by how many of the words each holds, then
 * by their scores together. Each page is shown through its best-scoring word's result (its excerpt).
 */
export function bySomeWords<R extends { id: string; score: number }>(perWord: readonly (readonly R[])[]): R[] {
  const pages = new Map<string, { best: R; words: number; total: number }>();
  for (const results of perWord) {
    for (const r of results) {
      const page = pages.get(r.id);
      if (!page) pages.set(r.id, { best: r, words: 1, total: r.score });
      else {
        page.words += 1;
        page.total += r.score;
        if (r.score > page.best.score) page.best = r;
      }
    }
  }
  return [...pages.values()].sort((a, b) => b.words - a.words || b.total - a.total).map(({ best, words, total }) => ({ ...best, score: words * total }));
}

/** The words worth searching alone: two letters or more, each once. */
export const queryWords = (query: string): string[] => [...new Set(words(query).filter((w) => w.length > 1))];
