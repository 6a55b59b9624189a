/**
 * The print-shop variant of any document. The document is drawn in CMYK (variant.ts); here each finished page is
 * placed, as a vector form, on a larger sheet: 3 mm bleed, crop marks at the corners, fold marks where the document
 * folds, and the TrimBox and BleedBox a print shop's preflight reads. Content stays where the document put it, so its
 * own margins (at least PRINT_SHOP.safe mm) keep text clear of the trim.
 *
 * The file is made to the rules of PDF/X-1a:2003 (ISO 15930-4) as far as they concern what Lancar draws: PDF 1.4
 * without object streams, CMYK and grey only, fonts embedded, no transparency, no annotations, TrimBox and BleedBox
 * on every page, a trailer ID, Trapped set, and an output intent naming the registered printing condition
 * (FOGRA39, coated offset paper). The ICC profile is not embedded: PDF/X-1a allows that for a registered condition,
 * and no freely licensed FOGRA39 profile is available to ship. README.md ("For a print shop") says what is met.
 */
import { createHash } from 'node:crypto';
import { reprintDocument, setPrintPreferences, setReleaseDates } from './document.ts';
import { cmyk, LineCapStyle, PDFArray, PDFDict, PDFHeader, PDFHexString, PDFName, PDFString, type PDFDocument, type PDFPage } from './pdf.ts';
import { mm } from './units.ts';

/** Millimetres. */
export const PRINT_SHOP = {
  bleed: 3,
  /** Paper beyond the trim on each side, holding the bleed and the crop marks. */
  slug: 12,
  /** Crop and fold marks start this far from the trim (outside the bleed) and run this long. */
  markOffset: 4,
  markLength: 6,
  /** Text and drawings keep at least this far inside the trim (checked by tests). */
  safe: 5,
} as const;

/** The printing condition the CMYK builds are meant for, as registered at color.org. */
export const OUTPUT_INTENT = {
  identifier: 'FOGRA39',
  info: 'Coated FOGRA39 (ISO 12647-2:2004)',
  registry: 'http://www.color.org',
} as const;

export const PDFX_VERSION = 'PDF/X-1a:2003';

/** Marks in black ink alone (a print shop's registration colour is not needed on a one-sheet job). */
const MARK_INK = cmyk(0, 0, 0, 1);

export interface PrintShopOptions {
  /** Per page, the folds as distances in millimetres from the trim's left edge (vertical fold lines). */
  folds?: readonly (readonly number[])[];
}

export async function toPrintShop(source: Uint8Array, options: PrintShopOptions = {}): Promise<Uint8Array> {
  // The print shop's file is the same document: title, language, subject and the rest carry over.
  const { source: original, doc } = await reprintDocument(source);

  const slug = mm(PRINT_SHOP.slug);
  const bleed = mm(PRINT_SHOP.bleed);
  // One call for all pages: the pages then share one copy of the fonts and drawings they use. Each form reaches
  // into the bleed, so a background the document draws past its edge prints to the cut.
  const sourcePages = original.getPages();
  const boxes = sourcePages.map((p) => ({ left: -bleed, bottom: -bleed, right: p.getWidth() + bleed, top: p.getHeight() + bleed }));
  const embedded = await doc.embedPages(sourcePages, boxes);
  for (const [index, form] of embedded.entries()) {
    const { width, height } = sourcePages[index]!.getSize();
    const page = doc.addPage([width + 2 * slug, height + 2 * slug]);
    page.drawPage(form, { x: slug - bleed, y: slug - bleed });
    page.setTrimBox(slug, slug, width, height);
    page.setBleedBox(slug - bleed, slug - bleed, width + 2 * bleed, height + 2 * bleed);
    drawCropMarks(page, slug, slug, width, height);
    for (const fold of options.folds?.[index] ?? []) drawFoldMarks(page, slug + mm(fold), slug, height);
  }
  setPrintPreferences(doc, undefined);
  setReleaseDates(doc);
  markAsPdfX(doc, source);
  // PDF/X-1a:2003 is PDF 1.4: no object or cross-reference streams.
  return doc.save({ useObjectStreams: false });
}

const line = (page: PDFPage, x1: number, y1: number, x2: number, y2: number, dashArray?: number[]) =>
  page.drawLine({
    start: { x: x1, y: y1 },
    end: { x: x2, y: y2 },
    thickness: 0.25,
    color: MARK_INK,
    lineCap: LineCapStyle.Butt,
    ...(dashArray ? { dashArray } : {}),
  });

function drawCropMarks(page: PDFPage, x: number, y: number, width: number, height: number): void {
  const offset = mm(PRINT_SHOP.markOffset);
  const length = mm(PRINT_SHOP.markLength);
  for (const cx of [x, x + width]) {
    for (const cy of [y, y + height]) {
      const sx = cx === x ? -1 : 1;
      const sy = cy === y ? -1 : 1;
      // A horizontal and a vertical mark on the trim lines, outside the bleed.
      line(page, cx + sx * offset, cy, cx + sx * (offset + length), cy);
      line(page, cx, cy + sy * offset, cx, cy + sy * (offset + length));
    }
  }
}

/** A dashed mark above and below the trim on a fold line, outside the bleed: the convention for folds. */
function drawFoldMarks(page: PDFPage, x: number, y: number, height: number): void {
  const offset = mm(PRINT_SHOP.markOffset);
  const length = mm(PRINT_SHOP.markLength);
  const dashes = [mm(1.5), mm(1)];
  line(page, x, y - offset, x, y - offset - length, dashes);
  line(page, x, y + height + offset, x, y + height + offset + length, dashes);
}

/** The catalogue entries PDF/X asks for, beyond what every Lancar document already carries. */
function markAsPdfX(doc: PDFDocument, source: Uint8Array): void {
  const { context } = doc;
  context.header = PDFHeader.forVersion(1, 4);
  const info = context.lookup(context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of('GTS_PDFXVersion'), PDFString.of(PDFX_VERSION));
  info.set(PDFName.of('Trapped'), PDFName.of('False'));
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputConditionIdentifier: PDFString.of(OUTPUT_INTENT.identifier),
    OutputCondition: PDFString.of(OUTPUT_INTENT.info),
    Info: PDFString.of(OUTPUT_INTENT.info),
    RegistryName: PDFString.of(OUTPUT_INTENT.registry),
  });
  doc.catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));
  // A file identifier from the content: the same document always gets the same one.
  const id = PDFHexString.of(createHash('md5').update(source).digest('hex'));
  const ids = PDFArray.withContext(context);
  ids.push(id);
  ids.push(id);
  context.trailerInfo.ID = ids;
}
