/**
 * The training kit's A4 portrait sheets, black ink by design (they are photocopied), drawn with the forms' kit:
 *   renderSessionPlan   the SAP (Satuan Acara Pelatihan): topic, participants, time and place to fill in,
 *                       objectives, the parts with their minutes, activities, method and media, evaluation
 *   renderAttendance    the attendance list: number, name, posyandu, phone (optional), signature
 *   renderScoreSheet    pre and post knowledge test scores per participant, the change, and the counts of
 *                       Baik / Cukup / Kurang at the foot; the test's maximum is the number of questions in forms.yaml
 * Pure: typed content in, PDF bytes out, from content/<locale>/training.yaml and forms.yaml.
 */
import { citationWords, sourcesSentence } from '../content/references.ts';
import { fill } from '../i18n/strings.ts';
import type { PrintAssets } from './assets.ts';
import type { PrintContent } from './content.ts';
import { h, type Element, type Style } from './element.ts';
import { box, column, field, fieldGrid, GREY, INK, note, renderForm, row, text, TINT, titleBlock, TYPE } from './forms-kit.ts';
import { mm } from './units.ts';

/** Rows to write in, sized for a pen: the attendance and score lists fill one page each. */
export const TRAINING_FORM = { attendanceRows: 18, attendanceRow: 10, scoreRows: 18, scoreRow: 9.5 } as const;

/** The knowledge test's maximum score: one point per question (forms.yaml's grading rule). */
export const maxTestScore = (content: PrintContent) => content.forms.quiz.length;

/** The lowest score of each category, in points of the test's maximum, from the percentages in training.yaml. */
export function scoreBands(content: PrintContent): { good: number; fair: number; max: number } {
  const max = maxTestScore(content);
  const { good, fair } = content.training.scoreBands;
  return { good: Math.ceil((good * max) / 100), fair: Math.ceil((fair * max) / 100), max };
}

const cell = (value: string | Element, style: Style = {}) =>
  box({ borderLeft: `1px solid ${INK}`, padding: '3px 5px', fontSize: TYPE.small + 1, lineHeight: 1.25, flexDirection: 'column', ...style }, value);

/** The activities table as blocks, a row each, so a page can break between two parts of the session. */
function sessionTable(content: PrintContent): Element[] {
  const { training } = content;
  const { labels } = training;
  const widths = { part: 27, minutes: 16, trainer: 44, participants: 34, method: 22 } as const;
  const lines = (items: string[]) => column({ gap: 2 }, ...items.map((item) => h('div', {}, item)));
  const sides = { borderLeft: `1.2px solid ${INK}`, borderRight: `1.2px solid ${INK}` };
  const header = row(
    { backgroundColor: TINT, border: `1.2px solid ${INK}`, borderBottom: `1px solid ${INK}`, fontWeight: 700 },
    cell(labels.part, { width: mm(widths.part), borderLeft: 'none', fontWeight: 700 }),
    cell(labels.minutes, { width: mm(widths.minutes), fontWeight: 700 }),
    cell(labels.trainerActivity, { width: mm(widths.trainer), fontWeight: 700 }),
    cell(labels.participantActivity, { width: mm(widths.participants), fontWeight: 700 }),
    cell(labels.method, { width: mm(widths.method), fontWeight: 700 }),
    cell(labels.media, { flex: 1, fontWeight: 700 }),
  );
  const rows = training.parts.map((part, i) =>
    row(
      { ...sides, borderBottom: `1px solid ${INK}` },
      cell(`${i + 1}. ${part.title}`, { width: mm(widths.part), borderLeft: 'none', fontWeight: 700 }),
      cell(String(part.minutes), { width: mm(widths.minutes), alignItems: 'center' }),
      cell(lines(part.trainer), { width: mm(widths.trainer) }),
      cell(lines(part.participants), { width: mm(widths.participants) }),
      cell(part.method, { width: mm(widths.method) }),
      cell(part.media, { flex: 1 }),
    ),
  );
  const total = row(
    { ...sides, borderBottom: `1.2px solid ${INK}` },
    cell(labels.total, { width: mm(widths.part), borderLeft: 'none', fontWeight: 700 }),
    cell(String(training.parts.reduce((sum, p) => sum + p.minutes, 0)), { width: mm(widths.minutes), alignItems: 'center', fontWeight: 700 }),
    box({ flex: 1, borderLeft: `1px solid ${INK}` }),
  );
  return [column({}, heading(labels.activities), header), ...rows, total];
}

const heading = (value: string) => h('div', { fontSize: TYPE.heading, fontWeight: 700, marginBottom: 3 }, value);
const numbered = (items: string[]) =>
  column(
    { gap: 3 },
    ...items.map((item, i) => row({ gap: 6 }, h('div', { width: mm(6), fontSize: TYPE.body, flexShrink: 0 }, `${i + 1}.`), text(item, { flex: 1 }))),
  );

/** The session plan (SAP): one or two A4 pages. */
export async function renderSessionPlan(content: PrintContent, assets: PrintAssets): Promise<Uint8Array> {
  const { training, ui, references } = content;
  const { labels } = training;
  const file = content.trainingFile;
  const words = citationWords(ui);
  const cites = [...new Set([...training.timingCite, ...training.parts.flatMap((p) => p.cite), ...training.evaluationCite])];
  return renderForm(
    {
      name: 'session plan',
      title: labels.sessionPlanTitle,
      subject: labels.sessionPlanSubject,
      keywords: [labels.sessionPlanTitle, ui.strings.siteName, 'kader', 'SAP'],
      sections: [
        {
          title: labels.sessionPlanTitle,
          maxPages: 3,
          blocks: [
            { element: titleBlock(ui.strings.siteName, labels.sessionPlanTitle, undefined, training.title), files: [file] },
            {
              element: column(
                { gap: mm(1.5) },
                row(
                  { gap: 6 },
                  h('div', { fontSize: TYPE.body, color: INK, width: mm(24), flexShrink: 0 }, `${labels.topic}:`),
                  text(training.topic, { flex: 1 }),
                ),
                row(
                  { gap: 6 },
                  h('div', { fontSize: TYPE.body, color: INK, width: mm(24), flexShrink: 0 }, `${labels.audience}:`),
                  text(training.audience, { flex: 1 }),
                ),
                fieldGrid([labels.dayDate, labels.time, labels.place, labels.trainerName]),
              ),
              files: [file],
            },
            { element: column({}, heading(labels.generalObjective), text(training.objectives.general)), files: [file] },
            { element: column({}, heading(labels.specificObjectives), numbered(training.objectives.specific)), files: [file] },
            ...sessionTable(content).map((element) => ({ element, files: [file], gapBefore: 0 })),
            { element: note(text(training.timing), text(sourcesSentence(labels.sources, cites, references, words), { fontSize: TYPE.small })), files: [file] },
            {
              element: column(
                { gap: mm(3) },
                column({}, heading(labels.evaluation), numbered(training.evaluation)),
                row({ justifyContent: 'flex-end' }, field(labels.trainerSignature, { width: 100 })),
              ),
              files: [file],
            },
          ],
        },
      ],
    },
    content,
    assets,
  );
}

/** A table header row and empty rows to write in. Widths in mm; `undefined` takes the rest of the row. */
function writeInTable(headers: string[], widths: (number | undefined)[], rows: number, rowHeight: number, first?: (i: number) => string): Element {
  const size = (w: number | undefined): Style => (w === undefined ? { flex: 1 } : { width: mm(w), flexShrink: 0 });
  return column(
    { border: `1.2px solid ${INK}` },
    row(
      { backgroundColor: TINT, borderBottom: `1px solid ${INK}`, minHeight: mm(10) },
      ...headers.map((label, i) =>
        cell(label, { ...size(widths[i]), fontWeight: 700, fontSize: TYPE.body - 1, justifyContent: 'center', ...(i === 0 ? { borderLeft: 'none' } : {}) }),
      ),
    ),
    ...Array.from({ length: rows }, (_, r) =>
      row(
        { height: mm(rowHeight), borderBottom: r === rows - 1 ? 'none' : `0.8px solid ${GREY}` },
        ...widths.map((w, i) =>
          cell(i === 0 && first ? first(r) : '', { ...size(w), justifyContent: 'center', fontSize: TYPE.body, ...(i === 0 ? { borderLeft: 'none' } : {}) }),
        ),
      ),
    ),
  );
}

/** The attendance list: one A4 page of rows; photocopy it for more. */
export async function renderAttendance(content: PrintContent, assets: PrintAssets): Promise<Uint8Array> {
  const { training, ui } = content;
  const { labels } = training;
  const file = content.trainingFile;
  return renderForm(
    {
      name: 'attendance list',
      title: labels.attendanceTitle,
      subject: labels.attendanceSubject,
      keywords: [labels.attendanceTitle, ui.strings.siteName, 'kader'],
      sections: [
        {
          title: labels.attendanceTitle,
          maxPages: 1,
          blocks: [
            { element: titleBlock(ui.strings.siteName, labels.attendanceTitle), files: [file] },
            { element: fieldGrid([labels.dayDate, labels.place, labels.trainerName, labels.time]), files: [file] },
            {
              element: writeInTable(
                [labels.number, labels.name, labels.origin, labels.phone, labels.signature],
                [12, undefined, 44, 36, 32],
                TRAINING_FORM.attendanceRows,
                TRAINING_FORM.attendanceRow,
                (i) => String(i + 1),
              ),
              files: [file],
            },
          ],
        },
      ],
    },
    content,
    assets,
  );
}

/** The pre/post score sheet: a row per participant, and the category counts before and after at the foot. */
export async function renderScoreSheet(content: PrintContent, assets: PrintAssets): Promise<Uint8Array> {
  const { training, ui } = content;
  const { labels } = training;
  const file = content.trainingFile;
  const { good, fair, max } = scoreBands(content);
  const bands = fill(labels.bandsNote, { max, good: `${good}–${max}`, fair: `${fair}–${good - 1}`, poor: `0–${fair - 1}` });
  const outOf = (label: string) => `${label}\n${fill(labels.scoreOutOf, { max })}`;
  const counts = column(
    { border: `1.2px solid ${INK}` },
    row(
      { backgroundColor: TINT, borderBottom: `1px solid ${INK}`, minHeight: mm(10) },
      cell(labels.category, { width: mm(50), borderLeft: 'none', fontWeight: 700, fontSize: TYPE.body - 1, justifyContent: 'center' }),
      cell(`${labels.pre}: ${labels.count}`, { flex: 1, fontWeight: 700, fontSize: TYPE.body - 1, justifyContent: 'center' }),
      cell(`${labels.post}: ${labels.count}`, { flex: 1, fontWeight: 700, fontSize: TYPE.body - 1, justifyContent: 'center' }),
    ),
    ...[
      [labels.good, `${good}–${max}`],
      [labels.fair, `${fair}–${good - 1}`],
      [labels.poor, `0–${fair - 1}`],
      [labels.mean, ''],
    ].map(([name, range], i, all) =>
      row(
        { height: mm(9), borderBottom: i === all.length - 1 ? 'none' : `0.8px solid ${GREY}` },
        cell(range ? `${name} (${range})` : name!, { width: mm(50), borderLeft: 'none', fontWeight: 700, fontSize: TYPE.body, justifyContent: 'center' }),
        cell('', { flex: 1 }),
        cell('', { flex: 1 }),
      ),
    ),
  );
  return renderForm(
    {
      name: 'score sheet',
      title: labels.scoresTitle,
      subject: labels.scoresSubject,
      keywords: [labels.scoresTitle, ui.strings.siteName, 'pretest', 'posttest'],
      sections: [
        {
          title: labels.scoresTitle,
          maxPages: 2,
          blocks: [
            { element: titleBlock(ui.strings.siteName, labels.scoresTitle), files: [file] },
            { element: fieldGrid([labels.dayDate, labels.place, labels.trainerName]), files: [file] },
            {
              element: writeInTable(
                [labels.number, labels.name, outOf(labels.pre), outOf(labels.post), labels.change, labels.category],
                [12, undefined, 30, 30, 22, 28],
                TRAINING_FORM.scoreRows,
                TRAINING_FORM.scoreRow,
                (i) => String(i + 1),
              ),
              files: [file, content.files.forms],
            },
            { element: counts, files: [file] },
            { element: note(text(bands, { fontWeight: 700 }), text(training.scoreBands.basis)), files: [file] },
            { element: row({ justifyContent: 'flex-end' }, field(labels.trainerSignature, { width: 100 })), files: [file] },
          ],
        },
      ],
    },
    content,
    assets,
  );
}
