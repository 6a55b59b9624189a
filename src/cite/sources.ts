/**
 * What is cited, from the content: a page (its title, key, slug and `checked` day) or the kit as a whole (ui.yaml's
 * site name and tagline, the release day from CHANGELOG.md), each at its stable canonical URL, with the kit's
 * version. Also where their citation files are published: /cite/<locale>-<page key>.<ext>, /cite/<locale>-kit.<ext>.
 * Keys, not slugs, name the files, so a translated or renamed slug keeps its citation files' addresses.
 */
import type { LocaleContent } from '../content/assemble.ts';
import { pageHref } from '../i18n/urls.ts';
import { CITATION_FILES, type CitationFileKind, type Citable } from './citation.ts';
import type { Release } from './release.ts';

/** The kit's own citation files use this in place of a page key; no page may have it as its key. */
export const KIT_KEY = 'kit';

export const citationFileName = (locale: string, key: string, kind: CitationFileKind) => `${locale}-${key}.${kind}`;
export const citationFileHref = (locale: string, key: string, kind: CitationFileKind) => `/cite/${citationFileName(locale, key, kind)}`;

/** The three files' addresses for one citation, by kind. */
export const citationFileHrefs = (locale: string, key: string): Record<CitationFileKind, string> =>
  Object.fromEntries(Object.keys(CITATION_FILES).map((kind) => [kind, citationFileHref(locale, key, kind as CitationFileKind)])) as Record<
    CitationFileKind,
    string
  >;

export interface PageToCite {
  key: string;
  slug: string;
  title: string;
  checked: string;
}

/** A page of one language, as its citation names it. */
export function pageCitable(content: LocaleContent, page: PageToCite, version: string, site: URL | string): Citable {
  const { ui, locale } = content;
  return {
    id: `lancar-${locale}-${page.key}`,
    title: page.title,
    lang: ui.locale.lang,
    version,
    day: page.checked,
    url: new URL(pageHref(locale, page.slug), site).href,
    author: ui.strings.siteName,
    words: ui.cite,
  };
}

/** The kit as a whole, in one language: "Lancar: <tagline>", at the language's home page, on its release day. */
export function kitCitable(content: LocaleContent, release: Release, site: URL | string): Citable {
  const { ui, locale } = content;
  return {
    id: `lancar-${locale}`,
    title: `${ui.strings.siteName}: ${ui.strings.tagline}`,
    lang: ui.locale.lang,
    version: release.version,
    day: release.day,
    url: new URL(pageHref(locale, ''), site).href,
    author: ui.strings.siteName,
    words: ui.cite,
  };
}
