/**
 * What the print page says about each document: which words describe it (ui.yaml `print.documents` and
 * `print.about`), how it is printed, and, for two-sided documents, the manual two-sided recipe for printers that
 * cannot turn the paper themselves (most posyandu ink-tank printers). Pure: the page hands in page counts read from
 * the rendered PDFs, so nothing here is typed twice.
 */
import type { DocumentKind } from './catalog.ts';
import { ContentError } from '../content/errors.ts';
import type { Ui } from '../content/schemas/index.ts';
import type { Sides as PaperSides } from './document.ts';
import { saddleStitchOrder } from './impose.ts';

/**
 * How a document goes through a printer, in the words of the duplex mode its PDF declares (document.ts), so the
 * page and the print dialog never disagree (tests/dist/print-production.test.ts holds them together):
 *   one-sided        a single page
 *   flip-short-edge  landscape sheets printed on both sides, turned over on the short edge
 *   flip-long-edge   portrait forms of two pages or more: both sides of a sheet, like a book
 *   screen           the reading-order booklet: for screens, and for a print shop that binds A5 pages itself
 */
export type Sides = PaperSides | 'screen';

export interface DocumentGuide {
  /** Its key in ui.yaml's `print.documents` and `print.about`. */
  key: string;
  sides: Sides;
  /** The imposed booklet: each sheet side carries two booklet pages, so the recipe names them. */
  imposed?: true;
}

/** In the order the print page lists the documents. */
export const GUIDE: Record<DocumentKind, DocumentGuide> = {
  leaflet: { key: 'leaflet', sides: 'flip-short-edge' },
  'booklet-imposed': { key: 'bookletImposed', sides: 'flip-short-edge', imposed: true },
  booklet: { key: 'booklet', sides: 'screen' },
  checklist: { key: 'checklist', sides: 'one-sided' },
  // Each version of the test and the milk log is one sheet, front and back (forms-test.ts, forms-log.ts).
  'knowledge-test': { key: 'knowledgeTest', sides: 'flip-long-edge' },
  'answer-key': { key: 'answerKey', sides: 'flip-long-edge' },
  'milk-log': { key: 'milkLog', sides: 'flip-long-edge' },
  // The training kit: the flipchart's sheets turn over their short edge like the leaflet's (training-flipchart.ts).
  flipchart: { key: 'flipchart', sides: 'flip-short-edge' },
  'session-plan': { key: 'sessionPlan', sides: 'flip-long-edge' },
  attendance: { key: 'attendance', sides: 'one-sided' },
  'score-sheet': { key: 'scores', sides: 'flip-long-edge' },
};

/** Printed on both sides of the paper. */
export const isTwoSided = (sides: Sides) => sides === 'flip-short-edge' || sides === 'flip-long-edge';

/** Sheets of paper one copy takes. */
export const sheetsOf = (sides: Sides, pdfPages: number) => (isTwoSided(sides) ? Math.ceil(pdfPages / 2) : pdfPages);

/** One sheet of a two-sided document: the PDF page printed on its front and the one on its back. */
export interface SheetSides {
  sheet: number;
  front: number;
  back: number | null;
  /** Imposed booklet only: the booklet's page numbers [left, right] on each side (null: a blank half). */
  frontPages?: [number | null, number | null];
  backPages?: [number | null, number | null];
}

export interface ManualDuplex {
  sheets: SheetSides[];
  /** First pass: the fronts, in sheet order. */
  fronts: number[];
  /** Second pass: the backs, in sheet order, and reversed for printers that take the last sheet first. */
  backs: number[];
  backsReversed: number[];
}

/**
 * The manual two-sided recipe of a document of `pdfPages` pages (odd pages are fronts, even pages their backs).
 * For the imposed booklet `bookletPages` is the reading-order booklet's page count: each sheet side then lists
 * the booklet pages it carries, from the same order the imposition uses (impose.ts).
 */
export function manualDuplex(pdfPages: number, bookletPages?: number): ManualDuplex {
  if (!Number.isInteger(pdfPages) || pdfPages < 1) throw new Error(`manualDuplex: a document needs at least one page (got ${pdfPages})`);
  const order = bookletPages === undefined ? undefined : saddleStitchOrder(bookletPages);
  if (order && order.length !== pdfPages) {
    throw new Error(`manualDuplex: a booklet of ${bookletPages} pages imposes to ${order.length} sheet sides, but the imposed PDF has ${pdfPages} pages`);
  }
  const sheets: SheetSides[] = [];
  for (let front = 1; front <= pdfPages; front += 2) {
    const back = front + 1 <= pdfPages ? front + 1 : null;
    const sheet: SheetSides = { sheet: (front + 1) / 2, front, back };
    if (order) {
      sheet.frontPages = order[front - 1]!;
      if (back !== null) sheet.backPages = order[back - 1]!;
    }
    sheets.push(sheet);
  }
  const fronts = sheets.map((s) => s.front);
  const backs = sheets.flatMap((s) => (s.back === null ? [] : [s.back]));
  return { sheets, fronts, backs, backsReversed: [...backs].reverse() };
}

/** File sizes as the page shows them: "68 KB", "1,2 MB" in Indonesian, "1.2 MB" in English. */
export function formatFileSize(lang: string, bytes: number): string {
  if (!(bytes >= 0)) throw new Error(`formatFileSize: not a size: ${bytes}`);
  const kb = bytes / 1024;
  if (kb < 1000) return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(kb)))} KB`;
  return `${new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(kb / 1024)} MB`;
}

/** "1, 3, 5" — a page list as a print dialog's Pages box takes it. */
export const pageList = (pages: number[]) => pages.join(', ');

/** A document's words from ui.yaml: its title and its card. A document without them stops the build, naming the field. */
export function documentWords(ui: Ui, locale: string, key: string): { title: string; purpose: string; howTo: string[] } {
  const title = (ui.print.documents as Record<string, string>)[key];
  const about = ui.print.about[key];
  const problems = [
    ...(title ? [] : [{ file: `content/${locale}/ui.yaml`, field: `print.documents.${key}`, message: "the print page needs this document's title" }]),
    ...(about
      ? []
      : [{ file: `content/${locale}/ui.yaml`, field: `print.about.${key}`, message: "the print page needs this document's purpose and howTo (may be [])" }]),
  ];
  if (problems.length > 0) throw new ContentError(problems);
  return { title: title!, purpose: about!.purpose, howTo: about!.howTo };
}
