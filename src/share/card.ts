/**
 * The share card of one massage step, as a satori element tree: what a mother sees when a kader or a friend
 * sends her the step on WhatsApp. A phone shows it first as a small preview in the chat, so the hierarchy is
 * simple and large: which step, what to do (the title), the drawing, then the short text, how long, and where
 * to read more. A step that presses on the back also carries the one safety line (procedure.yaml, safety.shareLine):
 * a picture passed on alone must still say when to stop. Sizes are pixels of the 1080 × 1350 image (the 4:5
 * portrait WhatsApp shows uncropped).
 */
import type { Step, Ui } from '../content/schemas/index.ts';
import { h, img, type Element, svgDataUrl } from '../print/element.ts';
import { fill, formatDuration } from '../i18n/strings.ts';
import { ACCENT, ALERT, ALERT_TINT, INK, MUTED, SHARE_RULE, TINT, WHITE } from '../palette.ts';

export const CARD = {
  width: 1080,
  height: 1350,
  padding: 64,
  /** Below this the drawing stops explaining anything at thumbnail size: the text must be shortened instead. */
  minDrawingHeight: 420,
  /** The drawings' own proportions (viewBox 0 0 200 160). */
  drawingAspect: 200 / 160,
} as const;

/** Type sizes in px. Title and short text stay readable in the chat preview, about a third of the full size. */
export const TYPE = { brand: 32, step: 36, title: 72, short: 42, duration: 36, safety: 36, url: 30 } as const;

export interface ShareCardInput {
  ui: Ui;
  step: Step;
  stepCount: number;
  /** Absolute URL of the step on the site, with its anchor. */
  url: string;
  /** The safety line printed on the card of every step that presses (step.presses). */
  safetyLine: string;
}

/** A small clock beside the duration: a language-free cue that the line says how long. */
const CLOCK = svgDataUrl(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24"><g fill="none" stroke="${ACCENT}" stroke-width="2.5" stroke-linecap="round"><circle cx="12" cy="12" r="9.5"/><path d="M12 6.5V12L15.5 14"/></g></svg>`,
);

/** The URL as people type it: no scheme. */
export const displayUrl = (url: string) => url.replace(/^https?:\/\//, '');

/**
 * The card. `drawing` is the step's SVG (labels already outlined) at a given height; null leaves its place empty,
 * so the text can be measured first and the drawing then given all the height that is left.
 */
export function shareCard(input: ShareCardInput, drawing: { svg: string; height: number } | null): Element {
  const { ui, step, stepCount } = input;
  const drawingWidth = drawing ? Math.round(drawing.height * CARD.drawingAspect) : 0;
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box',
      width: CARD.width,
      padding: CARD.padding,
      backgroundColor: WHITE,
      color: INK,
      ...(drawing ? { height: CARD.height } : {}),
    },
    h(
      'div',
      { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
      h(
        'div',
        { display: 'flex', alignItems: 'baseline', gap: 16, fontSize: TYPE.brand },
        h('div', { fontWeight: 700, color: ACCENT, letterSpacing: 3 }, ui.strings.siteName.toUpperCase()),
        h('div', { color: MUTED }, ui.print.coverTitle),
      ),
      // "Langkah 3/7": the step label with the count, from the one existing string.
      h(
        'div',
        { display: 'flex', fontSize: TYPE.step, fontWeight: 700, color: ACCENT, backgroundColor: TINT, borderRadius: 40, padding: '8px 26px' },
        fill(ui.strings.stepLabel, { n: `${step.order}/${stepCount}` }),
      ),
    ),
    // Balanced lines: a two-line title reads as one thought, never one word left alone.
    h('div', { fontSize: TYPE.title, fontWeight: 700, lineHeight: 1.12, marginTop: 36, textWrap: 'balance' }, step.title),
    drawing
      ? h(
          'div',
          { display: 'flex', flex: 1, alignItems: 'center', justifyContent: 'center', marginTop: 32, marginBottom: 32 },
          // The drawings run to their frame's edge (a back cut off at the waist); a tinted frame of exactly
          // their size makes that edge look meant, and their white fills stand out on it.
          h(
            'div',
            { display: 'flex', backgroundColor: TINT, borderRadius: 28, overflow: 'hidden' },
            img(svgDataUrl(drawing.svg), drawingWidth, drawing.height),
          ),
        )
      : h('div', { height: 64 }),
    h('div', { fontSize: TYPE.short, lineHeight: 1.3, textWrap: 'pretty' }, step.short),
    step.presses
      ? h(
          'div',
          {
            display: 'flex',
            marginTop: 20,
            padding: '12px 18px',
            backgroundColor: ALERT_TINT,
            borderLeft: `8px solid ${ALERT}`,
            fontSize: TYPE.safety,
            fontWeight: 700,
            lineHeight: 1.25,
            color: INK,
          },
          input.safetyLine,
        )
      : null,
    h(
      'div',
      { display: 'flex', alignItems: 'center', gap: 14, marginTop: 24, fontSize: TYPE.duration, fontWeight: 700, color: MUTED },
      img(CLOCK, 40, 40),
      fill(ui.strings.duration, { duration: formatDuration(ui, step.duration) }),
    ),
    h(
      'div',
      { display: 'flex', marginTop: 28, paddingTop: 22, borderTop: `2px solid ${SHARE_RULE}`, fontSize: TYPE.url, color: ACCENT },
      displayUrl(input.url),
    ),
  );
}
