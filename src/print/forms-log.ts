/**
 * The 3-day One Kader One Client record (kader guide, "Three-day follow-up"): one kader follows one postpartum
 * mother, with the massage at least twice a day (the Pandes report). The daily record is Lancar's suggestion and
 * watches mother and baby through signs a kader can count: the morning and evening massage and who gave it, feeds
 * and wet nappies as tally circles to tick one by one (with the usual number of feeds beside them), the colour of
 * the urine as tick choices, the baby's stools, remarks. It asks for no milk volume: in the first days little milk
 * can be expressed, and a small number can push a worried mother towards formula. Every row a kader writes in is
 * at least FORM.writeRow (9 mm) tall.
 */
import { ContentError } from '../content/errors.ts';
import { citationWords, sourcesSentence } from '../content/references.ts';
import type { PrintAssets } from './assets.ts';
import type { PrintContent } from './content.ts';
import { h, type Child, type Element } from './element.ts';
import {
  box,
  checkOption,
  column,
  field,
  fieldGrid,
  FORM,
  INK,
  note,
  renderForm,
  row,
  tallyCircles,
  text,
  TINT,
  titleBlock,
  TYPE,
  writingLines,
  type FormBlock,
} from './forms-kit.ts';
import { mm } from './units.ts';

export const LOG_DAYS = [1, 2, 3] as const;
/**
 * Tally circles per day: 12 feeds (most healthy babies feed 8–12 times in 24 hours, sari2018) and 8 wet nappies
 * (6 a day from day 6, hse-enough-milk, with room above). More feeds than circles go in the remarks.
 */
export const TALLIES = { feeds: 12, wetNappies: 8 } as const;

/** Width of the row labels, in mm; the writing space takes the rest. */
const LABEL_WIDTH = 42;
/** Each writing row: FORM.writeRow plus a little, so a hand-written line never touches the rule above. */
const ROW_HEIGHT = FORM.writeRow + 1;
const LINE = `0.8px solid ${INK}`;

/** One row of a day: its label on the left, writing space (or circles to tick) on the right. */
function logRow(label: string, ...children: Child[]): Element {
  return row(
    { borderTop: LINE, minHeight: mm(ROW_HEIGHT) },
    box(
      { width: mm(LABEL_WIDTH), flexShrink: 0, padding: '3px 6px', fontSize: TYPE.small + 1, fontWeight: 700, lineHeight: 1.15, alignItems: 'center' },
      label,
    ),
    row({ flex: 1, borderLeft: LINE, padding: '0 6px', gap: mm(4), alignItems: 'center' }, ...children),
  );
}

/** A labelled blank inside a row, `width` mm wide, with an optional unit after it. */
const blank = (label: string | undefined, width: number, unit?: string) =>
  row(
    { alignItems: 'flex-end', gap: 4, flexShrink: 0 },
    label ? h('div', { fontSize: TYPE.body, fontWeight: 700, paddingBottom: 2 }, label) : null,
    h('div', { width: mm(width), height: mm(7), borderBottom: `1px solid ${INK}` }),
    unit ? h('div', { fontSize: TYPE.body, fontWeight: 700, paddingBottom: 2 }, unit) : null,
  );

function dayBlock(content: PrintContent, day: number): Element {
  const { labels } = content.forms;
  const massage = (when: string) =>
    row(
      { minHeight: mm(ROW_HEIGHT), alignItems: 'flex-end', gap: mm(4), padding: '0 6px 3px' },
      h('div', { width: mm(24), fontSize: TYPE.body, fontWeight: 700, paddingBottom: 2, flexShrink: 0, lineHeight: 1.1 }, when),
      blank(`${labels.clock}:`, 16),
      row({ flex: 1 }, field(labels.massagedBy)),
    );
  return column(
    { border: `1.2px solid ${INK}` },
    row(
      { backgroundColor: TINT, alignItems: 'flex-end', justifyContent: 'space-between', padding: '2px 6px', minHeight: mm(ROW_HEIGHT) },
      h('div', { fontSize: TYPE.heading, fontWeight: 700, paddingBottom: 3 }, `${labels.day} ${day}`),
      blank(`${labels.date}:`, 40),
    ),
    row(
      { borderTop: LINE },
      box({ width: mm(LABEL_WIDTH), flexShrink: 0, padding: '3px 6px', fontSize: TYPE.small + 1, fontWeight: 700, alignItems: 'center' }, labels.massageTimes),
      column({ flex: 1, borderLeft: LINE }, massage(labels.morning), h('div', { height: 0.8, backgroundColor: INK }), massage(labels.evening)),
    ),
    logRow(labels.feeds, tallyCircles(TALLIES.feeds), h('div', { fontSize: TYPE.small + 1, fontWeight: 700, lineHeight: 1.15 }, labels.feedsExpected)),
    logRow(labels.wetNappies, tallyCircles(TALLIES.wetNappies)),
    logRow(
      labels.urineColour,
      row({ gap: mm(3.5) }, ...[labels.urineClear, labels.urineDark, labels.urineOrange].map((label) => checkOption(label, TYPE.small + 1, 700))),
    ),
    logRow(labels.stools, blank(undefined, 14, labels.times), blank(`${labels.colour}:`, 50)),
    row(
      { borderTop: LINE },
      box({ width: mm(LABEL_WIDTH), flexShrink: 0, padding: '3px 6px', fontSize: TYPE.small + 1, fontWeight: 700 }, labels.remarks),
      column({ flex: 1, borderLeft: LINE, padding: '0 6px 2px' }, writingLines(1)),
    ),
  );
}

function howToFill(content: PrintContent): Element {
  const { labels, logCite } = content.forms;
  const sources = sourcesSentence(labels.sources, logCite, content.references, citationWords(content.ui));
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
    sources ? text(sources, { fontSize: TYPE.small }) : null,
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

/** The record prints figures from logCite: each id must be in the bibliography. */
function checkLogCite(content: PrintContent): void {
  const unknown = content.forms.logCite.filter((id) => !content.references.has(id));
  if (unknown.length > 0) {
    throw new ContentError(unknown.map((id) => ({ file: content.files.forms, field: 'logCite', message: `"${id}" is not in content/references.yaml` })));
  }
}

export async function renderMilkLog(content: PrintContent, assets: PrintAssets): Promise<Uint8Array> {
  checkLogCite(content);
  const { labels } = content.forms;
  return renderForm(
    {
      name: 'milk log',
      title: labels.logTitle,
      subject: labels.logSubject,
      keywords: [labels.logTitle, 'One Kader One Client', content.ui.strings.siteName],
      sections: [
        {
          title: labels.logTitle,
          blocks: logBlocks(content),
          // One sheet, both sides: the back still names the mother.
          maxPages: 2,
          continuation: row({ paddingBottom: mm(2) }, field(labels.motherName)),
        },
      ],
    },
    content,
    assets,
  );
}
