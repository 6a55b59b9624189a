/**
 * The addresses print puts under its QR codes: the page's short link (/s/<code>/, content/short-links.yaml) when it
 * has one, so the QR code stays small and sturdy, else the page's full address. Both live on the site print is
 * built for (LANCAR_SITE_URL, carried in the pages' URLs).
 */
import { ContentError } from '../content/errors.ts';
import { loadShortLinks, shortLinkFor, shortLinkPath, type ShortLink } from '../content/short-links.ts';
import type { PrintContent } from './content.ts';

export interface PrintedLink {
  /** What the QR code holds. */
  url: string;
  /** What is printed under it: the address without "https://". */
  label: string;
}

export function printedLink(content: Pick<PrintContent, 'locale' | 'urls'>, key: string, links: ShortLink[] = loadShortLinks()): PrintedLink {
  const page = content.urls[key];
  if (!page) throw new ContentError([{ file: `content/${content.locale}/`, message: `print needs the page with key "${key}"; add it` }]);
  const short = shortLinkFor(links, content.locale, key);
  const url = short ? new URL(shortLinkPath(short.code), page).href : page;
  return { url, label: url.replace(/^https?:\/\//, '') };
}
