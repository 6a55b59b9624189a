/**
 * The variants every printed document comes in:
 *   colour      for screens, colour printers and the office;
 *   bw          for photocopying: every colour becomes a grey of the same lightness, so nothing is lost when a
 *               copier drops the colour, and the PDF carries no colour at all (DeviceGray);
 *   print-shop  colour, trimmed to the paper with 3 mm bleed, crop marks, TrimBox and BleedBox (printshop.ts).
 */
import { grayscale, rgb } from './pdf.ts';
import type { ColorMap } from './svg.ts';

export const VARIANTS = ['colour', 'bw', 'print-shop'] as const;
export type Variant = (typeof VARIANTS)[number];

const colour: ColorMap = ([r, g, b]) => rgb(r / 255, g / 255, b / 255);

/** Rec. 709 luma: the grey a copier sees. */
const gray: ColorMap = ([r, g, b]) => grayscale((0.2126 * r + 0.7152 * g + 0.0722 * b) / 255);

export const colorMapFor = (variant: Variant): ColorMap => (variant === 'bw' ? gray : colour);
