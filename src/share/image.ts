/**
 * The WhatsApp share image of one massage step: a 1080 × 1350 PNG, rendered at build time from the same step
 * data as the site. Pure: typed step and strings in, PNG bytes out.
 *
 * 1. Satori lays the card out twice: once without the drawing, to learn how much height the text leaves, then
 *    with the drawing as large as that height (and the width) allows. The second pass embeds the font
 *    (embedFont: true), so every letter is a path and rasterising needs no font at all; the drawings' own
 *    labels are outlined the same way (labels.ts).
 * 2. sharp (librsvg) rasterises that SVG and writes a palette PNG: the card has a handful of flat colours, so
 *    64 colours keep the edges smooth at a fraction of a full-colour PNG's size.
 */
import satori from 'satori';
import sharp from 'sharp';
import { ContentError } from '../content/errors.ts';
import type { Step } from '../content/schemas/index.ts';
import type { PrintAssets } from '../print/assets.ts';
import type { Element } from '../print/element.ts';
import { satoriFonts } from '../print/layout.ts';
import { CARD, shareCard, type ShareCardInput } from './card.ts';
import { outlineLabels } from './labels.ts';
import { withoutIdleMasks } from './raster.ts';

export interface ShareImageInput extends ShareCardInput {
  /** The step, with its content file when known, named if its text leaves no room for the drawing. */
  step: Step & { file?: string };
}

/** The most a share image may weigh: small enough to send on a weak connection. */
export const SHARE_IMAGE_MAX_BYTES = 150 * 1024;

async function toSvg(element: Element, fonts: PrintAssets['fonts'], embedFont: boolean, height?: number): Promise<string> {
  return satori(element as never, {
    width: CARD.width,
    ...(height ? { height } : {}),
    embedFont,
    fonts: satoriFonts(fonts),
  });
}

const heightOf = (svg: string) => Number(/<svg[^>]*\bheight="([\d.]+)"/.exec(svg)?.[1]);

/** The card as SVG, every letter a path: what renderShareImage rasterises. */
export async function shareImageSvg(input: ShareImageInput, assets: PrintAssets): Promise<string> {
  const { step } = input;
  const file = step.file ?? `step ${step.order}`;
  const source = assets.illustrations[step.illustration];
  if (!source) throw new ContentError([{ file, field: 'illustration', message: `no drawing named "${step.illustration}"` }]);

  // Pass 1: the text alone (plain <text> is enough to measure, and quicker).
  const textHeight = heightOf(await toSvg(shareCard(input, null), assets.fonts, false));
  const widest = (CARD.width - 2 * CARD.padding) / CARD.drawingAspect;
  const drawingHeight = Math.floor(Math.min(CARD.height - textHeight, widest));
  if (drawingHeight < CARD.minDrawingHeight) {
    throw new ContentError([
      {
        file,
        message: `share image (${input.ui.locale.lang}, step ${step.order}): the title and short text leave ${Math.max(0, drawingHeight)} px for the drawing, ${CARD.minDrawingHeight} px are needed; shorten them`,
      },
    ]);
  }

  // Pass 2: the card itself, every glyph a path.
  return toSvg(shareCard(input, { svg: outlineLabels(source, assets.fonts), height: drawingHeight }), assets.fonts, true, CARD.height);
}

export async function renderShareImage(input: ShareImageInput, assets: PrintAssets): Promise<Uint8Array> {
  const svg = await shareImageSvg(input, assets);
  // 64 colours: the flat colours plus enough steps of their anti-aliased edges to keep curves smooth. 16 colours
  // weigh a third less but stair-step visibly on the tint; 32 and 64 come out the same size. Effort 4 quantises
  // as faithfully as 10 (mean error 0.016 against 0.015 of 255) for 1 % more bytes, in half the time.
  const png = await sharp(Buffer.from(withoutIdleMasks(svg)))
    .png({ palette: true, colours: 64, compressionLevel: 9, effort: 4 })
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
