/**
 * Near-miss addresses, for the 404 pages' small script: what a static host cannot do (fold case, add a missing
 * language) and the closest pages to a mistyped one. Pure, so the unit tests call it directly.
 *
 * The edit distance is hand-written: Levenshtein over two rows is a dozen lines and a few hundred bytes minified,
 * where a fuzzy-matching library would cost more than the whole 404 page's budget; slugs are short (under 40
 * characters) and a language has about twenty pages, so the quadratic cost is a few thousand steps.
 */

/** Levenshtein distance: the fewest single-character insertions, deletions or substitutions from a to b. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Lowercase, no doubled "/", and a trailing "/" on a page address (one without a file extension). */
export function normalisePath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A broken %-escape: compare the address as typed.
  }
  const clean = decoded.toLowerCase().replace(/\/{2,}/g, '/');
  const last = clean.slice(clean.lastIndexOf('/') + 1);
  return last && !last.includes('.') ? `${clean}/` : clean;
}

/**
 * The published address a near-miss stands for, when fixing case, the trailing slash or a missing language finds
 * one (`/id/PIJAT-OKSITOSIN` → `/id/pijat-oksitosin/`, `/pijat-oksitosin` → `/id/pijat-oksitosin/`); languages are
 * tried in the order given. Undefined when none does, or when the address is already the one found.
 */
export function landingFor(path: string, known: readonly string[], locales: readonly string[]): string | undefined {
  const normal = normalisePath(path);
  const published = new Set(known);
  const found = published.has(normal) ? normal : locales.map((l) => `/${l}${normal}`).find((p) => published.has(p));
  return found && found !== path ? found : undefined;
}

/** The last non-empty part of an address: /id/pijat-oksitosin/ → pijat-oksitosin */
const lastSegment = (path: string) => path.split('/').filter(Boolean).pop() ?? '';

/** The candidates ordered by how close their last part is to the mistyped address's; ties keep their order. */
export function rankBySimilarity(path: string, candidates: readonly string[]): string[] {
  const typed = lastSegment(normalisePath(path));
  return candidates
    .map((candidate, index) => ({ candidate, index, distance: editDistance(typed, lastSegment(candidate)) }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .map((c) => c.candidate);
}
