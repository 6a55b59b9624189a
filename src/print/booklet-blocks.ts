/**
 * The booklet's blocks: what each chapter prints, as satori elements. booklet.ts measures them, flows them over
 * the pages and draws them. Sizes in millimetres (converted by mm()) and type in points.
 */
import type { Reference, Safety, Ui } from '../content/schemas/index.ts';
import { trustText } from '../content/trust.ts';
import { citationWords, fullCitation, sourcesSentence } from '../content/references.ts';
import { fill, formatDuration, paragraphs, stepLabel } from '../i18n/strings.ts';
import type { StepContent } from '../content/assemble.ts';
import type { PrintContent } from './content.ts';
import { h, img, type Child, type Element, svgDataUrl } from './element.ts';
import { ACCENT, ALERT, ALERT_TINT, INK, MUTED, WHITE } from '../palette.ts';
import { QR_MIN_CODE, qrImageSide, qrSvg } from './qr.ts';
import { addressSize, type PrintedLink } from './links.ts';

/** Millimetres: the booklet's text width (A5 less its side margins). */
const BOOKLET_PAGE_TEXT_WIDTH = 120;
import { editionPieces } from './edition.ts';
import { mm } from './units.ts';

/** Points. Running text 12 pt; captions, sources and the footer 10 pt; the reference list 9.5 pt; nothing under 9 pt. */
export const TYPE = { body: 12, small: 10, reference: 9.5, section: 14, stepTitle: 15, chapter: 20, cover: 32, subtitle: 14 } as const;
const LEADING = 1.4;

/** Millimetres. */
export const BOOKLET_SIZES = {
  /** Step drawings, from the first width with which the step fits its page down to the last: below 60 mm the
   *  numbers inside the drawings (11 drawing units) would print under 9 pt. */
  drawingWidths: [120, 110, 100, 90, 80, 70, 60],
  /** The drawings are 200 × 160 units. */
  drawingRatio: 0.8,
  coverDrawing: 80,
  figure: 64,
  /** The QR codes' dark modules, edge to edge (quiet zone not included). */
  qrCode: QR_MIN_CODE,
} as const;

/** A QR code, pure black, whose dark modules span `code` mm. */
const qrImage = (link: PrintedLink, code: number = BOOKLET_SIZES.qrCode) => {
  const side = mm(qrImageSide(link.url, code));
  return img(svgDataUrl(qrSvg(link.url)), side, side, { flexShrink: 0 });
};

const column = (style: Record<string, string | number>, ...children: Child[]) => h('div', { display: 'flex', flexDirection: 'column', ...style }, ...children);

const para = (text: string, style: Record<string, string | number> = {}) => h('div', { fontSize: TYPE.body, lineHeight: LEADING, ...style }, text);

const small = (text: string, style: Record<string, string | number> = {}) => h('div', { fontSize: TYPE.small, lineHeight: 1.35, color: MUTED, ...style }, text);

const sectionHeading = (text: string, color = ACCENT) => h('div', { fontSize: TYPE.section, fontWeight: 700, color, lineHeight: 1.25, marginBottom: 3 }, text);

function bulletList(items: string[], bulletColor = ACCENT, bullet = '•'): Element {
  return column(
    { gap: 3 },
    ...items.map((item) =>
      h(
        'div',
        { display: 'flex', fontSize: TYPE.body, lineHeight: LEADING },
        h('div', { width: 14, flexShrink: 0, color: bulletColor, fontWeight: 700 }, bullet),
        h('div', { flex: 1 }, item),
      ),
    ),
  );
}

/** A warning sign drawn as an outline (no dark fill), so it photocopies cleanly. */
export function warningSign(size: number, colour = ALERT): Element {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24">` +
    `<path d="M12 2.5L22.5 21H1.5Z" fill="${WHITE}" stroke="${colour}" stroke-width="2.2" stroke-linejoin="round"/>` +
    `<path d="M12 9V14.5" fill="none" stroke="${colour}" stroke-width="2.6" stroke-linecap="round"/>` +
    `<path d="M12 17.6V17.8" fill="none" stroke="${colour}" stroke-width="2.8" stroke-linecap="round"/></svg>`;
  return img(svgDataUrl(svg), size, size, { flexShrink: 0 });
}

export function chapterTitle(title: string, colour = ACCENT, alert = false): Element {
  return h(
    'div',
    { display: 'flex', alignItems: 'center', gap: 8, borderBottom: `1.5px solid ${colour}`, paddingBottom: 5 },
    alert ? warningSign(mm(9)) : null,
    h('div', { flex: 1, fontSize: TYPE.chapter, fontWeight: 700, color: colour, lineHeight: 1.2 }, title),
  );
}

/**
 * "Sources: Sari & Agustina, 2018; WHO, 2009." under a chapter; the full entries are on the references pages. A
 * chapter that holds Lancar's own advice says which, after its sources.
 */
export function sourcesLine(ui: Ui, ids: string[], references: Map<string, Reference>, ownAdvice?: string): Element {
  const sources = sourcesSentence(ui.strings.sources, ids, references, citationWords(ui));
  return small(`${sources}${ownAdvice ? ` ${ui.strings.lancarRule}: ${ownAdvice}` : ''}`);
}

// ---------------------------------------------------------------- the procedure

export function procedureIntro(content: PrintContent): Element {
  const { procedure, ui } = content;
  return column(
    { gap: 14 },
    para(procedure.summary),
    column({}, sectionHeading(ui.strings.who), para(procedure.who)),
    column({}, sectionHeading(ui.strings.when), bulletList(procedure.when)),
  );
}

/** One step: its number and title, the drawing and its caption, the full text, how long, and what to take care of. */
export function stepBlock(step: StepContent, ui: Ui, drawing: string, drawingWidth: number): Element {
  return column(
    { gap: 8 },
    h(
      'div',
      { display: 'flex', alignItems: 'center', gap: 8 },
      h(
        'div',
        {
          display: 'flex',
          width: 28,
          height: 28,
          borderRadius: 14,
          border: `2px solid ${ACCENT}`,
          color: ACCENT,
          fontSize: TYPE.stepTitle,
          fontWeight: 700,
          alignItems: 'center',
          justifyContent: 'center',
          flexShrink: 0,
        },
        String(step.order),
      ),
      column(
        { flex: 1 },
        h('div', { fontSize: TYPE.small, color: MUTED, lineHeight: 1.2 }, stepLabel(ui, step.order)),
        h('div', { fontSize: TYPE.stepTitle, fontWeight: 700, lineHeight: 1.2 }, step.title),
      ),
    ),
    column(
      { alignItems: 'center', gap: 2 },
      img(svgDataUrl(drawing), mm(drawingWidth), mm(drawingWidth * BOOKLET_SIZES.drawingRatio)),
      small(step.caption, { textAlign: 'center', maxWidth: mm(Math.max(drawingWidth, 90)) }),
    ),
    column({ gap: 6 }, ...paragraphs(step.text).map((p) => para(p))),
    small(fill(ui.strings.duration, { duration: formatDuration(ui, step.duration) }), { fontWeight: 700 }),
    step.cautions.length > 0
      ? column(
          { backgroundColor: ALERT_TINT, borderLeft: `3px solid ${ALERT}`, padding: '5px 8px', gap: 2 },
          h('div', { fontSize: TYPE.body, fontWeight: 700, color: ALERT }, ui.strings.cautions),
          bulletList(step.cautions, ALERT),
        )
      : null,
  );
}

export function listSection(title: string, items: string[], colour = ACCENT): Element {
  return column({}, sectionHeading(title, colour), bulletList(items, colour));
}

/**
 * The check before step 1: when not to massage and when to stop, ruled in the alert colour, with the line that
 * says these rules are Lancar's own and what they rest on.
 */
export function safetyBlock(ui: Ui, safety: Safety, references: Map<string, Reference>): Element {
  const sources = sourcesSentence(ui.strings.sources, safety.cite, references, citationWords(ui));
  return column(
    { border: `2px solid ${ALERT}`, backgroundColor: ALERT_TINT, padding: '8px 10px', gap: 8 },
    h(
      'div',
      { display: 'flex', gap: 8, alignItems: 'center' },
      warningSign(mm(8)),
      h('div', { flex: 1, fontSize: TYPE.section, fontWeight: 700, color: ALERT, lineHeight: 1.25 }, ui.strings.safetyTitle),
    ),
    column({ gap: 2 }, h('div', { fontSize: TYPE.body, fontWeight: 700 }, ui.strings.doNot), bulletList(safety.doNot, ALERT)),
    column({ gap: 2 }, h('div', { fontSize: TYPE.body, fontWeight: 700 }, ui.strings.stopIf), bulletList(safety.stopIf, ALERT)),
    small(`${ui.strings.lancarRule}: ${safety.basis}${sources ? ` ${sources}` : ''}`, { color: INK }),
  );
}

// ---------------------------------------------------------------- physiology

export function figureBlock(drawing: string, caption: string): Element {
  return column(
    { alignItems: 'center', gap: 2 },
    img(svgDataUrl(drawing), mm(BOOKLET_SIZES.figure), mm(BOOKLET_SIZES.figure * BOOKLET_SIZES.drawingRatio)),
    small(caption, { textAlign: 'center' }),
  );
}

/** A paragraph of running text, under its subhead when it has one. */
export const paragraphBlock = (text: string, subhead?: string) =>
  subhead ? column({ gap: 1 }, h('div', { fontSize: TYPE.body + 1, fontWeight: 700, color: ACCENT, lineHeight: 1.3 }, subhead), para(text)) : para(text);

// ---------------------------------------------------------------- danger signs

/**
 * The top of the danger signs chapter: "go now" in a box ruled in the alert colour (a line and a light tint, never a
 * dark fill), with the QR code of the danger signs page and the chapter's sources beside and under it.
 */
export function goNowBlock(text: string, link: PrintedLink, scanLabel: string, sources: Element): Element {
  return column(
    { border: `2px solid ${ALERT}`, backgroundColor: ALERT_TINT, padding: '8px 10px', gap: 8 },
    h(
      'div',
      { display: 'flex', gap: 8, alignItems: 'center' },
      warningSign(mm(10)),
      h('div', { flex: 1, fontSize: 13, fontWeight: 700, lineHeight: 1.35 }, text),
    ),
    h(
      'div',
      { display: 'flex', gap: 10, alignItems: 'center' },
      qrImage(link),
      column(
        { flex: 1, gap: 3 },
        small(scanLabel, { color: INK }),
        h('div', { fontSize: addressSize(link.label, 75, TYPE.body), fontWeight: 700, color: ACCENT }, link.label),
        sources,
      ),
    ),
  );
}

// ---------------------------------------------------------------- references

/** One bibliography entry at 9.5 pt (a reference list, not running text), with its DOI or URL in full. */
export function referenceBlock(reference: Reference, ui: Ui): Element {
  const link = reference.doi ? `https://doi.org/${reference.doi}` : reference.url;
  const style = { fontSize: TYPE.reference, lineHeight: 1.3 };
  return column(
    {},
    h('div', style, fullCitation(reference, citationWords(ui))),
    link ? h('div', { ...style, color: ACCENT, wordBreak: 'break-all' }, link) : null,
  );
}

// ---------------------------------------------------------------- covers

export interface ContentsLine {
  title: string;
  page: number;
  alert?: boolean;
}

/**
 * The covers are laid out twice: once to measure, then with `spacer` (points) of empty space where the page has
 * room to spare, so the foot of the page sits at its bottom. (A fixed height with an auto margin would make satori
 * break some lines differently from the measured layout.)
 */
const spacerOf = (spacer: number) => h('div', { height: spacer, flexShrink: 0 });

/**
 * The front: the name and title, the helper giving the massage to the seated mother (with its caption), then at
 * the foot the contents with page numbers beside the QR code of the procedure page and its short address.
 */
export function coverPage(content: PrintContent, drawing: string, link: PrintedLink, contents: ContentsLine[], contentsTitle: string, spacer: number): Element {
  const { ui, booklet } = content;
  return column(
    { gap: 6 },
    h('div', { fontSize: TYPE.section, fontWeight: 700, color: ACCENT, letterSpacing: 1.5 }, ui.strings.siteName.toUpperCase()),
    h('div', { fontSize: TYPE.cover, fontWeight: 700, lineHeight: 1.1 }, ui.print.coverTitle),
    h('div', { fontSize: TYPE.subtitle, lineHeight: 1.3, color: MUTED }, ui.print.coverSubtitle),
    column(
      { alignItems: 'center', gap: 2, marginTop: 4 },
      img(svgDataUrl(drawing), mm(BOOKLET_SIZES.coverDrawing), mm(BOOKLET_SIZES.coverDrawing * BOOKLET_SIZES.drawingRatio)),
      small(booklet.cover.caption, { textAlign: 'center' }),
    ),
    spacerOf(spacer),
    h(
      'div',
      { display: 'flex', gap: 12, alignItems: 'flex-end' },
      column(
        { flex: 1, gap: 3 },
        h('div', { fontSize: TYPE.small, fontWeight: 700, color: MUTED, marginBottom: 2 }, contentsTitle),
        ...contents.map((line) =>
          h(
            'div',
            {
              display: 'flex',
              fontSize: TYPE.body,
              lineHeight: 1.3,
              color: line.alert ? ALERT : INK,
              fontWeight: line.alert ? 700 : 400,
              borderBottom: `0.5px solid ${MUTED}`,
              paddingBottom: 2,
            },
            h('div', { flex: 1 }, line.title),
            h('div', { width: 24, textAlign: 'right' }, String(line.page)),
          ),
        ),
      ),
      qrImage(link),
    ),
    column(
      { alignItems: 'flex-end', gap: 0 },
      small(ui.print.onlineTitle, { fontWeight: 700, color: INK }),
      h('div', { fontSize: addressSize(link.label, BOOKLET_PAGE_TEXT_WIDTH, TYPE.body), fontWeight: 700, color: ACCENT }, link.label),
    ),
  );
}

/** The back cover's top: where to find the danger signs, and the reminder that the massage is no treatment. */
export function backCoverTop(content: PrintContent, dangerPage: number): Element {
  const { ui, procedure, booklet, dangerSigns } = content;
  return column(
    { gap: 10 },
    h(
      'div',
      { display: 'flex', flexDirection: 'column', gap: 6, border: `2px solid ${ALERT}`, backgroundColor: ALERT_TINT, padding: '8px 10px' },
      h(
        'div',
        { display: 'flex', alignItems: 'center', gap: 8 },
        warningSign(mm(9)),
        h('div', { fontSize: TYPE.section, fontWeight: 700, color: ALERT }, ui.strings.dangerSigns),
      ),
      para(dangerSigns.goNow, { fontWeight: 700 }),
      para(fill(booklet.labels.seePage, { page: dangerPage }), { color: ALERT, fontWeight: 700 }),
    ),
    para(procedure.notATreatment),
  );
}

/**
 * The back cover's foot: the local contact box first (its top is where the fillable fields go), then the name,
 * the address, the trust line and the edition line.
 */
export function backCoverFoot(content: PrintContent, contactBox: Element, checked: string): Element {
  const { ui } = content;
  return column(
    { gap: 10 },
    contactBox,
    column(
      { gap: 2 },
      h('div', { fontSize: TYPE.section, fontWeight: 700, color: ACCENT, letterSpacing: 1.5 }, ui.strings.siteName.toUpperCase()),
      small(ui.strings.tagline, { color: INK }),
      small((content.urls.home ?? content.urls.massage!).replace(/^https?:\/\//, ''), { color: ACCENT }),
      // The trust line takes the place of the site's footer note: the health note is printed above, in full.
      small(trustText(ui, checked, content.version), { color: INK }),
      h(
        'div',
        { display: 'flex', flexWrap: 'wrap', columnGap: 3, fontSize: TYPE.small, fontWeight: 700, lineHeight: 1.35 },
        ...editionPieces(ui, checked, content.version).map((piece) => h('div', { whiteSpace: 'nowrap' }, piece)),
      ),
    ),
  );
}

/** A page for the reader's own notes: its heading and hint, then `lines` ruled lines NOTES_LINE_GAP mm apart. */
export const NOTES_LINE_GAP = 9;

export const notesHeading = (title: string, hint: string) => column({ gap: 4 }, chapterTitle(title), small(hint));

export function notesPage(title: string, hint: string, lines: number): Element {
  return column(
    {},
    notesHeading(title, hint),
    ...Array.from({ length: lines }, () => h('div', { height: mm(NOTES_LINE_GAP), flexShrink: 0, borderBottom: `0.75px solid ${MUTED}` })),
  );
}

/** The running foot: the chapter's name and the page number, both on the page's outer side. */
export function footer(chapter: string, page: number, outerRight: boolean, alert: boolean): Element {
  const number = h('div', { fontSize: TYPE.small, fontWeight: 700 }, String(page));
  const name = h('div', { fontSize: TYPE.small, color: alert ? ALERT : MUTED }, chapter);
  return h(
    'div',
    { display: 'flex', justifyContent: outerRight ? 'flex-end' : 'flex-start', gap: 10, borderTop: `0.5px solid ${MUTED}`, paddingTop: 3, color: INK },
    ...(outerRight ? [name, number] : [number, name]),
  );
}
