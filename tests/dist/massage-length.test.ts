/**
 * How long the massage takes is stated on the procedure page, in the guided mode, on the kader guide, on the
 * leaflet, in the booklet, in the knowledge test and its key and on the 3-day log. Every one of those statements
 * must agree with the steps' own times added up: a kader taught one number must not see another on the leaflet.
 * The evidence and editorial pages are left out: they report what the sources say, figures included.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { massageSeconds } from '../../src/content/massage-time.ts';
import { printFiles } from '../../src/print/catalog.ts';
import { readLocale } from '../helpers/content.ts';
import { page } from '../helpers/html.ts';
import { distFile } from '../helpers/paths.ts';

const locales = ['id', 'en'] as const;

/** "12 menit", "10–15 menit", "3 min", "2 to 3 minutes": every stated length in minutes, with its sentence. */
const MINUTES: Record<string, RegExp> = {
  id: /(\d+)(?:\s*(?:–|-|sampai)\s*(\d+))?\s*menit\b/g,
  en: /(\d+)(?:\s*(?:–|-|to)\s*(\d+))?\s*(?:min|minutes?)\b/g,
};
/** Minutes that are not about the massage: the prolactin peak after a feed starts. */
const NOT_THE_MASSAGE = /prolaktin|prolactin/i;

function statedMinutes(locale: string, text: string): { minutes: number[]; sentence: string }[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !NOT_THE_MASSAGE.test(sentence))
    .flatMap((sentence) => [...sentence.matchAll(MINUTES[locale]!)].map((m) => ({ minutes: [m[1], m[2]].filter(Boolean).map(Number), sentence })));
}

describe.each(locales)('the massage length (%s)', (locale) => {
  const { steps, pages, forms } = readLocale(locale);
  const total = Math.round(massageSeconds(steps) / 60);
  // A statement may give the whole massage or one step's own whole minutes; nothing else.
  const allowed = new Set([total, ...steps.filter((s) => s.duration % 60 === 0).map((s) => s.duration / 60)]);
  // The knowledge test's wrong options are wrong on purpose ("when the massage has lasted 5 minutes").
  const distractors = forms.quiz.flatMap((q) => q.options.filter((_, i) => i !== q.answer));
  const withoutDistractors = (text: string) => distractors.reduce((t, option) => t.split(option).join(' '), text.replace(/\s+/g, ' '));
  const checkedPages = pages.filter((p) => p.data.audience !== 'lecturer');
  const pdfs = printFiles(locale, readLocale(locale).ui).filter((f) => f.variant !== 'print-shop' && f.kind !== 'booklet-imposed');

  it('is the sum of the steps, and the procedure page says so', () => {
    const massage = pages.find((p) => p.data.key === 'massage')!;
    const text = page(`/${locale}/${massage.data.slug}/`).querySelector('article')!.text;
    expect(statedMinutes(locale, text).some((s) => s.minutes.length === 1 && s.minutes[0] === total)).toBe(true);
  });

  it.each(checkedPages.map((p) => [p.data.slug || '(home)', p] as const))('agrees with the steps on %s', (_, p) => {
    const text = page(`/${locale}/${p.data.slug ? `${p.data.slug}/` : ''}`).querySelector('article')!.text;
    for (const { minutes, sentence } of statedMinutes(locale, text)) {
      for (const m of minutes) expect(allowed.has(m), `"${sentence}" states ${m} min; the steps add up to ${total}`).toBe(true);
    }
  });

  it.each(pdfs.map((f) => [f.name, f] as const))('agrees with the steps in %s.pdf', (name) => {
    const text = withoutDistractors(execFileSync('pdftotext', [distFile(`${locale}/${name}.pdf`), '-'], { encoding: 'utf8' }));
    for (const { minutes, sentence } of statedMinutes(locale, text)) {
      for (const m of minutes) expect(allowed.has(m), `"${sentence}" states ${m} min; the steps add up to ${total}`).toBe(true);
    }
  });

  it('would catch a length typed into a text (the check itself)', () => {
    const typed = locale === 'id' ? 'Pijat sekitar 10–15 menit setiap kali.' : 'Massage for about 10 to 15 minutes each time.';
    expect(statedMinutes(locale, typed).flatMap((s) => s.minutes)).toEqual([10, 15]);
  });
});
