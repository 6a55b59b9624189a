/**
 * The kader forms as built into dist/, in both languages: the page counts a kader photocopies (one sheet each for
 * the checklist and the log, a sheet per test version and per key), what they say, and that every text-drawing
 * operator paints in pure black (K only), so a copy of a copy keeps every label and digit. Greys appear only as
 * large light fills (header tints). The print review (2026-11, §3) saw grey labels and score digits vanish.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printFiles, type DocumentKind } from '../../src/print/catalog.ts';
import { checklistRows, maxChecklistScore } from '../../src/print/forms-rows.ts';
import { TEST_VERSIONS, testVersion } from '../../src/print/forms-test.ts';
import { readLocale } from '../helpers/content.ts';
import { distFile } from '../helpers/paths.ts';

const FORM_PAGES: Partial<Record<DocumentKind, number>> = { checklist: 1, 'knowledge-test': 4, 'answer-key': 4, 'milk-log': 2 };

const dir = mkdtempSync(join(tmpdir(), 'lancar-dist-forms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
/** Text without whitespace, of some pages or all: line breaks fall wherever the layout puts them. */
const flatText = (file: string, first?: number, last?: number) =>
  run('pdftotext', '-raw', ...(first ? ['-f', String(first), '-l', String(last ?? first)] : []), file, '-').replace(/\s+/g, '');
const squash = (text: string) => text.replace(/\s+/g, '');

interface Paint {
  page: number;
  op: string;
  colour: string;
}

/**
 * Walks each page's content stream (qpdf writes them out uncompressed, one operator a line) and returns, for every
 * text-showing operator, the fill colour in force, and every fill and stroke colour set. q/Q save and restore it.
 */
function paints(file: string): { text: Paint[]; fills: Paint[]; strokes: Paint[] } {
  const plain = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  run('qpdf', '--qdf', '--object-streams=disable', file, plain);
  const pdf = readFileSync(plain, 'latin1');
  const text: Paint[] = [];
  const fills: Paint[] = [];
  const strokes: Paint[] = [];
  const pages = pdf.split(/^%% Contents for page (\d+)$/m);
  for (let i = 1; i < pages.length; i += 2) {
    const page = Number(pages[i]);
    const stream = /stream\n([\s\S]*?)endstream/.exec(pages[i + 1]!)![1]!;
    const stack: string[] = [];
    let fill = '0 g';
    for (const line of stream.split('\n').map((l) => l.trim())) {
      if (line === 'q') stack.push(fill);
      else if (line === 'Q') fill = stack.pop() ?? fill;
      else if (/ (g|rg|k|sc|scn)$/.test(line)) {
        fill = line;
        fills.push({ page, op: line, colour: line });
      } else if (/ (G|RG|K|SC|SCN)$/.test(line)) strokes.push({ page, op: line, colour: line });
      else if (/(Tj|TJ|'|")$/.test(line)) text.push({ page, op: line, colour: fill });
    }
  }
  return { text, fills, strokes };
}

const forms = (['id', 'en'] as const).flatMap((locale) => {
  const content = readLocale(locale);
  return printFiles(locale, content.ui)
    .filter((f) => f.kind in FORM_PAGES)
    .map((f) => ({ locale, kind: f.kind, fileName: f.name, file: distFile(`${locale}/${f.name}.pdf`), content }));
});

describe.each(forms)('the form $locale/$fileName.pdf', ({ kind, file }) => {
  it('has the pages a kader photocopies', () => {
    expect(run('pdfinfo', file)).toMatch(new RegExp(`^Pages:\\s+${FORM_PAGES[kind]}$`, 'm'));
  });

  it('draws every piece of text in pure black, and uses grey only for light fills', () => {
    const { text, fills, strokes } = paints(file);
    expect(text.length).toBeGreaterThan(50);
    for (const paint of text) expect(paint.colour, `page ${paint.page}: ${paint.op}`).toBe('0 g');
    // Lines, boxes and circles are black; the only other fills are white paper and light tints (above 80 %).
    for (const paint of strokes) expect(paint.colour, `page ${paint.page}`).toBe('0 G');
    for (const paint of fills) {
      const [, value] = /^([\d.]+) g$/.exec(paint.colour) ?? [];
      expect(value, `page ${paint.page}: ${paint.colour} is a grey`).toBeDefined();
      expect(Number(value) === 0 || Number(value) > 0.8, `page ${paint.page}: ${paint.colour}`).toBe(true);
    }
  });
});

describe.each(['id', 'en'] as const)('what the built forms say (%s)', (locale) => {
  const content = readLocale(locale);
  const { labels, quiz } = content.forms;
  const fileOf = (kind: DocumentKind) => distFile(`${locale}/${forms.find((f) => f.locale === locale && f.kind === kind)!.fileName}.pdf`);

  it('the checklist scores consent, the safety check, every step and comfort, with what to watch for, out of 20', () => {
    const text = flatText(fileOf('checklist'));
    const rows = checklistRows(content.steps, content.forms, `content/${locale}/forms.yaml`);
    for (const row of rows) {
      expect(text).toContain(squash(row.title));
      expect(text).toContain(squash(row.criteria));
    }
    expect(text).toContain(squash(labels.clientName));
    expect(text).toContain(`/${maxChecklistScore(rows.length)}`);
    expect(maxChecklistScore(rows.length)).toBe(20);
  });

  it('the test: the pretest on the first sheet, the posttest on the second, each with its questions in its order', () => {
    const file = fileOf('knowledge-test');
    for (const [index, version] of TEST_VERSIONS.entries()) {
      const text = flatText(file, 2 * index + 1, 2 * index + 2);
      expect(text).toContain(squash(labels[version].toUpperCase()));
      let from = 0;
      for (const question of testVersion(quiz, version)) {
        const at = text.indexOf(squash(question.question), from);
        expect(at, `${version} ${question.number}: ${question.question}`).toBeGreaterThanOrEqual(from);
        from = at;
      }
    }
  });

  it('the answer key: a key per version, with the letters of that version', () => {
    const file = fileOf('answer-key');
    for (const [index, version] of TEST_VERSIONS.entries()) {
      const text = flatText(file, 2 * index + 1, 2 * index + 2);
      expect(text).toContain(squash(labels[version].toUpperCase()));
      expect(text).toContain(
        testVersion(quiz, version)
          .map((q) => 'ABCD'[q.answer])
          .join(''),
      );
    }
  });

  it('the 3-day log: three days of tally rows with the usual feeds, urine colours to tick, and no millilitres', () => {
    const text = flatText(fileOf('milk-log'));
    for (const label of [labels.feedsExpected, labels.urineClear, labels.urineDark, labels.urineOrange]) {
      expect(text.split(squash(label)).length - 1, label).toBe(3);
    }
    expect(text).toContain(squash(labels.referNote));
    expect(text).toContain(squash(labels.dangerNote));
    expect(run('pdftotext', fileOf('milk-log'), '-')).not.toMatch(/\bml\b/);
  });
});
