/**
 * The link preview of one page, as a satori element tree: the card WhatsApp shows above a link when someone
 * pastes it. Chats show it about 400 px wide, a third of its size, so it says little and says it large: the
 * site, the page's title, a few lines of what it is about, its language, and a drawing of the subject.
 * Sizes are pixels of the 1200 × 630 image.
 */
import { h, img, type Element, svgDataUrl } from '../print/element.ts';
import { ACCENT, INK, MUTED, TINT, WHITE } from '../palette.ts';
import { OG_IMAGE } from './meta.ts';

export const CARD = {
  ...OG_IMAGE,
  padding: 56,
  /** The drawing's frame, in the drawings' own proportions (viewBox 0 0 200 160). */
  frame: { width: 400, height: 320 },
  /** Between the text and the drawing. */
  gutter: 44,
  /** The header row ("Lancar" and the language) and the space under it. */
  header: 64,
  headerGap: 28,
  /** Between the title and the description. */
  titleGap: 20,
} as const;

/** Type sizes (px) and line heights. At chat size (400 px wide) the title reads as 21–24 px, the rest as 11 px. */
export const TYPE = {
  brand: 64,
  /** A title of one or two lines; a longer one steps down to titleLong, never smaller. */
  title: 72,
  titleLong: 64,
  titleLines: 1.1,
  description: 32,
  descriptionLines: 1.3,
  language: 32,
} as const;

/**
 * Lines at most: a title of 2 lines at the large size, else 4 at the smaller (the title matters more than the
 * description, which WhatsApp also prints in full under the card), a description of 3.
 */
export const MAX_LINES = { titleLarge: 2, title: 4, description: 3 } as const;

/** Width of the text column; height the title and description share under the header. */
export const TEXT_WIDTH = CARD.width - 2 * CARD.padding - CARD.frame.width - CARD.gutter;
export const TEXT_HEIGHT = CARD.height - 2 * CARD.padding - CARD.header - CARD.headerGap;

/**
 * The drawing shown for a page, by page key: the subject of the page where a drawing of it exists. Every other
 * page shows the site's emblem, the milk drop of the favicon.
 */
export const PAGE_DRAWINGS: Readonly<Record<string, string>> = {
  // Pages about doing the massage or helping the milk flow: a husband or relative massaging the mother's back.
  massage: 'massage-together',
  guided: 'massage-together',
  'let-down-help': 'massage-together',
  kader: 'massage-together',
  'milk-flow': 'reflexes',
  attachment: 'attachment',
  'hand-expression': 'hand-expression',
};

export const drawingOf = (key: string): string | undefined => PAGE_DRAWINGS[key];

/** The words the card shows, already fitted to their lines (image.ts measures them). */
export interface OgCardText {
  siteName: string;
  /** The language's own name: "Bahasa Indonesia", "English". */
  language: string;
  title: string;
  titleSize: number;
  /** null when the title leaves no room for a line of it. */
  description: string | null;
}

/** The pictures: the emblem (beside the site's name) and the page's drawing (labels outlined), if it has one. */
export interface OgPictures {
  emblem: string;
  /** null: the frame shows the emblem, large. */
  drawing: string | null;
}

/** The title block alone: measured first, then placed on the card, with the same style both times. */
export const titleBlock = (text: string, size: number): Element =>
  // Balanced lines: a two-line title reads as one thought, never one word left alone.
  h('div', { fontSize: size, fontWeight: 700, lineHeight: TYPE.titleLines, textWrap: 'balance' }, text);

export const descriptionBlock = (text: string): Element =>
  h('div', { fontSize: TYPE.description, lineHeight: TYPE.descriptionLines, color: MUTED, textWrap: 'pretty' }, text);

export function ogCard(text: OgCardText, pictures: OgPictures): Element {
  const { frame } = CARD;
  const emblemSize = 200;
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box',
      width: CARD.width,
      height: CARD.height,
      padding: CARD.padding,
      backgroundColor: WHITE,
      color: INK,
    },
    h(
      'div',
      { display: 'flex', alignItems: 'center', justifyContent: 'space-between', height: CARD.header },
      h(
        'div',
        { display: 'flex', alignItems: 'center', gap: 14, fontSize: TYPE.brand, fontWeight: 700, lineHeight: 1, color: ACCENT },
        img(svgDataUrl(pictures.emblem), 56, 56),
        text.siteName,
      ),
      h(
        'div',
        { display: 'flex', fontSize: TYPE.language, fontWeight: 700, color: ACCENT, backgroundColor: TINT, borderRadius: 40, padding: '8px 24px' },
        text.language,
      ),
    ),
    h(
      'div',
      { display: 'flex', flex: 1, alignItems: 'center', gap: CARD.gutter, marginTop: CARD.headerGap },
      h(
        'div',
        { display: 'flex', flexDirection: 'column', justifyContent: 'center', width: TEXT_WIDTH, height: TEXT_HEIGHT },
        titleBlock(text.title, text.titleSize),
        text.description ? h('div', { display: 'flex', marginTop: CARD.titleGap }, descriptionBlock(text.description)) : null,
      ),
      // The drawings run to their frame's edge; a tinted frame of exactly their size makes that edge look meant.
      h(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          width: frame.width,
          height: frame.height,
          backgroundColor: TINT,
          borderRadius: 28,
          overflow: 'hidden',
        },
        pictures.drawing ? img(svgDataUrl(pictures.drawing), frame.width, frame.height) : img(svgDataUrl(pictures.emblem), emblemSize, emblemSize),
      ),
    ),
  );
}
