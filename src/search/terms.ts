/**
 * A page's `searchTerms` (the words readers search with that its text does not use) go to Pagefind as metadata,
 * never as text. Read in Pagefind 1.6's source (pagefind/src/fossick/parser.rs, fossick/mod.rs,
 * pagefind_web/src/search.rs):
 *
 * - Pagefind reads HTML, not CSS or the accessibility tree: an element with `hidden`, `display: none` or a
 *   visually-hidden class inside `data-pagefind-body` is indexed as ordinary text, so its words become part of the
 *   page's content, and excerpts are cut from that content (weighted words even pull the excerpt towards them).
 *   Hidden words would show in result excerpts, and a visually-hidden class would read them to screen readers.
 * - `data-pagefind-weight` only scales text that is indexed as content: the same problem, louder.
 * - `data-pagefind-ignore` keeps an element out of the index altogether: its words are not searchable.
 * - Metadata (`data-pagefind-meta`), since Pagefind 1.5, is searched alongside the text: each field's words are
 *   split and stemmed with the page's language like body words and stored with the field's id, not in the content
 *   (so never in an excerpt); a page whose only match is in metadata is still found, and a match adds a boost of
 *   `metaWeights[field] × (the query words' IDF it matched) × coverage²` to the page's score. Metadata may sit
 *   anywhere, <head> included, and a <meta> element is never rendered nor read by a screen reader.
 *
 * So the terms are one <meta> in <head> whose content Pagefind captures as the field below, weighted by search.ts.
 * Pagefind returns metadata with a result's data; search.ts shows only the title. Once Pagefind has read the pages,
 * the build takes the element out again (`withoutSearchTerms`): the words are in the index, and the pages a reader
 * downloads carry not one byte of them (each page is held to 14 KB brotli).
 */

/** The Pagefind metadata field holding a page's search terms. */
export const SEARCH_TERMS_FIELD = 'terms';

/** The <meta> element's name: HTML wants one, and the build finds the element by it. */
const META_NAME = 'lancar-search-terms';

/** The <meta> element's attributes: a name of our own (HTML wants one), the terms, and Pagefind's capture. */
export function searchTermsMeta(terms: readonly string[]): Record<string, string> | undefined {
  if (terms.length === 0) return undefined;
  // Commas keep the terms apart for a reader of the source; Pagefind splits on whitespace and drops the commas.
  return { name: META_NAME, content: terms.join(', '), 'data-pagefind-meta': `${SEARCH_TERMS_FIELD}[content]` };
}

/** The element as Astro writes it: double-quoted attributes, whose values hold no '"' (Astro escapes it). */
const META_ELEMENT = new RegExp(`<meta name="${META_NAME}"(?:\\s+[\\w-]+="[^"]*")*\\s*/?>`, 'g');

/** A built page without its search-terms element (for after indexing); the same text when it has none. */
export const withoutSearchTerms = (html: string) => html.replace(META_ELEMENT, '');
