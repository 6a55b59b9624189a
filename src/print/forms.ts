/**
 * The kader training forms, A4 portrait, black ink by design (they are photocopied):
 *   renderChecklist       the skill checklist: one row per massage step, scored 0 / 1 / 2 (kader guide)
 *   renderKnowledgeTest   the pretest / posttest, or with answerKey its answer key (forms-test.ts)
 *   renderMilkLog         the 3-day One Kader One Client record (forms-log.ts)
 * Pure: typed content in, PDF bytes out. Labels and questions come from content/<locale>/forms.yaml, the steps
 * from content/<locale>/steps/*.yaml.
 */
import { WHITE } from '../palette.ts';
import type { PrintAssets } from './assets.ts';
import type { PrintContent } from './content.ts';
import { h, type Element } from './element.ts';
import { layout } from './layout.ts';
import { box, checkOption, column, FAINT, fieldGrid, field, FORM, GREY, INK, note, renderForm, row, text, TINT, titleBlock, TYPE } from './forms-kit.ts';
import { mm } from './units.ts';

export { renderKnowledgeTest } from './forms-test.ts';
export { renderMilkLog } from './forms-log.ts';

/** The checklist's score scale, from the kader guide: 0 not done, 1 done but not right, 2 done correctly. */
export const SCORES = [0, 1, 2] as const;
export const maxChecklistScore = (stepCount: number) => stepCount * SCORES.at(-1)!;

/** Column widths in mm; the step title takes the rest. Score cells are wide enough to circle a digit. */
const COLUMNS = { number: 11, score: 12, correct: 52 } as const;
/** Tall enough to write a few words of correction in the last column. */
const STEP_ROW = 14;

const cell = (style: Record<string, string | number>, ...children: (Element | string)[]) =>
  box({ borderLeft: `1px solid ${INK}`, padding: '0 6px', alignItems: 'center', ...style }, ...children);

function scoreTable(content: PrintContent): Element {
  const { labels } = content.forms;
  const scoreCells = (digits: boolean, style: Record<string, string | number> = {}) =>
    SCORES.map((score) =>
      cell(
        { width: mm(COLUMNS.score), justifyContent: 'center', flexShrink: 0, ...style },
        digits ? h('div', { fontSize: TYPE.heading, color: FAINT }, String(score)) : h('div', { fontSize: TYPE.body, fontWeight: 700 }, String(score)),
      ),
    );
  const header = row(
    { backgroundColor: TINT, borderBottom: `1px solid ${INK}`, minHeight: mm(11) },
    box({ width: mm(COLUMNS.number), flexShrink: 0, padding: '0 6px', alignItems: 'center', fontSize: TYPE.body, fontWeight: 700 }, '#'),
    cell({ flex: 1, fontSize: TYPE.body, fontWeight: 700 }, labels.step),
    column(
      { width: mm(3 * COLUMNS.score), flexShrink: 0 },
      h(
        'div',
        { display: 'flex', justifyContent: 'center', borderLeft: `1px solid ${INK}`, fontSize: TYPE.body, fontWeight: 700, paddingTop: 2 },
        labels.score,
      ),
      row({ flex: 1, borderTop: `1px solid ${INK}` }, ...scoreCells(false)),
    ),
    cell({ width: mm(COLUMNS.correct), flexShrink: 0, fontSize: TYPE.body, fontWeight: 700 }, labels.toCorrect),
  );
  const stepRows = content.steps.map((step, index) =>
    row(
      { minHeight: mm(STEP_ROW), borderBottom: `1px solid ${index === content.steps.length - 1 ? INK : GREY}` },
      box({ width: mm(COLUMNS.number), flexShrink: 0, padding: '0 6px', alignItems: 'center', fontSize: TYPE.heading, fontWeight: 700 }, String(step.order)),
      cell({ flex: 1, fontSize: TYPE.body, lineHeight: 1.25, padding: '4px 6px' }, step.title),
      ...scoreCells(true),
      cell({ width: mm(COLUMNS.correct), flexShrink: 0 }, ''),
    ),
  );
  const total = row(
    { minHeight: mm(12), alignItems: 'center' },
    h('div', { display: 'flex', flex: 1, justifyContent: 'flex-end', paddingRight: 10, fontSize: TYPE.heading, fontWeight: 700 }, labels.total),
    row(
      {
        width: mm(3 * COLUMNS.score + COLUMNS.correct),
        flexShrink: 0,
        borderLeft: `1px solid ${INK}`,
        alignItems: 'flex-end',
        padding: '0 8px 6px',
        gap: 6,
        height: '100%',
      },
      h('div', { width: mm(20), height: mm(8), borderBottom: `1.2px solid ${INK}` }),
      h('div', { fontSize: TYPE.heading, fontWeight: 700 }, `/ ${maxChecklistScore(content.steps.length)}`),
    ),
  );
  return column({ border: `1.2px solid ${INK}` }, header, ...stepRows, total);
}

function scoringRule(content: PrintContent): Element {
  const { labels } = content.forms;
  const meanings = [labels.scoreZero, labels.scoreOne, labels.scoreTwo];
  return note(
    row(
      { flexWrap: 'wrap', alignItems: 'center', columnGap: 14, rowGap: 4 },
      h('div', { fontSize: TYPE.body, fontWeight: 700 }, `${labels.scoringRule}:`),
      ...SCORES.map((score) =>
        row(
          { alignItems: 'center', gap: 5 },
          h(
            'div',
            {
              display: 'flex',
              width: mm(6),
              height: mm(6),
              border: `1px solid ${INK}`,
              borderRadius: mm(3),
              alignItems: 'center',
              justifyContent: 'center',
              fontSize: TYPE.body,
              fontWeight: 700,
              backgroundColor: WHITE,
            },
            String(score),
          ),
          h('div', { fontSize: TYPE.body }, `= ${meanings[score]}`),
        ),
      ),
    ),
  );
}

/** The kader skill checklist: one sheet, used at the redemonstration and at follow-up visits. */
export async function renderChecklist(content: PrintContent, assets: PrintAssets): Promise<Uint8Array> {
  const { labels } = content.forms;
  const formsFile = content.files.forms;
  // Should the sheet overflow, name the steps whose titles take more than one line: those are what to shorten.
  const titleWidth = mm(FORM.paper.width - 2 * FORM.margin.side - COLUMNS.number - 3 * COLUMNS.score - COLUMNS.correct) - 12;
  const oneLine = TYPE.body * 1.25 + 0.5;
  const heights = await Promise.all(
    content.steps.map((step) => layout(h('div', { fontSize: TYPE.body, lineHeight: 1.25 }, step.title), titleWidth, assets.fonts, INK)),
  );
  const stepFiles = content.steps.filter((_, i) => heights[i]!.height > oneLine).map((step) => step.file);
  return renderForm(
    {
      name: 'skill checklist',
      title: labels.checklistTitle,
      subject: labels.checklistSubject,
      keywords: [labels.checklistTitle, content.ui.strings.siteName, 'kader'],
      maxPages: 1,
      blocks: [
        { element: titleBlock(content.ui.strings.siteName, labels.checklistTitle), files: [formsFile] },
        {
          element: column(
            { gap: mm(2) },
            fieldGrid([labels.kaderName, labels.clientName, labels.date, labels.observer]),
            row(
              { alignItems: 'center', gap: mm(6), marginTop: mm(1) },
              h('div', { fontSize: TYPE.body, color: GREY }, `${labels.occasion}:`),
              checkOption(labels.redemonstrationFirst),
              checkOption(labels.redemonstrationSecond),
              checkOption(labels.followUpVisit),
            ),
          ),
          files: [formsFile],
        },
        { element: column({ gap: mm(3) }, text(labels.checklistInstructions), scoringRule(content)), files: [formsFile] },
        { element: scoreTable(content), files: [formsFile, ...stepFiles] },
        {
          element: column(
            { gap: mm(2.5) },
            text(labels.retryNote, { fontWeight: 700 }),
            row(
              { alignItems: 'center', gap: mm(5), flexWrap: 'wrap' },
              text(labels.modelComfort),
              row({ gap: mm(5) }, checkOption(labels.comfortYes), checkOption(labels.comfortNo)),
            ),
          ),
          files: [formsFile],
        },
        { element: row({ justifyContent: 'flex-end' }, field(labels.observerSignature, { width: 100 })), files: [formsFile] },
      ],
    },
    content,
    assets,
  );
}
