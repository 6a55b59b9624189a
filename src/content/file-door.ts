/**
 * The first look at every file under content/, before any is parsed: what a tired contributor or an attacker could
 * slip in that the schemas never see. Bytes that are not UTF-8 (Node would replace them silently), hidden
 * characters (bidi overrides, controls: Trojan Source), links out of the folder, odd file names, huge files, and
 * drawings with active or external content (they are served as-is from the site's origin, so a script in one
 * would run there). Pure functions over bytes and text; read-files.ts walks the folder and calls them.
 */
import { isAlias, isNode, LineCounter, parseDocument, visit } from 'yaml';
import type { Problem } from './errors.ts';

/** Bigger than any page or drawing of the kit by far; a bigger file is a mistake or an attack on the build. */
export const MAX_FILE_BYTES = 1_000_000;

/** File and folder names: lowercase words, digits, "-", "_" and ".": safe in a URL, a shell and every file system. */
const SAFE_NAME = /^[a-z0-9][a-z0-9._-]*$/;

/** Controls other than tab, newline and carriage return; direction marks, overrides and isolates (Trojan Source); U+FEFF; U+FFFD (a character lost in a bad conversion). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point of this check
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFD]/;

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
const codeOf = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A file or folder name that could break a URL, a command or another system; `name` is one path segment. */
export function nameProblem(file: string, name: string): Problem | undefined {
  if (SAFE_NAME.test(name) && !name.includes('..')) return undefined;
  return { file, message: 'has a name with characters other than a-z, 0-9, "-", "_" and ".": rename it in lowercase letters, digits and "-"' };
}

/**
 * The text of a file, or the problem that stops it being read: not UTF-8, a byte-order mark, or a hidden
 * character (named by line and code, so the author can find what the editor does not show).
 */
export function decodeContent(file: string, bytes: Uint8Array): { text?: string; problem?: Problem } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstBadByte(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 10).length + 1;
    return { problem: { file: `${file}:${line}`, message: `is not UTF-8 (bad byte at offset ${offset}); save the file as UTF-8` } };
  }
  if (text.startsWith('\uFEFF')) return { problem: { file: `${file}:1`, message: 'starts with a byte-order mark (BOM); save the file as UTF-8 without BOM' } };
  const hidden = HIDDEN.exec(text);
  if (hidden) {
    return {
      problem: {
        file: `${file}:${lineAt(text, hidden.index)}`,
        message: `has the hidden character ${codeOf(hidden[0])} (a control, direction or replacement character); delete it and retype the text around it`,
      },
    };
  }
  return { text };
}

/** The offset of the first byte that does not start or continue a valid UTF-8 character (RFC 3629). */
function firstBadByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}

/** Elements a drawing may hold: shapes, groups and their words. Anything else can run, fetch or hide something. */
const SVG_ELEMENTS = new Set(['svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'title', 'desc', 'defs']);

/** Attributes that point somewhere; only a #fragment of the same drawing is allowed. */
const LINK_ATTRIBUTES = new Set(['href', 'xlink:href', 'src']);

/**
 * What in a drawing could run or load something when the browser opens /illustrations/<name>.svg: every element,
 * attribute and declaration of the whole file, including parts print does not draw. Problems name the line.
 */
export function svgSafetyProblems(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const at = (offset: number, message: string) => problems.push({ file: `${file}:${lineAt(text, offset)}`, message });
  const markup = /<(!--[\s\S]*?--|!\[CDATA\[|![A-Za-z]+|\?[^>]*|\/?)([^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  for (const match of text.matchAll(markup)) {
    const [whole, opener = '', name = '', attributes = ''] = match;
    const offset = match.index;
    if (opener.startsWith('!--')) continue;
    if (opener === '![CDATA[') at(offset, 'has a CDATA section, which can hide script; write the text out plainly');
    else if (opener.startsWith('!') && opener !== '!ENTITY')
      at(offset, `has a ${opener.slice(1).toUpperCase()} declaration (entities can read files or explode in size); remove it`);
    else if (opener.startsWith('?')) {
      if (!(offset === 0 && /^<\?xml\s/.test(whole))) at(offset, 'has a processing instruction (<?…?>); remove it');
    } else if (opener !== '/' && !SVG_ELEMENTS.has(name)) {
      at(offset, `<${name}> is not allowed in a drawing (it can run or load something); use path, rect, circle, ellipse, line, polyline, polygon, g or text`);
    }
    for (const attribute of attributes.matchAll(/([^\s=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g)) {
      const attributeName = attribute[1]!.toLowerCase();
      const value = (attribute[2] ?? '').replace(/^["']|["']$/g, '');
      if (attributeName === '/') continue;
      if (attributeName.startsWith('on')) at(offset, `the ${attribute[1]} attribute on <${name}> runs script; remove it`);
      else if (LINK_ATTRIBUTES.has(attributeName) && !/^#[\w-]*$/.test(value.trim())) {
        at(offset, `${attribute[1]}="${value}" on <${name}> points outside the drawing; a drawing may link only to its own #ids`);
      } else if (/url\s*\(\s*['"]?\s*(?!#)|@import|expression\s*\(|javascript:/i.test(value)) {
        at(offset, `${attribute[1]}="${value}" on <${name}> loads or runs something; use plain colours and shapes`);
      }
    }
  }
  // Declarations inside a DOCTYPE's [ … ] are swallowed by its match above: name each entity too.
  for (const entity of text.matchAll(/<!ENTITY/g)) at(entity.index, 'has an ENTITY declaration (entities can read files or explode in size); remove it');
  return problems;
}

/** Tags a content file may carry: the plain YAML types. `!!binary`, `!js/…` or a custom tag is nothing an author writes. */
const PLAIN_TAGS = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
]);

/**
 * YAML features no content needs and an attacker likes: anchors and aliases (`&a`/`*a`, "billion laughs" and
 * merge keys `<<`), explicit tags, and a key written twice (the second silently wins). `lineOffset` places
 * frontmatter at its line in the page. Syntax errors are left to the parser that reads the file.
 */
export function yamlShapeProblems(file: string, text: string, lineOffset = 0): Problem[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, merge: false, prettyErrors: false });
  const problems: Problem[] = [];
  const at = (offset: number | undefined, message: string) =>
    problems.push({ file: `${file}:${(offset === undefined ? 1 : lines.linePos(offset).line) + lineOffset}`, message });
  for (const error of doc.errors.filter((e) => e.code === 'DUPLICATE_KEY')) at(error.pos[0], 'has a key written twice; keep one');
  visit(doc, {
    Alias: (_, node) => at(node.range?.[0], `uses the alias *${node.source}; write the value out in full (aliases and anchors are not allowed)`),
    Node: (_, node) => {
      if (isAlias(node) || !isNode(node)) return;
      if (node.anchor) at(node.range?.[0], `has the anchor &${node.anchor}; write values out in full (aliases and anchors are not allowed)`);
      if (node.tag && !PLAIN_TAGS.has(node.tag)) at(node.range?.[0], `has the tag ${node.tag}; write plain text, numbers, lists and keys`);
    },
    Pair: (_, pair) => {
      if (isNode(pair.key) && String((pair.key as { value?: unknown }).value) === '<<')
        at(pair.key.range?.[0], 'has a merge key <<; write the values out in full');
    },
  });
  return problems;
}
