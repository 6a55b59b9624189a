/**
 * The step drawings may carry a few untranslated labels as <text> ("C7", "5–6", step digits). A share image is
 * rasterised by sharp (librsvg), which would set those labels in whatever system font fontconfig finds, or
 * drop them on a machine without fonts. So each label becomes a <path> here, outlined with the print font
 * (the bold or regular Atkinson Hyperlegible, as svg.ts picks for the PDFs): the same letters everywhere, no
 * font needed to rasterise.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import type { Font } from '@cantoo/fontkit';
import type { PrintAssets } from '../print/assets.ts';
import { fontkit } from '../print/pdf.ts';

type Attributes = Record<string, string>;
interface XmlNode {
  [tag: string]: XmlNode[] | Attributes | string | undefined;
}

const xmlOptions = { preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' } as const;
const parser = new XMLParser({ ...xmlOptions, trimValues: false, parseAttributeValue: false, parseTagValue: false, htmlEntities: true });
const builder = new XMLBuilder({ ...xmlOptions, suppressEmptyNode: true });

/** Attributes a label takes from its <g> ancestors, as in SVG. */
const INHERITED = ['fill', 'font-size', 'font-weight', 'text-anchor'];

// Opening a font parses its tables; do it once per font file.
const opened = new WeakMap<Uint8Array, Font>();
function open(data: Uint8Array): Font {
  let font = opened.get(data);
  if (!font) {
    font = fontkit.create(data) as Font;
    opened.set(data, font);
  }
  return font;
}

const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ':@')!;
const num = (value: string | undefined, fallback: number) => (value === undefined ? fallback : parseFloat(value));

/** One line of text as outline path data, with the baseline start at (x, y) in the drawing's units. */
export function textPath(text: string, font: Font, size: number, x: number, y: number, anchor = 'start'): string {
  const run = font.layout(text);
  const scale = size / font.unitsPerEm;
  const width = run.advanceWidth * scale;
  let penX = x - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
  const parts: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions?.[i];
    const dx = penX + (position?.xOffset ?? 0) * scale;
    const dy = y - (position?.yOffset ?? 0) * scale;
    // Font units grow upwards; SVG's y grows downwards.
    parts.push(glyph.path.mapPoints((px, py) => [dx + px * scale, dy - py * scale]).toSVG());
    penX += (position?.xAdvance ?? glyph.advanceWidth) * scale;
  });
  return parts.join('');
}

function outline(children: XmlNode[], inherited: Attributes, fonts: PrintAssets['fonts']): XmlNode[] {
  return children.map((node) => {
    const tag = tagOf(node);
    if (tag === '#text') return node;
    const own = (node[':@'] as Attributes | undefined) ?? {};
    const style: Attributes = { ...inherited };
    for (const name of INHERITED) if (own[name] !== undefined) style[name] = own[name]!;
    const kids = (node[tag] as XmlNode[] | undefined) ?? [];
    if (tag !== 'text') return { [tag]: outline(kids, style, fonts), ...(node[':@'] ? { ':@': own } : {}) };
    const text = kids
      .map((k) => (typeof k['#text'] === 'string' ? k['#text'] : ''))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    const weight = style['font-weight'] ?? 'normal';
    const font = open(weight === 'bold' || Number(weight) >= 600 ? fonts.bold : fonts.regular);
    const d = textPath(text, font, num(style['font-size'], 16), num(own.x, 0), num(own.y, 0), style['text-anchor']);
    // A label is filled, never stroked, whatever its group strokes; unfilled, it is SVG's default black.
    return { path: [], ':@': { d, fill: style.fill ?? 'black', stroke: 'none' } };
  });
}

/** The drawing with every <text> label replaced by its outline; everything else as it was. */
export function outlineLabels(svg: string, fonts: PrintAssets['fonts']): string {
  if (!svg.includes('<text')) return svg;
  return builder.build(outline(parser.parse(svg) as XmlNode[], {}, fonts)) as string;
}
