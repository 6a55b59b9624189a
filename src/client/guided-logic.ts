/**
 * The guided massage mode's decisions, as plain functions: the browser script (guided.ts) wires them to the page,
 * tests call them directly. Kept tiny because all of it travels inline in the page.
 */

/** 90 → "01:30": the step timer as a clock face, never negative; part of a second counts as a whole one. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
}

/** How far a finger must travel sideways before a swipe turns the page, in CSS pixels. */
export const SWIPE_MIN = 60;

/**
 * A finished gesture's movement → 1 (next step: finger moved left), -1 (previous: moved right) or 0 (a tap, a
 * wobble, or scrolling: mostly vertical movement is never a swipe, so reading down the page turns nothing).
 */
export function swipeDirection(dx: number, dy: number, min = SWIPE_MIN): -1 | 0 | 1 {
  // Written as "not a swipe unless…" so a gesture with no recorded start (NaN) is never one.
  if (!(Math.abs(dx) >= min && Math.abs(dx) >= 2 * Math.abs(dy))) return 0;
  return dx < 0 ? 1 : -1;
}

/** "#langkah-3" with anchor "langkah" and 7 steps → 2 (counted from 0); anything else → -1. */
export function stepFromHash(hash: string, anchor: string, total: number): number {
  const match = /^#?([a-z]+)-(\d+)$/.exec(hash);
  if (!match || match[1] !== anchor) return -1;
  const n = Number(match[2]);
  return n >= 1 && n <= total ? n - 1 : -1;
}
