/**
 * The score summary page as built: its script loads on this page only and stays within its budget (every
 * JavaScript file the page loads, and what those import, measured as a host with brotli sends it); the page
 * carries the defaults from the content and the cut-offs' basis in words.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/strings.ts';
import { readLocale } from '../helpers/content.ts';
import { page } from '../helpers/html.ts';
import { distFile } from '../helpers/paths.ts';

/** The tool's own script budget, brotli. It is 3.6 KB today; the page itself stays under the site's 14 KB. */
const SCRIPT_BUDGET = 6 * 1024;

const locales = ['id', 'en'] as const;
const pathOf = (locale: string) => `/${locale}/${readLocale(locale).pages.find((p) => p.data.key === 'score-summary')!.data.slug}/`;
const brotli = (bytes: Buffer | string) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;

/** Every same-origin script file a page loads, following static imports between chunks. */
function scriptFiles(path: string): string[] {
  const seen = new Set<string>();
  const queue = page(path)
    .querySelectorAll('script[src^="/"]')
    .map((s) => s.getAttribute('src')!);
  while (queue.length) {
    const src = queue.shift()!;
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(distFile(src), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.{0,2}\/[^"']+\.js)["']/g)) queue.push(new URL(m[1]!, `http://x${src}`).pathname);
  }
  return [...seen];
}

describe.each(locales)('the score summary page (%s)', (locale) => {
  const path = pathOf(locale);

  it(`loads its script within ${SCRIPT_BUDGET / 1024} KB brotli, and only this page loads it`, () => {
    const files = scriptFiles(path);
    expect(files.length).toBeGreaterThan(0);
    const bytes = files.reduce((sum, f) => sum + brotli(readFileSync(distFile(f))), 0);
    const inline = page(path)
      .querySelectorAll('script:not([src]):not([type="application/json"])')
      .filter((s) => !s.text.includes('serviceWorker'))
      .reduce((sum, s) => sum + brotli(s.text), 0);
    expect(bytes + inline, `${files.join(', ')}: ${bytes + inline} bytes brotli`).toBeLessThanOrEqual(SCRIPT_BUDGET);
    for (const key of ['massage', 'print', 'contact-leaflet']) {
      const other = `/${locale}/${readLocale(locale).pages.find((p) => p.data.key === key)!.data.slug}/`;
      const theirs = page(other)
        .querySelectorAll('script[src]')
        .map((s) => s.getAttribute('src'));
      for (const f of files) expect(theirs, other).not.toContain(f);
    }
  });

  it('starts from the content: the test has as many points as questions, the cut-offs and their basis from training.yaml', () => {
    const { forms, training, ui } = readLocale(locale);
    const html = page(path);
    expect(html.querySelector('#ss-max')!.getAttribute('value')).toBe(String(forms.quiz.length));
    expect(html.querySelector('#ss-good')!.getAttribute('value')).toBe(String(training.scoreBands.good));
    expect(html.querySelector('#ss-fair')!.getAttribute('value')).toBe(String(training.scoreBands.fair));
    const text = html.querySelector('article')!.text.replace(/\s+/g, ' ');
    expect(text).toContain(training.scoreBands.basis);
    // 10 questions, 76 % and 56 %: the printed score sheet's ranges.
    expect(text).toContain(fill(ui.scoreSummary.bandsInPoints, { max: 10, good: '8–10', fair: '6–7', poor: '0–5' }));
    // Without JavaScript the form stays hidden and the page says how to count by hand.
    expect(html.querySelector('form.ss-form')!.hasAttribute('hidden')).toBe(true);
    expect(html.querySelector('noscript')!.text).toContain(ui.scoreSummary.noScript);
  });
});
