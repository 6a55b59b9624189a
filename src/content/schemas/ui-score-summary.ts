/**
 * ui.yaml `scoreSummary`: the words of the pre/post score summary tool (components/ScoreSummary.astro). The
 * category names, "Pretest", "Posttest" and the column names it shares with the printed score sheet come from
 * training.yaml's `labels`, so the page and the paper say the same.
 */
import { z } from 'zod';
import { fileName, text } from './fields.ts';

/** A message that must name the values the page fills in, e.g. "Baris {line}: …". */
const message = (max: number, ...names: string[]) =>
  text(max).refine((s) => names.every((n) => s.includes(`{${n}}`)), `must contain ${names.map((n) => `{${n}}`).join(', ')}`);

export const uiScoreSummarySchema = z
  .object({
    /** The decimal mark of this language's numbers and spreadsheets: "13,3" or "13.3". */
    decimal: z.enum([',', '.']),
    /** The CSV export's separator: what a spreadsheet set to this language expects (";" where the decimal mark is ","). */
    csvSeparator: z.enum([';', ',', '\t']),
    scores: text(120),
    scoresHint: text(300),
    file: text(80),
    fileHint: text(200),
    settings: text(80),
    max: text(60),
    maxHint: message(160, 'questions'),
    good: text(60),
    fair: text(60),
    submit: text(40),
    print: text(40),
    /** Shown by the form while it has no JavaScript: the interactive part is an enhancement. */
    noScript: text(300),
    /** The cut-offs in points, written out for counting by hand: "{good}–{max}" etc. are filled in. */
    bandsInPoints: message(240, 'max', 'good', 'fair', 'poor'),
    bandsUsed: message(240, 'good', 'fair', 'max'),
    rounding: text(300),
    summaryCaption: message(160, 'n'),
    before: text(30),
    after: text(30),
    count: text(10),
    percent: text(10),
    statsCaption: message(120, 'max'),
    median: text(30),
    peopleCaption: text(120),
    categoryBefore: text(40),
    categoryAfter: text(40),
    chartTitle: text(120),
    /** The chart's text alternative, one part per category: "Baik: sebelum 2, sesudah 10". */
    chartItem: message(80, 'category', 'before', 'after'),
    exportSummary: text(60),
    exportPeople: text(60),
    summaryFile: fileName,
    peopleFile: fileName,
    header: message(160, 'line'),
    incomplete: message(240, 'n'),
    more: message(80, 'n'),
    empty: text(120),
    errors: z
      .object({
        fields: message(240, 'line', 'found'),
        quotes: message(200, 'line'),
        nameEmpty: message(120, 'line'),
        nameLong: message(200, 'line', 'length', 'limit'),
        nameFormula: message(200, 'line'),
        duplicate: message(160, 'line', 'name', 'first'),
        blank: message(120, 'line', 'which'),
        number: message(200, 'line', 'which', 'value'),
        range: message(160, 'line', 'which', 'value', 'max'),
        tooMany: message(200, 'line', 'limit'),
        tooLarge: message(200, 'size', 'limit'),
        fileLarge: message(200, 'name', 'limit'),
        notText: message(200, 'name'),
        max: message(120, 'limit'),
        band: text(120),
        order: text(120),
      })
      .strict(),
  })
  .strict();
