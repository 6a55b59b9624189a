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
import { reprintDocument, savePrintDocument } from './document.ts';
import { mm, PAPER } from './units.ts';

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

/** A4 landscape sheets, each side a page of the result: print duplex, flipping on the short edge. */
export async function imposeSaddleStitch(readingOrder: Uint8Array): Promise<Uint8Array> {
  const { source, doc } = await reprintDocument(readingOrder);

  const pages = await doc.embedPdf(source, source.getPageIndices());
  const sheet = { width: mm(PAPER.a4Landscape.width), height: mm(PAPER.a4Landscape.height) };
  const spine = sheet.width / 2;
  for (const [left, right] of saddleStitchOrder(pages.length)) {
    const side = doc.addPage([sheet.width, sheet.height]);
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
