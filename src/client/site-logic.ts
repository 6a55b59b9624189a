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
