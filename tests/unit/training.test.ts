/**
 * The training kit rendered directly (no build): the flipchart's sheet pairing and duplex setting, its pages in both
 * languages and on A4 and A3, black text in black and white, and the three A4 sheets (session plan, attendance,
 * scores) with what they read from the content: the parts and their minutes, and the test's maximum score.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/errors.ts';
import { checkTraining } from '../../src/content/training-checks.ts';
import { loadPrintAssets } from '../../src/print/assets.ts';
import type { PrintContent } from '../../src/print/content.ts';
import { backTopEdge, flipchartPageOrder, flipchartSheets, renderFlipchart } from '../../src/print/training-flipchart.ts';
import { renderAttendance, renderScoreSheet, renderSessionPlan, scoreBands, TRAINING_FORM } from '../../src/print/training-forms.ts';
import { mm } from '../../src/print/units.ts';
import { readPrintContent } from '../helpers/print-content.ts';

const assets = loadPrintAssets();
const dir = mkdtempSync(join(tmpdir(), 'lancar-training-'));
const save = (name: string, bytes: Uint8Array) => {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, bytes);
  return path;
};
const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
const pages = (path: string) => Number(/^Pages:\s+(\d+)$/m.exec(run('pdfinfo', path))![1]);
const pageSize = (path: string) => /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(run('pdfinfo', path))!.slice(1).map(Number);
const pageText = (path: string, page: number) => run('pdftotext', '-f', String(page), '-l', String(page), path, '-').replace(/\s+/g, ' ');
const content = { id: readPrintContent('id'), en: readPrintContent('en') };

describe('the flipchart page order and duplex', () => {
  it('puts the notes for picture k on the back of sheet k − 1, and the overview on the last back', () => {
    const order = flipchartPageOrder(4);
    expect(order).toEqual([
      { side: 'front', sheet: 0 },
      { side: 'back', sheet: 0, notesFor: 1 },
      { side: 'front', sheet: 1 },
      { side: 'back', sheet: 1, notesFor: 2 },
      { side: 'front', sheet: 2 },
      { side: 'back', sheet: 2, notesFor: 3 },
      { side: 'front', sheet: 3 },
      { side: 'back', sheet: 3, notesFor: 'overview' },
    ]);
  });

  it('needs "flip on short edge": only then does a back land upright on the bound edge of its front', () => {
    // A duplex printer puts PDF pages 1|2, 3|4… on the two sides of one sheet: the front and back above.
    const order = flipchartPageOrder(3);
    for (let page = 0; page < order.length; page += 2) {
      expect(order[page]).toMatchObject({ side: 'front' });
      expect(order[page + 1]).toMatchObject({ side: 'back', sheet: (order[page] as { sheet: number }).sheet });
    }
    expect(backTopEdge('short-edge')).toBe('top');
    expect(backTopEdge('long-edge')).toBe('bottom');
  });
});

describe.each(['id', 'en'] as const)('the flipchart (%s)', (locale) => {
  const c = content[locale];
  const sheets = flipchartSheets(c);

  it('has a title sheet, every sheet of training.yaml and one sheet per step', () => {
    const expected = 1 + c.training.sheets.length - 1 + c.steps.length;
    expect(sheets).toHaveLength(expected);
    expect(sheets.filter((s) => s.step).map((s) => s.title)).toEqual(c.steps.map((s) => s.title));
  });

  it.each(['a4', 'a3'] as const)('prints front and back of every sheet on %s landscape, each back carrying the next picture’s notes', async (paper) => {
    const path = save(`flip-${locale}-${paper}`, await renderFlipchart(c, assets, { paper, variant: 'colour' }));
    expect(pages(path)).toBe(2 * sheets.length);
    const [w, h] = pageSize(path);
    const expected = paper === 'a4' ? [297, 210] : [420, 297];
    expect(w).toBeCloseTo(mm(expected[0]!), 0);
    expect(h).toBeCloseTo(mm(expected[1]!), 0);
    if (paper === 'a3') return;
    const { labels } = c.training;
    for (let sheet = 1; sheet < sheets.length; sheet++) {
      const front = pageText(path, 2 * sheet + 1);
      const notes = pageText(path, 2 * sheet);
      expect(front, `front of sheet ${sheet + 1}`).toContain(sheets[sheet]!.title.split(' ')[0]);
      expect(notes, `back of sheet ${sheet}`).toContain(labels.notesFor.replace('{n}', String(sheet + 1)));
      expect(notes).toContain(sheets[sheet]!.title);
      // The binding and duplex line is on every notes side.
      expect(notes).toContain(labels.printing.split(' ').slice(0, 4).join(' '));
    }
    // The notes follow the session: opening first, closing last.
    const order = c.training.parts.map((p) => p.title);
    const allNotes = Array.from({ length: sheets.length - 1 }, (_, k) => pageText(path, 2 * k + 2)).join(' ');
    const firstSeen = order.map((title) => allNotes.indexOf(`${title} · ${labels.minutes}`)).filter((at) => at >= 0);
    expect(firstSeen).toEqual([...firstSeen].sort((a, b) => a - b));
    expect(firstSeen).toHaveLength(order.length);
    // The last back: the session at a glance, with its total.
    const overview = pageText(path, 2 * sheets.length);
    expect(overview).toContain(labels.overview);
    expect(overview).toContain(String(c.training.parts.reduce((s, p) => s + p.minutes, 0)));
  });

  it('prints every word of the black-and-white file in pure black, and stays within 250 KB', async () => {
    const bytes = await renderFlipchart(c, assets, { paper: 'a4', variant: 'bw' });
    expect(bytes.byteLength / 1024).toBeLessThan(250);
    const pdf = Buffer.from(bytes).toString('latin1');
    const fills: string[] = [];
    for (const m of pdf.matchAll(/\/Filter \/FlateDecode[^>]*>>\s*stream\r?\n/g)) {
      const start = m.index + m[0].length;
      const end = pdf.indexOf('endstream', start);
      let text: string;
      try {
        text = inflateSync(Buffer.from(pdf.slice(start, end), 'latin1')).toString('latin1');
      } catch {
        continue;
      }
      for (const t of text.matchAll(/BT\n([^\n]*)\n/g)) fills.push(t[1]!);
    }
    expect(fills.length).toBeGreaterThan(100);
    expect(new Set(fills)).toEqual(new Set(['0 g']));
  });

  it('shares one layout between its files, yet draws a changed step anew', async () => {
    const renamed = { ...c, steps: c.steps.map((s, i) => (i === 0 ? { ...s, title: 'Zzz renamed step' } : s)) };
    await renderFlipchart(c, assets, { paper: 'a4', variant: 'colour' });
    const path = save(`flip-renamed-${locale}`, await renderFlipchart(renamed, assets, { paper: 'a3', variant: 'bw' }));
    expect(run('pdftotext', path, '-')).toContain('Zzz renamed step');
  });

  it('names the training file when a note does not fit', async () => {
    const long = { ...c, training: { ...c.training, sheets: c.training.sheets.map((s, i) => (i === 0 ? { ...s, say: Array(30).fill(s.say[0]!) } : s)) } };
    await expect(renderFlipchart(long, assets, { paper: 'a4', variant: 'colour' })).rejects.toThrow(ContentError);
    await expect(renderFlipchart(long, assets, { paper: 'a4', variant: 'colour' })).rejects.toMatchObject({
      problems: [{ file: `content/${locale}/training.yaml`, message: expect.stringMatching(/notes for picture 2 does not fit/) }],
    });
  });
});

describe.each(['id', 'en'] as const)('the training sheets (%s)', (locale) => {
  const c = content[locale];
  const { labels } = c.training;

  it('session plan: every part in order with its minutes and the total, the objectives and the evaluation', async () => {
    const path = save(`sap-${locale}`, await renderSessionPlan(c, assets));
    expect(pages(path)).toBeLessThanOrEqual(3);
    const [w, h] = pageSize(path);
    expect([w, h]).toEqual([expect.closeTo(mm(210), 0), expect.closeTo(mm(297), 0)]);
    const text = run('pdftotext', path, '-').replace(/\s+/g, ' ');
    // The parts, one after another in the activities table.
    let from = text.indexOf(labels.participantActivity);
    for (const part of c.training.parts) {
      const at = text.indexOf(part.title, from);
      expect(at, part.title).toBeGreaterThan(from);
      from = at;
    }
    expect(text).toContain(`${labels.total} ${c.training.parts.reduce((s, p) => s + p.minutes, 0)}`);
    expect(text).toContain(c.training.objectives.general);
    expect(text).toContain(labels.dayDate);
    expect(text).toContain(labels.place);
  });

  it('attendance list: one page, numbered rows and the optional phone column', async () => {
    const path = save(`att-${locale}`, await renderAttendance(c, assets));
    expect(pages(path)).toBe(1);
    const text = run('pdftotext', path, '-').replace(/\s+/g, ' ');
    expect(text).toContain(labels.phone);
    expect(text).toContain(labels.signature);
    expect(text).toMatch(new RegExp(`\\b${TRAINING_FORM.attendanceRows}\\b`));
  });

  it('score sheet: the maximum is the number of test questions, and the categories follow from it', async () => {
    const path = save(`scores-${locale}`, await renderScoreSheet(c, assets));
    expect(pages(path)).toBeLessThanOrEqual(2);
    const text = run('pdftotext', path, '-').replace(/\s+/g, ' ');
    const max = c.forms.quiz.length;
    expect(text).toContain(labels.scoreOutOf.replace('{max}', String(max)));
    expect(scoreBands(c)).toEqual({ good: Math.ceil(0.76 * max), fair: Math.ceil(0.56 * max), max });
    expect(text).toContain(c.training.scoreBands.basis.split(' ').slice(0, 5).join(' '));
    // Eight questions instead of ten: the sheet says so, and the bands move with it.
    const shorter: PrintContent = { ...c, forms: { ...c.forms, quiz: c.forms.quiz.slice(0, 8) } };
    const short = run('pdftotext', save(`scores8-${locale}`, await renderScoreSheet(shorter, assets)), '-').replace(/\s+/g, ' ');
    expect(short).toContain(labels.scoreOutOf.replace('{max}', '8'));
    expect(short).toContain(`${labels.good} (7–8)`);
    expect(short).toContain(`${labels.fair} (5–6)`);
  });
});

describe('training.yaml checks', () => {
  const id = { locale: 'id', file: 'content/id/training.yaml', data: content.id.training };
  const en = { locale: 'en', file: 'content/en/training.yaml', data: content.en.training };
  const refs = new Set(['fasiha2020', 'sari2018', 'rani2025']);

  it('passes the real files', () => {
    expect(checkTraining([id, en], ['id', 'en'], refs)).toEqual([]);
  });

  it('names a missing language, an unknown source, parts out of order and minutes that differ between languages', () => {
    const swapped = { ...en, data: { ...en.data, parts: [en.data.parts[1]!, en.data.parts[0]!, ...en.data.parts.slice(2)], cite: ['nobody2020'] } };
    const messages = checkTraining([id, swapped], ['id', 'en', 'jv'], refs).map((p) => `${p.file} ${p.field ?? ''}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/content\/jv\/training\.yaml : missing/),
        expect.stringMatching(/content\/en\/training\.yaml cite: "nobody2020" is not in content\/references\.yaml/),
        expect.stringMatching(/content\/en\/training\.yaml parts\.1\.key: "opening" is out of order/),
        expect.stringMatching(/content\/en\/training\.yaml parts: .* translations run the same session/),
      ]),
    );
  });
});
