/**
 * The kader training forms, A4 portrait, black ink by design (they are photocopied):
 *   renderChecklist       the skill checklist: consent, safety check, each step, comfort; scored 0 / 1 / 2
 *   renderKnowledgeTest   the pretest and posttest sheets, or with answerKey their answer keys (forms-test.ts)
 *   renderMilkLog         the 3-day One Kader One Client record (forms-log.ts)
 * Pure: typed content in, PDF bytes out. Labels and questions come from content/<locale>/forms.yaml, the steps
 * from content/<locale>/steps/*.yaml.
 */
import { WHITE } from '../palette.ts';
import type { PrintAssets } from './assets.ts';
import type { PrintContent } from './content.ts';
import { h, type Element } from './element.ts';
import { layout } from './layout.ts';
import { FORM, checkOption, column, fieldGrid, field, note, renderForm, row, text, TINT, titleBlock, TYPE, box, INK } from './forms-kit.ts';
import { checklistRows, maxChecklistScore, SCORES, type ChecklistRow } from './forms-rows.ts';
import { mm } from './units.ts';

export { renderKnowledgeTest } from './forms-test.ts';
export { renderMilkLog } from './forms-log.ts';
export { checklistRows, maxChecklistScore, SCORES } from './forms-rows.ts';

/** Column widths in mm; the item and its criteria take the rest. Score cells are wide enough to circle a digit. */
const COLUMNS = { mark: 10, score: 10, correct: 32 } as const;
/** Tall enough to write a few words of correction in the last column. */
const ITEM_ROW = 11;

const cell = (style: Record<string, string | number>, ...children: (Element | string)[]) =>
  box({ borderLeft: `1px solid ${INK}`, padding: '0 6px', alignItems: 'center', ...style }, ...children);

function scoreTable(content: PrintContent, rows: ChecklistRow[]): Element {
  const { labels } = content.forms;
  // The digits to circle are pure black and as large as the headings: the review saw grey ones vanish on a copy.
  const scoreCells = (header: boolean) =>
    SCORES.map((score) =>
      cell(
        { width: mm(COLUMNS.score), justifyContent: 'center', flexShrink: 0 },
        h('div', { fontSize: header ? TYPE.body : TYPE.heading, fontWeight: header ? 700 : 400 }, String(score)),
      ),
    );
  const header = row(
    { backgroundColor: TINT, borderBottom: `1px solid ${INK}`, minHeight: mm(10) },
    box({ width: mm(COLUMNS.mark), flexShrink: 0, padding: '0 6px', alignItems: 'center', fontSize: TYPE.body, fontWeight: 700 }, '#'),
    cell({ flex: 1, fontSize: TYPE.body, fontWeight: 700 }, labels.step),
    column(
      { width: mm(3 * COLUMNS.score), flexShrink: 0 },
      h(
        'div',
        { display: 'flex', justifyContent: 'center', borderLeft: `1px solid ${INK}`, fontSize: TYPE.body, fontWeight: 700, paddingTop: 2 },
        labels.score,
      ),
      row({ flex: 1, borderTop: `1px solid ${INK}` }, ...scoreCells(true)),
    ),
    cell({ width: mm(COLUMNS.correct), flexShrink: 0, fontSize: TYPE.body, fontWeight: 700, lineHeight: 1.15 }, labels.toCorrect),
  );
  const body = rows.map((item) =>
    row(
      { minHeight: mm(ITEM_ROW), borderBottom: `1px solid ${INK}` },
      box({ width: mm(COLUMNS.mark), flexShrink: 0, padding: '0 6px', alignItems: 'center', fontSize: TYPE.heading, fontWeight: 700 }, item.mark),
      cell(
        { flex: 1, flexDirection: 'column', alignItems: 'flex-start', justifyContent: 'center', padding: '2px 6px', gap: 1 },
        h('div', { fontSize: TYPE.body, fontWeight: 700, lineHeight: 1.2 }, item.title),
        h('div', { fontSize: TYPE.small, lineHeight: 1.2 }, item.criteria),
      ),
      ...scoreCells(false),
      cell({ width: mm(COLUMNS.correct), flexShrink: 0 }, ''),
    ),
  );
  const total = row(
    { minHeight: mm(11), alignItems: 'center' },
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
      h('div', { fontSize: TYPE.heading, fontWeight: 700 }, `/ ${maxChecklistScore(rows.length)}`),
    ),
  );
  return column({ border: `1.2px solid ${INK}` }, header, ...body, total);
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
  const rows = checklistRows(content.steps, content.forms, formsFile);
  // Should the sheet overflow, name the steps whose titles take more than one line: those are what to shorten.
  const titleWidth = mm(FORM.paper.width - 2 * FORM.margin.side - COLUMNS.mark - 3 * COLUMNS.score - COLUMNS.correct) - 12;
  const oneLine = TYPE.body * 1.2 + 0.5;
  const heights = await Promise.all(
    content.steps.map((step) => layout(h('div', { fontSize: TYPE.body, fontWeight: 700, lineHeight: 1.2 }, step.title), titleWidth, assets.fonts, INK)),
  );
  const stepFiles = content.steps.filter((_, i) => heights[i]!.height > oneLine).map((step) => step.file);
  return renderForm(
    {
      name: 'skill checklist',
      title: labels.checklistTitle,
      subject: labels.checklistSubject,
      keywords: [labels.checklistTitle, content.ui.strings.siteName, 'kader'],
      sections: [
        {
          title: labels.checklistTitle,
          maxPages: 1,
          blocks: [
            { element: titleBlock(content.ui.strings.siteName, labels.checklistTitle), files: [formsFile] },
            {
              element: column(
                { gap: mm(1.5) },
                fieldGrid([labels.kaderName, labels.clientName, labels.date, labels.observer]),
                row(
                  { alignItems: 'center', gap: mm(6), marginTop: mm(1) },
                  h('div', { fontSize: TYPE.body, fontWeight: 700 }, `${labels.occasion}:`),
                  checkOption(labels.redemonstrationFirst),
                  checkOption(labels.redemonstrationSecond),
                  checkOption(labels.followUpVisit),
                ),
              ),
              files: [formsFile],
              gapBefore: 3,
            },
            { element: column({ gap: mm(2) }, text(labels.checklistInstructions), scoringRule(content)), files: [formsFile], gapBefore: 4 },
            { element: scoreTable(content, rows), files: [formsFile, ...stepFiles], gapBefore: 4 },
            {
              element: row(
                { gap: mm(6), alignItems: 'flex-end' },
                text(labels.retryNote, { flex: 1, fontSize: TYPE.small + 1, fontWeight: 700 }),
                field(labels.observerSignature, { width: 80 }),
              ),
              files: [formsFile],
              gapBefore: 3,
            },
          ],
        },
      ],
    },
    content,
    assets,
  );
}
