/**
 * The print page's data (print/guide.ts, print/thumbnail.ts): the manual two-sided recipe pairs each sheet's front
 * with its back in the imposition's own order, sizes read the local way, every document has its words in every
 * language, and a thumbnail shows the page it was drawn from.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/errors.ts';
import { documentWords, formatFileSize, GUIDE, manualDuplex, sheetsOf } from '../../src/print/guide.ts';
import { PDFDocument, rgb } from '../../src/print/pdf.ts';
import { firstPageThumbnail, thumbSize, THUMB_WIDTH } from '../../src/print/thumbnail.ts';
import { mm, PAPER } from '../../src/print/units.ts';
import { locales, readLocale } from '../helpers/content.ts';

describe('the manual two-sided recipe', () => {
  it.each([4, 8, 16, 20, 24])('for a %i-page booklet puts page k+1 behind page k on every sheet, short-edge flipped', (bookletPages) => {
    const pdfPages = bookletPages / 2;
    const { sheets, fronts, backs, backsReversed } = manualDuplex(pdfPages, bookletPages);
    expect(sheets).toHaveLength(bookletPages / 4);
    expect(fronts).toEqual(sheets.map((_, i) => 2 * i + 1));
    expect(backs).toEqual(sheets.map((_, i) => 2 * i + 2));
    expect(backsReversed).toEqual([...backs].reverse());
    for (const { frontPages, backPages } of sheets) {
      const [frontLeft, frontRight] = frontPages!;
      const [backLeft, backRight] = backPages!;
      // Turned over on the short edge, the back's left half lies behind the front's right half.
      expect(frontRight! % 2).toBe(1);
      expect(backLeft).toBe(frontRight! + 1);
      expect(backRight).toBe(frontLeft! - 1);
    }
    // Every booklet page is printed exactly once; sheet 1 carries both covers.
    const all = sheets.flatMap((s) => [...s.frontPages!, ...s.backPages!]);
    expect([...all].sort((a, b) => a! - b!)).toEqual(Array.from({ length: bookletPages }, (_, i) => i + 1));
    expect(sheets[0]!.frontPages).toEqual([bookletPages, 1]);
  });

  it('for the two-page leaflet is one sheet: page 1, turn it, page 2', () => {
    expect(manualDuplex(2)).toEqual({ sheets: [{ sheet: 1, front: 1, back: 2 }], fronts: [1], backs: [2], backsReversed: [2] });
    expect(sheetsOf('flip-short-edge', 2)).toBe(1);
    expect(sheetsOf('one-sided', 2)).toBe(2);
    expect(sheetsOf('flip-long-edge', 4)).toBe(2);
  });

  it('leaves the back of an odd last page blank', () => {
    const { sheets, backs } = manualDuplex(3);
    expect(sheets.at(-1)).toEqual({ sheet: 2, front: 3, back: null });
    expect(backs).toEqual([2]);
  });

  it('refuses a booklet whose imposition does not match the imposed PDF', () => {
    expect(() => manualDuplex(8, 20)).toThrow(/booklet of 20 pages imposes to 10 sheet sides, but the imposed PDF has 8 pages/);
    expect(() => manualDuplex(0)).toThrow(/at least one page/);
  });
});

describe('file sizes', () => {
  it('read the Indonesian way in id and the English way in en', () => {
    expect(formatFileSize('id', 69 * 1024 + 300)).toBe('69 KB');
    expect(formatFileSize('id', 1.25 * 1024 * 1024)).toBe('1,3 MB');
    expect(formatFileSize('en', 1.25 * 1024 * 1024)).toBe('1.3 MB');
    expect(formatFileSize('id', 200)).toBe('1 KB');
  });
});

describe('the documents on the print page', () => {
  it.each(locales())('(%s) each has a title, a purpose and its finishing steps in ui.yaml', (locale) => {
    const { ui } = readLocale(locale);
    for (const { key } of Object.values(GUIDE)) {
      const words = documentWords(ui, locale, key);
      expect(words.title.length, key).toBeGreaterThan(3);
      expect(words.purpose.length, key).toBeGreaterThan(20);
    }
    // No card is written for a document the page does not show.
    expect(Object.keys(ui.print.about).sort()).toEqual(
      Object.values(GUIDE)
        .map((g) => g.key)
        .sort(),
    );
  });

  it('stops the build naming the field when a document has no card', () => {
    const { ui } = readLocale('id');
    const without = { ...ui, print: { ...ui.print, about: {} } };
    expect(() => documentWords(without, 'id', 'leaflet')).toThrow(ContentError);
    expect(() => documentWords(without, 'id', 'leaflet')).toThrow(/content\/id\/ui\.yaml[\s\S]*print\.about\.leaflet/);
  });

  it.each(locales())('(%s) says "short edge" for two-sided printing and actual size, not fit to page', (locale) => {
    const { guide } = readLocale(locale).ui.print;
    expect(guide.twoSidedShortEdge).toMatch(locale === 'id' ? /tepi pendek/ : /short edge/);
    expect(guide.actualSize).toMatch(/100 %/);
  });
});

describe('thumbnails', () => {
  it('are 144 CSS px wide for landscape pages and as tall for portrait ones', () => {
    expect(thumbSize(mm(297), mm(210))).toEqual({ width: THUMB_WIDTH, height: 102 });
    expect(thumbSize(mm(330), mm(215))).toEqual({ width: THUMB_WIDTH, height: 94 });
    expect(thumbSize(mm(210), mm(297))).toEqual({ width: 72, height: 102 });
  });

  it('show the first page: dark where the page is dark, grey, small, at twice the CSS size', async () => {
    const doc = await PDFDocument.create();
    const size = [mm(PAPER.a4Landscape.width), mm(PAPER.a4Landscape.height)] as [number, number];
    // Page 1 is black on its left half; page 2 is all black and must not be what is drawn.
    doc.addPage(size).drawRectangle({ x: 0, y: 0, width: size[0] / 2, height: size[1], color: rgb(0, 0, 0) });
    doc.addPage(size).drawRectangle({ x: 0, y: 0, width: size[0], height: size[1], color: rgb(0, 0, 0) });
    const thumb = await firstPageThumbnail(await doc.save());
    expect(thumb.pages).toBe(2);
    expect([thumb.width, thumb.height]).toEqual([144, 102]);
    expect(thumb.webp.byteLength).toBeLessThan(8 * 1024);
    const { data, info } = await sharp(thumb.webp).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([288, 204]);
    const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    const left = at(60, 100);
    const right = at(230, 100);
    expect(left[0]).toBeLessThan(40);
    expect(right[0]).toBeGreaterThan(215);
    // Grey: red, green and blue alike.
    expect(new Set(right).size).toBe(1);
  });
});
