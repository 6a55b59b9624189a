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

interface Fragment {
  url: string;
  content: string;
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
});
