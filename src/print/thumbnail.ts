/**
 * A small grey picture of a PDF's first page for the print page, drawn at build time from the real PDF: pdf.js
 * draws the page on @napi-rs/canvas (no system tools), sharp makes it a small grey WebP.
 *
 * Sizes are CSS pixels on the page; the picture is drawn at twice that for sharp phone screens, and stays small
 * because it is grey and coarse (a thumbnail says "this is the leaflet", it is not for reading).
 */
import sharp from 'sharp';

/** Width on the page, in CSS pixels, of a landscape page's thumbnail; portrait pages keep the same height. */
export const THUMB_WIDTH = 144;
const DENSITY = 2;
const QUALITY = 40;

export interface Thumbnail {
  webp: Uint8Array;
  /** CSS pixels, for the img's width and height attributes (nothing shifts while it loads). */
  width: number;
  height: number;
  /** The PDF's page count, read on the way. */
  pages: number;
}

/** The box a page of this aspect ratio gets: landscape pages THUMB_WIDTH wide, portrait ones as tall as a landscape A4's would be. */
export function thumbSize(pageWidth: number, pageHeight: number): { width: number; height: number } {
  if (!(pageWidth > 0 && pageHeight > 0)) throw new Error(`thumbSize: a page needs a size (got ${pageWidth} × ${pageHeight})`);
  const landscapeHeight = Math.round((THUMB_WIDTH * 210) / 297);
  if (pageWidth >= pageHeight) return { width: THUMB_WIDTH, height: Math.round((THUMB_WIDTH * pageHeight) / pageWidth) };
  return { width: Math.round((landscapeHeight * pageWidth) / pageHeight), height: landscapeHeight };
}

export async function firstPageThumbnail(pdf: Uint8Array): Promise<Thumbnail> {
  // The legacy build runs in Node; loaded on demand so that a page which only lists files never loads pdf.js.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes the buffer over, so it gets a copy.
  const task = pdfjs.getDocument({ data: pdf.slice(), useSystemFonts: false, verbosity: 0 });
  try {
    const doc = await task.promise;
    const page = await doc.getPage(1);
    const base = page.getViewport({ scale: 1 });
    const { width, height } = thumbSize(base.width, base.height);
    const viewport = page.getViewport({ scale: (width * DENSITY) / base.width });
    const { createCanvas } = await import('@napi-rs/canvas');
    const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    // @napi-rs/canvas stands in for the browser's canvas, as pdf.js's own Node canvas factory does.
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
    // The pixels as they are: a PNG between pdf.js and sharp would be written and read back for nothing. The page
    // is painted on white first, so every pixel is opaque and the premultiplied bytes are the plain ones.
    const webp = await sharp(canvas.data(), { raw: { width: canvas.width, height: canvas.height, channels: 4 } })
      .resize(width * DENSITY, height * DENSITY, { fit: 'fill' })
      .grayscale()
      .webp({ quality: QUALITY, effort: 6 })
      .toBuffer();
    return { webp: new Uint8Array(webp), width, height, pages: doc.numPages };
  } finally {
    await task.destroy();
  }
}
