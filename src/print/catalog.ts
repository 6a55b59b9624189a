/**
 * Every printed file of a language: which document, paper and variant, under which file name, and how to render
 * it. The site's PDF endpoint, the print page, the bench and the tests all read this one list.
 *
 *   leaflet            A4 and F4 landscape × colour, black-and-white, print-shop
 *   booklet            A5 reading order × colour, black-and-white, print-shop
 *   booklet-imposed    A4 landscape saddle-stitch sheets × colour, black-and-white
 *   checklist, knowledge-test, answer-key, milk-log   A4 portrait, black ink by design (one file each)
 *   flipchart          A4 and A3 landscape × colour, black-and-white (the training kit, training-flipchart.ts)
 *   session-plan, attendance, score-sheet   A4 portrait, black ink (the training kit, training-forms.ts)
 */
import type { PrintAssets } from './assets.ts';
import { renderBooklet } from './booklet.ts';
import type { PrintContent } from './content.ts';
import { renderChecklist, renderKnowledgeTest, renderMilkLog } from './forms.ts';
import { imposeSaddleStitch, type SheetMarks } from './impose.ts';
import { leafletInput, leafletPanels, renderLeaflet } from './leaflet.ts';
import { toPrintShop } from './printshop.ts';
import { PAPER, type SizeMm } from './units.ts';
import { colorMapFor, type Variant } from './variant.ts';
import { parseColor } from './svg.ts';
import { INK } from '../palette.ts';
import { fill } from '../i18n/strings.ts';
import { FLIPCHART, renderFlipchart } from './training-flipchart.ts';
import { renderAttendance, renderScoreSheet, renderSessionPlan } from './training-forms.ts';
import type { Ui } from '../content/schemas/index.ts';
import { cached } from '../render/cached.ts';

export type DocumentKind =
  | 'leaflet'
  | 'booklet'
  | 'booklet-imposed'
  | 'checklist'
  | 'knowledge-test'
  | 'answer-key'
  | 'milk-log'
  // The training kit
  | TrainingKind;
export type TrainingKind = 'flipchart' | 'session-plan' | 'attendance' | 'score-sheet';
export type PaperName = 'a4' | 'f4' | 'a5' | 'a3';

export interface PrintFile {
  locale: string;
  kind: DocumentKind;
  paper: PaperName;
  variant: Variant;
  /** File name without ".pdf", unique in the language's folder. */
  name: string;
}

/** Trim sizes in millimetres, as each document is laid out. */
export const TRIM: Record<DocumentKind, SizeMm> = {
  leaflet: PAPER.a4Landscape,
  booklet: { width: 148, height: 210 },
  'booklet-imposed': PAPER.a4Landscape,
  checklist: { width: 210, height: 297 },
  'knowledge-test': { width: 210, height: 297 },
  'answer-key': { width: 210, height: 297 },
  'milk-log': { width: 210, height: 297 },
  // The training kit
  flipchart: FLIPCHART.papers.a4,
  'session-plan': { width: 210, height: 297 },
  attendance: { width: 210, height: 297 },
  'score-sheet': { width: 210, height: 297 },
};

export const trimOf = (file: PrintFile): SizeMm =>
  file.kind === 'leaflet' && file.paper === 'f4' ? PAPER.f4Landscape : file.kind === 'flipchart' && file.paper === 'a3' ? FLIPCHART.papers.a3 : TRIM[file.kind];

/** The training kit's files: the flipchart on A4 and A3 in colour and black and white, and three A4 sheets. */
export function trainingFiles(locale: string, ui: Ui, names: Ui['print']['training']): PrintFile[] {
  const all: PrintFile[] = [];
  for (const paper of ['a4', 'a3'] as const) {
    for (const variant of ['colour', 'bw'] as const) {
      all.push({ locale, kind: 'flipchart', paper, variant, name: `${names.flipchart}-${paper}${variant === 'bw' ? `-${ui.print.files.bw}` : ''}` });
    }
  }
  all.push({ locale, kind: 'session-plan', paper: 'a4', variant: 'bw', name: `${names.sessionPlan}-a4` });
  all.push({ locale, kind: 'attendance', paper: 'a4', variant: 'bw', name: `${names.attendance}-a4` });
  all.push({ locale, kind: 'score-sheet', paper: 'a4', variant: 'bw', name: `${names.scores}-a4` });
  return all;
}

export function printFiles(locale: string, ui: Ui): PrintFile[] {
  const { files } = ui.print;
  const suffix = (variant: Variant) => (variant === 'bw' ? `-${files.bw}` : variant === 'print-shop' ? `-${files.printShop}` : '');
  const all: PrintFile[] = [];
  for (const paper of ['a4', 'f4'] as const) {
    for (const variant of ['colour', 'bw', 'print-shop'] as const) {
      all.push({ locale, kind: 'leaflet', paper, variant, name: `${ui.strings.leafletFile}-${paper}${suffix(variant)}` });
    }
  }
  for (const variant of ['colour', 'bw', 'print-shop'] as const) {
    all.push({ locale, kind: 'booklet', paper: 'a5', variant, name: `${files.booklet}-a5${suffix(variant)}` });
  }
  for (const variant of ['colour', 'bw'] as const) {
    all.push({ locale, kind: 'booklet-imposed', paper: 'a4', variant, name: `${files.booklet}-${files.imposed}-a4${suffix(variant)}` });
  }
  all.push({ locale, kind: 'checklist', paper: 'a4', variant: 'bw', name: `${files.checklist}-a4` });
  all.push({ locale, kind: 'knowledge-test', paper: 'a4', variant: 'bw', name: `${files.knowledgeTest}-a4` });
  all.push({ locale, kind: 'answer-key', paper: 'a4', variant: 'bw', name: `${files.answerKey}-a4` });
  all.push({ locale, kind: 'milk-log', paper: 'a4', variant: 'bw', name: `${files.milkLog}-a4` });
  // The training kit
  all.push(...trainingFiles(locale, ui, ui.print.training));
  return all;
}

/**
 * Each file is drawn through the render cache (src/render/cached.ts): kept between builds until something it read
 * changes, and drawn once per build. The reading-order booklet is the source of three files (itself, the imposed
 * sheets and the print-shop file), so it is cached on its own, and the files made from it read it through there.
 */
const bookletOnce = (content: PrintContent, assets: PrintAssets, variant: Variant) =>
  cached('booklet', [content.locale, variant], { content, assets }, (input) => renderBooklet(input.content, input.assets, { variant }));

export function renderPrintFile(file: PrintFile, content: PrintContent, assets: PrintAssets): Promise<Uint8Array> {
  return cached('print', file, { content, assets }, (input) => renderUncached(file, input.content, input.assets));
}

async function renderUncached(file: PrintFile, content: PrintContent, assets: PrintAssets): Promise<Uint8Array> {
  // The print-shop file is the colour layout drawn in CMYK, then placed on a larger sheet with bleed and marks.
  let bytes: Uint8Array;
  switch (file.kind) {
    case 'leaflet':
      bytes = await renderLeaflet(leafletInput(content), assets, {
        paper: trimOf(file),
        variant: file.variant,
        contactFields: file.variant !== 'print-shop',
      });
      break;
    case 'booklet':
      bytes = await bookletOnce(content, assets, file.variant);
      break;
    case 'booklet-imposed':
      bytes = await imposeSaddleStitch(await bookletOnce(content, assets, file.variant), sheetMarks(content.ui, assets, file.variant));
      break;
    case 'checklist':
      bytes = await renderChecklist(content, assets);
      break;
    case 'knowledge-test':
      bytes = await renderKnowledgeTest(content, assets, { answerKey: false });
      break;
    case 'answer-key':
      bytes = await renderKnowledgeTest(content, assets, { answerKey: true });
      break;
    case 'milk-log':
      bytes = await renderMilkLog(content, assets);
      break;
    // The training kit
    case 'flipchart':
      bytes = await renderFlipchart(content, assets, { paper: file.paper === 'a3' ? 'a3' : 'a4', variant: file.variant === 'bw' ? 'bw' : 'colour' });
      break;
    case 'session-plan':
      bytes = await renderSessionPlan(content, assets);
      break;
    case 'attendance':
      bytes = await renderAttendance(content, assets);
      break;
    case 'score-sheet':
      bytes = await renderScoreSheet(content, assets);
      break;
  }
  return file.variant === 'print-shop' ? toPrintShop(bytes, { folds: foldsOf(file) }) : bytes;
}

/** The imposed booklet's sheet labels in the language's words and the variant's black. */
const sheetMarks = (ui: Ui, assets: PrintAssets, variant: Variant): SheetMarks => ({
  label: (sheet, side) => fill(ui.print.sheet, { sheet: String(sheet), side: side === 'front' ? ui.print.sheetFront : ui.print.sheetBack }),
  duplex: ui.print.duplexShortEdge,
  fonts: assets.fonts,
  ink: colorMapFor(variant)(parseColor(INK)!),
});

/** Where each page of a document folds, in millimetres from its left edge: the leaflet's two panel edges per side. */
export function foldsOf(file: PrintFile): number[][] {
  if (file.kind !== 'leaflet') return [];
  const { outside, inside } = leafletPanels(trimOf(file));
  return [outside, inside].map((panels) => panels.slice(1).map((panel) => panel.x));
}
