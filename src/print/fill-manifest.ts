/**
 * What the fill-in page needs to write the contact text onto a leaflet without a PDF library: a small JSON file
 * beside each fillable leaflet, made at build time from the leaflet itself.
 *
 * The browser appends an incremental update (pdf/append.ts): two new content streams around the page's old
 * content, page 1 rewritten without its form widgets and with the field font in its resources, and the catalog
 * rewritten without /AcroForm, so the text is printed into the page and no form field is left (flattened). Object
 * numbers are the same for the same content, byte offsets need not be: the browser reads offsets, /Size and the
 * trailer from the PDF it downloads, and refuses a file whose page or catalog differs from the fingerprints here.
 *
 * Glyph codes and widths come from the field font as the PDF carries it (its ToUnicode map and /W widths), not
 * from a fresh embedding: that font is what any reader will draw the codes with.
 */
import { inflateSync } from 'node:zlib';
import { INK } from '../palette.ts';
import { fingerprint, objectBytes, readTail, type ObjectCheck, type Replacement } from '../pdf/append.ts';
import type { PrintFile } from './catalog.ts';
import { CONTACT_CHARSET, CONTACT_FIELDS, CONTACT_FONT_SIZE } from './contact.ts';
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFNumber, PDFRef, type Color } from './pdf.ts';
import { parseColor } from './svg.ts';
import { colorMapFor } from './variant.ts';

export interface ManifestField {
  name: string;
  maxLength: number;
  /** The field's rectangle on page 1, in points from the page's bottom-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FillManifest {
  /** Page 1, its new dictionary holding "{open}" and "{draw}" in /Contents for the two new streams. */
  page: Replacement;
  /** The document catalog, its new dictionary without /AcroForm. */
  catalog: Replacement;
  /** The field font's objects (font, CID font with the widths, ToUnicode map), so the glyphs below are theirs. */
  checks: ObjectCheck[];
  /** The field font's resource name in the new page dictionary. */
  font: string;
  /** Every character a kader may type → [glyph code in hex, advance width in thousandths of the font size]. */
  glyphs: Record<string, [string, number]>;
  /** The fill colour operator of the leaflet's ink in this variant ("r g b rg", or "g" for black and white). */
  ink: string;
  /** Points: the text's size, and the smallest it may shrink to so a long name still fits (never under 9 pt). */
  size: { max: number; min: number };
  /** Points kept clear at each end of a field. */
  inset: number;
  /** In CONTACT_FIELDS order. */
  fields: ManifestField[];
}

/** The leaflet's ink (palette.ts), which every variant maps like the rest of its text. */
const INK_RGB = parseColor(INK)!;
const MIN_SIZE = 9;
const INSET = 2;

/** The print files a kader can fill in: the leaflets with form fields (the print-shop file prints bare lines). */
export const isFillable = (file: PrintFile): boolean => file.kind === 'leaflet' && file.variant !== 'print-shop';

const name = PDFName.of;
const short = (n: number) => String(Number(n.toFixed(4)));

function fillOperator(color: Color): string {
  if (color.type === 'RGB') return `${short(color.red)} ${short(color.green)} ${short(color.blue)} rg`;
  if (color.type === 'Grayscale') return `${short(color.gray)} g`;
  throw new Error(`fill-manifest: no ink operator for ${color.type}`);
}

/** A stream's decoded bytes; the library's stream classes are not exported, so this checks the shape it needs. */
function streamData(object: unknown, what: string): Uint8Array {
  const stream = object as { dict?: unknown; getContents?: () => Uint8Array };
  if (!(stream.dict instanceof PDFDict) || typeof stream.getContents !== 'function') throw new Error(`fill-manifest: ${what} is not a stream`);
  const filter = stream.dict.get(name('Filter'));
  if (filter === undefined) return stream.getContents();
  if (filter === name('FlateDecode')) return inflateSync(stream.getContents());
  throw new Error(`fill-manifest: ${what} has filter ${filter.toString()}`);
}

/** Unicode text → glyph code (hex) from a ToUnicode CMap's bfchar and bfrange entries. */
function codesOf(cmap: string): Map<string, string> {
  const codes = new Map<string, string>();
  const fromHex = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) codes.set(fromHex(unicode!), code!.toUpperCase());
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, first] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      for (let code = parseInt(low!, 16); code <= parseInt(high!, 16); code++) {
        codes.set(String.fromCodePoint(parseInt(first!, 16) + code - parseInt(low!, 16)), code.toString(16).toUpperCase().padStart(low!.length, '0'));
      }
    }
  }
  return codes;
}

/** Glyph code → width from a CIDFont's /W array: `c [w1 w2 …]` and `first last w` runs (ISO 32000-1 9.7.4.3). */
function widthsOf(w: PDFArray | undefined): Map<number, number> {
  const widths = new Map<number, number>();
  const items = w?.asArray() ?? [];
  for (let i = 0; i < items.length; ) {
    const first = (items[i] as PDFNumber).asNumber();
    const next = items[i + 1];
    if (next instanceof PDFArray) {
      for (const [k, width] of next.asArray().entries()) widths.set(first + k, (width as PDFNumber).asNumber());
      i += 2;
    } else {
      const last = (next as PDFNumber).asNumber();
      for (let c = first; c <= last; c++) widths.set(c, (items[i + 2] as PDFNumber).asNumber());
      i += 3;
    }
  }
  return widths;
}

function asciiOnly(dict: string, what: string): string {
  if (/[^\x20-\x7e\n\r]/.test(dict)) throw new Error(`fill-manifest: the new ${what} dictionary is not plain ASCII`);
  return dict;
}

export async function fillManifest(pdfBytes: Uint8Array, variant: 'colour' | 'bw' = 'colour'): Promise<FillManifest> {
  // The browser reads the file exactly this way: a leaflet saved with object streams fails here, at build time.
  const tail = readTail(pdfBytes);
  const doc = await PDFDocument.load(pdfBytes, { updateMetadata: false });
  const page = doc.getPage(0);
  const catalogRef = doc.context.trailerInfo.Root;
  if (!(catalogRef instanceof PDFRef) || catalogRef.objectNumber !== tail.root.num)
    throw new Error('fill-manifest: the trailer and the document disagree on /Root');

  // The fields: their widgets on page 1, and the one font their default appearance names.
  const form = doc.getForm();
  let fontRef: PDFRef | undefined;
  let fontKey = '';
  const fields = CONTACT_FIELDS.map((spec): ManifestField => {
    const field = form.getTextField(spec.name);
    const widget = field.acroField.getWidgets()[0]!;
    if (widget.P() !== page.ref) throw new Error(`fill-manifest: field ${spec.name} is not on page 1`);
    const da = widget.getDefaultAppearance() ?? field.acroField.getDefaultAppearance() ?? '';
    const key = /\/([^\s/]+)\s+[\d.]+\s+Tf/.exec(da)?.[1];
    if (!key) throw new Error(`fill-manifest: field ${spec.name} names no font`);
    const dr = form.acroForm.dict.lookup(name('DR'));
    const fromDr = dr instanceof PDFDict ? (dr.lookup(name('Font')) as PDFDict | undefined) : undefined;
    const appearance = doc.context.lookup(widget.getNormalAppearance()) as { dict?: PDFDict } | undefined;
    const fromAp = appearance?.dict?.lookup(name('Resources'), PDFDict).lookup(name('Font'), PDFDict);
    const ref = fromDr?.get(name(key)) ?? fromAp?.get(name(key));
    if (!(ref instanceof PDFRef)) throw new Error(`fill-manifest: font /${key} of ${spec.name} is not in the form's resources`);
    if (fontRef && fontRef !== ref) throw new Error('fill-manifest: the contact fields use different fonts');
    [fontRef, fontKey] = [ref, key];
    const { x, y, width, height } = widget.getRectangle();
    return { name: spec.name, maxLength: field.getMaxLength() ?? spec.maxLength, x, y, width, height };
  });

  // Glyph codes and widths of every character a kader may type, as the embedded subset has them.
  const font = doc.context.lookup(fontRef!, PDFDict);
  const codes = codesOf(new TextDecoder('latin1').decode(streamData(font.lookup(name('ToUnicode')), 'the field font ToUnicode map')));
  const cidFont = font.lookup(name('DescendantFonts'), PDFArray).lookup(0, PDFDict);
  const widths = widthsOf(cidFont.lookup(name('W')) as PDFArray | undefined);
  const defaultWidth = (cidFont.lookup(name('DW')) as PDFNumber | undefined)?.asNumber() ?? 1000;
  const glyphs: FillManifest['glyphs'] = {};
  for (const char of CONTACT_CHARSET) {
    const code = codes.get(char);
    if (!code) throw new Error(`fill-manifest: the field font has no glyph for "${char}"`);
    glyphs[char] = [code, widths.get(parseInt(code, 16)) ?? defaultWidth];
  }

  // Page 1 anew: no widgets (other annotations stay), the old content between two new streams, the field font added.
  const resources = (page.node.Resources() ?? doc.context.obj({})).clone();
  const fonts = (resources.lookup(name('Font')) as PDFDict | undefined)?.clone() ?? doc.context.obj({});
  let resourceName = fontKey.replace(/[^A-Za-z0-9-]/g, '') || 'ContactField';
  while (fonts.has(name(resourceName))) resourceName += 'x';
  fonts.set(name(resourceName), fontRef!);
  resources.set(name('Font'), fonts);
  const newPage = doc.context.obj({});
  for (const [key, value] of page.node.entries()) {
    if (key === name('Annots')) {
      const kept = page.node
        .lookup(key, PDFArray)
        .asArray()
        .filter((a) => doc.context.lookup(a, PDFDict).get(name('Subtype')) !== name('Widget'));
      if (kept.length > 0) newPage.set(key, doc.context.obj(kept));
    } else if (key === name('Contents')) {
      const old = value instanceof PDFArray ? value.asArray() : [value];
      newPage.set(key, doc.context.obj([name('LancarOpen'), ...old, name('LancarDraw')]));
    } else if (key === name('Resources')) {
      newPage.set(key, resources);
    } else {
      newPage.set(key, value);
    }
  }
  if (!newPage.has(name('Resources'))) newPage.set(name('Resources'), resources);
  const pageDict = newPage.toString().replace('/LancarOpen', '{open}').replace('/LancarDraw', '{draw}');

  const newCatalog = doc.context.obj({});
  for (const [key, value] of doc.catalog.entries()) if (key !== name('AcroForm')) newCatalog.set(key, value);

  const check = (ref: PDFRef): ObjectCheck => {
    const at = { num: ref.objectNumber, gen: ref.generationNumber };
    return { ...at, fingerprint: fingerprint(objectBytes(pdfBytes, tail, at)) };
  };
  const replacement = (ref: PDFRef, dict: string, what: string): Replacement => ({ ...check(ref), dict: asciiOnly(dict, what) });
  const fontParts = [fontRef!, font.lookup(name('DescendantFonts'), PDFArray).get(0), font.get(name('ToUnicode'))];
  return {
    page: replacement(page.ref, pageDict, 'page'),
    catalog: replacement(catalogRef, newCatalog.toString(), 'catalog'),
    checks: fontParts.filter((ref): ref is PDFRef => ref instanceof PDFRef).map(check),
    font: resourceName,
    glyphs,
    ink: fillOperator(colorMapFor(variant)(INK_RGB)),
    size: { max: CONTACT_FONT_SIZE, min: MIN_SIZE },
    inset: INSET,
    fields,
  };
}
