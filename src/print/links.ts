/**
 * The addresses print puts under its QR codes: the page's short link (/s/<code>/, content/short-links.yaml) when it
 * has one, so the QR code stays small and sturdy, else the page's full address. Both live on the site print is
 * built for (LANCAR_SITE_URL, carried in the pages' URLs).
 */
import { ContentError } from '../content/errors.ts';
import { shortLinkFor, shortLinkPath } from '../content/short-links.ts';
import type { PrintContent } from './content.ts';
import { mm } from './units.ts';

export interface PrintedLink {
  /** What the QR code holds. */
  url: string;
  /** What is printed under it: the address without "https://". */
  label: string;
}

export function printedLink(content: Pick<PrintContent, 'locale' | 'urls' | 'shortLinks'>, key: string): PrintedLink {
  const page = content.urls[key];
  if (!page) throw new ContentError([{ file: `content/${content.locale}/`, message: `print needs the page with key "${key}"; add it` }]);
  const short = shortLinkFor(content.shortLinks, content.locale, key);
  const url = short ? new URL(shortLinkPath(short.code), page).href : page;
  return { url, label: url.replace(/^https?:\/\//, '') };
}

/**
 * Points: the type size for a printed address in a column `widthMm` wide, from `largest` down to 9 pt, so a long
 * site address still prints on one line (Atkinson Hyperlegible Bold's letters average about 0.62 em; an estimate
 * on the safe side, as an address must not break).
 */
export function addressSize(label: string, widthMm: number, largest: number): number {
  const fits = mm(widthMm) / (label.length * 0.62);
  return Math.max(9, Math.min(largest, Math.floor(fits * 2) / 2));
}
