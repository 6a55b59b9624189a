/**
 * The build step that gives every h2 and h3 of an MDX page its section link (content/heading-anchor.ts).
 *
 * Astro 7 compiles MDX with Sätteri, which runs its own hast plugins and not unified's rehype plugins, so
 * rehype-autolink-headings cannot run without adding @astrojs/markdown-remark; this is the same "wrap the heading,
 * link after it" step as a Sätteri plugin. Its options could not see the file either: this one reads the page's
 * locale from the file's path (content/<locale>/…) and asks `labelOf` for the words of that language.
 */
import { fileURLToPath } from 'node:url';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { HastPluginEntry } from 'satteri';
import { anchorWrapperHtml, localeOfPath, type SectionLevel } from '../content/heading-anchor.ts';

/** The plugins to add to Sätteri's hastPlugins: Astro's own heading ids first (they are assigned after user plugins otherwise), then the links. */
export function headingAnchorPlugins(labelOf: (locale: string) => string): HastPluginEntry[] {
  const anchors: HastPluginEntry = {
    name: 'lancar-heading-anchors',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const id = node.properties?.id;
        if (typeof id !== 'string' || !ctx.fileURL) return;
        const path = fileURLToPath(ctx.fileURL);
        const locale = localeOfPath(path);
        if (!locale) return; // not a content page
        const level = Number(node.tagName[1]) as SectionLevel;
        ctx.wrapNode(node, { raw: anchorWrapperHtml(level, id, labelOf(locale), ctx.textContent(node)) });
      },
    },
  };
  return [satteriHeadingIdsPlugin(), anchors];
}
