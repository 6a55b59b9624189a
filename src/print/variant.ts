/**
 * The variants every printed document comes in:
 *   colour      for screens, colour printers and the office (DeviceRGB);
 *   bw          for photocopying (DeviceGray only): everything dark enough to be read — text, QR codes, rules,
 *               outlines, the marks in the drawings — prints in pure black, the one tone a copier of a copy keeps;
 *               only light fills (tints behind boxes) stay grey, at their own lightness;
 *   print-shop  the colour layout in CMYK (palette.ts PRINT_CMYK, text in black ink only), trimmed to the paper
 *               with 3 mm bleed, crop and fold marks, and a PDF/X output intent (printshop.ts).
 */
import { PRINT_CMYK } from '../palette.ts';
import { cmyk, grayscale, rgb } from './pdf.ts';
import type { ColorMap } from './svg.ts';

export const VARIANTS = ['colour', 'bw', 'print-shop'] as const;
export type Variant = (typeof VARIANTS)[number];

const colour: ColorMap = ([r, g, b]) => rgb(r / 255, g / 255, b / 255);

/** Rec. 709 luma, 0 (black) to 1 (white): the grey a copier sees. */
export const luma = ([r, g, b]: [number, number, number]): number => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;

/**
 * Tones at or below half grey are ink a reader must read, and become black; lighter ones are fills, kept as they
 * are. No colour the palette uses for text lies near the line (the lightest, ALERT, is 0.37; the darkest tint 0.91).
 */
export const BW_FILL_THRESHOLD = 0.5;

const blackAndWhite: ColorMap = (color) => {
  const tone = luma(color);
  return grayscale(tone <= BW_FILL_THRESHOLD ? 0 : tone);
};

const hex = (color: [number, number, number]) => `#${color.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** CMYK from the palette's builds; greys and black go to black ink alone; any other colour is a mistake to name. */
const printShop: ColorMap = (color) => {
  const build = PRINT_CMYK[hex(color)];
  if (build) return cmyk(...build);
  const [r, g, b] = color;
  if (r === g && g === b) return cmyk(0, 0, 0, 1 - r / 255);
  throw new Error(`colour ${hex(color)} has no CMYK build for the print-shop file; add it to PRINT_CMYK in src/palette.ts`);
};

export const colorMapFor = (variant: Variant): ColorMap => (variant === 'bw' ? blackAndWhite : variant === 'print-shop' ? printShop : colour);
