/**
 * The kader training forms (src/print/forms.ts): the skill checklist, the knowledge test and its answer key, the
 * 3-day milk log. Each is rendered in every language and read back with poppler and qpdf, as a kader's printer
 * and a preflight tool would: A4 portrait, real text in order, subset fonts embedded, no colour, sound structure.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/errors.ts';
import { formsSchema } from '../../src/content/schemas/index.ts';
import { loadPrintAssets } from '../../src/print/assets.ts';
import type { PrintContent } from '../../src/print/content.ts';
import { checklistRows, maxChecklistScore, renderChecklist, renderKnowledgeTest, renderMilkLog } from '../../src/print/forms.ts';
import { TALLIES } from '../../src/print/forms-log.ts';
import { OPTION_LETTERS, TEST_VERSIONS, testVersion } from '../../src/print/forms-test.ts';
import { PDFDocument, PDFName } from '../../src/print/pdf.ts';
import { readPrintContent } from '../helpers/print-content.ts';

const LOCALES = ['id', 'en'] as const;
const assets = loadPrintAssets();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lancar-forms-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
/** The text in the order it is drawn (satori's document order), not poppler's guess at columns; or of some pages. */
const textOf = (file: string, first?: number, last?: number) =>
  run('pdftotext', '-raw', ...(first ? ['-f', String(first), '-l', String(last ?? first)] : []), file, '-');
/** Text without any whitespace: line breaks fall wherever the layout puts them. */
const squash = (text: string) => text.replace(/\s+/g, '');

function save(name: string, bytes: Uint8Array): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** Asserts each string appears after the one before it. */
function expectInOrder(text: string, items: string[], what: string) {
  const flat = squash(text);
  let from = 0;
  for (const item of items) {
    const at = flat.indexOf(squash(item), from);
    expect(at, `${what} "${item}" after position ${from}`).toBeGreaterThanOrEqual(from);
    from = at + squash(item).length;
  }
}

/** Every pixel of every page, rendered at 40 dpi, is a grey: r, g and b within 2 of each other. */
function expectNoColour(file: string) {
  const prefix = join(dir, `colour-${Math.random().toString(36).slice(2)}`);
  // PPM (P6, RGB) is pdftoppm's default output; this poppler has no -ppm switch.
  run('pdftoppm', '-r', '40', file, prefix);
  const pages = run('sh', '-c', `ls ${prefix}*.ppm`).trim().split('\n');
  expect(pages.length).toBeGreaterThan(0);
  for (const page of pages) {
    const data = readFileSync(page);
    // P6 header: magic, width, height, maxval, each followed by whitespace.
    const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'))!;
    const pixels = data.subarray(header[0].length);
    let coloured = 0;
    for (let i = 0; i + 2 < pixels.length; i += 3) {
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 2) coloured++;
    }
    expect(coloured, `${page}: pixels with colour`).toBe(0);
  }
}

/** Font sizes set in the page content (qpdf writes the streams out uncompressed). */
function fontSizes(file: string): number[] {
  const plain = join(dir, `plain-${Math.random().toString(36).slice(2)}.pdf`);
  run('qpdf', '--qdf', '--object-streams=disable', file, plain);
  return [...readFileSync(plain, 'latin1').matchAll(/([\d.]+) Tf\b/g)].map((m) => Number(m[1]));
}

interface Rendered {
  locale: string;
  content: PrintContent;
  kind: 'checklist' | 'knowledge-test' | 'answer-key' | 'milk-log';
  file: string;
  bytes: Uint8Array;
  title: string;
}

const cases = LOCALES.flatMap((locale) => (['checklist', 'knowledge-test', 'answer-key', 'milk-log'] as const).map((kind) => ({ locale, kind })));

async function render(locale: string, kind: Rendered['kind']): Promise<Rendered> {
  const content = readPrintContent(locale);
  const { labels } = content.forms;
  const [bytes, title] =
    kind === 'checklist'
      ? [await renderChecklist(content, assets), labels.checklistTitle]
      : kind === 'knowledge-test'
        ? [await renderKnowledgeTest(content, assets, { answerKey: false }), labels.testTitle]
        : kind === 'answer-key'
          ? [await renderKnowledgeTest(content, assets, { answerKey: true }), labels.answerKeyTitle]
          : [await renderMilkLog(content, assets), labels.logTitle];
  return { locale, content, kind, bytes, title, file: save(`${kind}-${locale}`, bytes) };
}

describe.each(cases)('the $kind form ($locale)', ({ locale, kind }) => {
  let form: Rendered;
  beforeAll(async () => {
    form = await render(locale, kind);
  });

  it('is A4 portrait on every page, with title, language and subject set', async () => {
    const doc = await PDFDocument.load(form.bytes);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    for (const page of doc.getPages()) {
      expect(page.getWidth()).toBeCloseTo(595.28, 1);
      expect(page.getHeight()).toBeCloseTo(841.89, 1);
    }
    expect(doc.getTitle()).toBe(`${form.title} — Lancar`);
    expect(doc.getSubject()?.length).toBeGreaterThan(20);
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe(`(${form.content.ui.locale.lang})`);
  });

  it('embeds its fonts as subsets and passes qpdf --check', () => {
    const rows = run('pdffonts', form.file).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [emb, sub] = row.trim().split(/\s+/).slice(-5, -3);
      expect([emb, sub], row).toEqual(['yes', 'yes']);
      expect(row).toMatch(/^[A-Z]{6}\+/);
    }
    expect(run('qpdf', '--check', form.file)).toMatch(/No syntax or stream encoding errors/);
  });

  it('has no colour when rendered, and no text under 9 pt', () => {
    expectNoColour(form.file);
    const sizes = fontSizes(form.file);
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
  });
});

describe.each(LOCALES)('what the forms say (%s)', (locale) => {
  const content = readPrintContent(locale);
  const { labels, quiz } = content.forms;

  it('the checklist: consent, the safety check, every step, comfort, each with what to watch for, the 0/1/2 rule, the total, on one page', async () => {
    const file = save(`checklist-text-${locale}`, await renderChecklist(content, assets));
    expect(run('pdfinfo', file)).toMatch(/^Pages:\s+1$/m);
    const text = textOf(file);
    const rows = checklistRows(content.steps, content.forms, content.files.forms);
    expect(rows.map((r) => r.mark)).toEqual(['A', 'B', ...content.steps.map((s) => String(s.order)), 'C']);
    expectInOrder(
      text,
      [labels.kaderName, labels.clientName, labels.date, labels.step, ...rows.flatMap((r) => [r.mark, r.title, r.criteria]), labels.total],
      'checklist',
    );
    expectInOrder(text, [labels.scoreZero, labels.scoreOne, labels.scoreTwo], 'scoring rule');
    // Consent, the safety check and comfort are scored like the seven steps: 10 items, 20 points.
    expect(maxChecklistScore(rows.length)).toBe(20);
    expect(squash(text)).toContain(`/${maxChecklistScore(rows.length)}`);
    // Three digits to circle on every row, plus the header's.
    expect(squash(text).match(/012/g)?.length).toBe(rows.length + 1);
    expect(squash(text)).toContain(squash(labels.retryNote));
  });

  it('the checklist total follows the number of steps, and a missing line of criteria is refused', async () => {
    const fewer = {
      ...content,
      steps: content.steps.slice(0, 5),
      forms: { ...content.forms, checklist: { ...content.forms.checklist, steps: content.forms.checklist.steps.slice(0, 5) } },
    };
    const text = squash(textOf(save(`checklist-5-${locale}`, await renderChecklist(fewer, assets))));
    expect(text).toContain('/16');
    expect(text).not.toContain(squash(content.steps[5]!.title));
    const error = await renderChecklist({ ...content, steps: content.steps.slice(0, 5) }, assets).catch((e: unknown) => e);
    expect(ContentError.is(error)).toBe(true);
    expect((error as ContentError).problems[0]).toMatchObject({ file: `content/${locale}/forms.yaml`, field: 'checklist.steps' });
  });

  it('the test: a pretest sheet and a posttest sheet, two pages each, the same questions in another order, no answers', async () => {
    const file = save(`test-text-${locale}`, await renderKnowledgeTest(content, assets, { answerKey: false }));
    expect(run('pdfinfo', file)).toMatch(/^Pages:\s+4$/m);
    for (const [index, version] of TEST_VERSIONS.entries()) {
      const text = textOf(file, 2 * index + 1, 2 * index + 2);
      const questions = testVersion(quiz, version);
      expectInOrder(text, [labels.testTitle, labels[version].toUpperCase(), labels.name, labels.testInstructions], `${version} header`);
      expect(squash(text)).not.toContain(squash(labels[version === 'pretest' ? 'posttest' : 'pretest'].toUpperCase()));
      expectInOrder(
        text,
        questions.flatMap((q) => [`${q.number}.`, q.question, ...q.options.flatMap((o, i) => [OPTION_LETTERS[i]!, o])]),
        `${version} question`,
      );
      for (const question of quiz) expect(squash(text)).not.toContain(squash(question.explanation));
      expect(squash(text)).toContain(`/${quiz.length}`);
    }
    const all = squash(textOf(file));
    expect(all).not.toContain(squash(labels.answerKeyTitle));
    expect(all).not.toContain(squash(labels.answerKeyNote));
  });

  it('the answer key: for each version its letters, each answer and explanation with sources, and the score out of 10', async () => {
    const file = save(`key-text-${locale}`, await renderKnowledgeTest(content, assets, { answerKey: true }));
    expect(run('pdfinfo', file)).toMatch(/^Pages:\s+4$/m);
    for (const [index, version] of TEST_VERSIONS.entries()) {
      const text = textOf(file, 2 * index + 1, 2 * index + 2);
      const questions = testVersion(quiz, version);
      expect(squash(text)).toContain(squash(labels[version].toUpperCase()));
      expect(squash(text)).toContain(questions.map((q) => OPTION_LETTERS[q.answer]).join(''));
      expectInOrder(
        text,
        questions.flatMap((q) => [q.question, OPTION_LETTERS[q.answer]!, q.options[q.answer]!, q.explanation]),
        `${version} answer key`,
      );
      expect(squash(text)).toContain(squash(labels.grading));
      expect(text).toMatch(/Sari & Agustina, 2018/);
    }
    // No grade bands: no source in the content gives cut-offs for Baik / Cukup / Kurang.
    expect(textOf(file)).not.toMatch(/\b(Baik|Cukup|Kurang)\b/);
  });

  it('the milk log: mother, kader, dates, and three days of massage times, feeds, nappies, stools, remarks; no milk volume', async () => {
    const file = save(`log-text-${locale}`, await renderMilkLog(content, assets));
    expect(run('pdfinfo', file)).toMatch(/^Pages:\s+2$/m);
    const text = textOf(file);
    expectInOrder(text, [labels.motherName, labels.kaderName, labels.babyBirthDate, labels.startDate], 'log header');
    for (const day of [1, 2, 3]) {
      expectInOrder(
        text,
        [
          `${labels.day} ${day}`,
          labels.massageTimes,
          labels.morning,
          labels.evening,
          labels.feeds,
          labels.feedsExpected,
          labels.wetNappies,
          labels.urineColour,
          labels.urineClear,
          labels.urineDark,
          labels.urineOrange,
          labels.stools,
          labels.remarks,
        ],
        `day ${day}`,
      );
    }
    expectInOrder(text, [`${labels.day} 3`, labels.howToFill, labels.volumeNote, labels.referNote, labels.dangerNote], 'log end');
    expect(text).toMatch(/Sari & Agustina, 2018/);
    // The usual feeds printed beside the circles are the ones the content cites, and there is a circle for each.
    expect(labels.feedsExpected).toContain('8–12');
    expect(labels.feedsHint).toContain('8–12');
    expect(TALLIES.feeds).toBeGreaterThanOrEqual(12);
    // Early expressed volumes are tiny and push worried mothers to formula: the log asks for none.
    expect(text).not.toMatch(/\bml\b/);
  });
});

describe.each(LOCALES)('the knowledge test as written (%s)', (locale) => {
  const { quiz } = readPrintContent(locale).forms;
  const lengths = quiz.map((q) => q.options.map((o) => o.length));

  it('gives every question four options, A to D', () => {
    for (const question of quiz) expect(question.options).toHaveLength(4);
  });

  it('does not give the right answer away by its length', () => {
    // The longest option is right in at most 30 % of questions (chance is 25 %); the review found 7 of 10.
    const longestRight = quiz.filter((q, i) => lengths[i]![q.answer] === Math.max(...lengths[i]!)).length;
    expect(longestRight / quiz.length).toBeLessThanOrEqual(0.3);
    // Nor by being the shortest, the other give-away.
    const shortestRight = quiz.filter((q, i) => lengths[i]![q.answer] === Math.min(...lengths[i]!)).length;
    expect(shortestRight / quiz.length).toBeLessThanOrEqual(0.3);
    // The options of a question are of similar length: the longest at most 1.5 times the shortest.
    for (const [i, l] of lengths.entries()) expect(Math.max(...l) / Math.min(...l), `question ${i + 1}`).toBeLessThanOrEqual(1.5);
  });

  it('spreads the right answers over A–D in both versions, and the posttest asks the same questions', () => {
    for (const version of TEST_VERSIONS) {
      const questions = testVersion(quiz, version);
      const counts = OPTION_LETTERS.map((_, letter) => questions.filter((q) => q.answer === letter).length);
      expect(Math.min(...counts), `${version}: ${counts.join(' ')}`).toBeGreaterThanOrEqual(2);
      expect(Math.max(...counts), `${version}: ${counts.join(' ')}`).toBeLessThanOrEqual(3);
      for (const q of questions) expect(q.options[q.answer]).toBe(quiz[q.source]!.options[quiz[q.source]!.answer]);
    }
    const post = testVersion(quiz, 'posttest');
    expect(post.map((q) => q.source).sort((a, b) => a - b)).toEqual(quiz.map((_, i) => i));
    // Not one question in the same place, and not one right letter in the same place.
    expect(post.filter((q, i) => q.source === i)).toEqual([]);
    for (const q of post) expect(q.answer).not.toBe(quiz[q.source]!.answer);
  });

  it('cites a source for every answer', () => {
    for (const question of quiz) expect(question.cite.length).toBeGreaterThan(0);
  });
});

describe('forms.yaml schema', () => {
  const forms = readPrintContent('en').forms;

  it('accepts both languages as they are', () => {
    for (const locale of LOCALES) expect(formsSchema.safeParse(readPrintContent(locale).forms).success).toBe(true);
  });

  it('refuses an answer index beyond the options, with a message', () => {
    const quiz = forms.quiz.map((q, i) => (i === 2 ? { ...q, answer: q.options.length } : q));
    const result = formsSchema.safeParse({ ...forms, quiz });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(['quiz', 2, 'answer']);
    expect(issue.message).toMatch(/index of one of the options/);
  });

  it('refuses a question with three options', () => {
    const quiz = forms.quiz.map((q, i) => (i === 1 ? { ...q, options: q.options.slice(0, 3), answer: 0 } : q));
    const result = formsSchema.safeParse({ ...forms, quiz });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/exactly 4 options/);
  });

  it('refuses a missing or unknown label', () => {
    const { checklistTitle: _, ...rest } = forms.labels;
    expect(formsSchema.safeParse({ ...forms, labels: rest }).success).toBe(false);
    expect(formsSchema.safeParse({ ...forms, labels: { ...forms.labels, volume: 'x' } }).success).toBe(false);
  });
});

describe('text that does not fit', () => {
  it('an over-long question stops the test with a ContentError naming forms.yaml, the form and the page', async () => {
    const content = readPrintContent('en');
    const long = 'Which of these is true about the massage and the milk and the mother and the baby? '.repeat(40);
    const quiz = content.forms.quiz.map((q, i) => (i === 0 ? { ...q, question: long } : q));
    const error = await renderKnowledgeTest({ ...content, forms: { ...content.forms, quiz } }, assets, { answerKey: false }).catch((e: unknown) => e);
    expect(ContentError.is(error)).toBe(true);
    const [problem] = (error as ContentError).problems;
    expect(problem!.file).toBe('content/en/forms.yaml');
    expect(problem!.message).toMatch(/knowledge test \(en, A4 portrait\): page \d+: .*shorten it/);
  });

  it('a step title too long for the one-page checklist names that step file', async () => {
    const content = readPrintContent('id');
    const long = 'Pijat dengan lembut dan perlahan sambil bertanya apakah ibu nyaman '.repeat(8);
    const steps = content.steps.map((s) => (s.order === 4 ? { ...s, title: long } : s));
    const error = await renderChecklist({ ...content, steps }, assets).catch((e: unknown) => e);
    expect(ContentError.is(error)).toBe(true);
    const files = (error as ContentError).problems.map((p) => p.file);
    expect(files).toContain('content/id/steps/04.yaml');
    expect(files).not.toContain('content/id/steps/03.yaml');
    expect((error as ContentError).message).toMatch(/skill checklist \(id, A4 portrait\): page 1/);
  });

  it('a renderer refuses an answer that points at no option even without the schema', async () => {
    const content = readPrintContent('en');
    const quiz = content.forms.quiz.map((q, i) => (i === 1 ? { ...q, answer: 7 } : q));
    const error = await renderKnowledgeTest({ ...content, forms: { ...content.forms, quiz } }, assets, { answerKey: true }).catch((e: unknown) => e);
    expect(ContentError.is(error)).toBe(true);
    expect((error as ContentError).problems[0]).toMatchObject({ file: 'content/en/forms.yaml', field: 'quiz.1.answer' });
  });
});
