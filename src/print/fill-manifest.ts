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
 * Codes and widths come from the field font as the PDF carries it (its /Widths), not from a fresh embedding: that
 * font is what any reader will draw the codes with.
 */
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
  /** Lines the text may wrap onto (the name: two). */
  lines: number;
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
  /** The field font's objects (font with the widths, its descriptor), so the codes below are theirs. */
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
    return { name: spec.name, maxLength: field.getMaxLength() ?? spec.maxLength, lines: spec.lines, x, y, width, height };
  });

  // Codes and widths of every character a kader may type, as the embedded field font has them: a simple font in
  // WinAnsi encoding (field-font.ts), where each printable Latin-1 character is its own one-byte code.
  const font = doc.context.lookup(fontRef!, PDFDict);
  if (font.get(name('Subtype')) !== name('TrueType') || font.get(name('Encoding')) !== name('WinAnsiEncoding'))
    throw new Error('fill-manifest: the field font is not a WinAnsi TrueType font');
  const firstChar = (font.lookup(name('FirstChar')) as PDFNumber).asNumber();
  const widths = font.lookup(name('Widths'), PDFArray).asArray();
  const glyphs: FillManifest['glyphs'] = {};
  for (const char of CONTACT_CHARSET) {
    const code = char.charCodeAt(0);
    const width = (widths[code - firstChar] as PDFNumber | undefined)?.asNumber();
    if (!width) throw new Error(`fill-manifest: the field font has no glyph for "${char}"`);
    glyphs[char] = [code.toString(16).toUpperCase().padStart(2, '0'), width];
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
  const fontParts = [fontRef!, font.get(name('FontDescriptor'))];
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
