/** Flowing blocks of known height into columns: pure arithmetic, in points. */

export interface Runs {
  /** Block indexes of each run, in order. */
  runs: number[][];
  /** Height of each run, the first one's offset included. */
  totals: number[];
}

/**
 * Splits blocks, kept in order, into `count` runs so that the tallest run is as short as possible and, among
 * equally short ones, the runs are most even (least sum of squared heights), so no panel is left half empty.
 * The first run starts `firstOffset` down (under a heading); blocks in a run are `gap` apart.
 */
export function balanceRuns(heights: number[], count: number, firstOffset: number, gap: number): Runs {
  const runHeight = (from: number, to: number, first: boolean) =>
    heights.slice(from, to).reduce((sum, h, i) => sum + h + (i > 0 ? gap : 0), first ? firstOffset : 0);
  let best: { cuts: number[]; tallest: number; squares: number } | undefined;
  const search = (from: number, runsLeft: number, cuts: number[], tallest: number, squares: number) => {
    const first = cuts.length === 0;
    if (runsLeft === 1) {
      const last = runHeight(from, heights.length, first);
      const t = Math.max(tallest, last);
      const sq = squares + last * last;
      if (!best || t < best.tallest - 1e-6 || (t < best.tallest + 1e-6 && sq < best.squares - 1e-6)) {
        best = { cuts: [...cuts, heights.length], tallest: t, squares: sq };
      }
      return;
    }
    for (let to = from; to <= heights.length; to++) {
      const h = runHeight(from, to, first);
      search(to, runsLeft - 1, [...cuts, to], Math.max(tallest, h), squares + h * h);
    }
  };
  search(0, count, [], 0, 0);
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
