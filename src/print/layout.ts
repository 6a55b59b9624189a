/**
 * Satori as the print layout engine: flexbox and line breaking with the print font's own metrics. Text stays
 * <text> (embedFont: false) so svg.ts can write it into the PDF as real, selectable text.
 */
import satori from 'satori';
import type { PrintAssets } from './assets.ts';
import { h, type Element } from './element.ts';

export const FONT_FAMILY = 'Atkinson Hyperlegible';

/** The print font's two weights as satori takes them: every satori card (print, share, link preview, slide) uses them. */
export const satoriFonts = (fonts: PrintAssets['fonts']) => [
  { name: FONT_FAMILY, data: fonts.regular as Buffer, weight: 400 as const, style: 'normal' as const },
  { name: FONT_FAMILY, data: fonts.bold as Buffer, weight: 700 as const, style: 'normal' as const },
];

export interface Laid {
  svg: string;
  /** Height the content needs, in points (satori's unit here). */
  height: number;
}

/**
 * Layouts already made. The same panel, heading or table comes back in every variant and paper of a document (the
 * booklet's three files, the leaflet's six) and when fitting tries a block again: half of the print catalogue's
 * layouts. Satori is pure, so the layout of the same element, width, colour and fonts is the same SVG; the least
 * recently used go first past a budget of characters (every PDF and link preview of two languages: 21 million).
 */
const laidOut = new Map<string, { laid: Promise<Laid>; size: number }>();
const LAID_OUT_BUDGET = 64 * 1024 * 1024;
let laidOutSize = 0;
const fontIds = new WeakMap<PrintAssets['fonts'], number>();
let fontCount = 0;

/** Lays an element out at a width in points; the height is whatever the content needs. */
export function layout(element: Element, widthPt: number, fonts: PrintAssets['fonts'], color: string): Promise<Laid> {
  let fontId = fontIds.get(fonts);
  if (fontId === undefined) {
    fontId = ++fontCount;
    fontIds.set(fonts, fontId);
  }
  const key = JSON.stringify([fontId, widthPt, color, element]);
  const known = laidOut.get(key);
  if (known) {
    // Map order is the order of eviction: a layout used again goes last.
    laidOut.delete(key);
    laidOut.set(key, known);
    return known.laid;
  }
  const entry = { laid: layoutOnce(element, widthPt, fonts, color), size: 0 };
  laidOut.set(key, entry);
  entry.laid.then(
    ({ svg }) => {
      if (laidOut.get(key) !== entry) return;
      entry.size = key.length + svg.length;
      laidOutSize += entry.size;
      for (const [oldKey, old] of laidOut) {
        if (laidOutSize <= LAID_OUT_BUDGET) break;
        laidOut.delete(oldKey);
        laidOutSize -= old.size;
      }
    },
    () => {
      if (laidOut.get(key) === entry) laidOut.delete(key);
    },
  );
  return entry.laid;
}

async function layoutOnce(element: Element, widthPt: number, fonts: PrintAssets['fonts'], color: string): Promise<Laid> {
  const root = h('div', { display: 'flex', flexDirection: 'column', width: widthPt, fontFamily: FONT_FAMILY, color }, element);
  const svg = await satori(root as never, {
    width: widthPt,
    embedFont: false,
    fonts: satoriFonts(fonts),
  });
  return { svg, height: Number(/<svg[^>]*\bheight="([\d.]+)"/.exec(svg)?.[1]) };
}
