/**
 * The tri-fold leaflet: A4 landscape, two sides, roll fold. Pure: typed content in, PDF bytes out.
 *
 * Satori lays out each panel (flexbox, line breaking with the print font's metrics) into SVG with text kept as
 * <text>; svg.ts draws that into the PDF as real, selectable text in the embedded, subset font.
 *
 *   outside (page 1):  [ fold-in flap     | back: danger signs | front cover ]
 *   inside  (page 2):  [ safety, steps …  | steps …            | steps … (flap) ]
 * The flap folds in first, so it is 2 mm narrower than the other two panels. The back carries the signs that kill
 * fastest, for mother and baby, with a QR code of the full danger-signs page, and ends in the local contact box:
 * two fillable form fields (contact.ts) that any PDF reader can fill, over lines that also print blank. Inside,
 * the check of when not to massage comes before step 1, because a leaflet handed over on its own must be safe.
 */
import type { Ui } from '../content/schemas/index.ts';
import type { StepContent } from '../content/assemble.ts';
import { dangerSignCites, type PrintContent } from './content.ts';
import { ContentError } from '../content/errors.ts';
import { citationWords, sourcesSentence } from '../content/references.ts';
import { oldestDay, trustText } from '../content/trust.ts';
import { fill, formatDuration } from '../i18n/strings.ts';
import type { PrintAssets } from './assets.ts';
import { createPrintDocument, embedFieldFont, savePrintDocument } from './document.ts';
import { h, img, type Child, type Element } from './element.ts';
import { balanceRuns } from './flow.ts';
import { layout as layoutIn, type Laid } from './layout.ts';
import { addContactFields, CONTACT_BOX, contactBoxElement } from './contact.ts';
import { ACCENT, ALERT, ALERT_TINT, INK, MUTED, WHITE } from '../palette.ts';
import { qrSvg } from './qr.ts';
import { drawSvg, parseColor } from './svg.ts';
import { mm, PAPER, toMm, type SizeMm } from './units.ts';
import { colorMapFor, type Variant } from './variant.ts';

/** What the leaflet draws from a language's print content, and the addresses it prints. */
export type LeafletInput = Pick<
  PrintContent,
  'locale' | 'ui' | 'steps' | 'procedure' | 'procedureFile' | 'references' | 'dangerSigns' | 'files' | 'version'
> & {
  /** Absolute URL of the procedure page online, printed on the cover and in its QR code. */
  url: string;
  /** Absolute URL of the danger-signs page, printed on the back beside the signs and in their QR code. */
  dangerUrl: string;
};

/** The leaflet's input from a language's print content: the procedure page on the cover, the danger signs on the back. */
export const leafletInput = (content: PrintContent): LeafletInput => ({ ...content, url: content.urls.massage!, dangerUrl: content.urls['danger-signs']! });

export interface LeafletOptions {
  paper: SizeMm;
  variant: Variant;
  /** Fillable name and phone fields in the contact box; off for the print-shop file, which prints the lines. */
  contactFields: boolean;
}

export const DEFAULT_LEAFLET_OPTIONS: LeafletOptions = { paper: PAPER.a4Landscape, variant: 'colour', contactFields: true };

/** Measurements in millimetres. */
export const LEAFLET = {
  foldInNarrower: 2,
  padding: 8,
  blockGap: 4,
  /** Step drawings are as wide as the panels allow, from the first of these that fits down to the last. */
  drawingWidths: [44, 40, 36],
  /** The QR code's side, quiet zone included: large enough for a cheap phone camera at reading distance. */
  qrSize: 24,
  /** The danger-signs QR code sits beside the signs, where room is shorter. */
  dangerQrSize: 22,
} as const;

/** Type sizes in points: running text at 12 pt, nothing under 9 pt. */
const TYPE = { body: 12, small: 10, heading: 15, stepTitle: 13, cover: 30, subtitle: 14 } as const;

export interface Panel {
  name: string;
  /** Left edge and width on the sheet, in mm. */
  x: number;
  width: number;
}

/** The three panels of each side, left to right as printed. */
export function leafletPanels(paper: SizeMm): { outside: Panel[]; inside: Panel[] } {
  const wide = (paper.width + LEAFLET.foldInNarrower) / 3;
  const narrow = wide - LEAFLET.foldInNarrower;
  return {
    outside: [
      { name: 'outside left (fold-in flap)', x: 0, width: narrow },
      { name: 'outside middle (back)', x: narrow, width: wide },
      { name: 'outside right (front cover)', x: narrow + wide, width: wide },
    ],
    inside: [
      { name: 'inside left', x: 0, width: wide },
      { name: 'inside middle', x: wide, width: wide },
      { name: 'inside right (fold-in flap)', x: 2 * wide, width: narrow },
    ],
  };
}

const svgDataUrl = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const column = (style: Record<string, string | number>, ...children: Child[]) => h('div', { display: 'flex', flexDirection: 'column', ...style }, ...children);

const heading = (text: string, color = ACCENT) => h('div', { fontSize: TYPE.heading, fontWeight: 700, color, marginBottom: 4, lineHeight: 1.2 }, text);

const bulletList = (items: string[], bullet = '•', size: number = TYPE.body) =>
  column(
    { gap: size < TYPE.body ? 1 : 3 },
    ...items.map((item) =>
      h('div', { display: 'flex', fontSize: size, lineHeight: 1.25 }, h('div', { width: 10, flexShrink: 0 }, bullet), h('div', { flex: 1 }, item)),
    ),
  );

const box = (tint: string, line: string, ...children: Child[]) =>
  column({ backgroundColor: tint, borderLeft: `3px solid ${line}`, padding: '6px 8px', gap: 4 }, ...children);

function stepBlock(step: StepContent, ui: Ui, illustration: string, drawingWidth: number): Element {
  return column(
    { gap: 4 },
    h(
      'div',
      { display: 'flex', alignItems: 'center', gap: 6 },
      h(
        'div',
        {
          display: 'flex',
          width: 22,
          height: 22,
          borderRadius: 11,
          backgroundColor: ACCENT,
          color: WHITE,
          fontSize: TYPE.stepTitle,
          fontWeight: 700,
          alignItems: 'center',
          justifyContent: 'center',
          flexShrink: 0,
        },
        String(step.order),
      ),
      h('div', { flex: 1, fontSize: TYPE.stepTitle, fontWeight: 700, lineHeight: 1.2 }, step.title),
    ),
    h(
      'div',
      { display: 'flex', gap: 6 },
      column(
        { flex: 1, gap: 2 },
        h('div', { fontSize: TYPE.body, lineHeight: 1.3 }, step.short),
        h('div', { fontSize: TYPE.small, color: MUTED }, fill(ui.strings.duration, { duration: formatDuration(ui, step.duration) })),
      ),
      img(svgDataUrl(illustration), mm(drawingWidth), mm(drawingWidth * 0.8), { flexShrink: 0 }),
    ),
  );
}

function coverPanel(input: LeafletInput, assets: PrintAssets): Element {
  const { ui, procedure } = input;
  const position = input.steps.find((s) => s.illustration === 'position') ?? input.steps[0]!;
  return column(
    { gap: 8, height: '100%' },
    h('div', { fontSize: TYPE.stepTitle, fontWeight: 700, color: ACCENT, letterSpacing: 1 }, ui.strings.siteName.toUpperCase()),
    h('div', { fontSize: TYPE.cover, fontWeight: 700, lineHeight: 1.1 }, ui.print.coverTitle),
    h('div', { fontSize: TYPE.subtitle, lineHeight: 1.3, color: MUTED }, ui.print.coverSubtitle),
    img(svgDataUrl(assets.illustrations[position.illustration]!), mm(70), mm(56), { alignSelf: 'center' }),
    h('div', { fontSize: TYPE.body, lineHeight: 1.35 }, procedure.summary),
    h(
      'div',
      { display: 'flex', marginTop: 'auto', gap: 8, alignItems: 'center' },
      img(svgDataUrl(qrSvg(input.url)), mm(LEAFLET.qrSize), mm(LEAFLET.qrSize), { flexShrink: 0 }),
      column(
        { flex: 1, gap: 1 },
        h('div', { fontSize: TYPE.small, fontWeight: 700 }, ui.print.onlineTitle),
        h('div', { fontSize: TYPE.small, color: ACCENT }, input.url.replace(/^https?:\/\//, '')),
      ),
    ),
  );
}

function flapPanel(input: LeafletInput): Element {
  const { ui, procedure } = input;
  const cited = [
    ...procedure.cite,
    ...procedure.safety.cite,
    ...input.steps.flatMap((s) => s.cite),
    ...dangerSignCites(input.dangerSigns, (s) => s.leaflet !== undefined),
  ];
  const sources = sourcesSentence(ui.strings.sources, cited, input.references, citationWords(ui));
  const checked = oldestDay([procedure.checked, input.dangerSigns.checked, ...input.steps.map((s) => s.checked)]);
  return column(
    { gap: 9 },
    column({}, heading(ui.strings.who), h('div', { fontSize: TYPE.body, lineHeight: 1.3 }, procedure.who)),
    column({}, heading(ui.strings.when), bulletList(procedure.when)),
    h('div', { fontSize: TYPE.body, lineHeight: 1.3, fontWeight: 700 }, procedure.notATreatment),
    h('div', { fontSize: TYPE.small, color: MUTED, lineHeight: 1.3 }, sources),
    h('div', { fontSize: TYPE.small, color: INK, lineHeight: 1.3 }, trustText(ui, checked, input.version)),
  );
}

/** The back: the signs that kill fastest, for the mother and for the baby, then "no massage, go now" and the QR code. */
function dangerPanel(input: LeafletInput): Element {
  const { ui, dangerSigns } = input;
  const signs = (title: string, list: typeof dangerSigns.mother) =>
    column(
      { gap: 2 },
      h('div', { fontSize: TYPE.body, fontWeight: 700, color: ALERT }, title),
      bulletList(
        list.flatMap((s) => (s.leaflet ? [s.leaflet] : [])),
        '•',
        TYPE.small + 1,
      ),
    );
  return column(
    { gap: 6 },
    box(
      ALERT_TINT,
      ALERT,
      heading(ui.print.dangerTitle, ALERT),
      signs(ui.print.dangerMother, dangerSigns.mother),
      signs(ui.print.dangerBaby, dangerSigns.baby),
      h('div', { fontSize: TYPE.body, lineHeight: 1.3, fontWeight: 700 }, ui.print.dangerNoMassage),
      h(
        'div',
        { display: 'flex', gap: 6, alignItems: 'center' },
        img(svgDataUrl(qrSvg(input.dangerUrl)), mm(LEAFLET.dangerQrSize), mm(LEAFLET.dangerQrSize), { flexShrink: 0 }),
        column(
          { flex: 1, gap: 1 },
          h('div', { fontSize: TYPE.small, fontWeight: 700 }, ui.print.dangerScan),
          h('div', { fontSize: TYPE.small, color: ACCENT }, input.dangerUrl.replace(/^https?:\/\//, '')),
        ),
      ),
    ),
  );
}

/** Inside, before step 1: when not to massage and when to stop, marked as Lancar's own rules. */
function safetyPanelBlock({ ui, procedure }: LeafletInput): Element {
  const { safety } = procedure;
  return box(
    ALERT_TINT,
    ALERT,
    heading(ui.strings.safetyTitle, ALERT),
    // These rules are Lancar's own judgement, not a source's: the leaflet says so, as the site and booklet do.
    h('div', { fontSize: TYPE.small, color: MUTED, marginTop: -2 }, ui.strings.lancarRule),
    h('div', { fontSize: TYPE.small + 1, fontWeight: 700 }, ui.strings.doNot),
    bulletList(safety.doNot, '•', TYPE.small + 1),
    h('div', { fontSize: TYPE.small + 1, fontWeight: 700 }, ui.strings.stopIf),
    bulletList(safety.stopIf, '•', TYPE.small + 1),
  );
}

function overflow(document: string, panel: Panel, files: string[], byPt: number): ContentError {
  return new ContentError(
    files.map((file) => ({
      file,
      message: `${document}: the text does not fit the ${panel.name} panel (${toMm(byPt).toFixed(1)} mm too long); shorten it`,
    })),
  );
}

export async function renderLeaflet(input: LeafletInput, assets: PrintAssets, options: Partial<LeafletOptions> = {}): Promise<Uint8Array> {
  const { paper, variant, contactFields } = { ...DEFAULT_LEAFLET_OPTIONS, ...options };
  const colorMap = colorMapFor(variant);
  const documentName = `leaflet (${input.locale}, ${paper.width}×${paper.height} mm)`;
  const panels = leafletPanels(paper);
  const innerHeight = mm(paper.height - 2 * LEAFLET.padding);
  const innerWidth = (panel: Panel) => mm(panel.width - 2 * LEAFLET.padding);

  const { doc, fonts } = await createPrintDocument(
    {
      title: `${input.ui.print.coverTitle} — ${input.ui.strings.siteName}`,
      subject: input.procedure.summary,
      lang: input.ui.locale.lang,
      author: input.ui.strings.siteName,
      keywords: [input.ui.print.coverTitle, 'ASI', input.ui.strings.siteName],
    },
    assets,
    JSON.stringify([input.locale, input.steps, input.procedure, input.dangerSigns, input.version, paper, variant]),
  );
  const layout = (element: Element, widthPt: number) => layoutIn(element, widthPt, assets.fonts, INK);

  const size: [number, number] = [mm(paper.width), mm(paper.height)];
  const place = (page: ReturnType<typeof doc.addPage>, panel: Panel, laid: Laid, offsetTop: number, source: string) =>
    drawSvg(laid.svg, { page, fonts, x: mm(panel.x + LEAFLET.padding), top: size[1] - mm(LEAFLET.padding) - offsetTop, scale: 1, colorMap, source });

  // Outside: flap, back, cover. Each must fit its panel whole.
  const outside = doc.addPage(size);
  const outsideContent: [Element, string[]][] = [
    [flapPanel(input), [input.procedureFile]],
    [dangerPanel(input), [input.files.dangerSigns]],
    [coverPanel(input, assets), [input.procedureFile]],
  ];
  for (const [index, [element, files]] of outsideContent.entries()) {
    const panel = panels.outside[index]!;
    const laid = await layout(element, innerWidth(panel));
    // The back panel keeps room at its foot for the contact box.
    const room = index === 1 ? innerHeight - mm(CONTACT_BOX.height + LEAFLET.blockGap) : innerHeight;
    if (laid.height > room + 0.5) throw overflow(documentName, panel, files, laid.height - room);
    place(outside, panel, laid, 0, `${documentName} ${panel.name}`);
  }
  const back = panels.outside[1]!;
  const contactTop = innerHeight - mm(CONTACT_BOX.height);
  place(outside, back, await layout(contactBoxElement(input.ui, INK, MUTED), innerWidth(back)), contactTop, `${documentName} contact box`);
  if (contactFields) {
    addContactFields(doc, outside, input.ui, {
      // Page coordinates of the box's top-left corner, in points.
      left: mm(back.x + LEAFLET.padding),
      top: size[1] - mm(LEAFLET.padding) - contactTop,
      width: innerWidth(back),
      font: await embedFieldFont(doc, assets, JSON.stringify([input.locale, 'contact'])),
      ink: colorMap(parseColor(INK)!),
    });
  }

  // Inside: the heading, then the steps in order over the three panels, balanced so no panel is crowded;
  // a step never splits. Heights are measured at the narrowest panel width, so they can only shrink when placed.
  const inside = doc.addPage(size);
  const narrowest = Math.min(...panels.inside.map(innerWidth));
  const title = await layout(heading(input.ui.print.stepsTitle), innerWidth(panels.inside[0]!));
  const safety = await layout(safetyPanelBlock(input), innerWidth(panels.inside[0]!));
  // The first panel starts with the steps' heading and the safety check, then step 1.
  const lead = title.height + mm(2) + safety.height + mm(LEAFLET.blockGap);
  for (const step of input.steps) {
    if (!assets.illustrations[step.illustration]) {
      throw new ContentError([{ file: step.file, field: 'illustration', message: `no drawing named "${step.illustration}"` }]);
    }
  }
  const gap = mm(LEAFLET.blockGap);
  // The largest drawings with which every step fits; a step never splits over two panels.
  let chosen: { width: number; heights: number[]; runs: number[][]; totals: number[] } | undefined;
  for (const width of LEAFLET.drawingWidths) {
    const elements = input.steps.map((step) => stepBlock(step, input.ui, assets.illustrations[step.illustration]!, width));
    const heights = (await Promise.all(elements.map((element) => layout(element, narrowest)))).map((m) => m.height);
    chosen = { width, heights, ...balanceRuns(heights, panels.inside.length, lead, gap) };
    if (Math.max(...chosen.totals) <= innerHeight) break;
  }
  const { runs, totals, heights } = chosen!;
  const overfull = totals.findIndex((total) => total > innerHeight);
  if (overfull >= 0) {
    // Name the step too long for any panel on its own; otherwise every step of the panel that overflows.
    const tooTall = input.steps.findIndex((_, i) => heights[i]! > innerHeight);
    const index = tooTall >= 0 ? runs.findIndex((run) => run.includes(tooTall)) : overfull;
    const culprits = tooTall >= 0 ? [input.steps[tooTall]!] : runs[index]!.map((b) => input.steps[b]!);
    throw overflow(
      documentName,
      panels.inside[index]!,
      culprits.map((s) => s.file),
      totals[index]! - innerHeight,
    );
  }
  const blocks = input.steps.map((step) => ({ step, element: stepBlock(step, input.ui, assets.illustrations[step.illustration]!, chosen!.width) }));
  place(inside, panels.inside[0]!, title, 0, documentName);
  place(inside, panels.inside[0]!, safety, title.height + mm(2), `${documentName} safety check, ${input.procedureFile}`);
  for (const [index, group] of runs.entries()) {
    const panel = panels.inside[index]!;
    let used = index === 0 ? lead : 0;
    for (const blockIndex of group) {
      const { step, element } = blocks[blockIndex]!;
      const laid = await layout(element, innerWidth(panel));
      if (used + laid.height > innerHeight + 0.5) throw overflow(documentName, panel, [step.file], used + laid.height - innerHeight);
      place(inside, panel, laid, used, `${documentName} ${panel.name}, ${step.file}`);
      used += laid.height + gap;
    }
  }

  // pdf-lib would otherwise refresh field appearances with an unembedded Helvetica on save.
  // No object streams: a classic cross-reference table lets the fill-in page append the filled-in text as an
  // incremental update in the browser, without a PDF library.
  return savePrintDocument(doc, { updateFieldAppearances: false, useObjectStreams: false });
}
