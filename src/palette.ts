/**
 * Every colour the renderers draw with (print, link previews, share pictures), named once. The site's stylesheet
 * keeps its own custom properties; tests/unit/palette.test.ts holds the shared ones equal to these.
 */

/** Text and outlines: a blue-black softer than pure black, dark enough for readers with low vision. */
export const INK = '#1f2933';
/** Secondary text (captions, sources, durations). Darker than the site's --muted (#52606d): see palette.test.ts. */
export const MUTED = '#3e4c59';
/** Headings, step numbers and links: the kit's one brand colour. */
export const ACCENT = '#9c1d5c';
/** Danger signs: an orange-brown that reads as a warning and stays dark enough for text. */
export const ALERT = '#b44d00';
/** The soft background behind a card's label and drawing, a tint of the accent (the site's --soft). */
export const TINT = '#fbeff5';
/** The background behind the danger signs, a tint of the alert. */
export const ALERT_TINT = '#fff4e5';
/** Paper: the white under a QR code, inside a step number or a warning sign, on a card. */
export const WHITE = '#ffffff';
/** The hairline above the share card's address: visible on a phone, quieter than any text. */
export const SHARE_RULE = '#e4e7eb';

/** The three colours a drawing may use (README, Illustrations): outlines, fills, and the marks that matter. */
export const DRAWING = { outline: INK, fill: WHITE, mark: '#b4236b' } as const;

/**
 * The training forms are photocopied, often as copies of copies, so they are black ink by design (forms-kit.ts):
 * their one grey is this tint behind header rows and notes, about 10 % grey, which copiers keep as a light tint.
 */
export const FORM_TINT = '#e8e8e8';

/**
 * The print-shop files' CMYK builds of the colours print uses (0–1 each of cyan, magenta, yellow, black). Text and
 * outline colours are black ink only, so small type never prints as four-colour "rich" black that shows fringes
 * when the plates are slightly out of register; the accents are plain conversions for coated paper.
 */
export const PRINT_CMYK: Readonly<Record<string, readonly [number, number, number, number]>> = {
  [INK]: [0, 0, 0, 1],
  [MUTED]: [0, 0, 0, 0.8],
  [ACCENT]: [0, 0.85, 0.4, 0.35],
  [ALERT]: [0, 0.6, 1, 0.25],
  [TINT]: [0, 0.06, 0.02, 0],
  [ALERT_TINT]: [0, 0.05, 0.1, 0],
  [DRAWING.mark]: [0, 0.8, 0.4, 0.25],
  [WHITE]: [0, 0, 0, 0],
};
