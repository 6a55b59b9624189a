/** The PDF name of an embedded font subset. */
import { createHash } from 'node:crypto';

/**
 * A subset font's PDF name carries a six-letter tag (ISO 32000 9.6.4) that preflight tools read as "subset".
 * Neither pdf-lib nor its fork writes one, so it is made here, stable for the same content.
 */
export function subsetName(postscriptName: string, seed: string): string {
  const digest = createHash('sha256').update(postscriptName).update(seed).digest();
  const tag = [...digest.subarray(0, 6)].map((byte) => String.fromCharCode(65 + (byte % 26))).join('');
  return `${tag}+${postscriptName}`;
}
