import { describe, expect, it } from 'vitest';
import { massageSeconds } from '../../src/content/massage-time.ts';
import { fillPlaceholders } from '../../src/content/resolve.ts';
import { resolveFigures } from '../../src/content/resolve.ts';
import { formatDuration } from '../../src/i18n/strings.ts';
import { readLocale } from '../helpers/content.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT } from '../helpers/paths.ts';
import { dangerSignsSchema, bookletSchema, formsSchema } from '../../src/content/print-schemas.ts';
import { procedureSchema, stepSchema, uiSchema } from '../../src/content/schemas.ts';

/** One language's raw texts, as the loader reads them before figures are filled. */
function raw(locale: string) {
  const dir = join(CONTENT, locale);
  const yaml = (name: string) => parse(readFileSync(join(dir, name), 'utf8'));
  return {
    ui: uiSchema.parse(yaml('ui.yaml')),
    steps: [1, 2, 3, 4, 5, 6, 7].map((n) => ({ ...stepSchema.parse(yaml(`steps/0${n}.yaml`)), file: `content/${locale}/steps/0${n}.yaml` })),
    procedure: procedureSchema.parse(yaml('procedure.yaml')),
    procedureFile: `content/${locale}/procedure.yaml`,
    dangerSigns: dangerSignsSchema.parse(yaml('danger-signs.yaml')),
    booklet: bookletSchema.parse(yaml('booklet.yaml')),
    forms: formsSchema.parse(yaml('forms.yaml')),
    files: { dangerSigns: 'd', booklet: 'b', forms: 'f' },
  };
}

describe('the massage length', () => {
  it('is the steps added up, preparation to clean-up', () => {
    expect(massageSeconds([{ duration: 120 }, { duration: 30 }, { duration: 180 }])).toBe(330);
  });

  it.each(['id', 'en'])('(%s) is computed wherever the content states it: change one step and every statement follows', (locale) => {
    const texts = raw(locale);
    const statements = (resolved: ReturnType<typeof resolveFigures>['texts']) =>
      [...resolved.procedure.when, resolved.forms.labels.logInstructions, ...resolved.forms.quiz.flatMap((q) => [...q.options, q.explanation])].join(' ');
    const before = resolveFigures(texts);
    expect(before.problems).toEqual([]);
    const total = formatDuration(texts.ui, massageSeconds(texts.steps));
    expect(statements(before.texts)).toContain(total);
    // Two more minutes on step 5: every stated length moves with it; the old number is gone.
    const longer = { ...texts, steps: texts.steps.map((s) => (s.order === 5 ? { ...s, duration: s.duration + 120 } : s)) };
    const after = resolveFigures(longer).texts;
    const newTotal = formatDuration(texts.ui, massageSeconds(longer.steps));
    expect(statements(after)).toContain(newTotal);
    expect(statements(after)).not.toContain(total);
    expect(after.steps.find((s) => s.order === 5)!.text).toContain(formatDuration(texts.ui, texts.steps[4]!.duration + 120));
  });

  it('fills nothing it does not know, and names the file and field of a typo', () => {
    const { value, problems } = fillPlaceholders({ when: ['Sekitar {totl} setiap kali.'] }, { total: '12 menit' }, 'content/id/procedure.yaml');
    expect(value.when[0]).toBe('Sekitar {totl} setiap kali.');
    expect(problems).toEqual([
      { file: 'content/id/procedure.yaml', field: 'when.0', message: '"{totl}" is not a placeholder here (allowed: {total}); write the text, or fix the name' },
    ]);
  });

  it.each(['id', 'en'])('(%s) leaves no placeholder unfilled in the content as read', (locale) => {
    const content = readLocale(locale);
    const all = JSON.stringify([content.procedure, content.steps, content.forms, content.booklet.physiology, content.dangerSigns]);
    expect(all).not.toMatch(/\{[A-Za-z]+\}/);
  });
});
