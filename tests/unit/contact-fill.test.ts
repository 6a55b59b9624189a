/**
 * The fill-in page's pure parts, run as the browser runs them: the text checks, the size choice, and the incremental
 * update written onto real leaflets rendered here, checked with qpdf and poppler as a print shop's tools would.
 * The manifest comes from one render and the update goes onto another, as the build serves them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanText, contentStream, fitText, textWidth, unsupportedChars } from '../../src/client/contact-text.ts';
import { appendUpdate, PdfMismatch, readTail } from '../../src/pdf/append.ts';
import { loadPrintAssets } from '../../src/print/assets.ts';
import { printFiles, renderPrintFile, type PrintFile } from '../../src/print/catalog.ts';
import { CONTACT_CHARSET, CONTACT_FIELDS, unsupportedContactChars } from '../../src/print/contact.ts';
import { fillManifest, isFillable, type FillManifest } from '../../src/print/fill-manifest.ts';
import { fontkit, PDFDocument, PDFName } from '../../src/print/pdf.ts';
import { readPrintContent } from '../helpers/print-content.ts';

const NAME = 'Posyandu Melati 3';
const PHONE = '0812-3456-7890';

const assets = loadPrintAssets();
const dir = mkdtempSync(join(tmpdir(), 'lancar-contact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const content = { id: readPrintContent('id'), en: readPrintContent('en') };
const fileOf = (locale: 'id' | 'en', paper: string, variant: string): PrintFile =>
  printFiles(locale, content[locale].ui).find((f) => isFillable(f) && f.paper === paper && f.variant === variant)!;
const render = (file: PrintFile) => renderPrintFile(file, content[file.locale as 'id' | 'en'], assets);

const qpdfCheck = (file: string) => spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
const pdftotext = (...args: string[]) => execFileSync('pdftotext', args, { encoding: 'utf8' }).replace(/\s+/g, ' ').trim();

/** Every field checked and sized as the page does, then the update appended. */
function fill(pdf: Uint8Array, manifest: FillManifest, typed: string[]): Uint8Array {
  const values = typed.map((t, i) => {
    const text = cleanText(t);
    expect(unsupportedChars(text, CONTACT_CHARSET)).toEqual([]);
    const fitted = fitText(text, manifest, manifest.fields[i]!);
    expect(fitted, `"${text}" fits`).toBeDefined();
    return fitted!;
  });
  return appendUpdate(pdf, manifest, contentStream(manifest, values));
}

function save(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The text inside a field's rectangle on page 1 (poppler crops in points from the top-left corner). */
function textInField(file: string, manifest: FillManifest, index: number, pageHeight: number): string {
  const f = manifest.fields[index]!;
  const crop = [f.x - 1, pageHeight - (f.y + f.height) - 1, f.width + 2, f.height + 4].map((n) => String(Math.round(n)));
  return pdftotext('-f', '1', '-l', '1', '-x', crop[0]!, '-y', crop[1]!, '-W', crop[2]!, '-H', crop[3]!, file, '-');
}

describe('typed contact text', () => {
  it('becomes one plain line with composed accents', () => {
    expect(cleanText('  Posyandu\t Melati\n\n 3  ')).toBe(NAME);
    expect(cleanText('Cafe\u0301\u00a0Bidan')).toBe('Café Bidan');
  });

  it('is refused for exactly the characters the field font lacks, each named once, as print/contact.ts says', () => {
    expect(unsupportedChars('Bidan 漢字 漢 😀', CONTACT_CHARSET)).toEqual(['漢', '字', '😀']);
    expect(unsupportedChars('Pusk. Désa Ñgawi, RT 03/RW 05 (Bu Sri) +62 812', CONTACT_CHARSET)).toEqual([]);
    for (const text of ['Bidan 漢字', 'Ibu “Sri”', 'Tel. 0812—3456', 'Désa Ñgawi', 'Posyandu ✓']) {
      expect(unsupportedChars(text, CONTACT_CHARSET)).toEqual(unsupportedContactChars(text));
    }
  });
});

describe('fill manifest and incremental update', () => {
  let a4: { manifest: FillManifest; served: Uint8Array };
  let pageHeight: number;

  beforeAll(async () => {
    const file = fileOf('id', 'a4', 'colour');
    // Two renders, as the build makes the manifest and the PDF in separate endpoints.
    a4 = { manifest: await fillManifest(await render(file)), served: await render(file) };
    pageHeight = (await PDFDocument.load(a4.served)).getPage(0).getHeight();
  });

  it('names page 1 and the catalog by the numbers the served file has', async () => {
    const doc = await PDFDocument.load(a4.served);
    const tail = readTail(a4.served);
    expect(a4.manifest.page.num).toBe(doc.getPage(0).ref.objectNumber);
    expect(a4.manifest.catalog.num).toBe(tail.root.num);
    expect(a4.manifest.page.dict).toContain('{open}');
    expect(a4.manifest.page.dict).not.toContain('/Annots');
    expect(a4.manifest.catalog.dict).not.toContain('/AcroForm');
    expect(a4.manifest.fields.map((f) => [f.name, f.maxLength])).toEqual(CONTACT_FIELDS.map((f) => [f.name, f.maxLength]));
    // The field font (widths) and its descriptor (the embedded file) are checked too.
    expect(a4.manifest.checks).toHaveLength(2);
  });

  it('holds a glyph for every character a kader may type, as wide as the field font draws it', async () => {
    expect(Object.keys(a4.manifest.glyphs).sort()).toEqual([...CONTACT_CHARSET].sort());
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const regular = await doc.embedFont(assets.fonts.regular);
    for (const char of CONTACT_CHARSET) {
      const [code, width] = a4.manifest.glyphs[char]!;
      // WinAnsi: each printable Latin-1 character is its own one-byte code.
      expect(code).toBe(char.charCodeAt(0).toString(16).toUpperCase());
      expect(width, char).toBeCloseTo(regular.widthOfTextAtSize(char, 1000), 0);
    }
  });

  it('sets text at 12 pt, shrinks it by half points down to 9 pt to fit, then wraps a name onto two lines', () => {
    const [name, phone] = a4.manifest.fields;
    const room = name!.width - 2 * a4.manifest.inset;
    expect(fitText(NAME, a4.manifest, name!)).toEqual({ lines: [NAME], size: 12 });
    expect(fitText('', a4.manifest, name!)).toEqual({ lines: [''], size: 12 });
    const long = 'Puskesmas Kecamatan Sukamaju, Kab. Tuban';
    const { lines, size } = fitText(long, a4.manifest, name!)!;
    expect(lines).toEqual([long]);
    expect(size).toBeGreaterThanOrEqual(9);
    expect(size).toBeLessThan(12);
    expect(size * 2).toBe(Math.round(size * 2));
    expect((textWidth(long, a4.manifest) * size) / 1000).toBeLessThanOrEqual(room);
    expect((textWidth(long, a4.manifest) * (size + 0.5)) / 1000).toBeGreaterThan(room);
    // The review's 60-character name: two lines, both inside the field, at 9 pt or more.
    const sixty = 'Posyandu Melati, Dsn. Krajan, Ds. Sumberrejo, Kec. Wonosari';
    const wrapped = fitText(sixty, a4.manifest, name!)!;
    expect(wrapped.lines).toHaveLength(2);
    expect(wrapped.lines.join(' ')).toBe(sixty);
    expect(wrapped.size).toBeGreaterThanOrEqual(9);
    for (const line of wrapped.lines) expect((textWidth(line, a4.manifest) * wrapped.size) / 1000).toBeLessThanOrEqual(room);
    // The phone number has one line only, and nothing fits that is too long for two.
    expect(fitText('0812 3456 7890 0812 3456 7890 0812 3456 7890 0812', a4.manifest, phone!)).toBeUndefined();
    expect(fitText('W'.repeat(60), a4.manifest, name!)).toBeUndefined();
  });

  it('writes a flattened leaflet that qpdf accepts, with the text where the fields were, in the subset font', async () => {
    const out = fill(a4.served, a4.manifest, [`  ${NAME} `, PHONE]);
    const file = save('filled-a4.pdf', out);
    // Incremental: the served file is untouched at the start of the new one.
    expect(Buffer.from(out.subarray(0, a4.served.length)).equals(Buffer.from(a4.served))).toBe(true);
    const check = qpdfCheck(file);
    expect(check.stdout + check.stderr).toContain('No syntax or stream encoding errors found');
    expect(check.status).toBe(0);
    const text = pdftotext('-f', '1', '-l', '1', file, '-');
    expect(text).toContain(NAME);
    expect(text).toContain(PHONE);
    expect(textInField(file, a4.manifest, 0, pageHeight)).toBe(NAME);
    expect(textInField(file, a4.manifest, 1, pageHeight)).toBe(PHONE);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    // The running text's fonts, and the field font the typed text is drawn in: all embedded subsets.
    for (const line of fonts) expect(line).toMatch(/\+\S+\s+(CID TrueType\s+Identity-H|TrueType\s+WinAnsi)\s+yes\s+yes\s+yes/);
    expect(fonts.some((line) => /TrueType\s+WinAnsi\s+yes\s+yes/.test(line))).toBe(true);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Form:\s+none$/m);
    const doc = await PDFDocument.load(out);
    expect(doc.catalog.get(PDFName.of('AcroForm'))).toBeUndefined();
    expect(doc.getPage(0).node.get(PDFName.of('Annots'))).toBeUndefined();
    expect(doc.getPageCount()).toBe(2);
  });

  it('writes a cross-reference section of 20-byte entries that locate each new object, chained by /Prev', () => {
    const out = fill(a4.served, a4.manifest, [NAME, PHONE]);
    const before = readTail(a4.served);
    const after = readTail(out);
    expect(after.size).toBe(before.size + 2);
    expect(after.root).toEqual(before.root);
    const update = Buffer.from(out.subarray(a4.served.length)).toString('latin1');
    expect(update).toContain(`/Prev ${before.startxref}`);
    expect(update).toContain(`/Info ${before.info}`);
    const table = update.slice(update.indexOf('xref\n') + 5, update.indexOf('trailer'));
    const entries = table.split(/(?<=\n)/).filter((line) => !/^\d+ \d+\n$/.test(line));
    expect(entries).toHaveLength(4);
    for (const entry of entries) expect(entry).toMatch(/^\d{10} \d{5} n \n$/);
    for (const [num, { offset, gen }] of after.offsets) {
      expect(
        Buffer.from(out.subarray(offset, offset + 20))
          .toString('latin1')
          .startsWith(`${num} ${gen} obj`),
      ).toBe(true);
    }
  });

  it('keeps Latin-1 letters and shrinks a long name, on F4 in black and white', async () => {
    const file = fileOf('id', 'f4', 'bw');
    const manifest = await fillManifest(await render(file), 'bw');
    expect(manifest.ink).toMatch(/^[\d.]+ g$/);
    const name = 'Bidan Ñoña Désirée, Amd.Keb. - Puskesmas Ngawi';
    expect(fitText(name, manifest, manifest.fields[0]!)!.size).toBeLessThan(12);
    const path = save('filled-f4-bw.pdf', fill(await render(file), manifest, [name, '+62 812 3456 7890']));
    expect(qpdfCheck(path).status).toBe(0);
    const height = (await PDFDocument.load(await render(file))).getPage(0).getHeight();
    expect(textInField(path, manifest, 0, height)).toBe(name);
    expect(textInField(path, manifest, 1, height)).toBe('+62 812 3456 7890');
  });

  it('refuses a leaflet the manifest was not made from, and one without a classic cross-reference table', async () => {
    const other = await render(fileOf('en', 'a4', 'colour'));
    expect(() => fill(other, a4.manifest, [NAME, PHONE])).toThrow(PdfMismatch);
    const f4 = await render(fileOf('id', 'f4', 'colour'));
    expect(() => fill(f4, a4.manifest, [NAME, PHONE])).toThrow(PdfMismatch);
    const streams = await (await PDFDocument.load(a4.served)).save({ useObjectStreams: true, updateFieldAppearances: false });
    expect(() => fill(streams, a4.manifest, [NAME, PHONE])).toThrow(PdfMismatch);
  });
});
