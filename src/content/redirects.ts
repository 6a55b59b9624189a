/**
 * Redirects (content/redirects.yaml), read through the content door: an address that once worked and now lives
 * elsewhere. A page's old address gets a static redirect page and a `_redirects` rule; a renamed section
 * (`/id/bukti/#old` → `/id/bukti/#new`) gets an empty element with the old id next to the new one, since a server
 * never sees the part after "#".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, YAMLException } from 'js-yaml';
import { ContentError, type Problem } from './errors.ts';
import { parseWithFriendlyErrors } from './friendly-errors.ts';
import { redirectsSchema } from './schemas/redirect.ts';

export const REDIRECTS_FILE = 'content/redirects.yaml';

export interface Redirect {
  from: string;
  to: string;
}

/** `/id/bukti/#old` → { path: '/id/bukti/', anchor: 'old' } */
export function splitUrl(url: string): { path: string; anchor?: string } {
  const [path, anchor] = url.split('#') as [string, string | undefined];
  return anchor ? { path, anchor } : { path };
}

/** The entries of content/redirects.yaml (none when the file is absent). Throws ContentError. */
export function readRedirects(root = process.cwd()): Redirect[] {
  const file = join(root, REDIRECTS_FILE);
  if (!existsSync(file)) return [];
  let data: unknown;
  try {
    data = load(readFileSync(file, 'utf8')) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    throw new ContentError([{ file: `${REDIRECTS_FILE}:${error.mark.line + 1}`, message: `is not valid YAML: ${error.reason}` }]);
  }
  const parsed = parseWithFriendlyErrors(redirectsSchema, data, REDIRECTS_FILE);
  if (!parsed.success) throw new ContentError(parsed.problems);
  return Object.entries(parsed.data).map(([from, to]) => ({ from, to }));
}

/**
 * What can be checked before Astro runs: an old address must not be a page or short link that exists, a section moves within
 * its page (a static site cannot send "#old" to another page), and no chains. Whether each `to` exists is checked
 * on the built site (scripts/lib/urls.ts), where files and section ids are known.
 */
export function redirectProblems(redirects: readonly Redirect[], livePaths: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const froms = new Set(redirects.map((r) => r.from));
  for (const { from, to } of redirects) {
    const at = { file: REDIRECTS_FILE, field: from };
    const source = splitUrl(from);
    const target = splitUrl(to);
    if (!source.anchor && livePaths.has(source.path))
      problems.push({
        ...at,
        message: `${from} is a live address of the site (a page or a short link); a redirect is only for an address that no longer exists, so remove this entry`,
      });
    if (source.anchor && source.path !== target.path)
      problems.push({
        ...at,
        message: `a section (#${source.anchor}) can only be sent to another section of the same page (${source.path}#…): browsers never send the part after "#" to the server`,
      });
    if (source.anchor && !target.anchor) problems.push({ ...at, message: `the old section must lead to a section: write ${source.path}#<new-id>` });
    if (froms.has(to)) problems.push({ ...at, message: `leads to ${to}, which is itself redirected; point it straight at the final address` });
    if (from === to) problems.push({ ...at, message: 'leads to itself' });
  }
  return problems;
}
