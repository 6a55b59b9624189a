/**
 * The link to a section that sits after every section heading, for a lecturer to copy (Starlight's pattern): the
 * heading and its link share a wrapper, the link's name is said in the page's language ("Link to section: Who can
 * give the massage") from visually hidden words, and a "#" shown to the eye is hidden from screen readers. MDX
 * headings get it from the build (markdown/heading-anchors.ts), components from <SectionHeading>: both write the
 * markup with these functions, so the two cannot drift apart. No JavaScript: the link is a plain #id.
 */

export type SectionLevel = 2 | 3;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The link's accessible name: "Tautan ke bagian: Siapa yang boleh memijat". */
export const anchorName = (label: string, heading: string) => `${label}: ${heading.trim()}`;

/**
 * The link itself. Pagefind skips it, so search results quote the heading once, not "Link to section" too.
 */
export const anchorHtml = (id: string, label: string, heading: string) =>
  `<a class="hd-a" href="#${escapeHtml(id)}" data-pagefind-ignore><span class="sr">${escapeHtml(anchorName(label, heading))}</span><span aria-hidden="true">#</span></a>`;

/** The wrapper, holding the link only: MDX headings are moved into it in front of the link. */
export const anchorWrapperHtml = (level: SectionLevel, id: string, label: string, heading: string) =>
  `<div class="hd hd${level}">${anchorHtml(id, label, heading)}</div>`;

/** A whole section heading with its link, for components whose heading is plain text. */
export const sectionHeadingHtml = (level: SectionLevel, id: string, label: string, heading: string) =>
  `<div class="hd hd${level}"><h${level} id="${escapeHtml(id)}">${escapeHtml(heading)}</h${level}>${anchorHtml(id, label, heading)}</div>`;

/** The locale of a content file from its path: …/content/<locale>/page.mdx. */
export function localeOfPath(path: string): string | undefined {
  return /(?:^|[/\\])content[/\\]([^/\\]+)[/\\][^/\\]+\.mdx$/.exec(path)?.[1];
}
