/**
 * Draws the small SVG vocabulary Lancar uses onto a PDF page as vectors and real text: satori's layout output
 * (rect, path, text, image) and the step illustrations (path, line, polyline, polygon, circle, ellipse, rect, text).
 * Anything else is refused with the file named, so a drawing never silently goes missing from print.
 */
import { XMLParser } from 'fast-xml-parser';
import { DRAWING } from '../palette.ts';
import { clip, endPath, LineCapStyle, popGraphicsState, pushGraphicsState, rectangle, rgb, type Color, type PDFFont, type PDFPage } from './pdf.ts';

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Turns an SVG colour into a PDF colour; `undefined` means "none". The black-and-white variant swaps this. */
export type ColorMap = (rgb255: [number, number, number]) => Color;

export interface Placement {
  page: PDFPage;
  fonts: Fonts;
  /** Page position (points, from the bottom-left corner) of the SVG's top-left corner. */
  x: number;
  top: number;
  /** Points per SVG unit. */
  scale: number;
  colorMap?: ColorMap;
  /** Named in errors: which drawing or panel this SVG is. */
  source: string;
}

type Attributes = Record<string, string>;
interface XmlNode {
  [tag: string]: XmlNode[] | Attributes | string | undefined;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseAttributeValue: false,
  parseTagValue: false,
  // satori writes apostrophes and the like as numeric character references (&#39;).
  htmlEntities: true,
});

/**
 * Parsed SVG documents by their text. The drawings come back on every page and in every file that shows them, and
 * satori's layouts in every variant of a document (print/layout.ts keeps them): read once, drawn again from the
 * tree, which drawing never changes. The least recently used go first past 4 M characters (some 20 MB of trees).
 */
const parsed = new Map<string, XmlNode[]>();
const PARSED_BUDGET = 4 * 1024 * 1024;
let parsedSize = 0;

function parseSvg(svg: string): XmlNode[] {
  let nodes = parsed.get(svg);
  if (nodes) {
    parsed.delete(svg);
    parsed.set(svg, nodes);
    return nodes;
  }
  nodes = parser.parse(svg) as XmlNode[];
  if (svg.length <= PARSED_BUDGET) {
    parsed.set(svg, nodes);
    parsedSize += svg.length;
    for (const [old] of parsed) {
      if (parsedSize <= PARSED_BUDGET) break;
      parsed.delete(old);
      parsedSize -= old.length;
    }
  }
  return nodes;
}

const INHERITED = ['fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-dasharray', 'font-size', 'font-weight', 'text-anchor'];
const SKIPPED = new Set(['defs', 'mask', 'clipPath', 'title', 'desc', 'metadata']);

const NAMED: Record<string, [number, number, number]> = { black: [0, 0, 0], white: [255, 255, 255] };

export function parseColor(value: string | undefined): [number, number, number] | undefined {
  if (!value || value === 'none' || value === 'transparent') return undefined;
  const v = value.trim().toLowerCase();
  if (v in NAMED) return NAMED[v];
  if (v === 'currentcolor') return [0, 0, 0];
  let m = /^#([0-9a-f]{3})$/.exec(v);
  if (m) return [...m[1]!].map((c) => parseInt(c + c, 16)) as [number, number, number];
  m = /^#([0-9a-f]{6})$/.exec(v);
  if (m) return [0, 2, 4].map((i) => parseInt(m![1]!.slice(i, i + 2), 16)) as [number, number, number];
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(v);
  if (m) {
    if (m[4] !== undefined && parseFloat(m[4]) === 0) return undefined;
    return [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  throw new Error(`colour "${value}" is not supported; use #rrggbb`);
}

const defaultColorMap: ColorMap = ([r, g, b]) => rgb(r / 255, g / 255, b / 255);

const currentFont = new WeakMap<PDFPage, PDFFont>();

/**
 * Shaping a word (fontkit's layout, GSUB and GPOS) is most of what drawing text costs, and satori hands over a page
 * word by word, so the same words come back many times in a document. Each font remembers what it encoded: the
 * subset already holds those glyphs, so the PDF comes out byte for byte the same, in about half the time.
 */
const remembered = new WeakSet<PDFFont>();

function rememberEncodings(font: PDFFont): void {
  if (remembered.has(font)) return;
  remembered.add(font);
  const encode = font.encodeText.bind(font);
  const encoded = new Map<string, ReturnType<PDFFont['encodeText']>>();
  font.encodeText = (text) => {
    let hex = encoded.get(text);
    if (hex === undefined) {
      hex = encode(text);
      encoded.set(text, hex);
    }
    return hex;
  };
}

const num = (value: string | undefined, fallback = 0) => (value === undefined ? fallback : parseFloat(value));

/** Every basic shape as SVG path data, so one pdf-lib call draws them all. */
export function shapeToPath(tag: string, a: Attributes): string | undefined {
  switch (tag) {
    case 'path':
      return a.d;
    case 'rect': {
      const [x, y, w, h] = [num(a.x), num(a.y), num(a.width), num(a.height)];
      const r = Math.min(num(a.rx ?? a.ry), w / 2, h / 2);
      if (r <= 0) return `M${x} ${y}H${x + w}V${y + h}H${x}Z`;
      return `M${x + r} ${y}H${x + w - r}A${r} ${r} 0 0 1 ${x + w} ${y + r}V${y + h - r}A${r} ${r} 0 0 1 ${x + w - r} ${y + h}H${x + r}A${r} ${r} 0 0 1 ${x} ${y + h - r}V${y + r}A${r} ${r} 0 0 1 ${x + r} ${y}Z`;
    }
    case 'circle':
    case 'ellipse': {
      const [cx, cy] = [num(a.cx), num(a.cy)];
      const rx = num(tag === 'circle' ? a.r : a.rx);
      const ry = num(tag === 'circle' ? a.r : a.ry);
      return `M${cx - rx} ${cy}A${rx} ${ry} 0 1 0 ${cx + rx} ${cy}A${rx} ${ry} 0 1 0 ${cx - rx} ${cy}Z`;
    }
    case 'line':
      return `M${num(a.x1)} ${num(a.y1)}L${num(a.x2)} ${num(a.y2)}`;
    case 'polyline':
    case 'polygon': {
      const points = (a.points ?? '')
        .trim()
        .split(/[\s,]+/)
        .map(Number);
      const pairs: string[] = [];
      for (let i = 0; i + 1 < points.length; i += 2) pairs.push(`${points[i]} ${points[i + 1]}`);
      return `M${pairs.join('L')}${tag === 'polygon' ? 'Z' : ''}`;
    }
    default:
      return undefined;
  }
}

function tagOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@')!;
}

function textOf(children: XmlNode[]): string {
  return children.map((c) => (typeof c['#text'] === 'string' ? c['#text'] : '')).join('');
}

function decodeDataUrl(href: string): string | undefined {
  const base64 = /^data:image\/svg\+xml;base64,(.*)$/s.exec(href);
  if (base64) return Buffer.from(base64[1]!, 'base64').toString('utf8');
  const plain = /^data:image\/svg\+xml(?:;charset=[^,;]+)?(?:;utf8)?,(.*)$/s.exec(href);
  return plain ? decodeURIComponent(plain[1]!) : undefined;
}

/** Draws a whole SVG document at a placement. */
export function drawSvg(svg: string, at: Placement): void {
  const root = parseSvg(svg).find((n) => tagOf(n) === 'svg');
  if (!root) throw new Error(`${at.source}: not an SVG document`);
  const attributes = (root[':@'] as Attributes | undefined) ?? {};
  // Illustrations are drawn in their viewBox units; satori output has no offset.
  const [vx = 0, vy = 0] = (attributes.viewBox ?? '0 0').split(/[\s,]+/).map(Number);
  drawChildren(root.svg as XmlNode[], { ...at, x: at.x - vx * at.scale, top: at.top + vy * at.scale }, { fill: 'black' });
}

/** Width and height an SVG declares (viewBox first), in its own units. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = parseSvg(svg).find((n) => tagOf(n) === 'svg');
  const a = (root?.[':@'] as Attributes | undefined) ?? {};
  const box = a.viewBox?.split(/[\s,]+/).map(Number);
  return box?.length === 4 ? { width: box[2]!, height: box[3]! } : { width: num(a.width), height: num(a.height) };
}

/** What an illustration may contain: the shapes print draws, and the three drawing colours (README, Illustrations). */
const DRAWING_TAGS = new Set(['svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text']);
/** Attributes a browser would honour but print ignores: refused rather than drawn wrong. */
const REFUSED_ATTRIBUTES = ['transform', 'style', 'class', 'clip-path', 'mask', 'filter', 'opacity', 'href', 'xlink:href'];
export const DRAWING_COLOURS: readonly string[] = [DRAWING.outline, DRAWING.fill, DRAWING.mark];

/** Problems that would make an illustration print differently from the screen, one message each. */
export function drawingProblems(svg: string): string[] {
  const problems: string[] = [];
  const visit = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === '#text' || SKIPPED.has(tag)) continue;
      if (!DRAWING_TAGS.has(tag)) problems.push(`<${tag}> is not allowed; use path, rect, circle, ellipse, line, polyline, polygon, g or text`);
      const own = (node[':@'] as Attributes | undefined) ?? {};
      for (const name of REFUSED_ATTRIBUTES.filter((n) => own[n] !== undefined)) {
        problems.push(`the ${name} attribute on <${tag}> is not drawn in print; write coordinates and colours out in full`);
      }
      for (const name of ['fill', 'stroke'].filter((n) => own[n] !== undefined && own[n] !== 'none')) {
        const rgb = parseColorSafe(own[name]!);
        const hex = rgb && `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
        if (!hex || !DRAWING_COLOURS.includes(hex)) problems.push(`${name}="${own[name]}" on <${tag}>: use one of ${DRAWING_COLOURS.join(', ')}`);
      }
      visit((node[tag] as XmlNode[] | undefined) ?? []);
    }
  };
  const root = parseSvg(svg).find((n) => tagOf(n) === 'svg');
  if (!root) return ['not an SVG document'];
  visit([root]);
  return [...new Set(problems)];
}

function parseColorSafe(value: string): [number, number, number] | undefined {
  try {
    return parseColor(value);
  } catch {
    return undefined;
  }
}

function drawChildren(children: XmlNode[], at: Placement, inherited: Attributes): void {
  for (const node of children) {
    const tag = tagOf(node);
    if (tag === '#text' || SKIPPED.has(tag)) continue;
    const own = (node[':@'] as Attributes | undefined) ?? {};
    const style: Attributes = { ...inherited };
    for (const name of INHERITED) if (own[name] !== undefined) style[name] = own[name]!;
    const kids = (node[tag] as XmlNode[] | undefined) ?? [];
    if (tag === 'g') drawChildren(kids, at, style);
    else if (tag === 'text') drawText(textOf(kids), own, style, at);
    else if (tag === 'image') drawImage(own, at);
    else {
      const d = shapeToPath(tag, own);
      if (d === undefined) throw new Error(`${at.source}: <${tag}> is not supported in print; use path, rect, circle, ellipse, line, polyline or polygon`);
      drawPath(d, style, at);
    }
  }
}

function drawPath(d: string, style: Attributes, at: Placement): void {
  const map = at.colorMap ?? defaultColorMap;
  const fill = parseColor(style.fill);
  const stroke = parseColor(style.stroke);
  if (!fill && !stroke) return;
  const dashes = style['stroke-dasharray'] && style['stroke-dasharray'] !== 'none' ? style['stroke-dasharray'].split(/[\s,]+/).map(Number) : undefined;
  const cap = { round: LineCapStyle.Round, square: LineCapStyle.Projecting, butt: LineCapStyle.Butt }[style['stroke-linecap'] ?? 'butt'];
  at.page.drawSvgPath(d, {
    x: at.x,
    y: at.top,
    scale: at.scale,
    ...(fill ? { color: map(fill) } : {}),
    ...(stroke ? { borderColor: map(stroke), borderWidth: num(style['stroke-width'], 1), borderLineCap: cap } : {}),
    ...(stroke && dashes ? { borderDashArray: dashes } : {}),
  });
}

function drawText(content: string, own: Attributes, style: Attributes, at: Placement): void {
  const text = content.replace(/\s+/g, ' ');
  if (text.trim() === '') return; // satori emits the spaces between words as their own elements
  const weight = style['font-weight'] ?? 'normal';
  const font = weight === 'bold' || Number(weight) >= 600 ? at.fonts.bold : at.fonts.regular;
  const size = num(style['font-size'], 16) * at.scale;
  const color = parseColor(style.fill ?? 'black') ?? [0, 0, 0];
  let x = at.x + num(own.x) * at.scale;
  const anchor = style['text-anchor'];
  if (anchor === 'middle' || anchor === 'end') {
    const width = font.widthOfTextAtSize(text, size);
    x -= anchor === 'middle' ? width / 2 : width;
  }
  rememberEncodings(font);
  // Every font change adds a resource entry to the page; switch only when the font really changes.
  if (currentFont.get(at.page) !== font) {
    at.page.setFont(font);
    currentFont.set(at.page, font);
  }
  at.page.drawText(text, { x, y: at.top - num(own.y) * at.scale, size, color: (at.colorMap ?? defaultColorMap)(color) });
}

function drawImage(own: Attributes, at: Placement): void {
  const href = own.href ?? own['xlink:href'] ?? '';
  const svg = decodeDataUrl(href);
  if (!svg) throw new Error(`${at.source}: only SVG images can be placed in print (found ${href.slice(0, 30)}…)`);
  const box = { x: num(own.x), y: num(own.y), width: num(own.width), height: num(own.height) };
  const size = svgSize(svg);
  // Keep the drawing's proportions inside its box, centred.
  const fit = Math.min(box.width / size.width, box.height / size.height);
  const dx = (box.width - size.width * fit) / 2;
  const dy = (box.height - size.height * fit) / 2;
  // Like a browser, show only what lies inside the drawing's own frame.
  const left = at.x + box.x * at.scale;
  const bottom = at.top - (box.y + box.height) * at.scale;
  at.page.pushOperators(pushGraphicsState(), rectangle(left, bottom, box.width * at.scale, box.height * at.scale), clip(), endPath());
  drawSvg(svg, { ...at, x: at.x + (box.x + dx) * at.scale, top: at.top - (box.y + dy) * at.scale, scale: at.scale * fit });
  at.page.pushOperators(popGraphicsState());
}
