/**
 * The pre/post score summary page in Debian's Chromium over the built site: seed report 001's table from pasted
 * scores and from an imported CSV file, every kind of bad input refused with its line, the CSV downloads equal to
 * the tables, print without the controls, offline after one online visit, only its own origin asked, and the
 * English page in English.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/strings.ts';
import { seedText } from '../fixtures/score-summary.ts';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { readLocale } from '../helpers/content.ts';

const env = useSiteAndBrowser();
const id = readLocale('id');
const en = readLocale('en');
const pathOf = (content: typeof id) => `/${content.ui.locale.lang}/${content.pages.find((p) => p.data.key === 'score-summary')!.data.slug}/`;
const words = id.ui.scoreSummary;
const L = id.training.labels;
const SEED = `Nama;Pretest;Posttest\n${seedText(';')}\n`;

/** A fresh page that records every request; `foreign` lists those to another origin. */
async function open(path = pathOf(id)) {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== env.origin && url.protocol !== 'blob:' && url.protocol !== 'data:') foreign.push(r.url());
  });
  await page.goto(`${env.origin}${path}`);
  await page.locator('form.ss-form:not([hidden])').waitFor();
  return { context, page, foreign };
}

const submit = (page: Page, label = words.submit) => page.getByRole('button', { name: label, exact: true }).click();
const rows = (page: Page, table: number) =>
  page
    .locator('.ss-results table')
    .nth(table)
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
const problems = (page: Page) => page.locator('.ss-problems li').allTextContents();

const SEED_TABLE = [
  ['1', L.good, '2', '13,3', '10', '66,7'],
  ['2', L.fair, '5', '33,3', '4', '26,7'],
  ['3', L.poor, '8', '53,3', '1', '6,7'],
  ['', L.total, '15', '100', '15', '100'],
];

describe('the score summary page, in a real browser', () => {
  it("reproduces seed report 001's table from pasted scores, with the change per person, mean, median and chart", async () => {
    const { context, page, foreign } = await open();
    await page.getByLabel(words.scores, { exact: true }).fill(SEED);
    await submit(page);
    expect(await rows(page, 0)).toEqual(SEED_TABLE);
    expect(await page.locator('.ss-results caption').first().textContent()).toBe(fill(words.summaryCaption, { n: 15 }));
    expect(await rows(page, 1)).toEqual([
      [L.mean, '5,3', '7,8'],
      [words.median, '5,0', '8,0'],
    ]);
    const people = await rows(page, 2);
    expect(people).toHaveLength(15);
    expect(people[0]).toEqual(['Ani', '9', '10', '+1', `${L.good} → ${L.good}`]);
    expect(people[14]).toEqual(['Oki', '3', '4', '+1', `${L.poor} → ${L.poor}`]);
    // The chart's text alternative carries the same counts.
    const label = await page.locator('.ss-chart svg').getAttribute('aria-label');
    expect(label).toContain(fill(words.chartItem, { category: L.good, before: 2, after: 10 }));
    expect(label).toContain(fill(words.chartItem, { category: L.poor, before: 8, after: 1 }));
    expect(await page.locator('.ss-problems').textContent()).toContain(fill(words.header, { line: 1 }));
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('imports the same scores from a CSV file read on the device', async () => {
    const { context, page, foreign } = await open();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page
      .getByLabel(words.file, { exact: true })
      .setInputFiles({ name: 'nilai.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${SEED.replace(/\n/g, '\r\n')}`) });
    await page.locator('.ss-results:not([hidden])').waitFor();
    expect(await rows(page, 0)).toEqual(SEED_TABLE);
    expect(requests).toEqual([]); // nothing uploaded, nothing fetched
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('refuses each kind of bad input with its line, and shows no table until it is fixed', async () => {
    const { context, page } = await open();
    const e = words.errors;
    const cases: [string, string][] = [
      ['Ani;5;', fill(e.blank, { line: 2, which: L.post })],
      ['Ani;lima;8', fill(e.number, { line: 2, which: L.pre, value: 'lima' })],
      ['Ani;-1;8', fill(e.range, { line: 2, which: L.pre, value: '-1', max: 10 })],
      ['Ani;5;11', fill(e.range, { line: 2, which: L.post, value: '11', max: 10 })],
      ['Ani;5;8\nani;6;9', fill(e.duplicate, { line: 3, name: 'ani', first: 2 })],
      ['Ani;5', fill(e.fields, { line: 2, found: 2 })],
      ['"Ani;5;8', fill(e.quotes, { line: 2 })],
      [`${'a'.repeat(81)};5;8`, fill(e.nameLong, { line: 2, length: 81, limit: 80 })],
      [';5;8', fill(e.nameEmpty, { line: 2 })],
      ['=1+1;5;8', fill(e.nameFormula, { line: 2 })],
      [Array.from({ length: 501 }, (_, i) => `P${i};5;8`).join('\n'), fill(e.tooMany, { line: 502, limit: 500 })],
    ];
    for (const [lines, message] of cases) {
      await page.getByLabel(words.scores, { exact: true }).fill(`Nama;Pre;Post\n${lines}\nBudi;6;9`);
      await submit(page);
      const shown = await problems(page);
      expect(
        shown.some((p) => p.startsWith(message)),
        `${message} in ${shown.join(' | ')}`,
      ).toBe(true);
      expect(await page.locator('.ss-results').isHidden()).toBe(true);
      expect(await page.locator('.ss-alert').textContent()).toBe(fill(words.incomplete, { n: shown.length }));
    }
    // The line as typed is shown beside its message, as text.
    await page.getByLabel(words.scores, { exact: true }).fill('<b>Ani</b>;5;');
    await submit(page);
    expect((await problems(page))[0]).toContain('«<b>Ani</b>;5;»');
    expect(await page.locator('.ss-problems b').count()).toBe(0);
    // A file that is not text, and one too large.
    await page
      .getByLabel(words.file, { exact: true })
      .setInputFiles({ name: 'nilai.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0]) });
    await expect.poll(() => problems(page)).toEqual([fill(e.notText, { name: 'nilai.xlsx' })]);
    await page.getByLabel(words.file, { exact: true }).setInputFiles({ name: 'besar.csv', mimeType: 'text/csv', buffer: Buffer.alloc(100_001, 'a') });
    await expect.poll(() => problems(page)).toEqual([fill(e.fileLarge, { name: 'besar.csv', limit: 100 })]);
    // Cut-offs: good must be above fair, both 0–100; the maximum a whole number.
    await page.getByLabel(words.scores, { exact: true }).fill(SEED);
    await page.getByLabel(words.fair, { exact: true }).fill('80');
    await submit(page);
    expect(await problems(page)).toEqual([e.order]);
    await page.getByLabel(words.fair, { exact: true }).fill('56');
    await page.getByLabel(words.good, { exact: true }).fill('101');
    await submit(page);
    expect(await problems(page)).toEqual([e.band]);
    await page.getByLabel(words.good, { exact: true }).fill('76');
    await page.getByLabel(words.max, { exact: true }).fill('0');
    await submit(page);
    expect(await problems(page)).toEqual([fill(e.max, { limit: 1000 })]);
    // Fixed: the table comes back.
    await page.getByLabel(words.max, { exact: true }).fill('10');
    await submit(page);
    expect(await rows(page, 0)).toEqual(SEED_TABLE);
    await context.close();
  });

  it('downloads CSV files equal to the tables, and prints the results without the controls', async () => {
    const { context, page } = await open();
    await page.getByLabel(words.scores, { exact: true }).fill(SEED);
    await submit(page);
    const csvOf = async (label: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      return {
        name: download.suggestedFilename(),
        lines: text
          .slice(1)
          .trimEnd()
          .split('\r\n')
          .map((l) => l.split(words.csvSeparator)),
      };
    };
    const summary = await csvOf(words.exportSummary);
    expect(summary.name).toBe(`${words.summaryFile}.csv`);
    expect(summary.lines.slice(1)).toEqual(await rows(page, 0));
    expect(summary.lines[0]).toEqual([L.number, L.category, `${words.before} n`, `${words.before} %`, `${words.after} n`, `${words.after} %`]);
    const people = await csvOf(words.exportPeople);
    // The CSV has the row number and both categories; the screen joins the categories into one column.
    const shown = (await rows(page, 2)).map(([name, pre, post, change, categories]) => [name, pre, post, change, ...categories!.split(' → ')]);
    expect(people.lines.slice(1).map((line) => line.slice(1))).toEqual(shown);
    expect(people.lines.slice(1).map((line) => line[0])).toEqual(shown.map((_, i) => String(i + 1)));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ss-results table').first().isVisible()).toBe(true);
    expect(await page.locator('.ss-tool button:visible, textarea:visible, input[type="file"]:visible').count()).toBe(0);
    expect(await page.getByLabel(words.max, { exact: true }).isVisible()).toBe(true); // the settings used print with the results
    await context.close();
  });

  it('passes axe with its results shown, with text of at least 16 px and 44 px targets', async () => {
    const { context, page } = await open();
    await page.getByLabel(words.scores, { exact: true }).fill(SEED);
    await submit(page);
    // Through the debugging protocol: the site's Content Security Policy blocks an injected <script> tag.
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      return result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('.ss-results *')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()) && parseFloat(getComputedStyle(el).fontSize) < 16)
        .map((el) => el.outerHTML.slice(0, 60)),
    );
    expect(small).toEqual([]);
    const targets = await page
      .locator('.ss-results button')
      .evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44));
    expect(targets).toEqual([]);
    // The per-person table, with its seven columns, still fits a 320 px screen.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('works offline after one online visit to the page', async () => {
    const { context, page } = await open();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    // The page keeps itself and its script in the reader's saved cache.
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('lancar-saved')).keys()).length)).toBeGreaterThanOrEqual(2);
    await context.setOffline(true);
    await page.reload();
    await page.locator('form.ss-form:not([hidden])').waitFor();
    await page.getByLabel(words.scores, { exact: true }).fill(SEED);
    await submit(page);
    expect(await rows(page, 0)).toEqual(SEED_TABLE);
    await context.close();
  });

  it('speaks English on the English page, with a decimal point and comma-separated CSV', async () => {
    const w = en.ui.scoreSummary;
    const E = en.training.labels;
    const { context, page } = await open(pathOf(en));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel(w.scores, { exact: true }).fill(`Name,Pretest,Posttest\n${seedText(',')}\nZed,5,`);
    await submit(page, w.submit);
    expect(await problems(page)).toEqual([`${fill(w.errors.blank, { line: 17, which: E.post })} «Zed,5,»`]);
    await page.getByLabel(w.scores, { exact: true }).fill(`Name,Pretest,Posttest\n${seedText(',')}`);
    await submit(page, w.submit);
    expect(await rows(page, 0)).toEqual([
      ['1', E.good, '2', '13.3', '10', '66.7'],
      ['2', E.fair, '5', '33.3', '4', '26.7'],
      ['3', E.poor, '8', '53.3', '1', '6.7'],
      ['', E.total, '15', '100', '15', '100'],
    ]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w.exportSummary }).click()]);
    expect(readFileSync((await download.path())!, 'utf8').split('\r\n')[1]).toBe(`1,${E.good},2,13.3,10,66.7`);
    await context.close();
  });
});
