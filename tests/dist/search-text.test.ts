/**
 * What Pagefind read from the built pages, as its excerpts show it: clean sentences. A glossary term once ran into
 * its definition ("Payudara bengkakPayudara terasa…"), and a source mark left out of the index left its space
 * behind ("bagi bayi . ASI").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readLocale } from '../helpers/content.ts';
import { distFile } from '../helpers/paths.ts';
import { pageHref } from '../../src/i18n/urls.ts';
import { SEARCH_TERMS_FIELD } from '../../src/search/terms.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Every page's fragment: gzip holding Pagefind's 12-byte signature, then the page's JSON. */
const fragments: Fragment[] = readdirSync(distFile('pagefind/fragment')).map(
  (file) =>
    JSON.parse(
      gunzipSync(readFileSync(distFile(`pagefind/fragment/${file}`)))
        .subarray(12)
        .toString('utf8'),
    ) as Fragment,
);

describe('the search index reads as clean text', () => {
  it('indexes every page of both languages it should', () => {
    expect(fragments.length).toBeGreaterThan(20);
  });

  it.each(fragments.map((f) => [f.url, f] as const))('%s has no space before a full stop, comma or colon', (_url, fragment) => {
    const spaced = [...fragment.content.matchAll(/.{0,20}\s[.,;:!?)].{0,10}/g)].map((m) => m[0]);
    expect(spaced).toEqual([]);
  });

  it.each(['id', 'en'])('(%s) keeps a space between each glossary term and its definition', (locale) => {
    const lc = readLocale(locale);
    const slug = lc.pages.find((p) => p.data.key === 'glossary')!.data.slug;
    const glossary = fragments.find((f) => f.url === `/${locale}/${slug}/`)!;
    expect(glossary).toBeDefined();
    const runTogether = [...lc.glossary.values()].filter((entry) => !glossary.content.includes(`${entry.term} ${entry.definition.split(' ')[0]}`));
    expect(runTogether.map((e) => e.term)).toEqual([]);
  });

  // A page's searchTerms are Pagefind metadata (src/search/terms.ts): searchable, but never in the text excerpts
  // are cut from, and gone from the page once Pagefind has read it.
  it.each(['id', 'en'])("(%s) indexes each page's search terms as metadata, never as text", (locale) => {
    const pages = readLocale(locale).pages.filter((p) => p.data.searchable && p.data.searchTerms.length > 0);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const url = pageHref(locale, page.data.slug);
      const fragment = fragments.find((f) => f.url === url);
      expect(fragment, url).toBeDefined();
      const terms = fragment!.meta[SEARCH_TERMS_FIELD]!;
      expect(terms, url).toBe(page.data.searchTerms.join(', '));
      expect(fragment!.content, url).not.toContain(terms);
      // Taken out of the served page once indexed: not a byte of them is downloaded.
      const html = readFileSync(distFile(`${url}index.html`), 'utf8');
      expect(html, url).not.toContain('data-pagefind-meta');
      expect(html.includes(terms) || html.includes(terms.replace(/&/g, '&amp;').replace(/"/g, '&quot;')), url).toBe(false);
    }
  });
});
