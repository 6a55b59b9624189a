/**
 * Saddle-stitch imposition: a reading-order document of A5 pages becomes A4 landscape sheets, two pages side by
 * side, printed on both sides, folded in the middle and stapled on the fold. Each page is placed as a vector form
 * (embedPdf/drawPage), so text stays real text and stays extractable.
 *
 * Sheet sides, for n pages (n a multiple of 4), left | right:
 *   sheet 1 front  n | 1        sheet 1 back  2 | n−1
 *   sheet 2 front  n−2 | 3      sheet 2 back  4 | n−3      …
 *
 * Blank pages: a page count that is not a multiple of 4 is padded with blank pages placed just before the last
 * page, because the last page of a reading-order document is its back cover and must stay on the outside.
 * (The booklet itself adds notes pages to reach a multiple of 4, so it never needs these blanks; they are here so
 * any other document can be imposed.)
 */
import type { PrintAssets } from './assets.ts';
import { reprintDocument, savePrintDocument } from './document.ts';
import { type Color, degrees, LineCapStyle, type PDFFont, type PDFPage } from './pdf.ts';
import { subsetName } from './subset-name.ts';
import { mm, PAPER } from './units.ts';

/** What the sheets say along the fold, and the ink to say it in (the variant's black). */
export interface SheetMarks {
  /** "Lembar 1 · depan", for sheet n (1-based) and its side. */
  label: (sheet: number, side: 'front' | 'back') => string;
  /** The duplex setting these sheets need, printed beside the label. */
  duplex: string;
  fonts: PrintAssets['fonts'];
  ink: Color;
}

/** The label's size in points (the smallest print text), its place in the gutter and the fold ticks, in mm. */
const MARKS = { size: 9, fromFold: 2, fromEdge: 8, tick: 4 } as const;

/** Pages in booklet order: page numbers 1-based, null for a blank. One [left, right] pair per sheet side. */
export function saddleStitchOrder(pageCount: number): [number | null, number | null][] {
  if (!Number.isInteger(pageCount) || pageCount < 1) throw new Error(`saddleStitchOrder: a document needs at least one page (got ${pageCount})`);
  const padded = Math.ceil(pageCount / 4) * 4;
  const blanks = padded - pageCount;
  // Slot s (1-based, the page's place in the folded booklet) → the document's page, or null.
  const pageAt = (slot: number): number | null => {
    if (pageCount === 1) return slot === 1 ? 1 : null;
    if (slot === padded) return pageCount; // the back cover stays the outside back
    if (slot >= pageCount && slot < pageCount + blanks) return null;
    return slot;
  };
  const sides: [number | null, number | null][] = [];
  for (let sheet = 0; sheet < padded / 4; sheet++) {
    sides.push([pageAt(padded - 2 * sheet), pageAt(1 + 2 * sheet)]);
    sides.push([pageAt(2 + 2 * sheet), pageAt(padded - 1 - 2 * sheet)]);
  }
  return sides;
}

/**
 * A4 landscape sheets, each side a page of the result: print duplex, flipping on the short edge. With `marks`, each
 * side says which sheet and side it is and how to print it, in small type along the fold where the staples go, and
 * carries a short tick at the top and bottom edge where it folds: a kader who prints by hand sees at once when a
 * back came out upside down or behind the wrong front.
 */
export async function imposeSaddleStitch(readingOrder: Uint8Array, marks?: SheetMarks): Promise<Uint8Array> {
  const { source, doc } = await reprintDocument(readingOrder);
  const font = marks
    ? await doc.embedFont(marks.fonts.regular, { subset: true, customName: subsetName('AtkinsonHyperlegible-Regular', 'sheet-marks') })
    : undefined;

  const pages = await doc.embedPdf(source, source.getPageIndices());
  const sheet = { width: mm(PAPER.a4Landscape.width), height: mm(PAPER.a4Landscape.height) };
  const spine = sheet.width / 2;
  for (const [index, [left, right]] of saddleStitchOrder(pages.length).entries()) {
    const side = doc.addPage([sheet.width, sheet.height]);
    if (marks && font) drawSheetMarks(side, font, marks, Math.floor(index / 2) + 1, index % 2 === 0 ? 'front' : 'back');
    for (const [number, onLeft] of [
      [left, true],
      [right, false],
    ] as const) {
      if (number === null) continue;
      const page = pages[number - 1]!;
      // Each page meets the fold; one larger than half a sheet is scaled down to fit.
      const scale = Math.min(1, spine / page.width, sheet.height / page.height);
      const width = page.width * scale;
      const height = page.height * scale;
      side.drawPage(page, { x: onLeft ? spine - width : spine, y: (sheet.height - height) / 2, xScale: scale, yScale: scale });
    }
  }
  return savePrintDocument(doc, { sides: 'flip-short-edge' });
}

/** The label read upwards along the fold, on the right-hand page's gutter, and the fold ticks. */
function drawSheetMarks(page: PDFPage, font: PDFFont, marks: SheetMarks, sheet: number, side: 'front' | 'back'): void {
  const { width, height } = page.getSize();
  const spine = width / 2;
  const size = MARKS.size;
  const text = `${marks.label(sheet, side)} · ${marks.duplex}`;
  // Rotated 90°, the text's baseline runs up the page; its descenders point towards the fold.
  page.drawText(text, { x: spine + mm(MARKS.fromFold) + size * 0.8, y: mm(MARKS.fromEdge), size, font, color: marks.ink, rotate: degrees(90) });
  for (const [from, to] of [
    [0, mm(MARKS.tick)],
    [height - mm(MARKS.tick), height],
  ] as const) {
    page.drawLine({ start: { x: spine, y: from }, end: { x: spine, y: to }, thickness: 0.5, color: marks.ink, lineCap: LineCapStyle.Butt });
  }
}
