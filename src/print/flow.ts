/** Flowing blocks of known height into columns: pure arithmetic, in points. */

export interface Runs {
  /** Block indexes of each run, in order. */
  runs: number[][];
  /** Height of each run, the first one's offset included. */
  totals: number[];
}

/**
 * Splits blocks, kept in order, into `count` runs so that the tallest run is as short as possible.
 * The first run starts `firstOffset` down (under a heading); blocks in a run are `gap` apart.
 */
export function balanceRuns(heights: number[], count: number, firstOffset: number, gap: number): Runs {
  const runHeight = (from: number, to: number, first: boolean) =>
    heights.slice(from, to).reduce((sum, h, i) => sum + h + (i > 0 ? gap : 0), first ? firstOffset : 0);
  let best: { cuts: number[]; tallest: number } | undefined;
  const search = (from: number, runsLeft: number, cuts: number[], tallest: number) => {
    const first = cuts.length === 0;
    if (runsLeft === 1) {
      const t = Math.max(tallest, runHeight(from, heights.length, first));
      if (!best || t < best.tallest - 1e-6) best = { cuts: [...cuts, heights.length], tallest: t };
      return;
    }
    for (let to = from; to <= heights.length; to++) {
      search(to, runsLeft - 1, [...cuts, to], Math.max(tallest, runHeight(from, to, first)));
    }
  };
  search(0, count, [], 0);
  const runs: number[][] = [];
  const totals: number[] = [];
  let from = 0;
  for (const to of best!.cuts) {
    runs.push(Array.from({ length: to - from }, (_, i) => from + i));
    totals.push(runHeight(from, to, from === 0 && runs.length === 1));
    from = to;
  }
  return { runs, totals };
}
