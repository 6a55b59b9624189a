import { describe, expect, it } from 'vitest';
import { massageSeconds } from '../../src/content/massage-time.ts';
import { fillPlaceholders } from '../../src/content/resolve.ts';
import { resolveFigures } from '../../src/content/resolve.ts';
import { formatDuration } from '../../src/i18n/strings.ts';
import { readLocale } from '../helpers/content.ts';
import { checkedFiles } from '../helpers/content.ts';

/** One language's texts as the content door checks them, before figures are filled. */
function raw(locale: string) {
  const files = checkedFiles();
  const own = <T extends { locale: string }>(list: T[]) => list.filter((r) => r.locale === locale);
  return {
    ui: own(files.ui)[0]!.data,
    steps: own(files.steps)
      .map((s) => ({ ...s.data, file: s.file }))
      .sort((a, b) => a.order - b.order),
    procedure: own(files.procedure)[0]!.data,
    procedureFile: `content/${locale}/procedure.yaml`,
    dangerSigns: own(files.dangerSigns)[0]!.data,
    booklet: own(files.booklet)[0]!.data,
    forms: own(files.forms)[0]!.data,
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
