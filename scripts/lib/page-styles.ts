/**
 * Each page keeps only the component styles it shows. The page route imports every component an MDX page may use
 * (src/pages/[locale]/[...slug].astro), so Astro bundles all their scoped styles into every page: the guided mode's,
 * the contact form's and the print page's CSS rode on the evidence page and pushed it over its 14 KB budget. A scoped
 * rule names its component's scope (`[data-astro-cid-…]`) in every selector, so a selector whose scope appears
 * nowhere in the page's markup can match nothing there, whatever the page's scripts do later (they never add scope
 * attributes). Those selectors go; global rules (site.css, `is:global`) all stay.
 */
import postcss, { type AtRule, type Container } from 'postcss';

const SCOPE = /data-astro-cid-[a-z0-9]+/g;
const SCOPED = /data-astro-cid-/;
const STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style>/gi;

/** The page with only the scoped rules of components in its markup; unchanged when nothing can go. */
export function keepShownStyles(html: string): string {
  const markup = html.replace(STYLE, '');
  const shown = new Set(markup.match(SCOPE) ?? []);
  return html.replace(STYLE, (whole, attributes: string, css: string) => {
    if (!SCOPED.test(css)) return whole;
    const root = postcss.parse(css);
    root.walkRules((rule) => {
      if ((rule.parent as AtRule | undefined)?.name?.endsWith('keyframes')) return;
      const kept = rule.selectors.filter((selector) => (selector.match(SCOPE) ?? []).every((scope) => shown.has(scope)));
      if (kept.length === 0) rule.remove();
      else if (kept.length < rule.selectors.length) rule.selector = kept.join(',');
    });
    // @media and @supports blocks left empty go too, innermost first.
    const dropEmpty = (node: Container) => {
      node.each((child) => {
        if (child.type === 'atrule' && child.nodes) {
          dropEmpty(child);
          if (child.nodes.length === 0) child.remove();
        }
      });
    };
    dropEmpty(root);
    const left = root.toString().trim();
    return left ? `<style${attributes}>${left}</style>` : '';
  });
}
