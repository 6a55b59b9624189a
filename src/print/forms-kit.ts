/**
 * What the three training forms share: the A4 portrait page, black ink by design, the pieces a kader writes into
 * (lines, boxes, table cells) and the page flow with its ContentError when something does not fit.
 *
 * The forms are photocopied at the posyandu, usually in black and white and often copies of copies. So they use
 * the ink and greys only (palette.ts), light tints at most behind header rows, and no fills that a copier turns into mud.
 * They are drawn through the black-and-white colour map, so the PDF itself carries no colour either.
 */
import { ContentError } from '../content/errors.ts';
import { oldestDay, trustText } from '../content/trust.ts';
import { FORM_TINT } from '../palette.ts';
import type { PrintAssets } from './assets.ts';
import type { PrintContent } from './content.ts';
import { createPrintDocument, savePrintDocument } from './document.ts';
import { h, type Child, type Element, type Style } from './element.ts';
import { layout as layoutIn, type Laid } from './layout.ts';
import { drawSvg } from './svg.ts';
import { mm, toMm } from './units.ts';
import { colorMapFor } from './variant.ts';

/** Measurements in millimetres. Rows a kader writes in are at least 9 mm tall: a pen line plus room to breathe. */
export const FORM = {
  paper: { width: 210, height: 297 },
  /** 15 mm all round: what copiers and desk printers leave alone, and the least the spec allows. */
  margin: { side: 15, top: 15, bottom: 15 },
  /** The footer (form, page n / N, and the trust line) takes this band above the bottom margin, so it keeps the margin too. */
  footer: 16,
  blockGap: 5,
  writeRow: 9,
} as const;

/**
 * The forms' own ink, not palette.ts's INK: everything a reader must read or mark (text, digits to circle, tick
 * boxes, writing lines, rules) is pure black, K only, because a copier's threshold drops greys first and a copy of a
 * copy drops them all (review 2026-11 §3: grey labels and digits vanished on a harsh copy). Grey is kept for the
 * one large light fill a copier may lose without harm: the tint behind header rows and notes (FORM_TINT).
 */
export const INK = '#000000';
/** Secondary text used to be grey; it is black now and set apart by size and weight only. */
export const GREY = INK;
export const RULE = INK;
export const TINT = FORM_TINT;

/** Type sizes in points: everything a kader reads or writes against at 12 pt or more; footers and sources at 10. */
export const TYPE = { title: 20, heading: 14, body: 12, small: 10 } as const;

/** A div whose width includes its padding and border: table cells then add up to the widths they are given. */
export const box = (style: Style, ...children: Child[]) => h('div', { display: 'flex', boxSizing: 'border-box', ...style }, ...children);
export const row = (style: Style, ...children: Child[]) => box({ flexDirection: 'row', ...style }, ...children);
export const column = (style: Style, ...children: Child[]) => box({ flexDirection: 'column', ...style }, ...children);
export const text = (value: string, style: Style = {}) => h('div', { fontSize: TYPE.body, lineHeight: 1.3, ...style }, value);

/** A line to write on, after its label; `width` in mm, or the rest of the row. */
export function field(label: string, options: { width?: number; after?: string } = {}): Element {
  return row(
    { alignItems: 'flex-end', gap: 6, height: mm(10), ...(options.width ? { width: mm(options.width) } : { flex: 1 }) },
    // Bold: a regular 12 pt label thins to nothing on a copy of a copy; the bold one stays.
    h('div', { fontSize: TYPE.body, fontWeight: 700, flexShrink: 0, paddingBottom: 2 }, `${label}:`),
    h('div', { flex: 1, height: mm(7), borderBottom: `1px solid ${INK}` }),
    options.after ? h('div', { fontSize: TYPE.body, flexShrink: 0, paddingBottom: 2 }, options.after) : null,
  );
}

/** Fields two to a row, the last alone at full width when the count is odd. */
export function fieldGrid(labels: string[]): Element {
  const rows: Element[] = [];
  for (let i = 0; i < labels.length; i += 2) {
    rows.push(row({ gap: mm(8) }, field(labels[i]!), labels[i + 1] ? field(labels[i + 1]!) : null));
  }
  return column({ gap: mm(1) }, ...rows);
}

/** An empty square to tick, 5 mm: big enough for a pen tick, drawn with a firm black line so copies keep it. */
export const checkbox = (size = 5) => h('div', { width: mm(size), height: mm(size), border: `1.2px solid ${INK}`, flexShrink: 0, boxSizing: 'border-box' });

/** Tally circles, 5.5 mm across: one is ticked per event (a feed, a wet nappy), so a count needs no arithmetic. */
export const TALLY = { size: 5.5, gap: 1.6 } as const;
export const tallyCircles = (count: number) =>
  row(
    { gap: mm(TALLY.gap), flexShrink: 0 },
    ...Array.from({ length: count }, () =>
      h('div', { width: mm(TALLY.size), height: mm(TALLY.size), border: `1.2px solid ${INK}`, borderRadius: mm(TALLY.size / 2), boxSizing: 'border-box' }),
    ),
  );

export const checkOption = (label: string, fontSize: number = TYPE.body, fontWeight = 400) =>
  row({ alignItems: 'center', gap: 5 }, checkbox(), h('div', { fontSize, fontWeight }, label));

/** Blank lines to write on, each `FORM.writeRow` mm tall. */
export const writingLines = (count: number, style: Style = {}) =>
  column(style, ...Array.from({ length: count }, () => h('div', { height: mm(FORM.writeRow), borderBottom: `0.8px solid ${RULE}` })));

/** A short note in a light tint with a rule on the left: instructions and warnings, never a dark box. */
export const note = (...children: Child[]) => column({ backgroundColor: TINT, borderLeft: `3px solid ${INK}`, padding: '6px 10px', gap: 4 }, ...children);

/** The form's title block: the site's name small above, the title (and a subtitle), and a rule under all. */
export function titleBlock(siteName: string, title: string, aside?: Element, subtitle?: string): Element {
  return column(
    { gap: 2, paddingBottom: 6, borderBottom: `1.5px solid ${INK}` },
    row(
      { justifyContent: 'space-between', alignItems: 'flex-end', gap: 12 },
      column(
        { flex: 1 },
        h('div', { fontSize: TYPE.small, fontWeight: 700, color: GREY, letterSpacing: 1 }, siteName.toUpperCase()),
        h('div', { fontSize: TYPE.title, fontWeight: 700, lineHeight: 1.15 }, title),
        subtitle ? h('div', { fontSize: TYPE.heading, lineHeight: 1.25, color: GREY, marginTop: 2 }, subtitle) : null,
      ),
      aside,
    ),
  );
}

/** One piece of a form's flow, and the content files to name when it does not fit. */
export interface FormBlock {
  element: Element;
  files: string[];
  /** Extra space above, in mm, instead of the usual gap. */
  gapBefore?: number;
}

/** A run of pages with its own footer title and page numbers: a sheet (or sheets) that is copied on its own. */
export interface FormSection {
  /** In the footer of its pages, e.g. "Knowledge test · Pretest". */
  title: string;
  blocks: FormBlock[];
  /** Repeated at the top of every page after the section's first (the name line), so a loose sheet still says whose it is. */
  continuation?: Element;
  /** A section meant for one sheet stops with an error rather than spill onto a page nobody photocopies. */
  maxPages?: number;
}

export interface FormSpec {
  /** Named in errors, e.g. "skill checklist". */
  name: string;
  title: string;
  subject: string;
  keywords: string[];
  /**
   * One or more sections. Each after the first starts on the front of a new sheet (a page with an odd number), so
   * a duplex print or photocopy never puts two sections on one sheet: the posttest is never on the pretest's back.
   */
  sections: FormSection[];
}

export const formDocumentName = (spec: FormSpec, content: PrintContent) => `${spec.name} (${content.locale}, A4 portrait)`;

function overflow(document: string, page: number, files: string[], byPt: number, what: string): ContentError {
  return new ContentError(
    [...new Set(files)].map((file) => ({
      file,
      message: `${document}: page ${page}: ${what} (${toMm(byPt).toFixed(1)} mm too long); shorten it`,
    })),
  );
}

interface PlacedPage {
  section: FormSection;
  /** Page number within its section, from 1, and the section's page count; 0 for a blank page that pads a sheet. */
  number: number;
  of: number;
  blocks: { laid: Laid; offset: number }[];
  continuation?: Laid;
}

/**
 * Lays each section's blocks out in order and fills pages top to bottom; a block never splits over two pages. The
 * footer ("Lancar · title · Page n / N") is laid out once the page count is known.
 */
export async function renderForm(spec: FormSpec, content: PrintContent, assets: PrintAssets): Promise<Uint8Array> {
  const document = formDocumentName(spec, content);
  const { ui } = content;
  const labels = content.forms.labels;
  const { doc, fonts } = await createPrintDocument(
    { title: `${spec.title} — ${ui.strings.siteName}`, subject: spec.subject, lang: ui.locale.lang, author: ui.strings.siteName, keywords: spec.keywords },
    assets,
  );
  const width = mm(FORM.paper.width - 2 * FORM.margin.side);
  const layout = (element: Element): Promise<Laid> => layoutIn(element, width, assets.fonts, INK);
  const bodyHeight = mm(FORM.paper.height - FORM.margin.top - FORM.margin.bottom - FORM.footer);

  const placed: PlacedPage[] = [];
  for (const section of spec.sections) {
    // A new section starts on the front of a sheet: pad with a blank page after an odd count.
    if (placed.length % 2 === 1) placed.push({ section: placed.at(-1)!.section, number: 0, of: 0, blocks: [] });
    const laid = await Promise.all(section.blocks.map((block) => layout(block.element)));
    const continuation = section.continuation ? await layout(section.continuation) : undefined;
    // Greedy fill: the next block goes on this page if it fits, otherwise it opens a new one.
    const pages: { block: number; offset: number }[][] = [[]];
    let used = 0;
    for (const [index, block] of section.blocks.entries()) {
      const height = laid[index]!.height;
      const gap = mm(block.gapBefore ?? FORM.blockGap);
      if (pages.at(-1)!.length > 0 && used + gap + height > bodyHeight) {
        pages.push([]);
        used = continuation ? continuation.height : 0;
      }
      const page = pages.at(-1)!;
      const offset = page.length > 0 || used > 0 ? used + gap : used;
      if (offset + height > bodyHeight + 0.5) {
        throw overflow(document, placed.length + pages.length, block.files, offset + height - bodyHeight, 'this part is taller than a page');
      }
      page.push({ block: index, offset });
      used = offset + height;
    }
    if (section.maxPages && pages.length > section.maxPages) {
      const spilled = pages.slice(section.maxPages).flat();
      const spill = spilled.reduce((sum, { block }) => sum + laid[block]!.height + mm(FORM.blockGap), 0);
      const where = spec.sections.length > 1 ? `${section.title}: ` : '';
      throw overflow(
        document,
        placed.length + section.maxPages,
        spilled.flatMap(({ block }) => section.blocks[block]!.files),
        spill,
        `${where}the form must fit on ${section.maxPages} page${section.maxPages === 1 ? '' : 's'} and does not`,
      );
    }
    for (const [index, page] of pages.entries()) {
      placed.push({
        section,
        number: index + 1,
        of: pages.length,
        blocks: page.map(({ block, offset }) => ({ laid: laid[block]!, offset })),
        ...(index > 0 && continuation ? { continuation } : {}),
      });
    }
  }

  const size: [number, number] = [mm(FORM.paper.width), mm(FORM.paper.height)];
  const x = mm(FORM.margin.side);
  const top = size[1] - mm(FORM.margin.top);
  const colorMap = colorMapFor('bw');
  // Every sheet says when its content was checked, which version it is, and that it is free to copy: a loose
  // photocopy still carries all three. The forms print the steps and forms.yaml.
  const checked = oldestDay([content.forms.checked, ...content.steps.map((s) => s.checked)]);
  const trust = trustText(ui, checked, content.version);
  for (const [index, page] of placed.entries()) {
    const pdfPage = doc.addPage(size);
    const source = `${document} page ${index + 1}`;
    if (page.continuation) drawSvg(page.continuation.svg, { page: pdfPage, fonts, x, top, scale: 1, colorMap, source });
    for (const { laid, offset } of page.blocks) drawSvg(laid.svg, { page: pdfPage, fonts, x, top: top - offset, scale: 1, colorMap, source });
    const footer = await layout(
      column(
        { borderTop: `0.8px solid ${RULE}`, paddingTop: 4, gap: 2 },
        row(
          { justifyContent: 'space-between', fontSize: TYPE.small },
          h('div', {}, `${ui.strings.siteName} · ${page.section.title}`),
          page.number > 0 ? h('div', { flexShrink: 0 }, `${labels.page} ${page.number} / ${page.of}`) : null,
        ),
        h('div', { fontSize: 9, lineHeight: 1.25 }, trust),
      ),
    );
    drawSvg(footer.svg, { page: pdfPage, fonts, x, top: mm(FORM.margin.bottom) + footer.height, scale: 1, colorMap, source: `${source} footer` });
  }
  return savePrintDocument(doc);
}
