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

/** Lays an element out at a width in points; the height is whatever the content needs. */
export async function layout(element: Element, widthPt: number, fonts: PrintAssets['fonts'], color: string): Promise<Laid> {
  const root = h('div', { display: 'flex', flexDirection: 'column', width: widthPt, fontFamily: FONT_FAMILY, color }, element);
  const svg = await satori(root as never, {
    width: widthPt,
    embedFont: false,
    fonts: satoriFonts(fonts),
  });
  return { svg, height: Number(/<svg[^>]*\bheight="([\d.]+)"/.exec(svg)?.[1]) };
}
