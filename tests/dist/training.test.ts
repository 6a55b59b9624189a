/**
 * The training kit as built into dist/: every file of both languages with its page count, paper, size budget and
 * text in order (poppler), the flipchart's duplex setting and sheet pairing, and pure black text in black and white.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName } from '../../src/print/pdf.ts';
import { printFiles, trimOf, type PrintFile } from '../../src/print/catalog.ts';
import { flipchartSheets } from '../../src/print/training-flipchart.ts';
import { mm } from '../../src/print/units.ts';
import { distFile } from '../helpers/paths.ts';
import { readPrintContent } from '../helpers/print-content.ts';

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const locales = ['id', 'en'] as const;
const content = { id: readPrintContent('id'), en: readPrintContent('en') };
const KINDS = ['flipchart', 'session-plan', 'attendance', 'score-sheet'];
const files = locales.flatMap((locale) =>
  printFiles(locale, content[locale].ui)
    .filter((f) => KINDS.includes(f.kind))
    .map((f) => ({ ...f, path: distFile(`${locale}/${f.name}.pdf`) })),
);
/** Size budgets in KB: the flipchart carries every drawing twice (front and miniature); the sheets are tables. */
const BUDGET_KB: Record<string, number> = { flipchart: 250, 'session-plan': 60, attendance: 40, 'score-sheet': 40 };
/** Pages: the flipchart two per sheet; the session plan up to three; the attendance list one; the scores up to two. */
const expectedPages = (file: PrintFile): [number, number] => {
  if (file.kind === 'flipchart') {
    const n = 2 * flipchartSheets(content[file.locale as 'id' | 'en']).length;
    return [n, n];
  }
  const pages: Record<string, [number, number]> = { 'session-plan': [2, 3], attendance: [1, 1], 'score-sheet': [1, 2] };
  return pages[file.kind]!;
};
const pageText = (path: string, page: number) => run('pdftotext', '-f', String(page), '-l', String(page), path, '-').replace(/\s+/g, ' ');

it('lists the four training documents in both languages: the flipchart on A4 and A3, colour and black and white', () => {
  expect(files.map((f) => `${f.locale} ${f.kind} ${f.paper} ${f.variant}`)).toEqual(
    locales.flatMap((l) => [
      `${l} flipchart a4 colour`,
      `${l} flipchart a4 bw`,
      `${l} flipchart a3 colour`,
      `${l} flipchart a3 bw`,
      `${l} session-plan a4 bw`,
      `${l} attendance a4 bw`,
      `${l} score-sheet a4 bw`,
    ]),
  );
});

describe.each(files)('$locale/$name.pdf', (file) => {
  it('has its page count, its paper, and stays within its size budget', () => {
    const info = run('pdfinfo', file.path);
    const count = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
    const [min, max] = expectedPages(file);
    expect(count).toBeGreaterThanOrEqual(min);
    expect(count).toBeLessThanOrEqual(max);
    const [, w, h] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!;
    expect(Number(w)).toBeCloseTo(mm(trimOf(file).width), 0);
    expect(Number(h)).toBeCloseTo(mm(trimOf(file).height), 0);
    expect(statSync(file.path).size / 1024).toBeLessThanOrEqual(BUDGET_KB[file.kind]!);
  });
});

describe.each(files.filter((f) => f.kind === 'flipchart'))('$locale/$name.pdf (flipchart)', (file) => {
  const c = content[file.locale as 'id' | 'en'];
  const sheets = flipchartSheets(c);

  it('asks the printer to flip on the short edge', async () => {
    const doc = await PDFDocument.load(readFileSync(file.path), { updateMetadata: false });
    const prefs = doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(String(prefs.get(PDFName.of('Duplex')))).toBe('/DuplexFlipShortEdge');
  });

  it('pairs each picture with its notes on the back of the sheet before, in the order of the session', () => {
    const { labels } = c.training;
    for (let sheet = 1; sheet < sheets.length; sheet++) {
      expect(pageText(file.path, 2 * sheet), `back of sheet ${sheet}`).toContain(
        `${labels.notesFor.replace('{n}', String(sheet + 1))} ${sheets[sheet]!.title}`,
      );
      expect(pageText(file.path, 2 * sheet + 1), `front of sheet ${sheet + 1}`).toContain(labels.sheet.replace('{n}', String(sheet + 1)));
    }
    const steps = c.steps.map((s) => s.title);
    const fronts = Array.from({ length: sheets.length }, (_, k) => pageText(file.path, 2 * k + 1)).join(' ');
    const at = steps.map((title) => fronts.indexOf(title));
    expect(at.every((x) => x >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});

describe.each(files.filter((f) => f.kind === 'flipchart' && f.variant === 'bw'))('$locale/$name.pdf (black and white)', (file) => {
  it('sets every word in pure black', () => {
    const pdf = readFileSync(file.path, 'latin1');
    const fills = new Set<string>();
    let words = 0;
    for (const m of pdf.matchAll(/\/Filter \/FlateDecode[^>]*>>\s*stream\r?\n/g)) {
      const start = m.index + m[0].length;
      let stream: string;
      try {
        stream = inflateSync(Buffer.from(pdf.slice(start, pdf.indexOf('endstream', start)), 'latin1')).toString('latin1');
      } catch {
        continue;
      }
      for (const t of stream.matchAll(/BT\n([^\n]*)\n/g)) {
        fills.add(t[1]!);
        words++;
      }
    }
    expect(words).toBeGreaterThan(100);
    expect([...fills]).toEqual(['0 g']);
  });
});
