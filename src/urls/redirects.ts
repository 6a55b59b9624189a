/**
 * Which old or near-miss addresses get a static redirect page, and the `_redirects` file for hosts that read one
 * (Netlify, Cloudflare Pages). Pure: the Astro route (src/pages/[...moved].astro) and the build (scripts/lib/urls.ts)
 * both call it, so the pages and the rules always agree.
 */
import { type Redirect, splitUrl } from '../content/redirects.ts';

export interface PageRef {
  locale: string;
  key: string;
  slug: string;
}

/** Top-level folders that are not pages; a slug with one of these names gets no alias. */
const RESERVED = new Set(['s', 'illustrations', 'og', '_astro', 'pagefind', 'share']);

/**
 * A page's address without its language, `/pijat-oksitosin/` → `/id/pijat-oksitosin/`: what a reader types when
 * they drop the `/id/`. A slug used by two languages for the same page goes to the first language (Indonesian);
 * a slug used by two different pages, or taken by a folder or a redirect, gets no alias.
 */
export function noLocaleAliases(pages: readonly PageRef[], locales: readonly string[], taken: ReadonlySet<string> = new Set()): Redirect[] {
  const bySlug = new Map<string, PageRef[]>();
  for (const page of pages) if (page.slug) bySlug.set(page.slug, [...(bySlug.get(page.slug) ?? []), page]);
  const aliases: Redirect[] = [];
  for (const [slug, owners] of bySlug) {
    const from = `/${slug}/`;
    if (RESERVED.has(slug) || locales.includes(slug) || taken.has(from)) continue;
    if (new Set(owners.map((p) => p.key)).size > 1) continue;
    const owner = [...owners].sort((a, b) => locales.indexOf(a.locale) - locales.indexOf(b.locale))[0]!;
    aliases.push({ from, to: `/${owner.locale}/${slug}/` });
  }
  return aliases.sort((a, b) => a.from.localeCompare(b.from));
}

/** The redirects that become a static page at their old address: pages, not sections (#…) and not files. */
export const pageRedirects = (redirects: readonly Redirect[]): Redirect[] => redirects.filter((r) => !r.from.includes('#') && r.from.endsWith('/'));

/** A renamed section: the old id to leave in the page next to the new one. */
export interface AnchorAlias {
  page: string;
  oldId: string;
  newId: string;
}

export function anchorAliases(redirects: readonly Redirect[]): AnchorAlias[] {
  return redirects.flatMap(({ from, to }) => {
    const source = splitUrl(from);
    const target = splitUrl(to);
    return source.anchor && target.anchor ? [{ page: source.path, oldId: source.anchor, newId: target.anchor }] : [];
  });
}

/**
 * `_redirects` (Netlify and Cloudflare Pages: `from to status`, one rule a line, the first match wins). Moved pages
 * and files, short links and language-less aliases as 301s; sections are left out, since no server sees "#".
 * On Cloudflare a rule applies even where a file exists, so the static redirect pages are a fallback there; Netlify
 * serves the file first (no "!" here: Cloudflare does not read it), which is the same static redirect. The 404
 * rules are Netlify's way to serve a language's own 404 page; Cloudflare finds the nearest 404.html by itself and
 * ignores a rule with status 404.
 */
export function redirectsFile(groups: {
  moved: readonly Redirect[];
  shortLinks: readonly Redirect[];
  aliases: readonly Redirect[];
  locales: readonly string[];
}): string {
  const rule = (r: Redirect) => `${r.from} ${r.to} 301`;
  return [
    '# Written by the build (scripts/lib/urls.ts) from content/redirects.yaml, content/short-links.yaml and the',
    "# pages' slugs. Do not edit: change those files. Netlify and Cloudflare Pages read this file.",
    '',
    '# Moved pages and files (content/redirects.yaml)',
    ...groups.moved.filter((r) => !r.from.includes('#')).map(rule),
    '',
    '# Short links printed under QR codes (content/short-links.yaml)',
    ...groups.shortLinks.map(rule),
    '',
    '# Addresses typed without their language',
    ...groups.aliases.map(rule),
    '',
    "# Each language's own 404 page (Netlify; Cloudflare Pages finds the nearest 404.html itself)",
    ...groups.locales.map((l) => `/${l}/* /${l}/404.html 404`),
    '',
  ].join('\n');
}
