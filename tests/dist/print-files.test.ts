/**
 * Every printed file of both languages, from the built dist/, checked with the tools a print shop and a kader's
 * PDF reader rely on: poppler (pdfinfo, pdftotext, pdffonts, pdftoppm), qpdf and zbarimg.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PDFDocument } from '@cantoo/pdf-lib';
import { printFiles, trimOf, type PrintFile } from '../../src/print/catalog.ts';
import { saddleStitchOrder } from '../../src/print/impose.ts';
import { PRINT_SHOP } from '../../src/print/printshop.ts';
import { mm } from '../../src/print/units.ts';
import { readLocale } from '../helpers/content.ts';
import { distFile } from '../helpers/paths.ts';
import { TEST_SITE } from '../helpers/print-content.ts';
import { CONTENT_LICENCE, VERSION } from '../../src/content/trust.ts';
import { fill } from '../../src/i18n/strings.ts';
import { shortLinkFor, shortLinkPath } from '../../src/content/short-links.ts';

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
/** A file's text, extracted once for the several tests that read it. */
const textOf = (() => {
  const texts = new Map<string, string>();
  return (path: string) => texts.get(path) ?? texts.set(path, run('pdftotext', path, '-')).get(path)!;
})();
const locales = ['id', 'en'] as const;
const content = Object.fromEntries(locales.map((l) => [l, readLocale(l)]));
const files = locales.flatMap((locale) => printFiles(locale, content[locale]!.ui).map((f) => ({ ...f, path: distFile(`${locale}/${f.name}.pdf`) })));
const pageUrl = (locale: string, key: string) => {
  const slug = content[locale]!.pages.find((p) => p.data.key === key)!.data.slug;
  return `${TEST_SITE}/${locale}/${slug ? `${slug}/` : ''}`;
};

/** The sheet in points: the trim, or for print-shop files the trim plus the slug for bleed and crop marks. */
function expectedSize(file: PrintFile): [number, number] {
  const trim = trimOf(file);
  const extra = file.variant === 'print-shop' ? 2 * PRINT_SHOP.slug : 0;
  return [mm(trim.width + extra), mm(trim.height + extra)];
}

describe.each(files)('$locale/$name.pdf', (file) => {
  it('has the page size of its format, a title and a language', () => {
    const info = run('pdfinfo', file.path);
    const [, w, h] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!;
    const [ew, eh] = expectedSize(file);
    expect(Number(w)).toBeCloseTo(ew, 0);
    expect(Number(h)).toBeCloseTo(eh, 0);
    expect(info).toMatch(/^Title:\s+\S/m);
    const doc = readFileSync(file.path, 'latin1');
    expect(doc).toMatch(new RegExp(`/Lang \\((${file.locale})\\)`));
  });

  it('says when its content was checked and by whom, which version it is, that no clinician has reviewed it, and that it is free to copy', () => {
    const { trust } = content[file.locale]!.ui;
    const text = textOf(file.path).replace(/\s+/g, ' ');
    const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const checked = escapeRegExp(trust.checked)
      .replace(escapeRegExp('{date}'), '(?:\\d{1,2} \\p{L}+|\\p{L}+ \\d{1,2},) \\d{4}')
      .replace(escapeRegExp('{who}'), escapeRegExp(trust.checkedBy));
    expect(text).toMatch(new RegExp(checked, 'u'));
    expect(text).toContain(fill(trust.version, { version: VERSION }));
    // A sentence of its own, not run into "Free to copy".
    expect(text).toContain(`${fill(trust.version, { version: VERSION })}. `);
    expect(text).toContain(trust.clinicalReview);
    expect(text).toContain(`${trust.freeToCopy} ${CONTENT_LICENCE.name}`);
  });

  it('is real, extractable text in embedded, subset fonts, and structurally valid', () => {
    expect(textOf(file.path).replace(/\s+/g, ' ').length).toBeGreaterThan(200);
    const rows = run('pdffonts', file.path).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [emb, sub] = row.trim().split(/\s+/).slice(-5, -3);
      expect({ row, emb, sub }).toEqual({ row, emb: 'yes', sub: 'yes' });
      expect(row).toMatch(/^[A-Z]{6}\+/);
    }
    expect(run('qpdf', '--check', file.path)).toMatch(/No syntax or stream encoding errors/);
  });

  it('sets no text below 9 pt, drawing labels included', () => {
    // pdftotext's word boxes are ascent to descent: 1.24 × the size in Atkinson Hyperlegible. The imposed booklet's
    // sheet label runs upright along the fold, where its boxes are turned; it is set at 9 pt (impose.ts).
    const boxes = /xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g;
    const spine = mm(trimOf(file).width) / 2;
    const alongFold = (x: number) => file.kind === 'booklet-imposed' && x >= spine && x < spine + mm(8);
    const heights = [...run('pdftotext', '-bbox', file.path, '-').matchAll(boxes)]
      .filter((m) => !alongFold(Number(m[1])))
      .map((m) => ({ size: (Number(m[3]) - Number(m[2])) / 1.24, word: m[4] }));
    const smallest = heights.reduce((min, h) => (h.size < min.size ? h : min));
    expect(smallest.size, `"${smallest.word}"`).toBeGreaterThanOrEqual(8.95);
  });

  it('stays within its size budget (leaflet 250 KB, booklet 600 KB, forms 250 KB)', () => {
    const budget = file.kind.startsWith('booklet') ? 600 : 250;
    expect(statSync(file.path).size / 1024).toBeLessThanOrEqual(budget);
  });
});

describe.each(files.filter((f) => f.variant === 'bw'))('$locale/$name.pdf (black and white)', (file) => {
  it('has no colour when rendered', () => {
    const ppm = execFileSync('pdftoppm', ['-r', '30', file.path], { maxBuffer: 1 << 28 });
    // Concatenated binary PPMs: header "P6\n<w> <h>\n255\n" then RGB bytes.
    let coloured = 0;
    for (let at = 0; at < ppm.length; ) {
      const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(at, at + 40).toString('latin1'))!;
      const start = at + header[0].length;
      const end = start + Number(header[1]) * Number(header[2]) * 3;
      for (let i = start; i < end; i += 3) {
        const [r, g, b] = [ppm[i]!, ppm[i + 1]!, ppm[i + 2]!];
        if (Math.max(r, g, b) - Math.min(r, g, b) > 6) coloured++;
      }
      at = end;
    }
    expect(coloured).toBe(0);
  });
});

describe.each(files.filter((f) => f.variant === 'print-shop'))('$locale/$name.pdf (print shop)', (file) => {
  it('sets TrimBox and BleedBox 3 mm apart and keeps text 5 mm inside the trim', () => {
    const info = run('pdfinfo', '-box', file.path);
    const read = (name: string) => {
      const m = new RegExp(`^${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`, 'm').exec(info)!;
      return m.slice(1).map(Number) as [number, number, number, number];
    };
    const trim = read('TrimBox');
    const bleed = read('BleedBox');
    expect(trim[0] - bleed[0]).toBeCloseTo(mm(PRINT_SHOP.bleed), 1);
    expect(bleed[2] - trim[2]).toBeCloseTo(mm(PRINT_SHOP.bleed), 1);
    const trimSize = trimOf(file);
    expect(trim[2] - trim[0]).toBeCloseTo(mm(trimSize.width), 0);
    expect(trim[3] - trim[1]).toBeCloseTo(mm(trimSize.height), 0);
    // pdftotext -bbox gives word boxes from the top-left of the page.
    const html = run('pdftotext', '-bbox', file.path, '-');
    const pageHeight = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(html)![1]);
    const safe = mm(PRINT_SHOP.safe) - 0.5;
    for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)) {
      const [x0, y0, x1, y1] = m.slice(1, 5).map(Number) as [number, number, number, number];
      const word = m[5];
      expect(x0 - trim[0], word).toBeGreaterThanOrEqual(safe);
      expect(trim[2] - x1, word).toBeGreaterThanOrEqual(safe);
      expect(pageHeight - y1 - trim[1], word).toBeGreaterThanOrEqual(safe);
      expect(trim[3] - (pageHeight - y0), word).toBeGreaterThanOrEqual(safe);
    }
  });
});

/** What a QR code for a page holds: its short link, which redirects to it (tests/dist/short-links.test.ts). */
const printedUrl = (locale: string, key: string) => {
  const short = shortLinkFor(content[locale]!.shortLinks, locale, key);
  expect(short, `a short link for ${locale} ${key} in content/short-links.yaml`).toBeDefined();
  return new URL(shortLinkPath(short!.code), pageUrl(locale, key)).href;
};

/** Every QR code on a page of a print file, decoded from a 150 dpi render. */
function qrCodes(file: PrintFile & { path: string }, page: number): string[] {
  const png = `/tmp/lancar-qr-${file.locale}-${file.name}-${page}`;
  execFileSync('pdftoppm', ['-r', '150', '-f', String(page), '-l', String(page), '-png', '-singlefile', file.path, png]);
  return run('zbarimg', '-q', '--raw', `${png}.png`).trim().split('\n');
}

describe.each(files.filter((f) => f.variant === 'colour' && (f.kind === 'leaflet' || f.kind === 'booklet')))('$locale/$name.pdf (QR code)', (file) => {
  it('carries a QR code that opens the procedure page online', () => {
    expect(qrCodes(file, 1)).toContain(printedUrl(file.locale, 'massage'));
  });
});

describe.each(files.filter((f) => f.kind === 'leaflet'))('$locale/$name.pdf (danger-signs QR code)', (file) => {
  it('carries, beside the danger signs on the outside, a QR code that opens the danger-signs page', () => {
    expect(qrCodes(file, 1)).toContain(printedUrl(file.locale, 'danger-signs'));
  });
});

describe.each(files.filter((f) => f.kind === 'leaflet' && f.variant !== 'print-shop'))('$locale/$name.pdf (contact box)', (file) => {
  it('has name and phone fields that any reader can fill, and that flatten into plain text', async () => {
    const doc = await PDFDocument.load(readFileSync(file.path));
    const form = doc.getForm();
    expect(
      form
        .getFields()
        .map((f) => f.getName())
        .sort(),
    ).toEqual(['contact.name', 'contact.phone']);
    form.getTextField('contact.name').setText('Posyandu Melati 3');
    form.getTextField('contact.phone').setText('0812-3456-7890');
    form.flatten();
    const filled = `/tmp/lancar-filled-${file.locale}-${file.name}.pdf`;
    writeFileSync(filled, await doc.save());
    const text = run('pdftotext', '-f', '1', '-l', '1', filled, '-');
    expect(text).toContain('Posyandu Melati 3');
    expect(text).toContain('0812-3456-7890');
    expect(run('qpdf', '--check', filled)).toMatch(/No syntax or stream encoding errors/);
  });
});

describe.each(files.filter((f) => f.kind === 'booklet-imposed'))('$locale/$name.pdf (imposed booklet)', (file) => {
  it('pairs the reading-order pages on each sheet side n|1, 2|n-1, … with blank pages padding to a multiple of 4', () => {
    const reading = files.find((f) => f.locale === file.locale && f.kind === 'booklet' && f.variant === file.variant)!;
    const pages = (path: string) => Number(/^Pages:\s+(\d+)$/m.exec(run('pdfinfo', path))![1]);
    const readingPages = pages(reading.path);
    const order = saddleStitchOrder(readingPages);
    expect(pages(file.path)).toBe(Math.ceil(readingPages / 4) * 2);
    expect(order.length).toBe(pages(file.path));
    const words = (text: string) => text.replace(/\s+/g, ' ').trim();
    // The right half starts 8 mm past the fold, clear of the sheet label printed along it.
    const gutter = Math.round(mm(8));
    const half = (side: number, which: 0 | 1) =>
      words(
        run(
          'pdftotext',
          '-f',
          String(side),
          '-l',
          String(side),
          '-r',
          '72',
          '-x',
          String(which * (421 + gutter)),
          '-y',
          '0',
          '-W',
          String(421 - which * gutter),
          '-H',
          '595',
          file.path,
          '-',
        ),
      );
    order.forEach(([left, right], index) => {
      for (const [page, which] of [
        [left, 0],
        [right, 1],
      ] as const) {
        const text = half(index + 1, which);
        if (page === null) continue;
        const expected = words(run('pdftotext', '-f', String(page), '-l', String(page), reading.path, '-')).slice(0, 40);
        expect(text, `sheet side ${index + 1}, ${which ? 'right' : 'left'}: page ${page}`).toContain(expected);
      }
    });
  });
});
