/**
 * MDX pages read as the tree the build compiles (satteri, the parser Astro's MDX integration uses), never with
 * regular expressions: which components a page uses, with which props and on which line of the file, its
 * frontmatter, and its prose for the plain-language measure.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import type { Problem } from './errors.ts';

/** One use of a component in a page, with its line in the file. */
export interface ComponentUse {
  name: string;
  line: number;
  /** Props written as `name="text"` (a string) or bare `name` (true). */
  props: Record<string, string | true>;
  /** Props written as `name={…}` or `{...spread}`: a page passes only literal text. */
  expressions: string[];
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** The MDX tree of a whole file (frontmatter included), with positions, so lines are the file's lines. */
export const parseMdx = (source: string): MdastNode => mdxToMdast(source);

/** A page the parser refuses, at its line as editors and terminals link it: content/en/x.mdx:33. */
export function mdxSyntaxProblem(error: unknown, file: string): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const at = /^(\d+):\d+: ([\s\S]*)$/.exec(message);
  return at ? { file: `${file}:${at[1]}`, message: at[2]!.replace(/ \([a-z-]+:[a-z-]+\)$/, '') } : { file, message: `is not valid MDX: ${message}` };
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

const isComponent = (node: Node) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !!node.name;

/** The YAML text between the `---` lines, or undefined for a page without frontmatter. */
export function frontmatterOf(tree: MdastNode): string | undefined {
  const first = (tree as Node).children?.[0];
  return first?.type === 'yaml' && typeof first.value === 'string' ? first.value : undefined;
}

/** Every JSX element of the page (components and any lowercase HTML tag), in the order they appear. */
export function componentUses(tree: MdastNode): ComponentUse[] {
  const uses: ComponentUse[] = [];
  for (const node of walk(tree as Node)) {
    if (!isComponent(node)) continue;
    const props: Record<string, string | true> = {};
    const expressions: string[] = [];
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) expressions.push('{…}');
      else if (attribute.value === null || attribute.value === undefined) props[attribute.name] = true;
      else if (typeof attribute.value === 'string') props[attribute.name] = attribute.value;
      else expressions.push(attribute.name);
    }
    uses.push({ name: node.name!, line: node.position?.start.line ?? 0, props, expressions });
  }
  return uses;
}

/** The values of one prop of one component across a page, with their lines: `<Cite id="…">` → ids. */
export const propValues = (uses: ComponentUse[], component: string, prop: string): { value: string; line: number }[] =>
  uses.flatMap((use) => {
    const value = use.props[prop];
    return use.name === component && typeof value === 'string' ? [{ value, line: use.line }] : [];
  });

function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  // A self-closing component renders data, not prose: the built page is the final measure.
  if (isComponent(node) && !(node.children ?? []).length) return '';
  return (node.children ?? []).map(textOf).join('');
}

/**
 * The prose blocks of a page (paragraphs, list items), for a quick estimate while writing: headings and tables are
 * not sentences, and components
 * that render data (Steps, Procedure…) are not expanded (tests/dist/readability.test.ts measures the built page).
 */
export function proseBlocks(tree: MdastNode): string[] {
  const blocks: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'heading' || node.type === 'table' || node.type === 'yaml') return;
    if (node.type === 'paragraph') {
      const block = textOf(node)
        .replace(/\s+/g, ' ')
        .replace(/\s+([.,;:!?])/g, '$1')
        .trim();
      if (block) blocks.push(block);
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree as Node);
  return blocks;
}

/** URL schemes a link in a page may use: anything else (javascript:, data:, file:…) could run or smuggle content. */
const SAFE_LINK = /^(?:https?:|mailto:|tel:|#|\/(?!\/)|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i;

/**
 * What in a page would run code on the build machine or in the reader's browser: `import`/`export` (MDX runs them
 * while compiling), `{…}` expressions and JSX comments, and links to javascript:/data: addresses. Read from the
 * tree before Astro compiles anything; each problem names the line.
 */
export function activeContentProblems(tree: MdastNode, file: string): Problem[] {
  const problems: Problem[] = [];
  const at = (node: Node, message: string) => problems.push({ file, field: `line ${node.position?.start.line ?? 0}`, message });
  for (const node of walk(tree as Node)) {
    if (node.type === 'mdxjsEsm')
      at(node, 'import/export statements run code while the site builds; pages use the kit components without imports, so remove it');
    else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      at(node, '{…} is a JavaScript expression or a comment in braces, and pages run no code; write the text plainly, or delete it');
    } else if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && typeof (node as { url?: unknown }).url === 'string') {
      const url = (node as unknown as { url: string }).url.trim();
      if (!SAFE_LINK.test(url)) at(node, `links to "${url.slice(0, 40)}": a page links only to http(s), mailto: or tel: addresses and to pages of the kit`);
      // An image loads with the page: from another site it would tell that site who reads what.
      else if (node.type === 'image' && !/^\/(?!\/)/.test(url))
        at(node, `shows the image "${url.slice(0, 40)}" from outside the site; use <Figure> with a drawing of content/illustrations/`);
    } else if (node.type === 'html') at(node, 'raw HTML is not allowed in a page; use Markdown or a Lancar component');
  }
  return problems;
}

/** Every Markdown link of a page with its line: the link check resolves the internal ones. */
export function markdownLinks(tree: MdastNode): { url: string; line: number }[] {
  return [...walk(tree as Node)]
    .filter((n) => n.type === 'link' || n.type === 'definition')
    .map((n) => ({ url: String((n as { url?: unknown }).url ?? ''), line: n.position?.start.line ?? 0 }));
}
