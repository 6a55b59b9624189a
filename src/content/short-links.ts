/**
 * Short links (content/short-links.yaml, read through the content door like every content file): the addresses
 * print puts under its QR codes, /s/<code>/, each a static page that sends the reader on to a content page. Short,
 * lower-case codes keep the printed URL short, so the QR code has fewer, larger modules and survives a photocopy.
 * Paper cannot be recalled, so a code is kept forever.
 */
import type { Problem } from './errors.ts';
import type { ShortLinkTarget } from './schemas/index.ts';

export const SHORT_LINKS_FILE = 'content/short-links.yaml';

/** The folder of the site the short links live in: /s/<code>/ */
export const SHORT_LINK_BASE = '/s/';

export interface ShortLink extends ShortLinkTarget {
  /** What follows /s/: the entry's key in the file. */
  code: string;
}

const CODE = /^[a-z0-9]{2,12}$/;

/** The path of a short link on the site: /s/pijat/ */
export const shortLinkPath = (code: string): string => `${SHORT_LINK_BASE}${code}/`;

/** The short link that opens page `key` of `locale` (no anchor), if there is one. */
export const shortLinkFor = (links: readonly ShortLink[], locale: string, key: string): ShortLink | undefined =>
  links.find((l) => l.locale === locale && l.page === key && !l.anchor);

/** Codes of the wrong form, and links to a language or page that does not exist, each named by its code. */
export function shortLinkProblems(links: readonly ShortLink[], pageKeys: ReadonlyMap<string, ReadonlySet<string>>): Problem[] {
  const problems: Problem[] = [];
  for (const link of links) {
    const at = { file: SHORT_LINKS_FILE, field: link.code };
    if (!CODE.test(link.code)) problems.push({ ...at, message: 'a code is 2 to 12 lowercase letters or digits, so the printed address stays short' });
    const keys = pageKeys.get(link.locale);
    if (!keys) problems.push({ ...at, message: `opens a page of "${link.locale}", which is not a language of content/` });
    else if (!keys.has(link.page))
      problems.push({
        ...at,
        message: `opens page "${link.page}" of "${link.locale}", which does not exist; a short link is kept forever, so restore the page or point the link at the page that replaced it`,
      });
  }
  return problems;
}
