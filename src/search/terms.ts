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
 * Pagefind returns metadata with a result's data; search.ts shows only the title.
 */

/** The Pagefind metadata field holding a page's search terms. */
export const SEARCH_TERMS_FIELD = 'terms';

/** The <meta> element's attributes: a name of our own (HTML wants one), the terms, and Pagefind's capture. */
export function searchTermsMeta(terms: readonly string[]): Record<string, string> | undefined {
  if (terms.length === 0) return undefined;
  // Commas keep the terms apart for a reader of the source; Pagefind splits on whitespace and drops the commas.
  return { name: 'lancar-search-terms', content: terms.join(', '), 'data-pagefind-meta': `${SEARCH_TERMS_FIELD}[content]` };
}
