/**
 * Every internal Markdown link of every page resolved, and reported at its source line. Twice: before Astro, the
 * page a link names must be a page of that language (a second, not a minute); after Astro, in the build's address
 * step (scripts/lib/urls.ts), the page or file must be in the staging site and the #section must be an id on it —
 * the ids the build really wrote (headings, steps, component sections, glossary terms, references).
 */
import type { Problem } from './errors.ts';
import { markdownLinks, parseMdx } from './mdx.ts';

/** A page as the link check reads it. */
export interface LinkedPage {
  locale: string;
  file: string;
  slug: string;
  source: string;
}

/** One internal link of a page: `/en/oxytocin-massage/#step-2` at content/en/x.mdx line 12. */
export interface InternalLink {
  file: string;
  line: number;
  path: string;
  anchor?: string;
}

/** Files the build writes after the address step: links to them cannot be checked there. */
const WRITTEN_LATER = [/^\/pagefind\//, /^\/sw\.js$/];

/** The internal links (starting with one "/") of every page, path and #anchor apart, query dropped. */
export function internalLinks(pages: readonly LinkedPage[]): InternalLink[] {
  return pages.flatMap((page) =>
    markdownLinks(parseMdx(page.source)).flatMap(({ url, line }) => {
      if (!url.startsWith('/') || url.startsWith('//')) return [];
      const [beforeAnchor = '', anchor] = url.split('#');
      const path = decodeURI(beforeAnchor.split('?')[0]!);
      return [{ file: page.file, line, path, ...(anchor ? { anchor: decodeURIComponent(anchor) } : {}) }];
    }),
  );
}

const at = (link: InternalLink, message: string): Problem => ({ file: link.file, field: `line ${link.line}`, message });
const shown = (link: InternalLink) => `${link.path}${link.anchor ? `#${link.anchor}` : ''}`;

/**
 * Before Astro: a link into a language's pages (/<locale>/…/) names a page of that language. Other paths (files,
 * /cite/, /s/…) and every #section wait for the built site.
 */
export function pageLinkProblems(pages: readonly LinkedPage[], locales: readonly string[]): Problem[] {
  const hrefs = new Set(pages.map((p) => `/${p.locale}/${p.slug ? `${p.slug}/` : ''}`));
  return internalLinks(pages).flatMap((link) => {
    const [, locale, ...rest] = link.path.split('/');
    const isPagePath = locale !== undefined && locales.includes(locale) && !/\.[a-z0-9]+$/i.test(link.path);
    if (!isPagePath || hrefs.has(link.path)) return [];
    const fix = link.path.endsWith('/') || rest.length === 0 ? '' : ` (page addresses end with "/": ${link.path}/)`;
    return [at(link, `links to ${shown(link)}, which is not a page of content/${locale}/${fix}; use the slug of an existing page`)];
  });
}

/** What the build's address step knows of the staging site: every path, and the ids of each page. */
export interface BuiltSite {
  paths: ReadonlySet<string>;
  ids: ReadonlyMap<string, ReadonlySet<string>>;
}

/** After Astro: every internal link leads to a page or file of the built site, and its #section is there. */
export function builtLinkProblems(links: readonly InternalLink[], site: BuiltSite): Problem[] {
  return links.flatMap((link) => {
    if (WRITTEN_LATER.some((rule) => rule.test(link.path))) return [];
    if (!site.paths.has(link.path)) return [at(link, `links to ${shown(link)}, which the site does not have; link to a page or file that exists`)];
    if (link.anchor && site.ids.has(link.path) && !site.ids.get(link.path)!.has(link.anchor)) {
      return [at(link, `links to ${shown(link)}, but ${link.path} has no section #${link.anchor}; use an id the page has (its headings, #langkah-N/#step-N…)`)];
    }
    return [];
  });
}
