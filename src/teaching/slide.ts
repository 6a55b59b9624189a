/**
 * A drawing as a lecture slide: 1920 × 1080 (16:9), white, the drawing large on the left, its caption in the
 * page's language on the right in type that reads from the back of a room (56 px at 1080 p), and at the foot the
 * source, the kit's version and the licence, so a slide passed on still says where it comes from and on what terms.
 *
 * Rendered like the share images (share/image.ts): satori lays it out with every letter a path and the drawing's
 * own labels outlined, so the SVG keeps the drawing as vector and needs no font; sharp writes a palette PNG.
 */
import satori from 'satori';
import sharp from 'sharp';
import type { Ui } from '../content/schemas/index.ts';
import { CONTENT_LICENCE } from '../content/trust.ts';
import { fill } from '../i18n/strings.ts';
import type { PrintAssets } from '../print/assets.ts';
import { h, img, svgDataUrl, type Element } from '../print/element.ts';
import { satoriFonts } from '../print/layout.ts';
import { ACCENT, INK, SHARE_RULE, TINT, WHITE } from '../palette.ts';
import { displayUrl } from '../share/card.ts';
import { outlineLabels } from '../share/labels.ts';
import { withoutIdleMasks } from '../share/raster.ts';

export const SLIDE = {
  width: 1920,
  height: 1080,
  padding: 64,
  gap: 64,
  /** The drawing's height; its width follows the drawings' 200 × 160 proportions. */
  drawingHeight: 820,
  drawingAspect: 200 / 160,
} as const;

/** Type sizes in px of the 1080 p slide. The caption is the slide's text: at least 48 px reads across a room. */
export const SLIDE_TYPE = { brand: 34, heading: 64, caption: 56, source: 30 } as const;

export interface SlideInput {
  ui: Ui;
  /** The drawing's file name in content/illustrations. */
  name: string;
  /** What it is about, above the caption: the step or the page (teaching/drawings.ts). */
  heading: string;
  caption: string;
  /** Absolute URL of the place the drawing illustrates. */
  url: string;
  version: string;
}

/** The foot line: "Sumber: Lancar 0.2.0 · lancar.example.org/id/… · Lisensi CC BY-SA 4.0". */
export const slideSource = (input: Pick<SlideInput, 'ui' | 'url' | 'version'>) =>
  fill(input.ui.teaching.slideSource, { version: input.version, url: displayUrl(input.url), licence: CONTENT_LICENCE.name });

/** The slide as a satori element tree; `drawing` is the drawing's SVG with its labels already outlined. */
export function slideCard(input: SlideInput, drawing: string): Element {
  const drawingWidth = Math.round(SLIDE.drawingHeight * SLIDE.drawingAspect);
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box',
      width: SLIDE.width,
      height: SLIDE.height,
      padding: SLIDE.padding,
      backgroundColor: WHITE,
      color: INK,
    },
    h(
      'div',
      { display: 'flex', flex: 1, alignItems: 'center', gap: SLIDE.gap },
      // The drawings run to their frame's edge; a tinted frame of their size makes that edge look meant.
      h(
        'div',
        { display: 'flex', flexShrink: 0, backgroundColor: TINT, borderRadius: 32, overflow: 'hidden' },
        img(svgDataUrl(drawing), drawingWidth, SLIDE.drawingHeight),
      ),
      h(
        'div',
        { display: 'flex', flexDirection: 'column', flex: 1, gap: 28 },
        h('div', { fontSize: SLIDE_TYPE.brand, fontWeight: 700, color: ACCENT, letterSpacing: 3 }, input.ui.strings.siteName.toUpperCase()),
        h('div', { fontSize: SLIDE_TYPE.heading, fontWeight: 700, lineHeight: 1.15, textWrap: 'balance' }, input.heading),
        h('div', { fontSize: SLIDE_TYPE.caption, lineHeight: 1.25, textWrap: 'pretty' }, input.caption),
      ),
    ),
    h(
      'div',
      { display: 'flex', marginTop: 28, paddingTop: 20, borderTop: `2px solid ${SHARE_RULE}`, fontSize: SLIDE_TYPE.source, color: INK },
      slideSource(input),
    ),
  );
}

/** The slide as SVG: every letter a path, the drawing kept as vector inside. */
export async function slideSvg(input: SlideInput, assets: PrintAssets): Promise<string> {
  const source = assets.illustrations[input.name];
  if (!source) throw new Error(`slide: no drawing named "${input.name}" in content/illustrations`);
  return satori(slideCard(input, outlineLabels(source, assets.fonts)) as never, {
    width: SLIDE.width,
    height: SLIDE.height,
    embedFont: true,
    fonts: satoriFonts(assets.fonts),
  });
}

/** The slide as a palette PNG: a few flat colours and their anti-aliased edges (64 colours, as the share images). */
export async function slidePng(svg: string): Promise<Uint8Array> {
  const png = await sharp(Buffer.from(withoutIdleMasks(svg)))
    .png({ palette: true, colours: 64, compressionLevel: 9, effort: 4 })
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

export interface RenderedSlide {
  svg: string;
  png: Uint8Array;
}

/** The slide as SVG and PNG (its two endpoints and the teaching page share one render: src/render/outputs.ts). */
export async function renderSlide(input: SlideInput, assets: PrintAssets): Promise<RenderedSlide> {
  const svg = await slideSvg(input, assets);
  return { svg, png: await slidePng(svg) };
}
