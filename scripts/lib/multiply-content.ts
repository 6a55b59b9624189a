/**
 * More content for `npm run bench -- --scale`: every page of every language copied N−1 times, twins kept paired.
 * Copy i of a page is a new file beside it (<name>-x<i>.mdx) with key <key>-x<i>, slug <slug>-x<i> (the home page,
 * whose slug is empty, gets home-x<i>) and its title ending in " (i)". Its Markdown links to a page that was copied
 * too point at copy i of that page, with the same #section (the copies have the same headings and components);
 * links to anything else are left as they are. Pure: texts in, texts out; the bench writes them into a copy.
 */
import { load } from 'js-yaml';
import { frontmatterOf, markdownLinks, parseMdx } from '../../src/content/mdx.ts';

/** A page as read from content/: its path inside content/ (id/pijat-oksitosin.mdx) and its text. */
export interface PageText {
  path: string;
  text: string;
}

/** The schema's limit on a title (src/content/schemas/page.ts). */
const TITLE_MAX = 80;

const hrefOf = (locale: string, slug: string) => `/${locale}/${slug ? `${slug}/` : ''}`;

interface Frontmatter {
  key: string;
  slug: string;
  title: string;
}

function frontmatter(page: PageText): Frontmatter {
  const data = load(frontmatterOf(parseMdx(page.text)) ?? '') as Partial<Frontmatter> | null;
  if (typeof data?.key !== 'string' || typeof data.slug !== 'string' || typeof data.title !== 'string') {
    throw new Error(`${page.path}: no key, slug and title in its frontmatter`);
  }
  return { key: data.key, slug: data.slug, title: data.title };
}

/** The title of copy `i`: the original's, shortened if need be, and " (i)". */
export function copyTitle(title: string, i: number): string {
  const suffix = ` (${i})`;
  return `${title.slice(0, TITLE_MAX - suffix.length).trimEnd()}${suffix}`;
}

/** Replaces one top-level field of the frontmatter (the block between the first two "---" lines). */
function setField(text: string, field: string, value: string): string {
  const end = text.indexOf('\n---', 3);
  const head = text.slice(0, end);
  const line = new RegExp(`^${field}:.*$`, 'm');
  if (!line.test(head)) throw new Error(`no "${field}:" line in the frontmatter`);
  return head.replace(line, `${field}: ${JSON.stringify(value)}`) + text.slice(end);
}

/**
 * The copies that make `pages` `factor` times as many: for i = 2…factor, one copy of every page. `pages` must be
 * every page of every language (a page's twin is copied with the same i, so keys stay paired).
 */
export function multiplyPages(pages: readonly PageText[], factor: number): PageText[] {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor ${factor}: a whole number, 1 or more`);
  const read = pages.map((page) => ({ ...page, locale: page.path.split('/')[0]!, ...frontmatter(page) }));
  const existing = new Set(pages.map((p) => p.path));
  // Address of every page → the address of its copy i, so links between pages stay inside one copy.
  const slugOf = (p: Frontmatter, i: number) => `${p.slug || p.key}-x${i}`;
  const copies: PageText[] = [];
  for (let i = 2; i <= factor; i++) {
    const moved = new Map(read.map((p) => [hrefOf(p.locale, p.slug), hrefOf(p.locale, slugOf(p, i))]));
    for (const page of read) {
      const path = page.path.replace(/\.mdx$/, `-x${i}.mdx`);
      if (existing.has(path)) throw new Error(`${path} already exists; rename it before multiplying`);
      let text = setField(page.text, 'key', `${page.key}-x${i}`);
      text = setField(text, 'slug', slugOf(page, i));
      text = setField(text, 'title', copyTitle(page.title, i));
      // Each distinct link target once, replaced where the Markdown has it: "](/id/bukti/#x)" or "](/id/bukti/#x "title")".
      const urls = new Set(markdownLinks(parseMdx(page.text)).map((l) => l.url));
      for (const url of urls) {
        const [path0 = '', anchor] = url.split('#');
        const target = moved.get(path0.split('?')[0]!);
        if (!target) continue;
        const next = `${target}${path0.includes('?') ? `?${path0.split('?')[1]}` : ''}${anchor === undefined ? '' : `#${anchor}`}`;
        text = text.replaceAll(`](${url})`, `](${next})`).replaceAll(`](${url} `, `](${next} `);
      }
      copies.push({ path, text });
    }
  }
  return copies;
}
