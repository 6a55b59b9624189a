/**
 * The training flipchart (lembar balik), landscape, for a desk flipchart that stands as a tent bound at the top.
 * The audience sees the front of sheet k; the trainer sees, on her side, the back of the sheet flipped before it.
 * So the notes for picture k are printed on the back of sheet k − 1: the title sheet comes first and its back
 * carries the notes for picture 1; the back of the last sheet carries the session at a glance.
 *
 * PDF page order: front of sheet 0, back of sheet 0, front of sheet 1, … Printed two-sided with "flip on short
 * edge", each back lands behind its front with its top at the same paper edge (see `backTopEdge`), which is the
 * bound edge, so the flipped sheet reads upright on the trainer's side.
 *
 * Everything on the sheets comes from the content: training.yaml (the session and the trainer's notes), the steps
 * (titles, drawings, short texts, cautions, durations), procedure.yaml (the safety check, when to massage),
 * danger-signs.yaml, glossary.yaml, figures.yaml and booklet.yaml. The layout is made for A4 landscape; A3 is the
 * same layout drawn at √2 scale.
 */
import { ContentError } from '../content/errors.ts';
import type { StepContent } from '../content/assemble.ts';
import type { TrainingPart, TrainingSheet } from '../content/schemas/index.ts';
import { oldestDay, trustText } from '../content/trust.ts';
import { citedName } from '../content/references.ts';
import { fill, formatDuration, stepLabel } from '../i18n/strings.ts';
import { ACCENT, ALERT, ALERT_TINT, INK, MUTED, TINT } from '../palette.ts';
import type { PrintAssets } from './assets.ts';
import { remembered } from '../render/cached.ts';
import type { PrintContent } from './content.ts';
import { createPrintDocument, savePrintDocument } from './document.ts';
import { warningSign } from './booklet-blocks.ts';
import { h, img, type Child, type Element, type Style, svgDataUrl } from './element.ts';
import { layout, type Laid } from './layout.ts';
import { grayscale } from './pdf.ts';
import type { ColorMap } from './svg.ts';
import { drawSvg } from './svg.ts';
import { mm, toMm, type SizeMm } from './units.ts';
import { colorMapFor, type Variant } from './variant.ts';

/** The layout's own page (A4 landscape) and the papers it is printed on, each the same layout scaled. */
export const FLIPCHART = {
  page: { width: 297, height: 210 },
  margin: 12,
  papers: { a4: { width: 297, height: 210 }, a3: { width: 420, height: 297 } } satisfies Record<string, SizeMm>,
  /** The miniature of the audience side on the notes side, as a fraction of the page. */
  thumbnail: 0.22,
} as const;
export type FlipchartPaper = keyof typeof FLIPCHART.papers;

/** Type sizes in points at A4: the audience reads from 2–3 m away, the trainer at arm's length. */
const TYPE = { cover: 60, title: 40, big: 24, list: 20, body: 15, small: 10 } as const;

const box = (style: Style, ...children: Child[]) => h('div', { display: 'flex', ...style }, ...children);
const column = (style: Style, ...children: Child[]) => box({ flexDirection: 'column', ...style }, ...children);
const row = (style: Style, ...children: Child[]) => box({ flexDirection: 'row', ...style }, ...children);

/** One sheet of the flipchart: what its front shows, and the notes the trainer reads while it is shown. */
export interface FlipchartSheet {
  picture: TrainingSheet['picture'] | 'cover';
  title: string;
  parts: TrainingPart[];
  step?: StepContent;
  say: string[];
  ask: string[];
  show: string[];
  /** Cautions, printed in the alert colour among what to show. */
  cautions: string[];
}

function contentProblem(file: string, field: string, message: string): ContentError {
  return new ContentError([{ file, field, message }]);
}

/** The sheets in showing order: the title sheet, then training.yaml's sheets, the steps one per sheet. */
export function flipchartSheets(content: PrintContent): FlipchartSheet[] {
  const { training, ui, procedure, booklet, glossary, steps } = content;
  const partsOf = (sheet: TrainingSheet) => sheet.parts.map((key) => training.parts.find((p) => p.key === key)!);
  const term = (id: string) => {
    const entry = glossary.get(id);
    if (!entry) throw contentProblem(`content/${content.locale}/glossary.yaml`, id, `the flipchart prints this term; add it to the glossary`);
    return entry;
  };
  const sheets: FlipchartSheet[] = [{ picture: 'cover', title: ui.print.coverTitle, parts: [], say: [], ask: [], show: [], cautions: [] }];
  for (const sheet of training.sheets) {
    const base = { picture: sheet.picture, parts: partsOf(sheet), say: sheet.say, ask: sheet.ask, show: sheet.show, cautions: [] as string[] };
    switch (sheet.picture) {
      case 'steps':
        for (const step of steps) {
          sheets.push({
            ...base,
            title: step.title,
            step,
            say: [step.short, ...sheet.say, fill(ui.strings.duration, { duration: formatDuration(ui, step.duration) })],
            cautions: step.cautions,
          });
        }
        break;
      case 'reflexes':
        sheets.push({
          ...base,
          title: sheet.title ?? booklet.physiology.title,
          say: [...sheet.say, term('refleks-prolaktin').definition, term('refleks-let-down').definition],
        });
        break;
      case 'safety':
        sheets.push({ ...base, title: sheet.title ?? ui.strings.safetyTitle, say: [...sheet.say, procedure.safety.basis] });
        break;
      case 'danger':
        sheets.push({ ...base, title: sheet.title ?? ui.print.dangerTitle, say: [content.dangerSigns.goNow, ...sheet.say] });
        break;
      default:
        sheets.push({ ...base, title: sheet.title! });
    }
  }
  return sheets;
}

/** A PDF page of the flipchart: a sheet's front, or its back carrying the notes for the next sheet's picture. */
export type FlipchartPage = { side: 'front'; sheet: number } | { side: 'back'; sheet: number; notesFor: number | 'overview' };

/** Front, back, front, back…: the back of sheet k carries the notes for picture k + 1; the last back, the overview. */
export function flipchartPageOrder(sheetCount: number): FlipchartPage[] {
  return Array.from({ length: sheetCount }, (_, sheet): FlipchartPage[] => [
    { side: 'front', sheet },
    { side: 'back', sheet, notesFor: sheet + 1 < sheetCount ? sheet + 1 : 'overview' },
  ]).flat();
}

/**
 * Where the top of a back page lands on the paper, as an edge of the front page's own frame (landscape, seen from
 * the front): duplex printers put portrait paper through, turning a landscape page a quarter turn onto it; "long
 * edge" turns the sheet over about its long side, "short edge" about its short side. The flipchart needs the back's
 * top on the same edge as the front's top (the bound edge): a tent turns a sheet over about that edge, left to right.
 */
export function backTopEdge(flip: 'long-edge' | 'short-edge'): 'top' | 'bottom' {
  // A landscape page's top is one long side of the portrait paper. Turning the paper about its long side keeps its
  // short sides in place, so the back's frame is the front's turned half way round: its top lands on the bottom.
  // Turning about the short side swaps the short sides and, with them, brings the back's top to the front's top.
  return flip === 'short-edge' ? 'top' : 'bottom';
}

/** How the front of one sheet reads to the audience. */
async function audienceSide(sheet: FlipchartSheet, index: number, content: PrintContent, assets: PrintAssets): Promise<Element> {
  const { ui } = content;
  const drawing = (name: string, width: number, height: number) => {
    const svg = assets.illustrations[name];
    if (!svg) throw contentProblem(sheet.step?.file ?? content.trainingFile, 'illustration', `no drawing named "${name}" in content/illustrations`);
    return img(svgDataUrl(svg), mm(width), mm(height), { flexShrink: 0 });
  };
  const heading = (title: string, size: number = TYPE.title) =>
    h('div', { fontSize: size, fontWeight: 700, color: ACCENT, lineHeight: 1.1, textAlign: 'center', justifyContent: 'center' }, title);
  const bigList = (lines: string[], size: number, colour = INK) =>
    column(
      { gap: mm(2.5) },
      ...lines.map((line) =>
        row(
          { gap: mm(3), alignItems: 'flex-start' },
          box({ width: mm(3.5), height: mm(3.5), borderRadius: mm(1.75), backgroundColor: colour, marginTop: size * 0.4, flexShrink: 0 }),
          h('div', { flex: 1, fontSize: size, lineHeight: 1.25 }, line),
        ),
      ),
    );
  const inner = { width: FLIPCHART.page.width - 2 * FLIPCHART.margin, height: FLIPCHART.page.height - 2 * FLIPCHART.margin };
  let body: Element;
  switch (sheet.picture) {
    case 'cover': {
      const checked = oldestDay([content.training.checked, content.procedure.checked, content.dangerSigns.checked, ...content.steps.map((s) => s.checked)]);
      body = column(
        { alignItems: 'center', gap: mm(4), height: '100%' },
        h('div', { fontSize: TYPE.small + 4, fontWeight: 700, color: MUTED, letterSpacing: 2 }, ui.strings.siteName.toUpperCase()),
        heading(sheet.title, TYPE.cover),
        h('div', { fontSize: TYPE.big + 4, textAlign: 'center', lineHeight: 1.2 }, content.training.title),
        // The kit's cover picture (booklet.yaml): the helper giving the massage to the seated mother.
        drawing(content.booklet.cover.illustration, 110, 88),
        box({ flex: 1 }),
        h(
          'div',
          { fontSize: TYPE.small, color: INK, lineHeight: 1.3, textAlign: 'center' },
          `${content.training.labels.flipchartTitle}. ${trustText(ui, checked, content.version)}`,
        ),
      );
      break;
    }
    case 'agenda':
      body = column(
        { gap: mm(8), alignItems: 'center' },
        heading(sheet.title),
        column(
          { gap: mm(3) },
          ...content.training.parts.map((part, i) =>
            row(
              { alignItems: 'center', gap: mm(5) },
              box(
                {
                  width: mm(13),
                  height: mm(13),
                  borderRadius: mm(6.5),
                  border: `2.5px solid ${ACCENT}`,
                  alignItems: 'center',
                  justifyContent: 'center',
                  fontSize: TYPE.big,
                  fontWeight: 700,
                  color: ACCENT,
                },
                String(i + 1),
              ),
              h('div', { fontSize: TYPE.big + 2, fontWeight: 700 }, part.title),
            ),
          ),
        ),
      );
      break;
    case 'exclusive': {
      const entries = ['asi-eksklusif', 'kolostrum'].map((id) => content.glossary.get(id));
      if (entries.some((e) => !e))
        throw contentProblem(`content/${content.locale}/glossary.yaml`, 'asi-eksklusif, kolostrum', 'the flipchart prints these terms; add them');
      body = column(
        { gap: mm(8) },
        heading(sheet.title),
        row(
          { gap: mm(10), alignItems: 'center' },
          drawing('attachment', 105, 84),
          column(
            { flex: 1, gap: mm(7) },
            ...entries.map((entry) =>
              column(
                { gap: mm(1.5) },
                h('div', { fontSize: TYPE.big + 2, fontWeight: 700, color: ACCENT }, entry!.term),
                h('div', { fontSize: TYPE.list, lineHeight: 1.25 }, entry!.definition),
              ),
            ),
          ),
        ),
      );
      break;
    }
    case 'reflexes': {
      const caption = content.figures.reflexes?.caption ?? content.booklet.physiology.figure?.caption ?? '';
      body = column(
        { gap: mm(4), alignItems: 'center' },
        heading(sheet.title),
        drawing('reflexes', 160, 128),
        h('div', { fontSize: TYPE.list, lineHeight: 1.25, textAlign: 'center' }, caption),
      );
      break;
    }
    case 'danger': {
      const { mother, baby } = content.dangerSigns;
      const list = (label: string, signs: typeof mother) =>
        column(
          { flex: 1, gap: mm(3) },
          h('div', { fontSize: TYPE.big + 2, fontWeight: 700, color: ALERT }, label),
          bigList(
            signs.filter((s) => s.leaflet).map((s) => s.leaflet!),
            TYPE.big - 2,
            ALERT,
          ),
        );
      body = column(
        { gap: mm(5), border: `3px solid ${ALERT}`, backgroundColor: ALERT_TINT, padding: mm(6), height: '100%' },
        row({ gap: mm(4), alignItems: 'center', justifyContent: 'center' }, warningSign(mm(14)), heading(sheet.title, TYPE.title - 10)),
        row({ gap: mm(10) }, list(ui.print.dangerMother, mother), list(ui.print.dangerBaby, baby)),
      );
      break;
    }
    case 'safety': {
      const { doNot, stopIf } = content.procedure.safety;
      const list = (label: string, lines: string[]) =>
        column({ flex: 1, gap: mm(3) }, h('div', { fontSize: TYPE.list + 2, fontWeight: 700, color: ALERT }, label), bigList(lines, 19, ALERT));
      body = column(
        { gap: mm(5), border: `3px solid ${ALERT}`, padding: mm(5), height: '100%' },
        row({ gap: mm(4), alignItems: 'center', justifyContent: 'center' }, warningSign(mm(14)), heading(sheet.title, TYPE.title - 6)),
        row({ gap: mm(8) }, box({ flex: 1.25 }, list(ui.strings.doNot, doNot)), box({ flex: 1 }, list(ui.strings.stopIf, stopIf))),
      );
      break;
    }
    case 'steps': {
      const step = sheet.step!;
      body = column(
        { gap: mm(3), alignItems: 'center' },
        row(
          { gap: mm(5), alignItems: 'center', justifyContent: 'center' },
          box(
            {
              width: mm(20),
              height: mm(20),
              borderRadius: mm(10),
              border: `3px solid ${ACCENT}`,
              alignItems: 'center',
              justifyContent: 'center',
              fontSize: TYPE.title,
              fontWeight: 700,
              color: ACCENT,
              flexShrink: 0,
            },
            String(step.order),
          ),
          column(
            {},
            h('div', { fontSize: TYPE.list, color: MUTED }, stepLabel(ui, step.order)),
            h('div', { fontSize: TYPE.title - 4, fontWeight: 700, lineHeight: 1.1 }, step.title),
          ),
        ),
        drawing(step.illustration, 180, 144),
      );
      break;
    }
    case 'practice': {
      const tile = (step: StepContent) =>
        column(
          { width: mm(62), alignItems: 'center', gap: mm(1) },
          drawing(step.illustration, 50, 40),
          h('div', { fontSize: 15, fontWeight: 700, textAlign: 'center', lineHeight: 1.15 }, `${step.order}. ${step.title}`),
        );
      body = column(
        { gap: mm(5), alignItems: 'center' },
        heading(sheet.title),
        row({ flexWrap: 'wrap', justifyContent: 'center', rowGap: mm(5), columnGap: mm(4) }, ...content.steps.map(tile)),
      );
      break;
    }
    case 'closing':
      body = column(
        { gap: mm(7) },
        heading(sheet.title),
        bigList(content.procedure.when, TYPE.list + 2, ACCENT),
        row(
          { gap: mm(4), alignItems: 'center', border: `3px solid ${ALERT}`, backgroundColor: ALERT_TINT, padding: mm(4) },
          warningSign(mm(14)),
          h('div', { flex: 1, fontSize: TYPE.list, fontWeight: 700, lineHeight: 1.25 }, content.dangerSigns.goNow),
        ),
      );
      break;
  }
  return column(
    { width: mm(inner.width), minHeight: mm(inner.height) },
    column({ flex: 1 }, body),
    row({ justifyContent: 'flex-end', fontSize: TYPE.small, color: MUTED }, h('div', {}, fill(content.training.labels.sheet, { n: index + 1 }))),
  );
}

/**
 * Black and white for photocopying: everything darker than mid-grey (text, rules, outlines, the drawings' marks)
 * prints pure black, so a copy of a copy keeps it; only light tints (the danger box's ground) stay grey.
 */
export const photocopyGreys: ColorMap = ([r, g, b]) => {
  const luma = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return grayscale(luma < 0.5 ? 0 : luma);
};

/** An SVG with every <text> removed, in the drawings it embeds too. */
export function withoutText(svg: string): string {
  return svg
    .replace(/<text\b[^>]*>[\s\S]*?<\/text>/g, '')
    .replace(/data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)/g, (_, data: string) => svgDataUrl(withoutText(Buffer.from(data, 'base64').toString('utf8'))));
}

/** The minutes of a sheet's parts, written so no one reads them as the massage's length: "Pretest · Time (min): 15". */
const partsLine = (sheet: FlipchartSheet, label: string) => sheet.parts.map((p) => `${p.title} · ${label}: ${p.minutes}`).join('   ');

/** The trainer's side: the back of the sheet before, with the notes for picture `index`. */
function notesSide(sheet: FlipchartSheet, index: number, thumbnail: Element, ownSheet: number, content: PrintContent): Element {
  const { labels } = content.training;
  const inner = { width: FLIPCHART.page.width - 2 * FLIPCHART.margin, height: FLIPCHART.page.height - 2 * FLIPCHART.margin };
  const bullets = (lines: string[], colour = INK) =>
    column(
      { gap: mm(2) },
      ...lines.map((line) =>
        row(
          { gap: mm(2), alignItems: 'flex-start' },
          box({ width: mm(2), height: mm(2), borderRadius: mm(1), backgroundColor: colour, marginTop: TYPE.body * 0.45, flexShrink: 0 }),
          h('div', { flex: 1, fontSize: TYPE.body, lineHeight: 1.3, color: colour === ALERT ? ALERT : INK }, line),
        ),
      ),
    );
  const notesColumn = (title: string, lines: string[], extra?: Element) =>
    column(
      { flex: 1, gap: mm(2.5), borderTop: `2px solid ${ACCENT}`, paddingTop: mm(2) },
      h('div', { fontSize: TYPE.body + 3, fontWeight: 700, color: ACCENT }, title),
      bullets(lines),
      extra ?? null,
    );
  return column(
    { width: mm(inner.width), minHeight: mm(inner.height), gap: mm(3) },
    row(
      { gap: mm(6), alignItems: 'flex-start' },
      column(
        { flex: 1, gap: mm(1.5) },
        h(
          'div',
          { fontSize: TYPE.small, fontWeight: 700, color: MUTED, letterSpacing: 1 },
          `${labels.forTrainer.toUpperCase()} · ${content.ui.strings.siteName}`,
        ),
        h('div', { fontSize: TYPE.big, fontWeight: 700 }, fill(labels.notesFor, { n: index + 1 })),
        h('div', { fontSize: TYPE.body + 5, fontWeight: 700, color: ACCENT, lineHeight: 1.2 }, sheet.title),
        h('div', { fontSize: TYPE.body, color: INK, marginTop: mm(1) }, partsLine(sheet, labels.minutes)),
      ),
      column({ alignItems: 'center', gap: mm(1) }, thumbnail, h('div', { fontSize: TYPE.small, color: MUTED }, labels.audienceSees)),
    ),
    row(
      { gap: mm(6), flex: 1 },
      notesColumn(labels.say, sheet.say),
      notesColumn(labels.ask, sheet.ask),
      notesColumn(
        labels.show,
        sheet.show,
        sheet.cautions.length > 0
          ? column(
              { gap: mm(1.5) },
              h('div', { fontSize: TYPE.body, fontWeight: 700, color: ALERT }, content.ui.strings.cautions),
              bullets(sheet.cautions, ALERT),
            )
          : undefined,
      ),
    ),
    footer(content, ownSheet),
  );
}

const footer = (content: PrintContent, ownSheet: number) =>
  row(
    { justifyContent: 'space-between', gap: mm(6), borderTop: `0.8px solid ${MUTED}`, paddingTop: mm(1.5), fontSize: TYPE.small, color: INK },
    h('div', { flex: 1, fontWeight: 700, lineHeight: 1.25 }, content.training.labels.printing),
    h('div', { flexShrink: 0 }, `${fill(content.training.labels.sheet, { n: ownSheet + 1 })} · ${content.training.labels.back}`),
  );

/** The back of the last sheet: the whole session on one page, with where its timing comes from. */
function overviewSide(content: PrintContent, ownSheet: number): Element {
  const { training, ui, references } = content;
  const { labels } = training;
  const inner = { width: FLIPCHART.page.width - 2 * FLIPCHART.margin, height: FLIPCHART.page.height - 2 * FLIPCHART.margin };
  const cell = (value: string, style: Style = {}) => h('div', { fontSize: TYPE.body - 1, lineHeight: 1.25, padding: '3px 5px', ...style }, value);
  const checked = oldestDay([training.checked, content.procedure.checked, content.dangerSigns.checked, ...content.steps.map((s) => s.checked)]);
  const sources = [...new Set([...training.timingCite, ...training.parts.flatMap((p) => p.cite)])]
    .map((id) => references.get(id))
    .filter((r) => r !== undefined)
    .map((r) => `${r.authors[0] ? citedName(r, r.authors[0]) : r.title.split(' ').slice(0, 3).join(' ')} ${r.year}`);
  return column(
    { width: mm(inner.width), minHeight: mm(inner.height), gap: mm(3) },
    h('div', { fontSize: TYPE.big, fontWeight: 700, color: ACCENT }, labels.overview),
    column(
      { border: `1px solid ${INK}` },
      row(
        { backgroundColor: TINT, borderBottom: `1px solid ${INK}`, fontWeight: 700 },
        cell(labels.part, { width: mm(40), fontWeight: 700 }),
        cell(labels.minutes, { width: mm(28), fontWeight: 700 }),
        cell(labels.method, { width: mm(60), fontWeight: 700 }),
        cell(labels.media, { flex: 1, fontWeight: 700 }),
      ),
      ...training.parts.map((p) =>
        row(
          { borderBottom: `0.6px solid ${MUTED}` },
          cell(p.title, { width: mm(40), fontWeight: 700 }),
          cell(String(p.minutes), { width: mm(28) }),
          cell(p.method, { width: mm(60) }),
          cell(p.media, { flex: 1 }),
        ),
      ),
      row(
        {},
        cell(labels.total, { width: mm(40), fontWeight: 700 }),
        cell(String(training.parts.reduce((s, p) => s + p.minutes, 0)), { width: mm(28), fontWeight: 700 }),
      ),
    ),
    h('div', { fontSize: TYPE.small + 1, lineHeight: 1.3 }, training.timing),
    h('div', { fontSize: TYPE.small + 1, lineHeight: 1.3, color: INK }, `${labels.sources}: ${sources.join('; ')}.`),
    box({ flex: 1 }),
    h('div', { fontSize: TYPE.small, lineHeight: 1.3 }, trustText(ui, checked, content.version)),
    footer(content, ownSheet),
  );
}

/**
 * Every page of the flipchart laid out at A4 in page order (front, back, front…); a page too full is a ContentError.
 * The four files of a language (A4, A3, colour, bw) share one layout, worked out once per process while its
 * content is unchanged (src/render/cached.ts).
 */
export function layoutFlipchart(content: PrintContent, assets: PrintAssets): Promise<Laid[]> {
  return remembered('flipchart-layout', content.locale, { content, assets }, (input) => layoutPages(input.content, input.assets));
}

async function layoutPages(content: PrintContent, assets: PrintAssets): Promise<Laid[]> {
  const name = `training flipchart (${content.locale})`;
  const sheets = flipchartSheets(content);
  const width = mm(FLIPCHART.page.width - 2 * FLIPCHART.margin);
  const height = mm(FLIPCHART.page.height - 2 * FLIPCHART.margin);
  const layoutSheet = async (element: Element, what: string, files: string[]) => {
    const laid = await layout(element, width, assets.fonts, INK);
    if (laid.height > height + 0.5) {
      throw new ContentError(
        [...new Set(files)].map((file) => ({
          file,
          message: `${name}: ${what} does not fit the sheet (${toMm(laid.height - height).toFixed(1)} mm too long); shorten it`,
        })),
      );
    }
    return laid;
  };
  const filesOf = (sheet: FlipchartSheet) => [content.trainingFile, ...(sheet.step ? [sheet.step.file] : [])];
  const fronts = await Promise.all(
    sheets.map((sheet, i) => audienceSide(sheet, i, content, assets).then((e) => layoutSheet(e, `the front of sheet ${i + 1}`, filesOf(sheet)))),
  );
  const thumbWidth = mm(FLIPCHART.page.width * FLIPCHART.thumbnail);
  const thumbHeight = mm(FLIPCHART.page.height * FLIPCHART.thumbnail);
  return Promise.all(
    flipchartPageOrder(sheets.length).map((page) => {
      if (page.side === 'front') return fronts[page.sheet]!;
      if (page.notesFor === 'overview') return layoutSheet(overviewSide(content, page.sheet), 'the session at a glance', [content.trainingFile]);
      const shown = sheets[page.notesFor]!;
      // The audience side in miniature, drawn from its own layout so it is always the same picture; without its
      // words, which the notes repeat in full and which would print too small to read.
      const miniature = withoutText(fronts[page.notesFor]!.svg);
      const thumbnail = box({ border: `1px solid ${MUTED}`, padding: 3 }, img(svgDataUrl(miniature), thumbWidth, thumbHeight));
      return layoutSheet(notesSide(shown, page.notesFor, thumbnail, page.sheet, content), `the notes for picture ${page.notesFor + 1}`, filesOf(shown));
    }),
  );
}

export interface FlipchartOptions {
  paper: FlipchartPaper;
  variant: Exclude<Variant, 'print-shop'>;
}

export const flipchartDocumentName = (content: PrintContent, options: FlipchartOptions) =>
  `training flipchart (${content.locale}, ${options.paper.toUpperCase()} landscape, ${options.variant})`;

export async function renderFlipchart(content: PrintContent, assets: PrintAssets, options: FlipchartOptions): Promise<Uint8Array> {
  const { training, ui } = content;
  const name = flipchartDocumentName(content, options);
  const { doc, fonts } = await createPrintDocument(
    {
      title: `${ui.print.documents.flipchart} — ${ui.strings.siteName}`,
      subject: training.title,
      lang: ui.locale.lang,
      author: ui.strings.siteName,
      keywords: [training.labels.flipchartTitle, ui.strings.siteName, 'kader'],
    },
    assets,
  );
  // Printers that read it duplex the file the right way without being told (ISO 32000 12.2, ViewerPreferences).

  const pages = await layoutFlipchart(content, assets);
  const paper = FLIPCHART.papers[options.paper];
  const scale = paper.width / FLIPCHART.page.width;
  const size: [number, number] = [mm(paper.width), mm(paper.height)];
  const colorMap = options.variant === 'bw' ? photocopyGreys : colorMapFor(options.variant);
  for (const [index, page] of flipchartPageOrder(pages.length / 2).entries()) {
    const pdfPage = doc.addPage(size);
    const x = mm(FLIPCHART.margin) * scale;
    const top = size[1] - mm(FLIPCHART.margin) * scale;
    drawSvg(pages[index]!.svg, { page: pdfPage, fonts, x, top, scale, colorMap, source: `${name} sheet ${page.sheet + 1} ${page.side}` });
  }
  return savePrintDocument(doc);
}
