/**
 * Checks for the per-language files print needs (danger-signs.yaml, booklet.yaml, forms.yaml): every language has
 * them, with the same number of danger signs and test questions, the same right answers and the same form labels.
 * Their citations are checked with every other file's in checks.ts. Pure, like checks.ts.
 */
import type { FileRecord } from './checks.ts';
import type { Problem } from './errors.ts';
import type { Booklet, DangerSigns, Forms } from './schemas/index.ts';

export interface PrintContentInput {
  locales: string[];
  dangerSigns: FileRecord<DangerSigns>[];
  booklets: FileRecord<Booklet>[];
  forms: FileRecord<Forms>[];
}

export function checkPrintContent(input: PrintContentInput): Problem[] {
  const problems: Problem[] = [];
  const [reference, ...others] = input.locales;
  const files = [
    ['danger-signs', input.dangerSigns],
    ['booklet', input.booklets],
    ['forms', input.forms],
  ] as const;
  for (const locale of input.locales) {
    for (const [name, records] of files) {
      if (!(records as FileRecord<unknown>[]).some((r) => r.locale === locale)) {
        problems.push({ file: `content/${locale}/${name}.yaml`, message: `missing: copy content/${reference}/${name}.yaml and translate it` });
      }
    }
  }
  const twin = <T>(records: FileRecord<T>[], locale: string) => records.find((r) => r.locale === locale);
  for (const locale of others) {
    const signs = twin(input.dangerSigns, locale);
    const signsRef = twin(input.dangerSigns, reference!);
    if (signs && signsRef) {
      for (const part of ['mother', 'baby', 'whereToGo'] as const) {
        if (signs.data[part].length !== signsRef.data[part].length) {
          problems.push({
            file: signs.file,
            field: part,
            message: `has ${signs.data[part].length} items but ${signsRef.file} has ${signsRef.data[part].length}; translate the same list`,
          });
        }
      }
    }
    const forms = twin(input.forms, locale);
    const formsRef = twin(input.forms, reference!);
    if (forms && formsRef) {
      if (forms.data.quiz.length !== formsRef.data.quiz.length) {
        problems.push({
          file: forms.file,
          field: 'quiz',
          message: `has ${forms.data.quiz.length} questions but ${formsRef.file} has ${formsRef.data.quiz.length}; translate the same questions`,
        });
      }
      forms.data.quiz.forEach((question, index) => {
        const other = formsRef.data.quiz[index];
        if (other && other.answer !== question.answer) {
          problems.push({
            file: forms.file,
            field: `quiz.${index}.answer`,
            message: `is ${question.answer} but ${formsRef.file} says ${other.answer}; a question and its translation have the same right answer`,
          });
        }
      });
      const keys = Object.keys(formsRef.data.labels);
      for (const key of keys.filter((k) => !(k in forms.data.labels))) {
        problems.push({ file: forms.file, field: `labels.${key}`, message: `is missing; ${formsRef.file} has it, translate it` });
      }
    }
  }
  return problems;
}
