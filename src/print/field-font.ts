/// <reference path="../types/subset-font.d.ts" />
/**
 * The font of fillable fields, as a simple TrueType font in WinAnsi encoding rather than the Type0 fonts of the
 * running text. Any program that fills a field writes its text in the font the form's default resources (/DR)
 * name: Acrobat, WPS and Chrome read a Type0 font there, but qpdf and pypdf only encode text for a simple font with
 * a standard encoding, and without one fall back to an unembedded Helvetica or drop the text. The subset holds
 * exactly CONTACT_CHARSET (printable Latin-1, which WinAnsi encodes as Latin-1 does), keeps its cmap (harfbuzz's
 * subsetter, through subset-font) so a viewer finds each glyph by its character, and is tagged like every subset.
 */
import fontkit from '@cantoo/fontkit';
import subsetFont from 'subset-font';
import { CONTACT_CHARSET } from './contact.ts';
import type { PrintAssets } from './assets.ts';
import { subsetName } from './subset-name.ts';
import { PDFName, type PDFDocument, type PDFRef } from './pdf.ts';

export interface FieldFont {
  ref: PDFRef;
  /** The resource name the fields' default appearance uses, in /DR and in every field's appearance. */
  key: string;
  /** Advance width of each character a kader may type, in thousandths of the font size. */
  widths: ReadonlyMap<string, number>;
}

export const FIELD_FONT_KEY = 'LancarField';
const FIRST_CHAR = 0x20;
const LAST_CHAR = 0xff;

/** Font descriptor flags (ISO 32000-1 9.8.2): nonsymbolic, so a reader maps codes through WinAnsi to the cmap. */
const NONSYMBOLIC = 1 << 5;

export async function embedFieldFont(doc: PDFDocument, assets: PrintAssets, seed: string): Promise<FieldFont> {
  const regular = assets.fonts.regular;
  const font = fontkit.create(Buffer.from(regular));
  if (!('unitsPerEm' in font)) throw new Error('the field font is a font collection, not one font');
  const scale = 1000 / font.unitsPerEm;
  const widths = new Map<string, number>();
  for (const char of CONTACT_CHARSET) widths.set(char, Math.round(font.glyphsForString(char)[0]!.advanceWidth * scale));

  const subset = await subsetFont(Buffer.from(regular), CONTACT_CHARSET, { targetFormat: 'truetype' });
  const name = subsetName(font.postscriptName ?? 'AtkinsonHyperlegible-Regular', `${seed}:fields`);
  const { context } = doc;
  const fontFile = context.flateStream(subset, { Length1: subset.length });
  const bbox = font.bbox;
  const descriptor = context.obj({
    Type: 'FontDescriptor',
    FontName: PDFName.of(name),
    Flags: NONSYMBOLIC,
    FontBBox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((v) => Math.round(v * scale)),
    ItalicAngle: font.italicAngle,
    Ascent: Math.round(font.ascent * scale),
    Descent: Math.round(font.descent * scale),
    CapHeight: Math.round(font.capHeight * scale),
    StemV: 80,
    FontFile2: context.register(fontFile),
  });
  const codeWidths: number[] = [];
  for (let code = FIRST_CHAR; code <= LAST_CHAR; code++) codeWidths.push(widths.get(String.fromCharCode(code)) ?? 0);
  const ref = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'TrueType',
      BaseFont: PDFName.of(name),
      FirstChar: FIRST_CHAR,
      LastChar: LAST_CHAR,
      Widths: codeWidths,
      Encoding: 'WinAnsiEncoding',
      FontDescriptor: context.register(descriptor),
      ToUnicode: context.register(context.flateStream(toUnicode())),
    }),
  );
  return { ref, key: FIELD_FONT_KEY, widths };
}

/**
 * The ToUnicode map of the field font: each code is its Latin-1 character, which is its Unicode code point. WinAnsi
 * already says so to text extraction; the map makes it explicit for accessibility checkers and preflight (uni yes).
 */
function toUnicode(): string {
  const hex = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, '0');
  const ranges = [
    [0x20, 0x7e],
    [0xa1, 0xac],
    [0xae, 0xff],
  ].map(([low, high]) => `<${hex(low!, 2)}> <${hex(high!, 2)}> <${hex(low!, 4)}>`);
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<00> <FF>',
    'endcodespacerange',
    `${ranges.length} beginbfrange`,
    ...ranges,
    'endbfrange',
    'endcmap',
    'CMapName currentdict /CMapResource defineresource pop',
    'end',
    'end',
  ].join('\n');
}
