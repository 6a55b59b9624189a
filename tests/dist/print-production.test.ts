/**
 * What a kader's photocopier, her print dialog, other PDF programs and a print shop's preflight make of the built
 * files, checked with tools independent of the renderer: Ghostscript draws the pages (text alone, or all but text,
 * in grey or as CMYK separations), pypdf and qpdf fill the contact fields, poppler reads the result.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { foldsOf, printFiles, trimOf } from '../../src/print/catalog.ts';
import { isFillable } from '../../src/print/fill-manifest.ts';
import { GUIDE, type Sides } from '../../src/print/guide.ts';
import { OUTPUT_INTENT, PDFX_VERSION, PRINT_SHOP } from '../../src/print/printshop.ts';
import { readLocale } from '../helpers/content.ts';
import { distFile } from '../helpers/paths.ts';

const locales = ['id', 'en'] as const;
const files = locales.flatMap((locale) => printFiles(locale, readLocale(locale).ui).map((f) => ({ ...f, path: distFile(`${locale}/${f.name}.pdf`) })));
const scratch = mkdtempSync(join(tmpdir(), 'lancar-production-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 1 << 26 });

/**
 * Ghostscript's rendering of every page without anti-aliasing, so each pixel is exactly the tone that was drawn:
 * `only` draws text alone, or everything but text. Returns one buffer of pixels per page.
 */
function ghostscript(path: string, device: 'pgmraw' | 'bitcmyk', only: 'text' | 'graphics', dpi = 60): Buffer[] {
  const prefix = join(scratch, `${path.replace(/\W+/g, '-')}-${device}-${only}`);
  const filters = only === 'text' ? ['-dFILTERIMAGE', '-dFILTERVECTOR'] : ['-dFILTERTEXT'];
  const colour = device === 'bitcmyk' ? ['-dGrayValues=256'] : [];
  run(
    'gs',
    '-q',
    '-dNOPAUSE',
    '-dBATCH',
    '-dSAFER',
    `-sDEVICE=${device}`,
    ...colour,
    `-r${dpi}`,
    '-dTextAlphaBits=1',
    '-dGraphicsAlphaBits=1',
    ...filters,
    '-o',
    `${prefix}-%03d`,
    path,
  );
  const pages = readdirSync(scratch)
    .filter((f) => join(scratch, f).startsWith(`${prefix}-`))
    .sort();
  return pages.map((f) => {
    const bytes = readFileSync(join(scratch, f));
    if (device === 'bitcmyk') return bytes;
    // P5, an optional comment line, width and height, 255, then one byte per pixel.
    const header = /^P5\s+(?:#[^\n]*\n\s*)*\d+\s+\d+\s+255\s/.exec(bytes.subarray(0, 200).toString('latin1'))!;
    return bytes.subarray(header[0].length);
  });
}

describe.each(files.filter((f) => f.variant === 'bw'))('$locale/$name.pdf (photocopy)', (file) => {
  it('draws every piece of text in pure black', () => {
    for (const [page, pixels] of ghostscript(file.path, 'pgmraw', 'text').entries()) {
      const grey = pixels.filter((v) => v !== 0 && v !== 255).length;
      expect(grey, `page ${page + 1}: text pixels that are neither black nor paper`).toBe(0);
      expect(pixels.filter((v) => v === 0).length, `page ${page + 1} has text`).toBeGreaterThan(0);
    }
  });

  it('draws lines, marks, codes and drawings in black, and keeps grey only for fills lighter than 50 %', () => {
    for (const [page, pixels] of ghostscript(file.path, 'pgmraw', 'graphics').entries()) {
      const darkGrey = pixels.filter((v) => v > 0 && v < 128).length;
      expect(darkGrey, `page ${page + 1}: pixels between black and half grey`).toBe(0);
    }
  });
});

/** The duplex preference in a file's catalogue, if any, and whether it asks for actual size. */
async function printPreferences(path: string): Promise<{ duplex?: string; scaling?: string; pages: number; landscape: boolean }> {
  const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
  const prefs = doc.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  const name = (key: string) => prefs?.get(PDFName.of(key))?.toString().slice(1);
  const { width, height } = doc.getPage(0).getSize();
  return { duplex: name('Duplex'), scaling: name('PrintScaling'), pages: doc.getPageCount(), landscape: width > height };
}

/** The duplex mode each way of printing the print page advises (print/guide.ts) must preselect in the dialog. */
const DUPLEX_OF: Record<Sides, string | undefined> = {
  'one-sided': 'Simplex',
  'flip-short-edge': 'DuplexFlipShortEdge',
  'flip-long-edge': 'DuplexFlipLongEdge',
  screen: undefined,
};

describe.each(files)('$locale/$name.pdf (print dialog)', (file) => {
  it('asks for actual size and preselects the two-sided setting the print page advises', async () => {
    const prefs = await printPreferences(file.path);
    expect(prefs.scaling).toBe('None');
    if (file.variant === 'print-shop') return expect(prefs.duplex).toBeUndefined();
    if (prefs.pages === 1) return expect(prefs.duplex).toBe('Simplex');
    // A folded leaflet and an imposed booklet sheet are landscape and turn left to right: over the short edge.
    if (file.kind === 'leaflet' || file.kind === 'booklet-imposed') expect(prefs.duplex).toBe('DuplexFlipShortEdge');
    if (!prefs.landscape) expect(prefs.duplex).toBe('DuplexFlipLongEdge');
    const advised = DUPLEX_OF[GUIDE[file.kind].sides];
    if (advised) expect(prefs.duplex, `the print page says "${GUIDE[file.kind].sides}"`).toBe(advised);
  });
});

describe.each(files.filter((f) => f.kind === 'booklet-imposed'))('$locale/$name.pdf (hand duplex)', (file) => {
  it('labels each sheet side and names the duplex setting on it', () => {
    const { ui } = readLocale(file.locale);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(run('pdfinfo', file.path))![1]);
    for (let side = 1; side <= pages; side++) {
      const text = run('pdftotext', '-f', String(side), '-l', String(side), file.path, '-').replace(/\s+/g, ' ');
      const sheet = Math.ceil(side / 2);
      const words = side % 2 === 1 ? ui.print.sheetFront : ui.print.sheetBack;
      expect(text).toContain(ui.print.sheet.replace('{sheet}', String(sheet)).replace('{side}', words));
      expect(text).toContain(ui.print.duplexShortEdge);
    }
  });
});

const PYPDF_FILL = `
import sys
from pypdf import PdfReader, PdfWriter
reader = PdfReader(sys.argv[1])
writer = PdfWriter()
writer.append(reader)
values = {"name": sys.argv[3], "phone": sys.argv[4]}
values.update({"contact." + key: value for key, value in list(values.items())})
writer.update_page_form_field_values(writer.pages[0], values)
writer.write(sys.argv[2])
`;

describe.each(files.filter(isFillable))('$locale/$name.pdf (filled by other programs)', (file) => {
  it('declares its field font in the form, so pypdf and qpdf fill and flatten in the embedded font', async () => {
    const doc = await PDFDocument.load(readFileSync(file.path), { updateMetadata: false });
    const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict);
    expect(acroForm.lookup(PDFName.of('DA'), PDFString).decodeText()).toMatch(/^\/\S+ \d+ Tf /);
    const fonts = acroForm.lookup(PDFName.of('DR'), PDFDict).lookup(PDFName.of('Font'), PDFDict);
    const font = fonts.lookup(fonts.keys()[0]!, PDFDict);
    expect(font.get(PDFName.of('Subtype'))).toBe(PDFName.of('TrueType'));
    expect(font.lookup(PDFName.of('FontDescriptor'), PDFDict).has(PDFName.of('FontFile2'))).toBe(true);

    // pypdf (Debian's python3-pypdf) sets the values and asks for appearances; qpdf draws and flattens them.
    const name = 'Posyandu Melati, Dsn. Krajan';
    const phone = '0812-3456-7890';
    const filled = join(scratch, `${file.locale}-${file.name}-pypdf.pdf`);
    const flat = join(scratch, `${file.locale}-${file.name}-flat.pdf`);
    const python = spawnSync('/usr/bin/python3', ['-c', PYPDF_FILL, file.path, filled, name, phone], { encoding: 'utf8' });
    expect(python.status, `pypdf (apt-get install python3-pypdf): ${python.stderr}`).toBe(0);
    const qpdf = spawnSync('qpdf', ['--generate-appearances', '--flatten-annotations=all', filled, flat], { encoding: 'utf8' });
    expect([0, 3], qpdf.stderr).toContain(qpdf.status);
    const text = run('pdftotext', '-f', '1', '-l', '1', flat, '-');
    expect(text).toContain(name);
    expect(text).toContain(phone);
    const rows = run('pdffonts', flat).trim().split('\n').slice(2);
    expect(rows.some((row) => /TrueType\s+WinAnsi\s+yes\s+yes/.test(row))).toBe(true);
    for (const row of rows) expect(row, 'every font embedded and subset, with its Unicode map').toMatch(/^[A-Z]{6}\+\S+.*\byes\s+yes\s+yes\s+\d+\s+\d+$/);
    expect(run('pdfinfo', flat)).toMatch(/^Form:\s+none$/m);
  });
});

describe.each(files.filter((f) => f.variant === 'print-shop'))('$locale/$name.pdf (print shop)', (file) => {
  const raw = () => run('qpdf', '--qdf', '--object-streams=disable', file.path, '-');

  it('uses no RGB colour at all, and is PDF 1.4 with a PDF/X output intent', () => {
    const qdf = raw();
    expect(qdf).not.toMatch(/\/DeviceRGB|\/CalRGB|\/ICCBased|\/Lab\b/);
    expect(qdf).not.toMatch(/(^|\s)[\d.]+ [\d.]+ [\d.]+ (rg|RG)$/m);
    expect(readFileSync(file.path).subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(qdf).toContain('/S /GTS_PDFX');
    expect(qdf).toContain(`/OutputConditionIdentifier (${OUTPUT_INTENT.identifier})`);
    expect(qdf).toContain(`/GTS_PDFXVersion (${PDFX_VERSION})`);
    expect(qdf).toMatch(/\/Trapped \/False/);
    expect(qdf).not.toMatch(/\/Subtype \/Widget|\/SMask|\/CA [01]?\.\d/);
  });

  it('prints black text in black ink alone, never as rich black', () => {
    for (const [page, pixels] of ghostscript(file.path, 'bitcmyk', 'text', 50).entries()) {
      let black = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [c, m, y, k] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!, pixels[i + 3]!];
        if (k >= 200) expect(c + m + y, `page ${page + 1}: rich black text`).toBe(0);
        if (k === 255) black++;
      }
      expect(black, `page ${page + 1} has black text`).toBeGreaterThan(0);
    }
  });

  it('marks every fold in the slug, outside the bleed, where the document folds', () => {
    const folds = foldsOf(file);
    if (file.kind === 'leaflet') expect(folds.map((f) => f.length)).toEqual([2, 2]);
    const dpi = 150;
    const px = (mmValue: number) => Math.round((mmValue / 25.4) * dpi);
    for (const [index, pageFolds] of folds.entries()) {
      const png = join(scratch, `${file.locale}-${file.name}-folds-${index}`);
      execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(index + 1), '-l', String(index + 1), '-singlefile', file.path, png]);
      const pgm = readFileSync(`${png}.pgm`);
      const [, width] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!.map(Number);
      const data = pgm.subarray(pgm.length - width! * Math.round(((trimOf(file).height + 2 * PRINT_SHOP.slug) / 25.4) * dpi));
      const dark = (x: number, y: number) => [-1, 0, 1].some((dx) => data[y * width! + x + dx]! < 128);
      const markRows = Array.from(
        { length: px(PRINT_SHOP.markLength) - 2 },
        (_, i) => px(PRINT_SHOP.slug - PRINT_SHOP.markOffset - PRINT_SHOP.markLength) + 1 + i,
      );
      for (const fold of pageFolds) {
        const x = px(PRINT_SHOP.slug + fold);
        expect(markRows.filter((y) => dark(x, y)).length, `page ${index + 1}: fold mark at ${fold.toFixed(2)} mm`).toBeGreaterThan(markRows.length / 3);
      }
    }
  });
});
