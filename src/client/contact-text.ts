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

/**
 * The size to set `text` at: the full size if it fits the field (less its inset on both sides), else the largest
 * half point that fits, never under the minimum. `undefined`: too long even at the minimum.
 */
export function fitSize(text: string, manifest: FillManifest, field: ManifestField): number | undefined {
  const width = textWidth(text, manifest);
  const room = field.width - 2 * manifest.inset;
  const size = width === 0 ? manifest.size.max : Math.min(manifest.size.max, Math.floor(((room * 1000) / width) * 2) / 2);
  return size >= manifest.size.min ? size : undefined;
}

const num = (n: number) => String(Number(n.toFixed(3)));

/**
 * The content stream that draws each non-empty field's text in the field font, in the leaflet's ink, on the
 * field's writing line: the baseline sits 0.3 em above the line, so descenders (g, p, y) clear it.
 */
export function contentStream(manifest: FillManifest, values: { text: string; size: number }[]): string {
  return values
    .map(({ text, size }, index) => {
      if (!text) return '';
      const field = manifest.fields[index]!;
      const glyphs = [...text].map((c) => manifest.glyphs[c]![0]).join('');
      const x = field.x + manifest.inset;
      const y = field.y + 0.3 * size;
      return `BT\n/${manifest.font} ${num(size)} Tf\n${manifest.ink}\n${num(x)} ${num(y)} Td\n<${glyphs}> Tj\nET\n`;
    })
    .join('');
}
