/**
 * The print font's zero is a plain oval (no slash) in both weights, still a digit beside O, and the committed font
 * files are exactly what scripts/fonts/plain-zero.ts makes from the npm font.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { npmFont, plainZeroContours, plainZeroFont, WEIGHTS } from '../../scripts/fonts/plain-zero.ts';
import { FONT_FILES, loadPrintAssets } from '../../src/print/assets.ts';
import { fontkit } from '../../src/print/pdf.ts';

interface Glyph {
  name: string;
  advanceWidth: number;
  bbox: { minX: number; maxX: number; minY: number; maxY: number };
  _getContours(): unknown[][];
}
interface OpenFont {
  glyphForCodePoint(c: number): Glyph;
  getGlyph(id: number): Glyph;
  numGlyphs: number;
}
const open = (bytes: Uint8Array) => fontkit.create(Buffer.from(bytes)) as unknown as OpenFont;
const glyph = (font: OpenFont, char: string) => font.glyphForCodePoint(char.codePointAt(0)!);
const width = (g: Glyph) => g.bbox.maxX - g.bbox.minX;

describe('print font zero', () => {
  const { fonts } = loadPrintAssets();
  for (const [weight, bytes, npm] of [
    ['regular', fonts.regular, WEIGHTS[0].npm],
    ['bold', fonts.bold, WEIGHTS[1].npm],
  ] as const) {
    it(`${weight}: every zero is an oval and one counter, with no slash`, () => {
      const font = open(bytes);
      const zeros = [glyph(font, '0'), ...Array.from({ length: font.numGlyphs }, (_, i) => font.getGlyph(i)).filter((g) => g.name.startsWith('zero.'))];
      expect(zeros.map((g) => g.name)).toContain('zero.tf');
      for (const zero of zeros) expect(zero._getContours(), zero.name).toHaveLength(2);
      // The npm font's zero has the slash: three contours.
      expect(glyph(open(npmFont(npm)), '0')._getContours()).toHaveLength(3);
    });

    it(`${weight}: the zero keeps its width and stays a narrow digit beside O`, () => {
      const font = open(bytes);
      const original = open(npmFont(npm));
      expect(glyph(font, '0').advanceWidth).toBe(glyph(original, '0').advanceWidth);
      expect(glyph(font, '0').bbox).toEqual(glyph(original, '0').bbox);
      expect(width(glyph(font, '0'))).toBeLessThan(0.85 * width(glyph(font, 'O')));
    });
  }

  it('the committed fonts are what scripts/fonts/plain-zero.ts writes from the npm font', () => {
    const stale = 'differs from the npm font with a plain zero: run `npx node scripts/fonts/plain-zero.ts` and commit';
    expect(Buffer.from(readFileSync(FONT_FILES.regular)).equals(Buffer.from(plainZeroFont(npmFont(WEIGHTS[0].npm)))), `${WEIGHTS[0].file} ${stale}`).toBe(true);
    expect(Buffer.from(readFileSync(FONT_FILES.bold)).equals(Buffer.from(plainZeroFont(npmFont(WEIGHTS[1].npm)))), `${WEIGHTS[1].file} ${stale}`).toBe(true);
  });

  it('a zero of another shape is refused by name', () => {
    const square = [
      { x: 0, y: 0, onCurve: true },
      { x: 0, y: 10, onCurve: true },
      { x: 10, y: 10, onCurve: true },
    ];
    expect(() => plainZeroContours([square], 'zero')).toThrow('zero: expected 3 contours');
  });
});
