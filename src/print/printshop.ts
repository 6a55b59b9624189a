/**
 * The print-shop variant of any document: each finished page is placed, as a vector form, on a larger sheet with
 * 3 mm bleed, crop marks at the corners and the TrimBox and BleedBox a print shop's preflight reads. Content stays
 * where the document put it, so its own margins (at least PRINT_SHOP.safe mm) keep text clear of the trim.
 */
import { reprintDocument } from './document.ts';
import { LineCapStyle, rgb, type PDFDocument } from './pdf.ts';
import { mm } from './units.ts';

/** Millimetres. */
export const PRINT_SHOP = {
  bleed: 3,
  /** Paper beyond the trim on each side, holding the bleed and the crop marks. */
  slug: 12,
  /** Crop marks start this far from the trim (outside the bleed) and run this long. */
  markOffset: 4,
  markLength: 6,
  /** Text and drawings keep at least this far inside the trim (checked by tests). */
  safe: 5,
} as const;

export async function toPrintShop(source: Uint8Array): Promise<Uint8Array> {
  // The print shop's file is the same document: title, language, subject and the rest carry over.
  const { source: original, doc } = await reprintDocument(source);

  const slug = mm(PRINT_SHOP.slug);
  const bleed = mm(PRINT_SHOP.bleed);
  const pages = await doc.embedPdf(original, original.getPageIndices());
  for (const embedded of pages) {
    const { width, height } = embedded;
    const page = doc.addPage([width + 2 * slug, height + 2 * slug]);
    page.drawPage(embedded, { x: slug, y: slug });
    page.setTrimBox(slug, slug, width, height);
    page.setBleedBox(slug - bleed, slug - bleed, width + 2 * bleed, height + 2 * bleed);
    drawCropMarks(page, slug, slug, width, height);
  }
  return doc.save();
}

function drawCropMarks(page: ReturnType<PDFDocument['addPage']>, x: number, y: number, width: number, height: number): void {
  const offset = mm(PRINT_SHOP.markOffset);
  const length = mm(PRINT_SHOP.markLength);
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.25, color: rgb(0, 0, 0), lineCap: LineCapStyle.Butt });
  for (const cx of [x, x + width]) {
    for (const cy of [y, y + height]) {
      const sx = cx === x ? -1 : 1;
      const sy = cy === y ? -1 : 1;
      // A horizontal and a vertical mark on the trim lines, outside the bleed.
      line(cx + sx * offset, cy, cx + sx * (offset + length), cy);
      line(cx, cy + sy * offset, cx, cy + sy * (offset + length));
    }
  }
}
