/** Pure parts of the every-page script, for tests. */

/**
 * The hash to open the twin page at: a step anchor in this language (#langkah-3) becomes the same step in the
 * other (#step-3); any other hash (glossary terms share their ids) is kept as it is.
 */
export function stepHashInOtherLanguage(hash: string, ownAnchor: string | undefined, otherAnchor: string | undefined): string {
  if (!hash || hash === '#') return '';
  const step = ownAnchor && otherAnchor ? new RegExp(`^#${ownAnchor}-(\\d+)$`).exec(hash) : null;
  return step ? `#${otherAnchor}-${step[1]}` : hash;
}

/**
 * Whether the header (with the danger-signs link) may stay at the top while the reader scrolls: only while it takes
 * a small part of the screen. With large text or zoom it wraps to several lines, and a header that stayed would hide
 * the page it is meant to serve.
 */
export const HEADER_SHARE = 0.2;
export function headerMayStay(headerHeight: number, viewportHeight: number): boolean {
  return headerHeight > 0 && viewportHeight > 0 && headerHeight <= viewportHeight * HEADER_SHARE;
}
