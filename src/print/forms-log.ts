/**
 * The 3-day One Kader One Client record (kader guide, "Three-day follow-up"): one kader follows one postpartum
 * mother, with the massage at least twice a day (the Pandes report). The daily record is Lancar's suggestion and
 * watches mother and baby through signs a kader can count: massage times and who gave them, feeds, wet nappies and
 * the colour of the urine, the baby's stools, remarks. It asks for no milk volume: in the first days little milk
 * can be expressed, and a small number can push a worried mother towards formula. Every row a kader writes in is
 * at least FORM.writeRow (9 mm) tall.
 */
import type { PrintAssets } from './assets.ts';
import type { PrintContent } from './content.ts';
import { h, type Child, type Element } from './element.ts';
import {
  box,
  column,
  field,
  fieldGrid,
  FORM,
  GREY,
  INK,
  note,
  renderForm,
  row,
  RULE,
  text,
  TINT,
  titleBlock,
  TYPE,
  writingLines,
  type FormBlock,
} from './forms-kit.ts';
import { mm } from './units.ts';

export const LOG_DAYS = [1, 2, 3] as const;

/** Width of the row labels, in mm; the writing space takes the rest. */
const LABEL_WIDTH = 50;
/** Each writing row: FORM.writeRow plus a little, so a hand-written line never touches the rule above. */
const ROW_HEIGHT = FORM.writeRow + 1;

/** One row of a day: its label on the left, writing space on the right. */
function logRow(label: string, ...children: Child[]): Element {
  return row(
    { borderTop: `0.8px solid ${GREY}`, minHeight: mm(ROW_HEIGHT) },
    box({ width: mm(LABEL_WIDTH), flexShrink: 0, padding: '4px 6px', fontSize: TYPE.body, fontWeight: 700, lineHeight: 1.2, alignItems: 'center' }, label),
    row({ flex: 1, borderLeft: `0.8px solid ${GREY}`, padding: '0 6px 3px', gap: mm(5), alignItems: 'flex-end' }, ...children),
  );
}

/** A labelled blank inside a row, `width` mm wide, with an optional unit after it. */
const blank = (label: string | undefined, width: number, unit?: string) =>
  row(
    { alignItems: 'flex-end', gap: 4, flexShrink: 0 },
    label ? h('div', { fontSize: TYPE.body, color: GREY, paddingBottom: 2 }, label) : null,
    h('div', { width: mm(width), height: mm(7), borderBottom: `1px solid ${INK}` }),
    unit ? h('div', { fontSize: TYPE.body, paddingBottom: 2 }, unit) : null,
  );

function dayBlock(content: PrintContent, day: number): Element {
  const { labels } = content.forms;
  const massage = (when: string) =>
    row(
      { minHeight: mm(ROW_HEIGHT), alignItems: 'flex-end', gap: mm(4), padding: '0 6px 3px' },
      h('div', { width: mm(22), fontSize: TYPE.body, fontWeight: 700, paddingBottom: 2, flexShrink: 0 }, when),
      blank(`${labels.clock}:`, 18),
      row({ flex: 1 }, field(labels.massagedBy)),
    );
  return column(
    { border: `1.2px solid ${INK}` },
    row(
      { backgroundColor: TINT, alignItems: 'flex-end', justifyContent: 'space-between', padding: '4px 6px 4px', minHeight: mm(ROW_HEIGHT) },
      h('div', { fontSize: TYPE.heading, fontWeight: 700, paddingBottom: 2 }, `${labels.day} ${day}`),
      blank(`${labels.date}:`, 40),
    ),
    row(
      { borderTop: `0.8px solid ${GREY}` },
      box({ width: mm(LABEL_WIDTH), flexShrink: 0, padding: '4px 6px', fontSize: TYPE.body, fontWeight: 700, alignItems: 'center' }, labels.massageTimes),
      column(
        { flex: 1, borderLeft: `0.8px solid ${GREY}` },
        massage(labels.morning),
        h('div', { height: 0.8, backgroundColor: RULE }),
        massage(labels.evening),
      ),
    ),
    logRow(labels.feeds, blank(undefined, 24)),
    logRow(labels.wetNappies, blank(undefined, 24), row({ flex: 1 }, field(labels.urineColour))),
    logRow(labels.stools, blank(undefined, 24)),
    row(
      { borderTop: `0.8px solid ${GREY}` },
      box({ width: mm(LABEL_WIDTH), flexShrink: 0, padding: '4px 6px', fontSize: TYPE.body, fontWeight: 700 }, labels.remarks),
      column({ flex: 1, borderLeft: `0.8px solid ${GREY}`, padding: '0 6px 2px' }, writingLines(2)),
    ),
  );
}

function howToFill(content: PrintContent): Element {
  const { labels } = content.forms;
  const item = (label: string, hint: string) =>
    row(
      { gap: mm(3) },
      h('div', { width: mm(LABEL_WIDTH - 6), flexShrink: 0, fontSize: TYPE.body, fontWeight: 700, lineHeight: 1.3 }, label),
      text(hint, { flex: 1 }),
    );
  return column(
    { gap: mm(2) },
    h('div', { fontSize: TYPE.heading, fontWeight: 700 }, labels.howToFill),
    item(labels.feeds, labels.feedsHint),
    item(labels.wetNappies, labels.nappiesHint),
    item(labels.stools, labels.stoolsHint),
    item(labels.remarks, labels.remarksHint),
    text(labels.volumeNote, { fontSize: TYPE.small + 1 }),
  );
}

function logBlocks(content: PrintContent): FormBlock[] {
  const { labels } = content.forms;
  const file = content.files.forms;
  return [
    { element: titleBlock(content.ui.strings.siteName, labels.logTitle), files: [file] },
    { element: fieldGrid([labels.motherName, labels.kaderName, labels.babyBirthDate, labels.startDate]), files: [file] },
    { element: note(text(labels.logInstructions, { fontWeight: 700 })), files: [file] },
    ...LOG_DAYS.map((day) => ({ element: dayBlock(content, day), files: [file] })),
    // After the days, as in the kader guide: how to fill the rows in. Read at the training, kept for reference.
    { element: howToFill(content), files: [file] },
    { element: note(text(labels.referNote), text(labels.dangerNote, { fontWeight: 700 })), files: [file] },
    { element: row({ justifyContent: 'flex-end' }, field(labels.kaderSignature, { width: 100 })), files: [file], gapBefore: 8 },
  ];
}

export async function renderMilkLog(content: PrintContent, assets: PrintAssets): Promise<Uint8Array> {
  const { labels } = content.forms;
  return renderForm(
    {
      name: 'milk log',
      title: labels.logTitle,
      subject: labels.logSubject,
      keywords: [labels.logTitle, 'One Kader One Client', content.ui.strings.siteName],
      blocks: logBlocks(content),
      // One sheet, both sides: the back still names the mother.
      maxPages: 2,
      continuation: row({ paddingBottom: mm(2) }, field(labels.motherName)),
    },
    content,
    assets,
  );
}
