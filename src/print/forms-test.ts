/**
 * The knowledge test and its answer key, a separate document so the key never gets photocopied with the questions.
 * Questions: content/<locale>/forms.yaml, in pretest order. The posttest asks the same questions (so the two scores
 * compare) in another order and with each question's options reversed, so nobody scores by remembering letters.
 * Each version is its own sheet with its own key.
 */
import { ContentError } from '../content/errors.ts';
import type { QuizQuestion } from '../content/schemas/index.ts';
import { citationWords, sourcesSentence } from '../content/references.ts';
import { WHITE } from '../palette.ts';
import type { PrintAssets } from './assets.ts';
import type { PrintContent } from './content.ts';
import { h, type Element } from './element.ts';
import { layout } from './layout.ts';
import { box, checkbox, column, field, fieldGrid, FORM, INK, note, renderForm, row, text, TINT, titleBlock, TYPE, type FormBlock } from './forms-kit.ts';
import { mm } from './units.ts';

export const OPTION_LETTERS = ['A', 'B', 'C', 'D'] as const;

export const TEST_VERSIONS = ['pretest', 'posttest'] as const;
export type TestVersion = (typeof TEST_VERSIONS)[number];

/** A question as one version prints it: its number there, its options in that version's order and the right one. */
export interface VersionQuestion {
  number: number;
  /** Index in forms.yaml's quiz (the pretest order), for messages and for matching the two versions. */
  source: number;
  question: string;
  options: string[];
  answer: number;
  explanation: string;
  cite: string[];
}

/**
 * The questions of one version. Pretest: forms.yaml as written. Posttest: the second half of the questions first,
 * then the first half, and every question's options in reverse order, so A becomes D and B becomes C: the right
 * answers stay spread over A–D as evenly as in the pretest, and options written in an order (2, 5, 8 times) stay
 * in order. A rule in code rather than a second list in each language, so the two languages cannot drift apart.
 */
export function testVersion(quiz: readonly QuizQuestion[], version: TestVersion): VersionQuestion[] {
  const half = Math.ceil(quiz.length / 2);
  const order = version === 'pretest' ? quiz.map((_, i) => i) : [...quiz.keys()].slice(half).concat([...quiz.keys()].slice(0, half));
  return order.map((source, index) => {
    const q = quiz[source]!;
    const reverse = version === 'posttest';
    return {
      number: index + 1,
      source,
      question: q.question,
      options: reverse ? [...q.options].reverse() : [...q.options],
      answer: reverse ? q.options.length - 1 - q.answer : q.answer,
      explanation: q.explanation,
      cite: q.cite,
    };
  });
}

export interface KnowledgeTestOptions {
  /** true: the trainer's answer key instead of the participants' sheet. */
  answerKey: boolean;
}

const letter = (index: number) => OPTION_LETTERS[index]!;

/** The question number's column and the gaps of a question, in mm. */
const QUESTION = { number: 8, gap: 2, columnGap: 4, box: 4.5, letter: 5, optionGap: 2.5 } as const;
/** Room for an option's text in a two-column layout, in mm: half the text column, less the box and the letter. */
const HALF_OPTION =
  (FORM.paper.width - 2 * FORM.margin.side - QUESTION.number - QUESTION.gap - QUESTION.columnGap) / 2 - QUESTION.box - QUESTION.letter - 2 * QUESTION.optionGap;

const optionLine = (option: string, index: number) =>
  row(
    { flex: 1, alignItems: 'flex-start', gap: mm(QUESTION.optionGap) },
    h('div', { display: 'flex', paddingTop: 1 }, checkbox(QUESTION.box)),
    h('div', { width: mm(QUESTION.letter), flexShrink: 0, fontSize: TYPE.body, fontWeight: 700, lineHeight: 1.3 }, letter(index)),
    h('div', { flex: 1, fontSize: TYPE.body, lineHeight: 1.3 }, option),
  );

/**
 * A question and its lettered options. When every option fits one line at half width they go two to a row
 * (A B / C D), the usual layout of Indonesian multiple-choice sheets; that keeps ten questions on one sheet.
 */
function questionBlock(question: VersionQuestion, twoColumns: boolean): Element {
  const options = question.options.map(optionLine);
  const rows = twoColumns
    ? Array.from({ length: Math.ceil(options.length / 2) }, (_, i) =>
        row({ gap: mm(QUESTION.columnGap) }, options[2 * i]!, options[2 * i + 1] ?? h('div', { flex: 1 })),
      )
    : options;
  return row(
    { gap: mm(QUESTION.gap) },
    h('div', { width: mm(QUESTION.number), flexShrink: 0, fontSize: TYPE.heading, fontWeight: 700, lineHeight: 1.15 }, `${question.number}.`),
    column(
      { flex: 1, gap: mm(1.2) },
      h('div', { fontSize: TYPE.body, fontWeight: 700, lineHeight: 1.3, paddingTop: 1, marginBottom: mm(0.5) }, question.question),
      ...rows,
    ),
  );
}

/** Whether every option of a question fits on one line in HALF_OPTION mm, measured with the print font. */
async function optionsFitHalf(question: { options: readonly string[] }, assets: PrintAssets): Promise<boolean> {
  const oneLine = TYPE.body * 1.3 + 0.5;
  for (const option of question.options) {
    // 2 mm to spare: a line that only just fits would wrap if the layout rounds the other way.
    const laid = await layout(h('div', { fontSize: TYPE.body, lineHeight: 1.3 }, option), mm(HALF_OPTION - 2), assets.fonts, INK);
    if (laid.height > oneLine) return false;
  }
  return true;
}

/** Which version a sheet is, in large bold capitals in a black frame: the first thing a trainer sorts a pile by. */
const versionBadge = (label: string) =>
  box({ border: `2px solid ${INK}`, padding: '2px 8px', fontSize: TYPE.heading + 2, fontWeight: 700, letterSpacing: 1, flexShrink: 0 }, label.toUpperCase());

/** The trainer's score box, top right where a pile of sheets is read at a glance: "Number of right answers ___ / 10". */
function scoreBox(content: PrintContent): Element {
  const { labels, quiz } = content.forms;
  return column(
    { border: `1.2px solid ${INK}`, padding: '4px 8px 6px', gap: 2, width: mm(46), flexShrink: 0 },
    h('div', { fontSize: TYPE.body, fontWeight: 700, lineHeight: 1.2 }, labels.testScore),
    row(
      { alignItems: 'flex-end', gap: 4 },
      h('div', { flex: 1, height: mm(8), borderBottom: `1px solid ${INK}` }),
      h('div', { fontSize: TYPE.heading, fontWeight: 700 }, `/ ${quiz.length}`),
    ),
  );
}

async function testBlocks(content: PrintContent, assets: PrintAssets, version: TestVersion): Promise<FormBlock[]> {
  const { labels } = content.forms;
  const questions = testVersion(content.forms.quiz, version);
  const twoColumns = await Promise.all(questions.map((question) => optionsFitHalf(question, assets)));
  const file = content.files.forms;
  return [
    {
      element: titleBlock(
        content.ui.strings.siteName,
        labels.testTitle,
        row({ gap: mm(4), alignItems: 'flex-end' }, versionBadge(labels[version]), scoreBox(content)),
      ),
      files: [file],
    },
    { element: column({ gap: mm(1) }, fieldGrid([labels.name, labels.date]), field(labels.village)), files: [file] },
    { element: note(text(labels.testInstructions)), files: [file] },
    ...questions.map((question, index) => ({ element: questionBlock(question, twoColumns[index]!), files: [file], gapBefore: 5 })),
  ];
}

/** The right letter of each question in one strip, for marking a pile of sheets quickly. */
function answerStrip(content: PrintContent, questions: VersionQuestion[]): Element {
  const { labels } = content.forms;
  const cells = (first: string, values: string[], bold: boolean, tint: boolean) =>
    row(
      { backgroundColor: tint ? TINT : WHITE },
      box({ width: mm(34), flexShrink: 0, padding: '4px 6px', fontSize: TYPE.body, fontWeight: 700 }, first),
      ...values.map((value) =>
        h(
          'div',
          {
            display: 'flex',
            flex: 1,
            justifyContent: 'center',
            padding: '4px 0',
            borderLeft: `1px solid ${INK}`,
            fontSize: bold ? TYPE.heading : TYPE.body,
            fontWeight: bold ? 700 : 400,
          },
          value,
        ),
      ),
    );
  return column(
    { border: `1.2px solid ${INK}` },
    cells(
      labels.question,
      questions.map((q) => String(q.number)),
      false,
      true,
    ),
    h('div', { height: 1, backgroundColor: INK }),
    cells(
      labels.answer,
      questions.map((q) => letter(q.answer)),
      true,
      false,
    ),
  );
}

function keyBlock(content: PrintContent, question: VersionQuestion): Element {
  const { labels } = content.forms;
  const sources = sourcesSentence(labels.sources, question.cite, content.references, citationWords(content.ui));
  return row(
    { gap: mm(QUESTION.gap) },
    h('div', { width: mm(QUESTION.number), flexShrink: 0, fontSize: TYPE.heading, fontWeight: 700, lineHeight: 1.15 }, `${question.number}.`),
    column(
      { flex: 1, gap: mm(1.2) },
      h('div', { fontSize: TYPE.body, fontWeight: 700, lineHeight: 1.3, paddingTop: 1 }, question.question),
      row(
        { gap: mm(2), alignItems: 'flex-start' },
        h('div', { fontSize: TYPE.body, lineHeight: 1.3, flexShrink: 0 }, `${labels.answer}:`),
        h('div', { fontSize: TYPE.body, fontWeight: 700, lineHeight: 1.3, flexShrink: 0 }, letter(question.answer)),
        h('div', { flex: 1, fontSize: TYPE.body, lineHeight: 1.3 }, question.options[question.answer]!),
      ),
      h('div', { fontSize: TYPE.body, lineHeight: 1.3 }, question.explanation),
      sources ? h('div', { fontSize: TYPE.small, lineHeight: 1.3 }, sources) : null,
    ),
  );
}

function answerKeyBlocks(content: PrintContent, version: TestVersion): FormBlock[] {
  const { labels } = content.forms;
  const questions = testVersion(content.forms.quiz, version);
  const file = content.files.forms;
  return [
    { element: titleBlock(content.ui.strings.siteName, labels.answerKeyTitle, versionBadge(labels[version]), labels.testTitle), files: [file] },
    { element: note(text(labels.answerKeyNote, { fontWeight: 700 }), text(labels.versionsNote), text(labels.grading)), files: [file] },
    { element: answerStrip(content, questions), files: [file] },
    ...questions.map((question) => ({ element: keyBlock(content, question), files: [file], gapBefore: 6 })),
  ];
}

/** Refuses what a schema cannot see from one file alone: an answer or citation that points nowhere. */
function checkQuiz(content: PrintContent): void {
  const problems = content.forms.quiz.flatMap((question, index) => [
    ...(question.answer >= question.options.length || question.options.length > OPTION_LETTERS.length
      ? [
          {
            file: content.files.forms,
            field: `quiz.${index}.answer`,
            message: `answer ${question.answer} is not one of the ${question.options.length} options (0 for the first)`,
          },
        ]
      : []),
    ...question.cite
      .filter((id) => !content.references.has(id))
      .map((id) => ({ file: content.files.forms, field: `quiz.${index}.cite`, message: `"${id}" is not in content/references.yaml` })),
  ]);
  if (problems.length > 0) throw new ContentError(problems);
}

export async function renderKnowledgeTest(content: PrintContent, assets: PrintAssets, options: KnowledgeTestOptions): Promise<Uint8Array> {
  checkQuiz(content);
  const { labels } = content.forms;
  if (options.answerKey) {
    return renderForm(
      {
        name: 'knowledge test answer key',
        title: labels.answerKeyTitle,
        subject: labels.answerKeySubject,
        keywords: [labels.answerKeyTitle, labels.testTitle, labels.pretest, labels.posttest, content.ui.strings.siteName],
        sections: TEST_VERSIONS.map((version) => ({
          title: `${labels.answerKeyTitle} · ${labels[version]}`,
          blocks: answerKeyBlocks(content, version),
        })),
      },
      content,
      assets,
    );
  }
  // One sheet per version, both sides: a kader photocopies the pretest sheet and the posttest sheet separately.
  const sections = await Promise.all(
    TEST_VERSIONS.map(async (version) => ({
      title: `${labels.testTitle} · ${labels[version]}`,
      blocks: await testBlocks(content, assets, version),
      maxPages: 2,
      // A loose second page still says whose it is and which version.
      continuation: row({ paddingBottom: mm(2), gap: mm(6), alignItems: 'flex-end' }, field(labels.name), versionBadge(labels[version])),
    })),
  );
  return renderForm(
    {
      name: 'knowledge test',
      title: labels.testTitle,
      subject: labels.testSubject,
      keywords: [labels.testTitle, labels.pretest, labels.posttest, content.ui.strings.siteName],
      sections,
    },
    content,
    assets,
  );
}
