/**
 * The print-shop sheet around a document: a background the document draws past its edge reaches the 3 mm bleed
 * (and no further), and the page sits exactly inside the TrimBox.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, rgb } from '../../src/print/pdf.ts';
import { PRINT_SHOP, toPrintShop } from '../../src/print/printshop.ts';
import { mm } from '../../src/print/units.ts';

const dir = mkdtempSync(join(tmpdir(), 'lancar-printshop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the print-shop sheet', () => {
  it('carries a background drawn past the trim into the bleed, and clips it at the bleed', async () => {
    // A 100 × 60 mm page whose dark band runs off its left edge by 5 mm, as an edge-to-edge background would.
    const doc = await PDFDocument.create();
    const page = doc.addPage([mm(100), mm(60)]);
    page.drawRectangle({ x: -mm(5), y: mm(20), width: mm(30), height: mm(20), color: rgb(0, 0, 0) });
    const sheet = await toPrintShop(await doc.save());
    const path = join(dir, 'sheet.pdf');
    writeFileSync(path, sheet);
    execFileSync('pdftoppm', ['-r', '254', '-gray', '-singlefile', path, join(dir, 'sheet')]); // 10 px per mm
    const pgm = readFileSync(join(dir, 'sheet.pgm'));
    const [header, width] = /^P5\s+(\d+)\s+\d+\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
    const at = (xMm: number, yMmFromTop: number) => pgm[header.length + Math.round(yMmFromTop * 10) * Number(width) + Math.round(xMm * 10)]!;
    const row = PRINT_SHOP.slug + 30; // the band's middle, from the sheet's top
    const trimLeft = PRINT_SHOP.slug;
    expect(at(trimLeft + 1, row), 'inside the trim').toBeLessThan(64);
    expect(at(trimLeft - PRINT_SHOP.bleed + 0.5, row), 'inside the bleed').toBeLessThan(64);
    expect(at(trimLeft - PRINT_SHOP.bleed - 0.5, row), 'beyond the bleed').toBeGreaterThan(200);
  });
});
