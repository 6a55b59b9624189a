/**
 * The build's URL step, after Astro and before anything is indexed or swapped: each language's 404 page moved to
 * /<locale>/404.html, renamed sections' old ids left in their pages, redirects checked against the built site,
 * `_redirects` written, and the site's URLs compared with content/published-urls.txt (src/urls/contract.ts).
 * Throws ContentError, so dist/ is never touched when an address would break.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Content } from '../../src/content/assemble.ts';
import { ContentError, type Problem } from '../../src/content/errors.ts';
import { builtLinkProblems, internalLinks } from '../../src/content/links.ts';
import { REDIRECTS_FILE, type Redirect, splitUrl } from '../../src/content/redirects.ts';
import { SHORT_LINKS_FILE, shortLinkPath } from '../../src/content/short-links.ts';
import { pageHref } from '../../src/i18n/urls.ts';
import { addAnchorAlias, checkContract, formatUrlList, missingMessage, parseUrlList, scanSite, URL_LIST_FILE } from '../../src/urls/contract.ts';
import { anchorAliases, noLocaleAliases, redirectsFile } from '../../src/urls/redirects.ts';
import { walk } from './output.ts';

const pageFile = (dist: string, path: string) => join(dist, path, 'index.html');

export interface UrlStep {
  lines: string[];
  /** Writes the updated list; called only once the whole build has succeeded. */
  commit: () => void;
}

export function applyUrlContract(dist: string, root: string, content: Content, redirects: Redirect[], ci: boolean): UrlStep {
  const lines: string[] = [];
  // Astro writes src/pages/[locale]/404.astro as <locale>/404/index.html; hosts look for <locale>/404.html.
  for (const locale of content.locales) {
    const built = join(dist, locale, '404', 'index.html');
    if (existsSync(built)) {
      renameSync(built, join(dist, locale, '404.html'));
      rmSync(join(dist, locale, '404'), { recursive: true });
    }
  }

  const problems: Problem[] = [];
  const at = (r: Redirect, message: string) => problems.push({ file: REDIRECTS_FILE, field: r.from, message });
  for (const alias of anchorAliases(redirects)) {
    const file = pageFile(dist, alias.page);
    const html = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    const changed = html === undefined ? undefined : addAnchorAlias(html, alias.oldId, alias.newId);
    const entry = redirects.find((r) => r.from === `${alias.page}#${alias.oldId}`)!;
    if (html === undefined) at(entry, `${alias.page} is not a page of the site`);
    else if (html.includes(` id="${alias.oldId}"`)) at(entry, `${alias.page} still has a section #${alias.oldId}; remove this entry`);
    else if (changed === undefined) at(entry, `${alias.page} has no section #${alias.newId}; use an id the page has (see ${URL_LIST_FILE})`);
    else writeFileSync(file, changed);
  }

  const files = walk(dist).map((file) => {
    const path = relative(dist, file).split(sep).join('/');
    return path.endsWith('.html') ? { path, html: readFileSync(file, 'utf8') } : { path };
  });
  const site = scanSite(files);
  for (const r of redirects) {
    const { path, anchor } = splitUrl(r.to);
    if (!site.paths.has(path)) at(r, `leads to ${r.to}, which the site does not have; point it at a page or file that exists`);
    else if (anchor && !site.ids.get(path)?.has(anchor)) at(r, `leads to ${r.to}, but ${path} has no section #${anchor}`);
    const from = splitUrl(r.from);
    if (!from.anchor && !from.path.endsWith('/') && site.paths.has(from.path)) at(r, `${r.from} is still published; remove this entry or the file`);
  }
  // Every internal link of every page, against what was really built, named at its line in the MDX source.
  const sources = content.locales.flatMap((locale) =>
    content.byLocale.get(locale)!.pages.map((p) => ({ locale, file: p.file, slug: p.data.slug, source: p.source })),
  );
  problems.push(...builtLinkProblems(internalLinks(sources), site));
  if (problems.length > 0) throw new ContentError(problems);

  const pages = content.locales.flatMap((locale) => content.byLocale.get(locale)!.pages.map((p) => ({ locale, key: p.data.key, slug: p.data.slug })));
  const aliases = noLocaleAliases(pages, content.locales, new Set(redirects.map((r) => r.from)));
  const shortLinks = content.locales.flatMap((locale) =>
    content.byLocale.get(locale)!.shortLinks.map((link) => {
      const page = pages.find((p) => p.locale === link.locale && p.key === link.page)!;
      return { from: shortLinkPath(link.code), to: `${pageHref(link.locale, page.slug)}${link.anchor ? `#${link.anchor}` : ''}` };
    }),
  );
  // A printed short link is kept forever: its #section must be on the page it opens.
  const lost = shortLinks.filter((l) => l.to.includes('#') && !site.ids.get(splitUrl(l.to).path)?.has(splitUrl(l.to).anchor!));
  if (lost.length > 0)
    throw new ContentError(
      lost.map((l) => ({ file: SHORT_LINKS_FILE, field: l.from.split('/')[2]!, message: `opens ${l.to}, but that page has no such section; fix anchor:` })),
    );
  writeFileSync(join(dist, '_redirects'), redirectsFile({ moved: redirects, shortLinks, aliases, locales: content.locales }));
  lines.push(`_redirects: ${redirects.length} moved, ${shortLinks.length} short links, ${aliases.length} addresses without a language`);

  const listFile = join(root, URL_LIST_FILE);
  const listed = existsSync(listFile) ? parseUrlList(readFileSync(listFile, 'utf8')) : [];
  const { missing, added } = checkContract(listed, site, redirects);
  if (missing.length > 0) throw new ContentError(missing.map((url) => ({ file: URL_LIST_FILE, field: url, message: missingMessage(url) })));
  if (added.length > 0 && ci)
    throw new ContentError(
      added.map((url) => ({
        file: URL_LIST_FILE,
        field: url,
        message: 'is published by this build but not listed; run `npm run build` without CI set, then commit content/published-urls.txt',
      })),
    );
  lines.push(`${site.published.length} published URLs, every one of the ${listed.length} listed still answers`);
  const commit = () => {
    if (added.length === 0) return;
    writeFileSync(listFile, formatUrlList([...listed, ...added]));
    process.stdout.write(`${added.length} new URL${added.length === 1 ? '' : 's'} added to ${URL_LIST_FILE}: commit ${added.length === 1 ? 'it' : 'them'}\n`);
    for (const url of added.slice(0, 20)) process.stdout.write(`      + ${url}\n`);
    if (added.length > 20) process.stdout.write(`      … and ${added.length - 20} more\n`);
  };
  return { lines, commit };
}
