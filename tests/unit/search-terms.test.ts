/** A page's search terms: the <meta> Pagefind reads, and the build taking it out again (src/search/terms.ts). */
import { describe, expect, it } from 'vitest';
import { SEARCH_TERMS_FIELD, searchTermsMeta, withoutSearchTerms } from '../../src/search/terms.ts';

describe('search terms', () => {
  it('become one metadata field for Pagefind, or nothing when a page has none', () => {
    expect(searchTermsMeta(['ASI seret', 'latch'])).toEqual({
      name: 'lancar-search-terms',
      content: 'ASI seret, latch',
      'data-pagefind-meta': `${SEARCH_TERMS_FIELD}[content]`,
    });
    expect(searchTermsMeta([])).toBeUndefined();
  });

  it('are taken out of a built page whole, escaped quotes and all, and nothing else with them', () => {
    const head = '<meta name="description" content="Pijat">';
    const terms = '<meta name="lancar-search-terms" content="a &quot;b&quot; &amp; c, d" data-pagefind-meta="terms[content]">';
    expect(withoutSearchTerms(`<head>${head}${terms}<link rel="icon"></head>`)).toBe(`<head>${head}<link rel="icon"></head>`);
    expect(withoutSearchTerms(`<head>${head}</head>`)).toBe(`<head>${head}</head>`);
  });
});
