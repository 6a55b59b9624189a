/**
 * Short links (content/short-links.yaml): the addresses print puts under its QR codes, /s/<code>/, each a static
 * page that sends the reader on to a content page. Short, lower-case codes keep the printed URL short, so the QR
 * code has fewer, larger modules and survives a photocopy. Paper cannot be recalled, so a code is kept forever.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'zod';
import { ContentError } from './errors.ts';
import { CONTENT_DIR } from './layout.ts';

export const SHORT_LINKS_FILE = `${CONTENT_DIR}/short-links.yaml`;

/** The folder of the site the short links live in: /s/<code>/ */
export const SHORT_LINK_BASE = '/s/';

const shortLinkSchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9]{2,12}$/, '2 to 12 lowercase letters or digits'),
  locale: z.string().regex(/^[a-z]{2,3}$/, 'a language folder of content/, such as id'),
  page: z.string().regex(/^[a-z0-9-]+$/, "a page's key"),
  anchor: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'a section id without "#"')
    .optional(),
});

export type ShortLink = z.infer<typeof shortLinkSchema>;

/** The short links in `text` (the YAML), checked; problems name the file and the entry. */
export function parseShortLinks(text: string, file = SHORT_LINKS_FILE): ShortLink[] {
  let data: unknown;
  try {
    data = load(text);
  } catch (error) {
    throw new ContentError([{ file, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` }]);
  }
  if (!Array.isArray(data)) throw new ContentError([{ file, message: 'must be a list of short links (- code: …, locale: …, page: …)' }]);
  const problems: { file: string; field: string; message: string }[] = [];
  const links: ShortLink[] = [];
  const seen = new Set<string>();
  data.forEach((entry, index) => {
    const parsed = shortLinkSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file, field: [index, ...issue.path].join('.'), message: issue.message });
      return;
    }
    if (seen.has(parsed.data.code)) problems.push({ file, field: `${index}.code`, message: `"${parsed.data.code}" is used twice; each code opens one page` });
    seen.add(parsed.data.code);
    links.push(parsed.data);
  });
  if (problems.length > 0) throw new ContentError(problems);
  return links;
}

let cached: { root: string; links: ShortLink[] } | undefined;

/** The committed short links, read once from content/ under `root` (the working folder, where every command runs). */
export function loadShortLinks(root = process.cwd()): ShortLink[] {
  if (cached?.root === root) return cached.links;
  const links = parseShortLinks(readFileSync(join(root, SHORT_LINKS_FILE), 'utf8'));
  cached = { root, links };
  return links;
}

/** The path of a short link on the site: /s/pijat/ */
export const shortLinkPath = (code: string): string => `${SHORT_LINK_BASE}${code}/`;

/** The short link that opens page `key` of `locale` (no anchor), if there is one. */
export const shortLinkFor = (links: ShortLink[], locale: string, key: string): ShortLink | undefined =>
  links.find((l) => l.locale === locale && l.page === key && !l.anchor);
