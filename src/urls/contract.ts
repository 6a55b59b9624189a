/**
 * The URL contract: every address Lancar has published keeps working. The build collects the site's URLs from the
 * files it wrote (scanSite), compares them with the committed list, content/published-urls.txt (checkContract), and
 * fails on a listed URL that is gone without a redirect. Pure: files and HTML in, URLs and problems out.
 *
 * What is published (the rule the list is kept by):
 *   - every page, /<locale>/<slug>/, and every short link, /s/<code>/ (printed under QR codes);
 *   - every PDF, share picture (/<locale>/share/*.png) and drawing (/illustrations/*.svg);
 *   - the teaching files lecturers link from a syllabus or a course: each drawing's slide
 *     (/<locale>/slide/*.png|svg) and the knowledge test for Moodle (*.gift.txt);
 *   - the sections of a page a reader can be sent to: the id of a `section`, of an `h2`/`h3`, of a list item
 *     (steps #langkah-N/#step-N, references), of a table row (evidence reports), of a figure, and of a glossary
 *     entry (a `div` in a `dl`).
 *   Not published: `main` (the skip link's target), ids starting with `g-` (the guided mode's screens), a heading's
 *   id when its section carries the id (`…-h`: the section is the anchor), form controls and status regions; the
 *   link-preview cards, thumbnails, search index and scripts (they are found through the pages, never linked to);
 *   the citation files (/cite/*): a reader imports them once, and they follow their page (a removed page takes its
 *   citation files with it; the page's own redirect is what a reader needs);
 *   redirect pages other than short links, and the 404 pages.
 */
import { parse } from 'node-html-parser';
import { type Redirect, splitUrl } from '../content/redirects.ts';

export const URL_LIST_FILE = 'content/published-urls.txt';

export interface BuiltFile {
  /** Path inside the built site, with "/" separators: id/bukti/index.html */
  path: string;
  /** The file's text, for HTML files. */
  html?: string;
}

export interface SiteScan {
  /** The URLs the rule above publishes, sorted. */
  published: string[];
  /** Every address that answers: pages (redirect pages too) and files. */
  paths: Set<string>;
  /** Every id of each page, by page address: a listed section is kept if its id is still there. */
  ids: Map<string, Set<string>>;
}

const FILE_RULES = [/\.pdf$/, /^[a-z]{2,3}\/share\/[^/]+\.png$/, /^illustrations\/[^/]+\.svg$/, /^[a-z]{2,3}\/slide\/[^/]+\.(png|svg)$/, /\.gift\.txt$/];
const SECTION_TAGS = new Set(['SECTION', 'H2', 'H3', 'LI', 'TR', 'FIGURE']);

const isRedirectPage = (html: string) => /<meta[^>]+http-equiv="refresh"/i.test(html);

/** The ids of a page that the rule publishes. */
export function publishedIds(html: string): string[] {
  const ids: string[] = [];
  for (const element of parse(html).querySelectorAll('[id]')) {
    const id = element.id;
    if (id === 'main' || id.startsWith('g-')) continue;
    const parent = element.parentNode;
    const glossaryEntry = element.tagName === 'DIV' && parent?.tagName === 'DL';
    if (!SECTION_TAGS.has(element.tagName) && !glossaryEntry) continue;
    if (/^H[23]$/.test(element.tagName) && parent?.tagName === 'SECTION' && parent.id && id === `${parent.id}-h`) continue;
    ids.push(id);
  }
  return ids;
}

export function scanSite(files: readonly BuiltFile[]): SiteScan {
  const published = new Set<string>();
  const paths = new Set<string>();
  const ids = new Map<string, Set<string>>();
  for (const { path, html } of files) {
    if (path.endsWith('index.html')) {
      const url = `/${path.slice(0, -'index.html'.length)}`;
      paths.add(url);
      if (html === undefined) continue;
      if (isRedirectPage(html)) {
        if (url.startsWith('/s/')) published.add(url);
        continue;
      }
      // The language chooser at / is a page like any other.
      published.add(url);
      ids.set(
        url,
        new Set(
          parse(html)
            .querySelectorAll('[id]')
            .map((e) => e.id),
        ),
      );
      for (const id of publishedIds(html)) published.add(`${url}#${id}`);
      continue;
    }
    paths.add(`/${path}`);
    if (FILE_RULES.some((rule) => rule.test(path))) published.add(`/${path}`);
  }
  return { published: [...published].sort(), paths, ids };
}

export interface ContractResult {
  /** Listed URLs the build no longer answers, with no redirect: each stops the build. */
  missing: string[];
  /** URLs the build publishes that the list does not have yet. */
  added: string[];
}

/** Whether a listed URL still answers: the page or file exists (a redirect page counts), and so does the section. */
export function answers(url: string, site: SiteScan, redirects: readonly Redirect[]): boolean {
  if (redirects.some((r) => r.from === url)) return true;
  const { path, anchor } = splitUrl(url);
  if (!site.paths.has(path)) return redirects.some((r) => r.from === path);
  if (!anchor) return true;
  // A page that now redirects takes its sections with it (a host that reads _redirects keeps the "#…").
  if (redirects.some((r) => r.from === path)) return true;
  return site.ids.get(path)?.has(anchor) ?? false;
}

export function checkContract(listed: readonly string[], site: SiteScan, redirects: readonly Redirect[]): ContractResult {
  const known = new Set(listed);
  return {
    missing: listed.filter((url) => !answers(url, site, redirects)),
    added: site.published.filter((url) => !known.has(url)),
  };
}

/** What to tell the author about a URL that is gone. */
export function missingMessage(url: string): string {
  const { anchor } = splitUrl(url);
  const to = anchor ? `${splitUrl(url).path}#<new-id>` : 'the page readers should go to now';
  return `was published but this build no longer makes it; add a redirect in content/redirects.yaml from "${url}" to ${to}`;
}

const HEADER = [
  '# Every URL Lancar has published, one a line, sorted: pages, the sections readers are sent to, PDFs, share',
  '# pictures, short links and drawings (the rule is in src/urls/contract.ts). Kept like a lock file: the build adds',
  '# new URLs here (commit them; with CI set it fails instead), and fails when a listed URL disappears without a',
  '# redirect in content/redirects.yaml. Never delete a line: people have printed and cited these addresses.',
];

export function parseUrlList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

export function formatUrlList(urls: Iterable<string>): string {
  return `${[...HEADER, ...[...new Set(urls)].sort()].join('\n')}\n`;
}

/**
 * The old id kept for a renamed section: an empty span at the start of the element carrying the new id (inside its
 * first cell or term when that element is a table row or a glossary entry, where a span may not stand), so a link
 * to #old lands where the section starts and the HTML stays valid. Undefined when the page has no such id.
 */
export function addAnchorAlias(html: string, oldId: string, newId: string): string | undefined {
  const target = new RegExp(`<[a-zA-Z][a-zA-Z0-9]*(?:\\s[^>]*?)?\\sid="${newId}"[^>]*>`).exec(html);
  if (!target) return undefined;
  let at = target.index + target[0].length;
  const cell = /^\s*<(?:td|th|dt|dd|li)\b[^>]*>/.exec(html.slice(at));
  if (cell) at += cell[0].length;
  return `${html.slice(0, at)}<span id="${oldId}"></span>${html.slice(at)}`;
}
