/**
 * After Pagefind has written dist/pagefind/: drop the files Lancar never loads, and tell each search page (in a JSON
 * block search.ts reads) which files its language's first search needs, so it fetches them side by side as soon as
 * the page has painted instead of one after another as Pagefind discovers them (budget: first results within
 * 2 s on slow 4G), and each page's title and address, so results show as soon as the search has run, before their
 * excerpts (one more round trip) arrive.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { walk } from './output.ts';

export interface PagefindEntry {
  version: string;
  /** Per language code: the metadata file's hash and the stemming wasm's language (null: no stemmer). */
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/** SearchForm marks the search pages' form with this attribute; those pages get the search data. */
export const SEARCH_PAGE_MARK = 'data-search-page';

export function readEntry(pagefindDir: string): { entry: PagefindEntry; tag: string } {
  const text = readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8');
  // The entry names every index file by its hash, so its digest changes whenever the index does: a safe cache tag.
  return { entry: JSON.parse(text) as PagefindEntry, tag: createHash('sha256').update(text).digest('hex').slice(0, 10) };
}

/** The index Pagefind picks for a page's <html lang>: the exact code, else the code before "-"; its key in the entry. */
export function languageCode(entry: PagefindEntry, lang: string): string | undefined {
  const code = lang.toLowerCase();
  return [code, code.split('-')[0]!].find((c) => c in entry.languages);
}

/**
 * Files in dist/pagefind that nothing asks for: Pagefind's ready-made interfaces (Lancar has its own small script),
 * its web worker (the search runs on the page, where the preloaded files are), and the stemmer-less wasm when every
 * language has a stemmer.
 */
export function unusedFiles(files: string[], entry: PagefindEntry): string[] {
  const needsUnknown = Object.values(entry.languages).some((l) => !l.wasm);
  return files.filter(
    (file) => /^pagefind-(.+-)?ui\.(js|css)$|^pagefind-(highlight|worker)\.js$/.test(file) || (file === 'wasm.unknown.pagefind' && !needsUnknown),
  );
}

/** Pagefind's page id (its fragment's name) → [address, title], for every page in one language's index. */
export function pagesOf(pagefindDir: string, code: string): Record<string, [string, string]> {
  const pages: Record<string, [string, string]> = {};
  const dir = join(pagefindDir, 'fragment');
  for (const file of readdirSync(dir).filter((f) => f.startsWith(`${code}_`) && f.endsWith('.pf_fragment'))) {
    // Each fragment is gzip holding Pagefind's signature, then the page's JSON.
    const fragment = JSON.parse(
      gunzipSync(readFileSync(join(dir, file)))
        .subarray(12)
        .toString('utf8'),
    ) as { url: string; meta: { title?: string } };
    pages[file.replace(/\.pf_fragment$/, '')] = [fragment.url, fragment.meta.title ?? fragment.url];
  }
  return pages;
}

/** What search.ts needs to start at once: the tag Pagefind's entry is asked under, the files to fetch, the pages. */
export interface SearchData {
  tag: string;
  preload: string[];
  pages: Record<string, [string, string]>;
}

export function searchData(pagefindDir: string, entry: PagefindEntry, code: string, tag: string): SearchData {
  const index = entry.languages[code]!;
  const files = [`pagefind-entry.json?ts=${tag}`, `pagefind.${index.hash}.pf_meta`, `wasm.${index.wasm ?? 'unknown'}.pagefind`];
  return { tag, preload: files.map((file) => `/pagefind/${file}`), pages: pagesOf(pagefindDir, code) };
}

/** JSON inside a <script> element: "<" escaped, so no title can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Drops the unused files and adds the search data to every search page under dist; returns the pages changed. */
export function linkSearchPages(dist: string): string[] {
  const pagefindDir = join(dist, 'pagefind');
  const { entry, tag } = readEntry(pagefindDir);
  for (const file of unusedFiles(readdirSync(pagefindDir), entry)) rmSync(join(pagefindDir, file));
  const changed: string[] = [];
  for (const file of walk(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes(SEARCH_PAGE_MARK)) continue;
    const page = relative(dist, file);
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
    const code = lang && languageCode(entry, lang);
    if (!code) {
      throw new Error(`${page}: a search page in language "${lang ?? '(none)'}", but Pagefind indexed no page in it; mark some of its pages searchable`);
    }
    const data = `<script type="application/json" id="search-data">${scriptJson(searchData(pagefindDir, entry, code, tag))}</script>`;
    writeFileSync(file, html.replace('</head>', `${data}</head>`));
    changed.push(page);
  }
  return changed;
}
