/**
 * What the fill-in page does with typed text before it goes on the leaflet: plain text on one line, only the
 * characters the field font holds, set at 12 pt or smaller down to 9 pt to fit the field, and the PDF operators
 * that draw it. Pure, so the unit tests check exactly what the browser runs.
 */
import type { FillManifest, ManifestField } from '../print/fill-manifest.ts';

/** One line of plain text: composed accents (é, not e + ´), every run of spaces, tabs or line breaks one space. */
export const cleanText = (typed: string): string => typed.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Characters of `text` outside `charset`, each once, in order. */
export const unsupportedChars = (text: string, charset: string): string[] => [...new Set([...text].filter((c) => !charset.includes(c)))];

/** Width of `text` in thousandths of the font size; the caller has refused unsupported characters. */
export const textWidth = (text: string, manifest: FillManifest): number => [...text].reduce((sum, c) => sum + (manifest.glyphs[c]?.[1] ?? 0), 0);

/** Baseline to baseline, in font sizes, when a name wraps onto a second line. */
export const LEADING = 1.15;
/** Font sizes from the lower line's baseline to the upper line's ascenders, plus the 0.3 em below the baseline. */
const TWO_LINE_EXTENT = 0.3 + LEADING + 0.95;

export interface FittedText {
  /** One entry per printed line, top first; empty text is one empty line. */
  lines: string[];
  /** Points. */
  size: number;
}

/** Words of `text` on lines no wider than `room` (points) at `size`; undefined if a single word is wider. */
function wrap(text: string, manifest: FillManifest, size: number, room: number): string[] | undefined {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && (textWidth(`${last} ${word}`, manifest) * size) / 1000 <= room) lines[lines.length - 1] = `${last} ${word}`;
    else if ((textWidth(word, manifest) * size) / 1000 <= room) lines.push(word);
    else return undefined;
  }
  return lines;
}

/**
 * How to set `text` in a field: on one line at the full size if it fits (less the inset on both sides), else the
 * largest half point that fits, never under the minimum; a field of two lines (the name) then wraps at spaces, at
 * the largest half point at which two lines fit its height. `undefined`: too long even so.
 */
export function fitText(text: string, manifest: FillManifest, field: ManifestField): FittedText | undefined {
  const room = field.width - 2 * manifest.inset;
  const width = textWidth(text, manifest);
  const oneLine = width === 0 ? manifest.size.max : Math.min(manifest.size.max, Math.floor(((room * 1000) / width) * 2) / 2);
  if (oneLine >= manifest.size.min) return { lines: [text], size: oneLine };
  if (field.lines < 2) return undefined;
  const tallest = Math.floor((field.height / TWO_LINE_EXTENT) * 2) / 2;
  for (let size = Math.min(manifest.size.max, tallest); size >= manifest.size.min; size -= 0.5) {
    const lines = wrap(text, manifest, size, room);
    if (lines && lines.length <= field.lines) return { lines, size };
  }
  return undefined;
}

const num = (n: number) => String(Number(n.toFixed(3)));

/**
 * The content stream that draws each non-empty field's text in the field font, in the leaflet's ink, on the
 * field's writing line: the last line's baseline sits 0.3 em above the line, so descenders (g, p, y) clear it, and
 * a first line sits one leading above it.
 */
export function contentStream(manifest: FillManifest, values: FittedText[]): string {
  return values
    .map(({ lines, size }, index) => {
      const field = manifest.fields[index]!;
      const x = field.x + manifest.inset;
      return lines
        .map((line, row) => {
          if (!line) return '';
          const glyphs = [...line].map((c) => manifest.glyphs[c]![0]).join('');
          const y = field.y + 0.3 * size + (lines.length - 1 - row) * LEADING * size;
          return `BT\n/${manifest.font} ${num(size)} Tf\n${manifest.ink}\n${num(x)} ${num(y)} Td\n<${glyphs}> Tj\nET\n`;
        })
        .join('');
    })
    .join('');
}
