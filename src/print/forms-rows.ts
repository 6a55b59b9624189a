/**
 * The skill checklist's scored items, in the order an observer sees them: consent and the safety check before the
 * massage (A, B), one row per massage step with what to watch for (1, 2, …), and comfort throughout (C). The print
 * checklist and the site's <SkillChecklist /> both read this list, so the two never disagree.
 */
import { ContentError } from '../content/errors.ts';
import type { Forms } from '../content/schemas/index.ts';

export interface ChecklistRow {
  /** "A", "B", "1" … "7", "C": what the row is called on the sheet. */
  mark: string;
  /** The step's order for a step row (the site links it to its anchor); undefined for the other items. */
  step?: number;
  /** Which part of the massage the row belongs to. */
  group: 'before' | 'steps' | 'after';
  title: string;
  criteria: string;
}

/** The checklist's score scale, from the kader guide: 0 not done, 1 done but not right, 2 done correctly. */
export const SCORES = [0, 1, 2] as const;
export const maxChecklistScore = (rowCount: number) => rowCount * SCORES.at(-1)!;

const LETTERS = 'ABCDEFGH';

export function checklistRows(steps: readonly { order: number; title: string }[], forms: Forms, formsFile: string): ChecklistRow[] {
  const { before, steps: criteria, after } = forms.checklist;
  if (criteria.length !== steps.length) {
    throw new ContentError([
      {
        file: formsFile,
        field: 'checklist.steps',
        message: `has ${criteria.length} lines but there are ${steps.length} massage steps; write one line of what to watch for per step, in step order`,
      },
    ]);
  }
  const letter = (index: number) => LETTERS[index]!;
  return [
    ...before.map((item, i) => ({ mark: letter(i), group: 'before' as const, ...item })),
    ...steps.map((step, i) => ({ mark: String(step.order), step: step.order, group: 'steps' as const, title: step.title, criteria: criteria[i]! })),
    ...after.map((item, i) => ({ mark: letter(before.length + i), group: 'after' as const, ...item })),
  ];
}
