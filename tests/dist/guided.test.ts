/**
 * The guided massage page as built: its script travels inline (no extra request, works once the page is there)
 * within its 5 KB brotli budget, and without that script the page still lists every step from the step files.
 */
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readLocale } from '../helpers/content.ts';
import { page } from '../helpers/html.ts';

const locales = ['id', 'en'] as const;
const pathOf = (locale: string) => `/${locale}/${readLocale(locale).pages.find((p) => p.data.key === 'guided')!.data.slug}/`;
const brotli = (text: string) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;

/** The inline module script that runs the guided mode: the one that looks for the .guided element. */
function guidedScript(path: string) {
  const scripts = page(path).querySelectorAll('script');
  return scripts.find((s) => s.text.includes('.guided'));
}

describe('the guided massage page', () => {
  it.each(locales)('(%s) carries its script inline, at most 5 KB brotli', (locale) => {
    const script = guidedScript(pathOf(locale));
    expect(script, 'no inline guided-mode script: it may have been split into a file (over 4 KB minified?)').toBeDefined();
    expect(script!.getAttribute('type')).toBe('module');
    expect(script!.getAttribute('src')).toBeUndefined();
    const bytes = brotli(script!.text);
    expect(bytes, `guided mode script: ${script!.text.length} bytes, ${bytes} brotli`).toBeLessThanOrEqual(5 * 1024);
  });

  it.each(locales)('(%s) lists every step with its number, title, drawing, alt text, short text and time', (locale) => {
    const { steps, ui, procedure } = readLocale(locale);
    const html = page(pathOf(locale));
    const items = html.querySelectorAll('.guided li.g-step');
    expect(items.map((li) => li.id)).toEqual(steps.map((s) => `${ui.strings.stepAnchor}-${s.order}`));
    items.forEach((li, i) => {
      const step = steps[i]!;
      expect(li.querySelector('.g-no')!.text).toBe(ui.guided.stepOf.replace('{n}', String(step.order)).replace('{total}', String(steps.length)));
      expect(li.querySelector('.g-title')!.text).toBe(step.title);
      expect(li.querySelector('img')!.getAttribute('src')).toBe(`/illustrations/${step.illustration}.svg`);
      expect(li.querySelector('img')!.getAttribute('alt')).toBe(step.alt);
      expect(li.querySelector('.g-text')!.text).toBe(step.short);
      expect(li.getAttribute('data-seconds')).toBe(String(step.duration));
    });
    expect(html.querySelectorAll('.g-done li').map((li) => li.text)).toEqual(procedure.aftercare);
  });

  it.each(locales)('(%s) opens on the safety check, before step 1', (locale) => {
    const { ui, procedure } = readLocale(locale);
    const html = page(pathOf(locale)).querySelector('.guided')!;
    const check = html.querySelector('.g-safety')!;
    expect(check, 'no safety check in the guided mode').not.toBeNull();
    expect(check.querySelector('h2')!.text).toBe(ui.strings.safetyTitle);
    expect(check.querySelectorAll('li').map((li) => li.text)).toEqual([...procedure.safety.doNot, ...procedure.safety.stopIf]);
    const markup = html.toString();
    expect(markup.indexOf('class="g-safety"')).toBeLessThan(markup.indexOf('class="g-step"'));
  });
});
