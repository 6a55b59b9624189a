/** A new PDF with the print fonts embedded as proper subsets and its metadata set: shared by every document. */
import { readRelease } from '../cite/release.ts';
import { releaseMoment } from '../release/release-mode.ts';
import type { PrintAssets } from './assets.ts';
import { decodePDFRawStream, Duplex, fontkit, PDFDict, PDFDocument, type PDFFont, PDFName, PDFRawStream, PDFRef, PrintScaling } from './pdf.ts';
import { subsetName } from './subset-name.ts';
import type { Fonts } from './svg.ts';

export interface DocumentInfo {
  title: string;
  subject: string;
  /** BCP 47 language of the text, e.g. "id". */
  lang: string;
  author: string;
  keywords: string[];
}

/** The subset fonts of each document, named by the glyphs they hold when it is saved (nameSubsets). */
const subsetFonts = new WeakMap<PDFDocument, { font: PDFFont; postscriptName: string }[]>();

export async function createPrintDocument(info: DocumentInfo, assets: PrintAssets): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const embed = async (bytes: Uint8Array, postscriptName: string) => {
    const font = await doc.embedFont(bytes, { subset: true, customName: subsetName(postscriptName, '') });
    subsetFonts.set(doc, [...(subsetFonts.get(doc) ?? []), { font, postscriptName }]);
    return font;
  };
  const fonts: Fonts = {
    regular: await embed(assets.fonts.regular, 'AtkinsonHyperlegible-Regular'),
    bold: await embed(assets.fonts.bold, 'AtkinsonHyperlegible-Bold'),
  };
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setSubject(info.subject);
  doc.setLanguage(info.lang);
  doc.setAuthor(info.author);
  doc.setKeywords(info.keywords);
  doc.setCreator('Lancar print renderer');
  doc.setProducer('Lancar (satori + @cantoo/pdf-lib)');
  return { doc, fonts };
}

/** The font of fillable fields: field-font.ts. */
export { embedFieldFont } from './field-font.ts';
export { subsetName } from './subset-name.ts';

/** Entries per beginbfchar block: ISO 32000 (9.10.3, via the CMap format) allows at most 100. */
const BFCHAR_BLOCK = 100;

/**
 * pdf-lib writes each font's ToUnicode map as one block of every glyph. Poppler reads a longer block, but
 * Ghostscript and some print-shop tools then extract wrong text, so the maps are split into blocks of 100.
 */
export function splitToUnicodeMaps(doc: PDFDocument): void {
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const ref = object.get(PDFName.of('ToUnicode'));
    if (!(ref instanceof PDFRef)) continue;
    const stream = doc.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    const cmap = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
    const match = /(\d+) beginbfchar\n([\s\S]*?)\nendbfchar/.exec(cmap);
    if (!match || Number(match[1]) <= BFCHAR_BLOCK) continue;
    const entries = match[2]!.split('\n');
    const blocks: string[] = [];
    for (let at = 0; at < entries.length; at += BFCHAR_BLOCK) {
      const block = entries.slice(at, at + BFCHAR_BLOCK);
      blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
    }
    doc.context.assign(ref, doc.context.flateStream(cmap.replace(match[0], blocks.join('\n'))));
  }
}

/**
 * How a document's pages go on paper. A print dialog preselects the duplex mode a PDF declares; getting it wrong
 * wastes a whole run (an imposed booklet printed flipping on the long edge has every back upside down and out of
 * order), so every file says it.
 */
export type Sides = 'one-sided' | 'flip-short-edge' | 'flip-long-edge';

/**
 * The usual case, from the pages' shape: one page prints one-sided; a landscape sheet (the leaflet, the imposed
 * booklet) turns over its short edge, as it is read by turning it left to right; a portrait one over its long edge.
 * A document bound otherwise (a flipchart bound at the top) passes its own.
 */
export function sidesOf(doc: PDFDocument): Sides {
  const pages = doc.getPages();
  if (pages.length < 2) return 'one-sided';
  const { width, height } = pages[0]!.getSize();
  return width > height ? 'flip-short-edge' : 'flip-long-edge';
}

const DUPLEX: Record<Sides, Duplex> = {
  'one-sided': Duplex.Simplex,
  'flip-short-edge': Duplex.DuplexFlipShortEdge,
  'flip-long-edge': Duplex.DuplexFlipLongEdge,
};

/**
 * Viewer preferences a print dialog reads: actual size (a leaflet shrunk to fit the printer's margins no longer
 * folds on its panel edges, and a form's boxes shrink), paper chosen by the page size, and the duplex mode
 * (`undefined` for the print-shop files, whose sheets the shop imposes itself).
 */
export function setPrintPreferences(doc: PDFDocument, sides: Sides | undefined): void {
  const preferences = doc.catalog.getOrCreateViewerPreferences();
  preferences.setPrintScaling(PrintScaling.None);
  preferences.setPickTrayByPDFSize(true);
  if (sides) preferences.setDuplex(DUPLEX[sides]);
}

export type SaveOptions = Parameters<PDFDocument['save']>[0] & {
  /** How the pages go on paper; by default from their shape (sidesOf). */
  sides?: Sides;
};

let releaseDay: Date | undefined;

/**
 * pdf-lib dates a new document with the clock; every PDF is dated by the kit's release instead (the newest release
 * in CHANGELOG.md, read once from the working folder, the project root during a build), so two builds of one
 * commit give the same bytes (src/release/release-mode.ts).
 */
export function setReleaseDates(doc: PDFDocument): void {
  releaseDay ??= releaseMoment(readRelease().day);
  const day = releaseDay;
  doc.setCreationDate(day);
  doc.setModificationDate(day);
}

/**
 * Every document is saved through here: fonts embedded first, their ToUnicode maps made standard, the print
 * preferences set, the release date stamped, then written.
 */
export async function savePrintDocument(doc: PDFDocument, options: SaveOptions = {}): Promise<Uint8Array> {
  nameSubsets(doc);
  await doc.flush();
  splitToUnicodeMaps(doc);
  const { sides, ...save } = options;
  setPrintPreferences(doc, sides ?? sidesOf(doc));
  setReleaseDates(doc);
  return doc.save(save);
}

/** What pdf-lib's subset embedder holds: the glyphs drawn, in subset order, and the name it will embed under. */
interface SubsetEmbedder {
  glyphs: { id: number }[];
  customName: string | undefined;
}

/**
 * Each subset's tag from the glyphs it holds, set just before pdf-lib embeds it: the same subset always has the
 * same name and a different one a different name, whatever else the document holds (a step's text the leaflet
 * does not print leaves its bytes, and so its cached render, as they were).
 */
function nameSubsets(doc: PDFDocument): void {
  for (const { font, postscriptName } of subsetFonts.get(doc) ?? []) {
    const embedder = (font as unknown as { embedder: SubsetEmbedder }).embedder;
    if (!Array.isArray(embedder.glyphs)) throw new Error('print: pdf-lib no longer keeps a subset’s glyphs where document.ts reads them; update nameSubsets');
    embedder.customName = subsetName(postscriptName, embedder.glyphs.map((glyph) => glyph?.id ?? 0).join(','));
  }
}

/**
 * A finished document and an empty one that carries its title, subject, author, keywords, creator, producer and
 * language: for files that place the same pages anew (imposition, print-shop sheets) and are the same document.
 */
export async function reprintDocument(finished: Uint8Array): Promise<{ source: PDFDocument; doc: PDFDocument }> {
  // updateMetadata: false, or pdf-lib would write its own name as the source's producer before it is copied.
  const source = await PDFDocument.load(finished, { updateMetadata: false });
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(source.getTitle() ?? '', { showInWindowTitleBar: true });
  doc.setSubject(source.getSubject() ?? '');
  doc.setAuthor(source.getAuthor() ?? '');
  doc.setKeywords((source.getKeywords() ?? '').split(/\s+/).filter(Boolean));
  doc.setCreator(source.getCreator() ?? '');
  doc.setProducer(source.getProducer() ?? '');
  const lang = source.catalog.get(PDFName.of('Lang'));
  if (lang) doc.catalog.set(PDFName.of('Lang'), lang);
  return { source, doc };
}
