/**
 * The build step that moves the space before a `<Cite />` in a page into the citation itself.
 *
 * Authors write "bagi bayi <Cite id="…" />." On mother-facing pages the citation is a small mark that the search
 * index leaves out (data-pagefind-ignore), so the space before it stayed behind on its own: search excerpts read
 * "bagi bayi . ASI". Here the text before the citation loses its trailing space and the citation gets `spaced`;
 * the component writes that space back inside what it renders (inside the ignored mark, or before the author-year
 * link), so the page looks as before and the index reads "bagi bayi. ASI".
 */
import type { HastPluginEntry } from 'satteri';

export const citeSpacePlugin: HastPluginEntry = {
  name: 'lancar-cite-space',
  mdxJsxTextElement: {
    filter: ['Cite'],
    visit(node, ctx) {
      const index = ctx.indexOf(node);
      if (!index) return;
      const before = ctx.parent(node).children[index - 1];
      if (before?.type !== 'text' || !/\s$/.test(before.value)) return;
      ctx.setProperty(before, 'value', before.value.trimEnd());
      ctx.setProperty(node, 'spaced', true);
    },
  },
};
