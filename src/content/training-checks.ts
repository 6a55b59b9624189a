/**
 * Checks on content/<locale>/training.yaml that one schema cannot make: every language has the file, the session
 * runs in the seeds' order, the flipchart's sheets follow it, every citation names a bibliography entry, and the
 * languages agree on the parts, their minutes and the sheets (a kader training in either language runs the same
 * session). Pure, over the checked records.
 */
import type { Problem } from './errors.ts';
import { TRAINING_PARTS, type Training } from './schemas/training.ts';

export interface TrainingRecord {
  locale: string;
  file: string;
  data: Training;
}

/** Pictures whose heading comes from other content (the step's title, booklet.yaml, ui.yaml). */
const OWN_HEADING = new Set(['steps', 'reflexes', 'safety', 'danger']);

const citesOf = (t: Training): [string, string[]][] => [
  ['cite', t.cite],
  ['timingCite', t.timingCite],
  ['evaluationCite', t.evaluationCite],
  ['scoreBands.cite', t.scoreBands.cite],
  ...t.parts.map((p, i): [string, string[]] => [`parts.${i}.cite`, p.cite]),
  ...t.sheets.map((s, i): [string, string[]] => [`sheets.${i}.cite`, s.cite]),
];

/** The ids training.yaml cites, for the check that every bibliography entry is cited somewhere. */
export const trainingCites = (records: TrainingRecord[]): string[] => records.flatMap((r) => citesOf(r.data).flatMap(([, ids]) => ids));

export function checkTraining(records: TrainingRecord[], locales: string[], referenceIds: Set<string>): Problem[] {
  const problems: Problem[] = [];
  for (const locale of locales) {
    if (!records.some((r) => r.locale === locale)) {
      problems.push({ file: `content/${locale}/training.yaml`, message: 'missing: copy content/id/training.yaml and translate it' });
    }
  }
  for (const { file, data } of records) {
    for (const [field, ids] of citesOf(data)) {
      for (const id of ids.filter((id) => !referenceIds.has(id))) {
        problems.push({ file, field, message: `"${id}" is not in content/references.yaml; add the entry or fix the id` });
      }
    }
    const order = data.parts.map((p) => TRAINING_PARTS.indexOf(p.key));
    order.forEach((at, i) => {
      if (i > 0 && at <= order[i - 1]!) {
        problems.push({
          file,
          field: `parts.${i}.key`,
          message: `"${data.parts[i]!.key}" is out of order or repeated; the parts run ${TRAINING_PARTS.join(', ')}`,
        });
      }
    });
    let last = -1;
    data.sheets.forEach((sheet, i) => {
      for (const part of sheet.parts) {
        const at = data.parts.findIndex((p) => p.key === part);
        if (at < 0) problems.push({ file, field: `sheets.${i}.parts`, message: `"${part}" is not one of this file's parts` });
        else if (at < last) {
          problems.push({
            file,
            field: `sheets.${i}.parts`,
            message: `"${part}" comes before the sheet above it in the session; sheets follow the parts' order`,
          });
        } else last = at;
      }
      if (!OWN_HEADING.has(sheet.picture) && !sheet.title) {
        problems.push({ file, field: `sheets.${i}.title`, message: 'is missing; the audience side prints it in large type' });
      }
    });
    if (data.sheets.filter((s) => s.picture === 'steps').length > 1) {
      problems.push({ file, field: 'sheets', message: 'has more than one "steps" sheet; one expands into a sheet per massage step' });
    }
  }
  // The first language is the reference: the others run the same session.
  const reference = records.find((r) => r.locale === locales[0]);
  if (reference) {
    const shape = (t: Training) => ({
      parts: t.parts.map((p) => `${p.key} ${p.minutes}`).join(', '),
      sheets: t.sheets.map((s) => `${s.picture}/${s.parts.join('+')}`).join(', '),
      bands: `${t.scoreBands.good} ${t.scoreBands.fair}`,
    });
    const want = shape(reference.data);
    for (const record of records.filter((r) => r !== reference)) {
      const have = shape(record.data);
      for (const key of ['parts', 'sheets', 'bands'] as const) {
        if (have[key] !== want[key]) {
          problems.push({
            file: record.file,
            field: key === 'bands' ? 'scoreBands' : key,
            message: `is "${have[key]}" but ${reference.file} has "${want[key]}"; translations run the same session`,
          });
        }
      }
    }
  }
  return problems;
}
