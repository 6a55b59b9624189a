/**
 * The booklet: A5 portrait pages in reading order, for screens and duplex printing (impose.ts turns it into
 * saddle-stitched A4 sheets). Pure: typed content in, PDF bytes out.
 *
 *   page 1         cover: title, the cover drawing (booklet.yaml `cover`), contents with page numbers, QR code of
 *                  the procedure page's short link
 *   chapters       the procedure (introduction, one step a page, aftercare, stop if), how milk is made and flows,
 *                  danger signs (with a QR code of their page), references; each starts on a new page
 *   notes pages    only as many as make the page count a multiple of 4 (none with today's content), so the
 *                  saddle-stitched copy has no blank pages
 *   last page      back cover: where to find the danger signs, "not a treatment", the local contact box
 *
 * Blocks are laid out by satori (booklet-blocks.ts), flowed over the pages without ever being split
 * (booklet-flow.ts) and drawn as real text and vector paths (svg.ts). Each chapter gets a bookmark (outline.ts).
 * Steps print their full text in paragraphs: the booklet is the long read, the leaflet carries `short`.
 */
import { ContentError, type Problem } from '../content/errors.ts';
import { bibliographyOrder } from '../content/references.ts';
import { oldestDay } from '../content/trust.ts';
import { ALERT, INK, MUTED } from '../palette.ts';
import type { PrintAssets } from './assets.ts';
import {
  backCoverFoot,
  backCoverTop,
  BOOKLET_SIZES,
  chapterTitle,
  coverPage,
  figureBlock,
  footer,
  goNowBlock,
  listSection,
  notesHeading,
  notesPage,
  NOTES_LINE_GAP,
  paragraphBlock,
  procedureIntro,
  referenceBlock,
  safetyBlock,
  sourcesLine,
  stepBlock,
  type ContentsLine,
} from './booklet-blocks.ts';
import { flowPages } from './booklet-flow.ts';
import { addContactFields, contactBoxElement } from './contact.ts';
import { dangerSignCites, type PrintContent } from './content.ts';
import { createPrintDocument, embedFieldFont, savePrintDocument } from './document.ts';
import type { Element } from './element.ts';
import { layout as layoutIn, type Laid } from './layout.ts';
import { addOutline, type OutlineItem } from './outline.ts';
import type { PDFPage } from './pdf.ts';
import { drawSvg, parseColor } from './svg.ts';
import { printedLink } from './links.ts';
import { mm, toMm } from './units.ts';
import { colorMapFor, type Variant } from './variant.ts';

export interface BookletOptions {
  variant: Variant;
  /**
   * Fillable name and phone fields in the back cover's contact box (on unless turned off). The imposed and
   * print-shop files place this booklet's pages, which leaves the fields out: they print the bare lines.
   */
  contactFields?: boolean;
}

/** Millimetres. The print-shop file keeps all of this well over 5 mm inside the trim. */
export const BOOKLET = {
  page: { width: 148, height: 210 },
  margin: { top: 13, side: 14, bottom: 22 },
  /** Top of the running foot; its text ends about 13 mm above the bottom edge. */
  footerTop: 191,
  blockGap: 6,
} as const;

interface Block {
  laid: Laid;
  /** The content file to shorten when this block does not fit. */
  file: string;
  breakBefore?: boolean;
  keepWithNext?: boolean;
  /** Space above it, in points, when it follows another block on its page (the booklet's blockGap if not given). */
  gap?: number;
  /** A bookmark under the chapter's own (each step). */
  bookmark?: string;
}

interface Chapter {
  title: string;
  alert?: boolean;
  blocks: Block[];
}

export async function renderBooklet(content: PrintContent, assets: PrintAssets, options: BookletOptions): Promise<Uint8Array> {
  const { ui, procedure, booklet, dangerSigns, files } = content;
  const documentName = `booklet (${content.locale})`;
  const colorMap = colorMapFor(options.variant);
  const pageSize: [number, number] = [mm(BOOKLET.page.width), mm(BOOKLET.page.height)];
  const contentWidth = mm(BOOKLET.page.width - 2 * BOOKLET.margin.side);
  const contentHeight = mm(BOOKLET.page.height - BOOKLET.margin.top - BOOKLET.margin.bottom);
  const gap = mm(BOOKLET.blockGap);
  // Whole points: satori measures text on a rounded width, and a fractional width can break a line differently
  // when drawn than when measured.
  const layout = (element: Element) => layoutIn(element, Math.floor(contentWidth), assets.fonts, INK);
  const uiFile = `content/${content.locale}/ui.yaml`;

  const drawing = (name: string, file: string, field: string): string => {
    const svg = assets.illustrations[name];
    if (!svg) throw new ContentError([{ file, field, message: `no drawing named "${name}" in content/illustrations` }]);
    return svg;
  };
  const link = (key: string) => {
    if (!content.urls[key])
      throw new ContentError([{ file: `content/${content.locale}/`, message: `${documentName} needs the page with key "${key}"; add it` }]);
    return printedLink(content, key);
  };
  const block = async (element: Element, file: string, extra: Omit<Block, 'laid' | 'file'> = {}): Promise<Block> => ({
    laid: await layout(element),
    file,
    ...extra,
  });

  // The procedure: a step takes a page of its own, with the largest drawing that lets it fit there.
  const stepBlocks: Block[] = [];
  for (const step of content.steps) {
    const svg = drawing(step.illustration, step.file, 'illustration');
    let laid: Laid | undefined;
    for (const width of BOOKLET_SIZES.drawingWidths) {
      laid = await layout(stepBlock(step, ui, svg, width));
      if (laid.height <= contentHeight) break;
    }
    stepBlocks.push({ laid: laid!, file: step.file, breakBefore: true, bookmark: `${step.order}. ${step.title}` });
  }
  const procedureCites = [...procedure.cite, ...content.steps.flatMap((s) => s.cite)];
  // The booklet is as recently checked as the least recently checked file it prints.
  const checked = oldestDay([procedure.checked, booklet.checked, dangerSigns.checked, ...content.steps.map((s) => s.checked)]);
  const physiology = booklet.physiology;
  const [firstParagraph, ...otherParagraphs] = physiology.paragraphs;
  const subhead = (index: number) => physiology.subheads?.[index];
  const dangerCites = dangerSignCites(dangerSigns);
  const cited = new Set([...procedureCites, ...procedure.safety.cite, ...physiology.cite, ...dangerCites]);
  const references = bibliographyOrder(content.references).filter(([id]) => cited.has(id));
  const unknown = [...cited].filter((id) => !content.references.has(id));
  if (unknown.length > 0)
    throw new ContentError(unknown.map((id) => ({ file: 'content/references.yaml', message: `has no entry "${id}", which ${documentName} cites` })));

  const chapters: Chapter[] = [
    {
      title: ui.print.stepsTitle,
      blocks: [
        await block(chapterTitle(ui.print.stepsTitle), uiFile, { keepWithNext: true }),
        await block(procedureIntro(content), content.procedureFile),
        // Safety before the steps: a family reads when not to massage before it starts, not after.
        await block(safetyBlock(ui, procedure.safety, content.references), content.procedureFile, { breakBefore: true, bookmark: ui.strings.safetyTitle }),
        ...stepBlocks,
        await block(listSection(ui.strings.aftercare, procedure.aftercare), content.procedureFile, { breakBefore: true }),
        await block(sourcesLine(ui, procedureCites, content.references, procedure.practicalAdvice), content.procedureFile, { gap: mm(4) }),
      ],
    },
    {
      title: physiology.title,
      blocks: [
        await block(chapterTitle(physiology.title), files.booklet, { keepWithNext: true }),
        await block(paragraphBlock(firstParagraph!, subhead(0)), files.booklet),
        ...(physiology.figure
          ? [
              await block(
                figureBlock(drawing(physiology.figure.illustration, files.booklet, 'physiology.figure.illustration'), physiology.figure.caption),
                files.booklet,
              ),
            ]
          : []),
        // Paragraphs of one text sit closer together than separate blocks.
        ...(await Promise.all(
          otherParagraphs.map((p, i) => block(paragraphBlock(p, subhead(i + 1)), files.booklet, { gap: mm(physiology.subheads ? 4 : 3) })),
        )),
        await block(sourcesLine(ui, physiology.cite, content.references), files.booklet, { gap: mm(4) }),
      ],
    },
    {
      title: ui.strings.dangerSigns,
      alert: true,
      blocks: [
        await block(chapterTitle(ui.strings.dangerSigns, ALERT, true), uiFile, { keepWithNext: true }),
        await block(
          goNowBlock(dangerSigns.goNow, link('danger-signs'), booklet.labels.scanDangerSigns, sourcesLine(ui, dangerCites, content.references)),
          files.dangerSigns,
        ),
        await block(
          listSection(
            booklet.labels.mother,
            dangerSigns.mother.map((s) => s.text),
            ALERT,
          ),
          files.dangerSigns,
        ),
        await block(
          listSection(
            booklet.labels.baby,
            dangerSigns.baby.map((s) => s.text),
            ALERT,
          ),
          files.dangerSigns,
        ),
        await block(
          listSection(
            booklet.labels.seeSoonMother,
            dangerSigns.seeSoon.mother.map((s) => s.text),
            ALERT,
          ),
          files.dangerSigns,
        ),
        await block(
          listSection(
            booklet.labels.seeSoonBaby,
            dangerSigns.seeSoon.baby.map((s) => s.text),
            ALERT,
          ),
          files.dangerSigns,
        ),
        await block(listSection(booklet.labels.whereToGo, dangerSigns.whereToGo, ALERT), files.dangerSigns),
      ],
    },
    {
      title: ui.strings.referencesTitle,
      blocks: [
        await block(chapterTitle(ui.strings.referencesTitle), uiFile, { keepWithNext: true }),
        ...(await Promise.all(references.map(([, reference]) => block(referenceBlock(reference, ui), 'content/references.yaml', { gap: mm(3) })))),
      ],
    },
  ];

  const flowed = flowPages(
    chapters.map((c) => ({ items: c.blocks.map((b) => ({ height: b.laid.height, breakBefore: b.breakBefore, keepWithNext: b.keepWithNext, gap: b.gap })) })),
    contentHeight,
    gap,
  );
  if (!flowed.ok) {
    const culprit = chapters[flowed.chapter]!.blocks[flowed.index]!;
    // Page numbers as printed: the cover is page 1.
    throw overflow(documentName, flowed.page + 2, [culprit.file], flowed.excess);
  }
  const pages = flowed.pages;
  const firstPageOf = (chapter: number) => pages.findIndex((p) => p.chapter === chapter) + 1;
  // Notes pages before the back cover make the page count a multiple of four, so the saddle-stitched copy
  // (impose.ts) needs no blank pages: a page to write on is of use, a blank page looks like a printing fault.
  const notesPages = (4 - ((pages.length + 2) % 4)) % 4;
  const pageCount = pages.length + 2 + notesPages;
  const dangerChapter = chapters.findIndex((c) => c.alert);

  // Covers are laid out last, when the page numbers they point to are known; each must fit its page whole.
  // The safety check gets its own line, in the alert colour, right under the steps it comes before.
  const safetyPage =
    pages.findIndex((p) => p.chapter === 0 && p.items.some(({ index }) => chapters[0]!.blocks[index]!.bookmark === ui.strings.safetyTitle)) + 2;
  const contents: ContentsLine[] = chapters.flatMap((c, i) => [
    { title: c.title, page: firstPageOf(i) + 1, alert: c.alert },
    ...(i === 0 ? [{ title: ui.strings.safetyTitle, page: safetyPage, alert: true }] : []),
  ]);
  const cover = (spacer: number) =>
    coverPage(content, drawing(booklet.cover.illustration, files.booklet, 'cover.illustration'), link('massage'), contents, booklet.labels.contents, spacer);
  const fixedPage = async (make: (spacer: number) => Element, page: number, files: string[]): Promise<Laid> => {
    const natural = await layout(make(0));
    const room = contentHeight - natural.height;
    if (room < -0.5) throw overflow(documentName, page, files, -room);
    return room > 1 ? layout(make(room)) : natural;
  };
  const coverLaid = await fixedPage(cover, 1, [uiFile, files.booklet]);
  // The back cover: its top under the top margin, its foot (the contact box first) on the bottom margin, so the
  // fillable fields can be put exactly on the box's lines.
  const backTop = await layout(backCoverTop(content, firstPageOf(dangerChapter) + 1));
  const backFoot = await layout(backCoverFoot(content, contactBoxElement(ui, INK, MUTED), checked));
  const backExcess = backTop.height + mm(3) + backFoot.height - contentHeight;
  if (backExcess > 0.5) throw overflow(documentName, pageCount, [content.procedureFile, files.dangerSigns, uiFile], backExcess);
  const backFootTop = contentHeight - backFoot.height;

  const { doc, fonts } = await createPrintDocument(
    {
      title: `${ui.print.coverTitle} — ${ui.strings.siteName}`,
      subject: procedure.summary,
      lang: ui.locale.lang,
      author: ui.strings.siteName,
      keywords: [ui.print.coverTitle, 'ASI', ui.strings.siteName, 'booklet'],
    },
    assets,
  );
  const left = mm(BOOKLET.margin.side);
  const place = (page: PDFPage, laid: Laid, offsetTop: number, source: string) =>
    drawSvg(laid.svg, { page, fonts, x: left, top: pageSize[1] - mm(BOOKLET.margin.top) - offsetTop, scale: 1, colorMap, source });

  const footed = async (page: PDFPage, number: number, title: string, alert = false) =>
    place(
      page,
      await layout(footer(title, number, number % 2 === 1, alert)),
      mm(BOOKLET.footerTop - BOOKLET.margin.top),
      `${documentName} page ${number} footer`,
    );

  place(doc.addPage(pageSize), coverLaid, 0, `${documentName} cover`);
  for (const [index, flowPage] of pages.entries()) {
    const number = index + 2;
    const chapter = chapters[flowPage.chapter]!;
    const page = doc.addPage(pageSize);
    for (const { index: blockIndex, top } of flowPage.items) {
      const b = chapter.blocks[blockIndex]!;
      place(page, b.laid, top, `${documentName} page ${number}, ${b.file}`);
    }
    await footed(page, number, chapter.title, chapter.alert);
  }
  if (notesPages > 0) {
    const heading = await layout(notesHeading(booklet.labels.notes, booklet.labels.notesHint));
    const lines = Math.floor((contentHeight - heading.height) / mm(NOTES_LINE_GAP));
    const notes = await layout(notesPage(booklet.labels.notes, booklet.labels.notesHint, lines));
    for (let i = 0; i < notesPages; i++) {
      const number = pages.length + 2 + i;
      const page = doc.addPage(pageSize);
      place(page, notes, 0, `${documentName} page ${number} (notes)`);
      await footed(page, number, booklet.labels.notes);
    }
  }
  const backPage = doc.addPage(pageSize);
  place(backPage, backTop, 0, `${documentName} back cover`);
  place(backPage, backFoot, backFootTop, `${documentName} back cover, contact box`);
  if (options.contactFields ?? true) {
    addContactFields(doc, backPage, ui, {
      // Page coordinates of the box's top-left corner, in points; the box is as wide as the laid-out text.
      left,
      top: pageSize[1] - mm(BOOKLET.margin.top) - backFootTop,
      width: Math.floor(contentWidth),
      font: await embedFieldFont(doc, assets, JSON.stringify([content.locale, 'booklet contact'])),
      ink: colorMap(parseColor(INK)!),
    });
  }

  const outline: OutlineItem[] = [
    { title: ui.print.coverTitle, pageIndex: 0 },
    ...chapters.map((chapter, i) => {
      const children = pages.flatMap((p, pageIndex) =>
        p.chapter === i
          ? p.items.flatMap(({ index }) => (chapter.blocks[index]!.bookmark ? [{ title: chapter.blocks[index]!.bookmark!, pageIndex: pageIndex + 1 }] : []))
          : [],
      );
      return { title: chapter.title, pageIndex: firstPageOf(i), ...(children.length > 0 ? { children } : {}) };
    }),
  ];
  addOutline(doc, outline);
  // pdf-lib would otherwise refresh the field appearances with an unembedded Helvetica on save.
  return savePrintDocument(doc, { updateFieldAppearances: false });
}

function overflow(document: string, page: number, files: string[], byPt: number): ContentError {
  const problems: Problem[] = files.map((file) => ({
    file,
    message: `${document}: the text does not fit page ${page} (${toMm(byPt).toFixed(1)} mm too long); shorten it`,
  }));
  return new ContentError(problems);
}
