/**
 * The tri-fold leaflet: A4 or F4 landscape, two sides, roll fold. Pure: typed content in, PDF bytes out.
 *
 * Satori lays out each panel (flexbox, line breaking with the print font's metrics) into SVG with text kept as
 * <text>; svg.ts draws that into the PDF as real, selectable text in the embedded, subset font.
 *
 *   outside (page 1):  [ fold-in flap     | back: danger signs | front cover ]
 *   inside  (page 2):  [ safety, steps …  | steps …            | steps … (flap) ]
 * The flap folds in first, so it is 2 mm narrower than the other two panels. The cover shows the helper giving the
 * massage (booklet.yaml `cover`) and, at its foot, level with the contact box on the back, the QR code of the full
 * guide. The back carries the signs that kill fastest, for mother and baby, with a QR code of the full danger-signs
 * page, and ends in the local contact box: two fillable form fields (contact.ts) that any PDF reader can fill, over
 * lines that also print blank. The flap ends in the edition line and the duplex setting (flip on the short edge).
 * Inside, the check of when not to massage comes before step 1, because a leaflet handed over on its own must be
 * safe; the step drawings grow until the fullest panel is full, and F4 sets larger type.
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
import { h, img, type Child, type Element, svgDataUrl } from './element.ts';
import { balanceRuns } from './flow.ts';
import { layout as layoutIn, type Laid } from './layout.ts';
import { addContactFields, CONTACT_BOX, contactBoxElement } from './contact.ts';
import { ACCENT, ALERT, ALERT_TINT, INK, MUTED, WHITE } from '../palette.ts';
import { QR_MIN_CODE, qrImageSide, qrSvg } from './qr.ts';
import { addressSize, printedLink, type PrintedLink } from './links.ts';
import { editionPieces } from './edition.ts';
import { drawSvg, parseColor } from './svg.ts';
import { mm, PAPER, toMm, type SizeMm } from './units.ts';
import { colorMapFor, type Variant } from './variant.ts';

/** What the leaflet draws from a language's print content, and the addresses it prints. */
export type LeafletInput = Pick<
  PrintContent,
  'locale' | 'ui' | 'steps' | 'procedure' | 'procedureFile' | 'references' | 'dangerSigns' | 'booklet' | 'files' | 'version'
> & {
  /** The procedure page online (its short link), printed on the cover and in its QR code. */
  link: PrintedLink;
  /** The danger-signs page online (its short link), printed on the back beside the signs and in their QR code. */
  dangerLink: PrintedLink;
};

/** The leaflet's input from a language's print content: the procedure page on the cover, the danger signs on the back. */
export const leafletInput = (content: PrintContent): LeafletInput => ({
  ...content,
  link: printedLink(content, 'massage'),
  dangerLink: printedLink(content, 'danger-signs'),
});

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
  /**
   * Step drawings are as large as the panels allow: the first of these widths with which every step fits (the
   * tallest panel fills), down to the last. Beside the text while a text column of `minTextColumn` stays beside
   * them, above the text when wider.
   */
  drawingWidths: [64, 60, 56, 52, 50, 48, 46, 44, 42, 40, 38, 36],
  minTextColumn: 32,
  /** Extra space a panel may spread between its blocks, at most, so a panel that has room ends near its foot. */
  maxSpread: 9,
  /** The QR codes' dark modules, edge to edge (quiet zone not included): large enough for a photocopy of a copy. */
  qrCode: 24,
  dangerQrCode: QR_MIN_CODE,
  /** The cover drawing's height to width, and its widths to try, as parts of the cover panel's text width. */
  coverDrawingRatio: 0.8,
  coverDrawingScales: [1, 0.92, 0.84, 0.76],
} as const;

/** Type sizes in points: running text at 12 pt on A4 and 13 pt on the larger F4 sheet, nothing under 9 pt. */
interface TypeScale {
  body: number;
  small: number;
  /** Sources and the trust line: a reference list, not running text. */
  fine: number;
  heading: number;
  stepTitle: number;
  cover: number;
  subtitle: number;
}
const TYPE_A4: TypeScale = { body: 12, small: 10, fine: 9.5, heading: 15, stepTitle: 13, cover: 30, subtitle: 14 };
const TYPE_LARGE: TypeScale = { body: 13, small: 10.5, fine: 10, heading: 16, stepTitle: 14, cover: 32, subtitle: 15 };

/** F4 (330 mm) and anything as large gets the larger type: the extra paper is for reading, not for blank space. */
export const typeScaleFor = (paper: SizeMm): TypeScale => (Math.max(paper.width, paper.height) >= 320 ? TYPE_LARGE : TYPE_A4);

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

const column = (style: Record<string, string | number>, ...children: Child[]) => h('div', { display: 'flex', flexDirection: 'column', ...style }, ...children);

/**
 * Empty space of `height` points: the outside panels are laid out twice, the second time with their foot pushed
 * down. Always there, even at 0, so both layouts have the same gaps.
 */
const spacer = (height: number) => h('div', { height: Math.max(0, height), flexShrink: 0 });

/** A QR code, pure black, whose dark modules span `code` mm, with the address under or beside it. */
const qrImage = (link: PrintedLink, code: number, style: Record<string, string | number> = {}) => {
  const side = mm(qrImageSide(link.url, code));
  return img(svgDataUrl(qrSvg(link.url)), side, side, { flexShrink: 0, ...style });
};

/** Millimetres of quiet zone on each side of a code whose dark modules span `code` mm. */
const qrQuietZone = (url: string, code: number) => (qrImageSide(url, code) - code) / 2;

/** The pieces of the leaflet, at one type scale. */
function parts(type: TypeScale) {
  const heading = (text: string, color = ACCENT) => h('div', { fontSize: type.heading, fontWeight: 700, color, marginBottom: 4, lineHeight: 1.2 }, text);
  const bulletList = (items: string[], bullet = '•', size: number = type.body) =>
    column(
      { gap: size < type.body ? 1 : 3 },
      ...items.map((item) =>
        h('div', { display: 'flex', fontSize: size, lineHeight: 1.25 }, h('div', { width: 10, flexShrink: 0 }, bullet), h('div', { flex: 1 }, item)),
      ),
    );
  const box = (tint: string, line: string, ...children: Child[]) =>
    column({ backgroundColor: tint, borderLeft: `3px solid ${line}`, padding: '6px 8px', gap: 3 }, ...children);
  return { heading, bulletList, box };
}

export type StepArrangement = 'beside' | 'above';

function stepBlock(step: StepContent, ui: Ui, illustration: string, drawingWidth: number, arrangement: StepArrangement, type: TypeScale): Element {
  const disc = Math.round(type.stepTitle * 1.7);
  const text = column(
    { flex: 1, gap: 2 },
    h('div', { fontSize: type.body, lineHeight: 1.3 }, step.short),
    h('div', { fontSize: type.small, color: MUTED }, fill(ui.strings.duration, { duration: formatDuration(ui, step.duration) })),
  );
  const drawing = img(svgDataUrl(illustration), mm(drawingWidth), mm(drawingWidth * 0.8), {
    flexShrink: 0,
    ...(arrangement === 'above' ? { alignSelf: 'center' } : {}),
  });
  return column(
    { gap: 4 },
    h(
      'div',
      { display: 'flex', alignItems: 'center', gap: 6 },
      h(
        'div',
        {
          display: 'flex',
          width: disc,
          height: disc,
          borderRadius: disc / 2,
          backgroundColor: ACCENT,
          color: WHITE,
          fontSize: type.stepTitle,
          fontWeight: 700,
          alignItems: 'center',
          justifyContent: 'center',
          flexShrink: 0,
        },
        String(step.order),
      ),
      h('div', { flex: 1, fontSize: type.stepTitle, fontWeight: 700, lineHeight: 1.2 }, step.title),
    ),
    arrangement === 'above' ? column({ gap: 3 }, drawing, text) : h('div', { display: 'flex', gap: 6 }, text, drawing),
  );
}

/** After the last step, where the panels have room for it: what to do once the massage is over. */
function aftercareBlock({ ui, procedure }: LeafletInput, type: TypeScale): Element {
  const { heading, bulletList } = parts(type);
  return column({ borderTop: `1.5px solid ${ACCENT}`, paddingTop: 5 }, heading(ui.strings.aftercare), bulletList(procedure.aftercare, '•', type.small + 1));
}

/**
 * The front: the name, the title, the helper giving the massage to the seated mother (what the leaflet is about,
 * at a glance), and at the foot, level with the contact box on the back, the QR code of the full guide.
 */
function coverPanel(input: LeafletInput, assets: PrintAssets, width: number, type: TypeScale, room: number): Element {
  const { ui, booklet } = input;
  const drawingWidth = toMm(width);
  return column(
    { gap: 7 },
    h('div', { fontSize: type.stepTitle, fontWeight: 700, color: ACCENT, letterSpacing: 1 }, ui.strings.siteName.toUpperCase()),
    h('div', { fontSize: type.cover, fontWeight: 700, lineHeight: 1.1 }, ui.print.coverTitle),
    h('div', { fontSize: type.subtitle, lineHeight: 1.3, color: MUTED }, ui.print.coverSubtitle),
    // The room to spare goes above and below the drawing, so it sits centred between the title and the foot.
    spacer(room / 2),
    column(
      { gap: 2, alignItems: 'center', marginTop: 4 },
      img(svgDataUrl(assets.illustrations[booklet.cover.illustration]!), mm(drawingWidth), mm(drawingWidth * LEAFLET.coverDrawingRatio)),
      h('div', { fontSize: type.small, color: MUTED, textAlign: 'center', lineHeight: 1.3 }, booklet.cover.caption),
    ),
    spacer(room / 2),
    h(
      'div',
      { display: 'flex', gap: 6, alignItems: 'center' },
      // The quiet zone hangs into the margin, so the code's dark edge lines up with the text above it.
      qrImage(input.link, LEAFLET.qrCode, { marginLeft: -mm(qrQuietZone(input.link.url, LEAFLET.qrCode)) }),
      h('div', { flex: 1, fontSize: type.body, fontWeight: 700, lineHeight: 1.25 }, ui.print.onlineTitle),
    ),
    h('div', { fontSize: addressSize(input.link.label, toMm(width), type.body), fontWeight: 700, color: ACCENT }, input.link.label),
  );
}

/**
 * The fold-in flap, outside: who, when, the reminder that the massage is no treatment, sources and when the content
 * was checked; at its foot the edition and how to print the sheet two-sided.
 */
function flapPanel(input: LeafletInput, type: TypeScale, room: number): Element {
  const { ui, procedure } = input;
  const { heading, bulletList } = parts(type);
  const cited = [
    ...procedure.cite,
    ...procedure.safety.cite,
    ...input.steps.flatMap((s) => s.cite),
    ...dangerSignCites(input.dangerSigns, (s) => s.leaflet !== undefined),
  ];
  const sources = sourcesSentence(ui.strings.sources, cited, input.references, citationWords(ui));
  const checked = leafletChecked(input);
  // Room to spare opens up the gaps a little (on F4), the rest goes above the foot.
  const gaps = 6;
  const extra = Math.min(mm(2.5), room / (gaps + 2));
  return column(
    { gap: 6 + extra },
    column({}, heading(ui.strings.who), h('div', { fontSize: type.body, lineHeight: 1.3 }, procedure.who)),
    column({}, heading(ui.strings.when), bulletList(procedure.when, '•', type.small + 1)),
    h('div', { fontSize: type.body, lineHeight: 1.3, borderLeft: `3px solid ${ACCENT}`, paddingLeft: 6 }, procedure.notATreatment),
    h('div', { fontSize: type.fine, color: MUTED, lineHeight: 1.3 }, sources),
    h('div', { fontSize: type.fine, color: INK, lineHeight: 1.3 }, trustText(ui, checked, input.version)),
    spacer(room - gaps * extra),
    column(
      { gap: 1, borderTop: `0.75px solid ${INK}`, paddingTop: 3 },
      h(
        'div',
        { display: 'flex', flexWrap: 'wrap', columnGap: 3, fontSize: type.small, fontWeight: 700, lineHeight: 1.3 },
        ...editionPieces(ui, checked, input.version).map((piece) => h('div', { whiteSpace: 'nowrap' }, piece)),
      ),
      h('div', { fontSize: type.small, lineHeight: 1.3 }, ui.print.duplexShortEdge),
    ),
  );
}

/** The leaflet is as recently checked as the least recently checked file it prints. */
const leafletChecked = (input: LeafletInput) =>
  oldestDay([input.procedure.checked, input.dangerSigns.checked, input.booklet.checked, ...input.steps.map((s) => s.checked)]);

/** The back: the signs that kill fastest, for the mother and for the baby, then "no massage, go now" and the QR code. */
function dangerPanel(input: LeafletInput, type: TypeScale, width: number): Element {
  const { ui, dangerSigns } = input;
  const { heading, bulletList, box } = parts(type);
  const signs = (title: string, list: typeof dangerSigns.mother) =>
    column(
      { gap: 2 },
      h('div', { fontSize: type.body, fontWeight: 700, color: ALERT }, title),
      bulletList(
        list.flatMap((s) => (s.leaflet ? [s.leaflet] : [])),
        '•',
        type.small + 1,
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
      h('div', { fontSize: type.body, lineHeight: 1.3, fontWeight: 700 }, ui.print.dangerNoMassage),
      h(
        'div',
        { display: 'flex', gap: 6, alignItems: 'center' },
        qrImage(input.dangerLink, LEAFLET.dangerQrCode),
        h('div', { flex: 1, fontSize: type.small + 1, fontWeight: 700, lineHeight: 1.25 }, ui.print.dangerScan),
      ),
      h('div', { fontSize: addressSize(input.dangerLink.label, toMm(width) - 6, type.small + 1), fontWeight: 700, color: ACCENT }, input.dangerLink.label),
    ),
  );
}

/** Inside, before step 1: when not to massage and when to stop, marked as Lancar's own rules. */
function safetyPanelBlock({ ui, procedure }: LeafletInput, type: TypeScale): Element {
  const { safety } = procedure;
  const { heading, bulletList, box } = parts(type);
  return box(
    ALERT_TINT,
    ALERT,
    heading(ui.strings.safetyTitle, ALERT),
    // These rules are Lancar's own judgement, not a source's: the leaflet says so, as the site and booklet do.
    h('div', { fontSize: type.small, color: MUTED, marginTop: -2 }, ui.strings.lancarRule),
    h('div', { fontSize: type.small + 1, fontWeight: 700 }, ui.strings.doNot),
    bulletList(safety.doNot, '•', type.small + 1),
    h('div', { fontSize: type.small + 1, fontWeight: 700 }, ui.strings.stopIf),
    bulletList(safety.stopIf, '•', type.small + 1),
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

/** Which drawing width and arrangement the steps get, and whether the aftercare list comes after them. */
export interface StepPlan {
  width: number;
  arrangement: StepArrangement;
  aftercare: boolean;
}

/**
 * The plans there are, best first: the largest drawings first; at each size with the aftercare list, then without.
 * A drawing goes above the text once a readable text column no longer fits beside it.
 */
export function stepPlans(panelInner: number): StepPlan[] {
  return LEAFLET.drawingWidths.flatMap((width) => {
    const arrangement: StepArrangement = panelInner - width - 2 >= LEAFLET.minTextColumn ? 'beside' : 'above';
    return [
      { width, arrangement, aftercare: true },
      { width, arrangement, aftercare: false },
    ];
  });
}

export async function renderLeaflet(input: LeafletInput, assets: PrintAssets, options: Partial<LeafletOptions> = {}): Promise<Uint8Array> {
  const { paper, variant, contactFields } = { ...DEFAULT_LEAFLET_OPTIONS, ...options };
  const colorMap = colorMapFor(variant);
  const type = typeScaleFor(paper);
  const { heading } = parts(type);
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
  );
  // Whole points: satori measures text on a rounded width, and a fractional width can break a line differently
  // when drawn than when measured (a blank line under a wrapped list item).
  const layout = (element: Element, widthPt: number) => layoutIn(element, Math.floor(widthPt), assets.fonts, INK);

  const size: [number, number] = [mm(paper.width), mm(paper.height)];
  const place = (page: ReturnType<typeof doc.addPage>, panel: Panel, laid: Laid, offsetTop: number, source: string) =>
    drawSvg(laid.svg, { page, fonts, x: mm(panel.x + LEAFLET.padding), top: size[1] - mm(LEAFLET.padding) - offsetTop, scale: 1, colorMap, source });

  const drawingOf = (name: string, file: string, field: string) => {
    const svg = assets.illustrations[name];
    if (!svg) throw new ContentError([{ file, field, message: `no drawing named "${name}" in content/illustrations` }]);
    return svg;
  };
  drawingOf(input.booklet.cover.illustration, input.files.booklet, 'cover.illustration');
  for (const step of input.steps) drawingOf(step.illustration, step.file, 'illustration');

  // Outside: flap, back, cover. Each must fit its panel whole; the flap and the cover are laid out a second time
  // with the room they have left put above their foot, so their last lines sit on the same line as the contact
  // box's foot on the back (a fixed height with an auto margin would make satori break lines differently).
  const outside = doc.addPage(size);
  const footed = async (make: (room: number) => Element, panel: Panel, files: string[], room = innerHeight) => {
    const natural = await layout(make(0), innerWidth(panel));
    if (natural.height > room + 0.5) throw overflow(documentName, panel, files, natural.height - room);
    return room - natural.height > 1 ? layout(make(room - natural.height), innerWidth(panel)) : natural;
  };
  const [flap, back, front] = panels.outside as [Panel, Panel, Panel];
  place(outside, flap, await footed((room) => flapPanel(input, type, room), flap, [input.procedureFile]), 0, `${documentName} ${flap.name}`);
  // The back panel keeps room at its foot for the contact box.
  const backRoom = innerHeight - mm(CONTACT_BOX.height + LEAFLET.blockGap);
  const danger = await layout(dangerPanel(input, type, innerWidth(back)), innerWidth(back));
  if (danger.height > backRoom + 0.5) throw overflow(documentName, back, [input.files.dangerSigns], danger.height - backRoom);
  place(outside, back, danger, 0, `${documentName} ${back.name}`);
  // The cover drawing spans the panel, or as much of it as leaves room for a long title.
  const coverFiles = [input.procedureFile, input.files.booklet];
  let cover: Laid | undefined;
  for (const scale of LEAFLET.coverDrawingScales) {
    const make = (room: number) => coverPanel(input, assets, innerWidth(front) * scale, type, room);
    if (scale !== LEAFLET.coverDrawingScales.at(-1) && (await layout(make(0), innerWidth(front))).height > innerHeight + 0.5) continue;
    cover = await footed(make, front, coverFiles);
    break;
  }
  place(outside, front, cover!, 0, `${documentName} ${front.name}`);
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

  // Inside: the heading and the safety check, then the steps in order over the three panels, balanced so no
  // panel is crowded; a step never splits. Heights are measured at the narrowest panel width, so they can only
  // shrink when placed. The drawings grow until the tallest panel is full; the aftercare list follows the last
  // step where there is room for it.
  const inside = doc.addPage(size);
  const narrowest = Math.min(...panels.inside.map(innerWidth));
  const title = await layout(heading(input.ui.print.stepsTitle), innerWidth(panels.inside[0]!));
  const safety = await layout(safetyPanelBlock(input, type), innerWidth(panels.inside[0]!));
  const lead = title.height + mm(2) + safety.height + mm(LEAFLET.blockGap);
  const gap = mm(LEAFLET.blockGap);
  const aftercare = { element: aftercareBlock(input, type), height: (await layout(aftercareBlock(input, type), narrowest)).height, file: input.procedureFile };
  const measured = new Map<string, { elements: Element[]; heights: number[] }>();
  const measure = async (width: number, arrangement: StepArrangement) => {
    const key = `${width} ${arrangement}`;
    if (!measured.has(key)) {
      const elements = input.steps.map((step) => stepBlock(step, input.ui, assets.illustrations[step.illustration]!, width, arrangement, type));
      const heights = (await Promise.all(elements.map((element) => layout(element, narrowest)))).map((m) => m.height);
      measured.set(key, { elements, heights });
    }
    return measured.get(key)!;
  };
  type Chosen = { plan: StepPlan; elements: Element[]; files: string[]; heights: number[]; runs: number[][]; totals: number[] };
  const tryPlan = async (plan: StepPlan): Promise<Chosen> => {
    const steps = await measure(plan.width, plan.arrangement);
    const elements = plan.aftercare ? [...steps.elements, aftercare.element] : steps.elements;
    const heights = plan.aftercare ? [...steps.heights, aftercare.height] : steps.heights;
    const files = [...input.steps.map((s) => s.file), ...(plan.aftercare ? [aftercare.file] : [])];
    return { plan, elements, files, heights, ...balanceRuns(heights, panels.inside.length, lead, gap) };
  };
  const fits = (c: Chosen) => Math.max(...c.totals) <= innerHeight;
  // Larger drawings make every block taller, so the widths that fit are a run at the end of the list: find where
  // it starts by halving (a few layouts instead of one per width), then add the aftercare list if it still fits.
  const plans = stepPlans(toMm(narrowest));
  const bare = plans.filter((p) => !p.aftercare);
  let low = 0;
  let high = bare.length - 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fits(await tryPlan(bare[middle]!))) high = middle;
    else low = middle + 1;
  }
  const withAftercare = await tryPlan({ ...bare[low]!, aftercare: true });
  const chosen: Chosen = fits(withAftercare) ? withAftercare : await tryPlan(bare[low]!);
  const { runs, totals, heights, elements, files } = chosen;
  const overfull = totals.findIndex((total) => total > innerHeight);
  if (overfull >= 0) {
    // Name the step too long for any panel on its own; otherwise every step of the panel that overflows.
    const tooTall = heights.findIndex((height) => height > innerHeight);
    const index = tooTall >= 0 ? runs.findIndex((run) => run.includes(tooTall)) : overfull;
    const culprits = tooTall >= 0 ? [files[tooTall]!] : runs[index]!.map((b) => files[b]!);
    throw overflow(documentName, panels.inside[index]!, culprits, totals[index]! - innerHeight);
  }
  place(inside, panels.inside[0]!, title, 0, documentName);
  place(inside, panels.inside[0]!, safety, title.height + mm(2), `${documentName} safety check, ${input.procedureFile}`);
  for (const [index, group] of runs.entries()) {
    const panel = panels.inside[index]!;
    const laid = await Promise.all(group.map((blockIndex) => layout(elements[blockIndex]!, innerWidth(panel))));
    const start = index === 0 ? lead : 0;
    const natural = start + laid.reduce((sum, l) => sum + l.height, 0) + gap * Math.max(0, laid.length - 1);
    // The room a panel has left goes between its blocks (up to a limit), so each panel ends near its foot.
    const gaps = laid.length - 1 + (index === 0 ? 1 : 0);
    const spread = gaps > 0 ? Math.min(mm(LEAFLET.maxSpread), Math.max(0, innerHeight - natural) / gaps) : 0;
    let used = index === 0 ? lead + spread : 0;
    for (const [i, blockIndex] of group.entries()) {
      const block = laid[i]!;
      if (used + block.height > innerHeight + 0.5) throw overflow(documentName, panel, [files[blockIndex]!], used + block.height - innerHeight);
      place(inside, panel, block, used, `${documentName} ${panel.name}, ${files[blockIndex]}`);
      used += block.height + gap + spread;
    }
  }

  // pdf-lib would otherwise refresh field appearances with an unembedded Helvetica on save.
  // No object streams: a classic cross-reference table lets the fill-in page append the filled-in text as an
  // incremental update in the browser, without a PDF library.
  return savePrintDocument(doc, { updateFieldAppearances: false, useObjectStreams: false });
}
