/**
 * "A print stylesheet that prints any page cleanly": every page printed to A4 by Chromium, read back with pdftotext.
 * The page's heading and text are there, with the footer's health note; the menu, skip link, search form and
 * download button are not; no word runs past the paper's edge; outside links print their address.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { locales, readLocale } from '../helpers/content.ts';
import { mm } from '../../src/print/units.ts';
import { fill } from '../../src/i18n/strings.ts';

const env = useSiteAndBrowser();
const dir = mkdtempSync(join(tmpdir(), 'lancar-print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const A4_WIDTH_PT = mm(210);
const pages = locales().flatMap((locale) => {
  const content = readLocale(locale);
  return content.pages.map((p) => ({ locale, key: p.data.key, path: `/${locale}/${p.data.slug ? `${p.data.slug}/` : ''}`, ui: content.ui.strings }));
});

/** Prints a page and returns its words with their boxes, and the text. */
async function print(path: string): Promise<{ text: string; words: { xMax: number; word: string }[] }> {
  const page = await env.browser.newPage();
  await page.goto(`${env.origin}${path}`);
  const pdf = join(dir, `${path.replace(/\W+/g, '_')}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }));
  await page.close();
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const words = [...html.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
    xMax: Number(m[1]),
    word: m[2]!,
  }));
  return { text: words.map((w) => w.word).join(' '), words };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('printing a page', () => {
  it.each(pages)('$path prints its content and health note on A4, without the menu or search, nothing past the edge', async ({ path, ui, key }) => {
    const { text, words } = await print(path);
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}${path}`);
    const h1 = squash((await page.locator('h1').textContent()) ?? '');
    await page.close();
    // pdftotext escapes & < > as entities.
    const decoded = text
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;|&#39;/g, "'");
    expect(decoded).toContain(h1);
    expect(decoded).toContain(squash(ui.footerNote).split(' ').slice(0, 6).join(' '));
    expect(decoded).not.toContain(ui.skipToContent);
    if (key === 'search') expect(decoded).not.toContain(ui.searchLabel);
    // A download button means nothing on paper.
    if (key === 'massage') expect(decoded).not.toContain(squash(ui.leafletDownload));
    const past = words.filter((w) => w.xMax > A4_WIDTH_PT - mm(15) + 1);
    expect(
      past.map((w) => w.word),
      path,
    ).toEqual([]);
  });

  it.each(locales())('prints the %s print page with the manual two-sided recipe open, to keep beside the printer', async (locale) => {
    const content = readLocale(locale);
    const slug = content.pages.find((p) => p.data.key === 'print')!.data.slug;
    const { text } = await print(`/${locale}/${slug}/`);
    const manual = content.ui.print.guide.manual;
    // The recipe is closed on screen; its first step and its sheet table's caption must still reach the paper.
    expect(squash(text)).toContain(squash(fill(manual.testFront, { page: 1 })));
    expect(squash(text)).toContain(squash(manual.intro).split(' ').slice(0, 8).join(' '));
  });

  it.each(locales())('writes out the address of every outside link on the %s references page', async (locale) => {
    const content = readLocale(locale);
    const slug = content.pages.find((p) => p.data.key === 'references')!.data.slug;
    const { text } = await print(`/${locale}/${slug}/`);
    expect(text).toMatch(/https:\/\/doi\.org\/10\.\S+/);
  });
});
