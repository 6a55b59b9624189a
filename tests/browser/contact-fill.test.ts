/**
 * The fill-in page in Debian's Chromium over the built site: a kader types her posyandu's name and number, sees
 * them in the preview, downloads the leaflet, and gets a valid PDF with the text printed in and no form left.
 * This also proves the served PDFs and their manifests agree: the page refuses to write onto a mismatch.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName } from '../../src/print/pdf.ts';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { readLocale } from '../helpers/content.ts';
import { distFile } from '../helpers/paths.ts';

const NAME = 'Posyandu Melati 3';
const PHONE = '0812-3456-7890';
const content = readLocale('id');
const { ui } = content;
const path = `/id/${content.pages.find((p) => p.data.key === 'contact-leaflet')!.data.slug}/`;

const env = useSiteAndBrowser();
const dir = mkdtempSync(join(tmpdir(), 'lancar-contact-browser-'));

const nameField = (page: Page) => page.getByLabel(ui.print.contactName, { exact: true });
const phoneField = (page: Page) => page.getByLabel(ui.print.contactPhone, { exact: true });
const downloadButton = (page: Page) => page.locator('form.contact-form button[type="submit"]');

/** Clicks download and reports whether a file came within `ms`; a disabled button downloads nothing. */
async function downloadsWithin(page: Page, ms: number): Promise<boolean> {
  if (await downloadButton(page).isDisabled()) return false;
  const download = page.waitForEvent('download', { timeout: ms }).then(
    () => true,
    () => false,
  );
  await downloadButton(page).click();
  return download;
}

async function checkFilled(file: string): Promise<void> {
  const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  expect(check.stdout + check.stderr).toContain('No syntax or stream encoding errors found');
  expect(check.status).toBe(0);
  const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(NAME);
  expect(text).toContain(PHONE);
  // Flattened: the text is part of the page, no form field or widget is left.
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Form:\s+none$/m);
  const doc = await PDFDocument.load(readFileSync(file));
  expect(doc.catalog.get(PDFName.of('AcroForm'))).toBeUndefined();
  expect(doc.getPage(0).node.get(PDFName.of('Annots'))).toBeUndefined();
}

describe('the leaflet contact fill-in page, in a real browser', () => {
  it('previews the typed contact and downloads a valid, flattened leaflet with it printed in, asking only its own site', async () => {
    const page = await env.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${env.origin}${path}`);
    await nameField(page).fill(NAME);
    await phoneField(page).fill(PHONE);
    await expect.poll(() => page.locator('#contact-0-preview').textContent()).toBe(NAME);
    await expect.poll(() => page.locator('#contact-1-preview').textContent()).toBe(PHONE);
    expect(await page.locator('.preview').isVisible()).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), downloadButton(page).click()]);
    expect(download.suggestedFilename()).toBe(`${ui.strings.leafletFile}-a4-posyandu-melati-3.pdf`);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await checkFilled(file);

    expect(
      requests.every((url) => url.startsWith('blob:') || new URL(url).origin === env.origin),
      requests.join('\n'),
    ).toBe(true);
    expect(requests.some((url) => url.endsWith(`/${ui.strings.leafletFile}-a4.fill.json`))).toBe(true);
    await page.close();
  });

  it('fills the F4 black-and-white leaflet when chosen', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}${path}`);
    await nameField(page).fill(NAME);
    await phoneField(page).fill(PHONE);
    await page.locator('input[name="paper"][value="f4"]').check();
    await page.locator('input[name="variant"][value="bw"]').check();
    const [download] = await Promise.all([page.waitForEvent('download'), downloadButton(page).click()]);
    expect(download.suggestedFilename()).toBe(`${ui.strings.leafletFile}-f4-${ui.print.files.bw}-posyandu-melati-3.pdf`);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await checkFilled(file);
    await page.close();
  });

  it('wraps a 60-character name onto two lines, in the preview and on the leaflet', async () => {
    const long = 'Posyandu Melati, Dsn. Krajan, Ds. Sumberrejo, Kec. Wonosari';
    expect(long).toHaveLength(59);
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}${path}`);
    await nameField(page).fill(`${long}.`);
    await phoneField(page).fill(PHONE);
    await expect.poll(() => page.locator('#contact-0-preview').textContent()).toMatch(/^Posyandu Melati, [^\n]+\n[^\n]+Wonosari\.$/);
    expect(await page.locator('#contact-0-error').textContent()).toBe('');
    const [download] = await Promise.all([page.waitForEvent('download'), downloadButton(page).click()]);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(`${long}.`);
    await page.close();
  });

  it('names a character the leaflet cannot print, and downloads nothing', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}${path}`);
    await nameField(page).fill('Posyandu 漢');
    await phoneField(page).fill(PHONE);
    const error = page.locator('#contact-0-error');
    await expect.poll(() => error.textContent()).toContain('"漢"');
    expect(await error.isVisible()).toBe(true);
    expect(await nameField(page).getAttribute('aria-invalid')).toBe('true');
    expect(await downloadsWithin(page, 2000)).toBe(false);
    await page.close();
  });

  it('says when a name is too long for the field even at the smallest size, and downloads nothing', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}${path}`);
    await nameField(page).fill('W'.repeat(60));
    await expect.poll(() => page.locator('#contact-0-error').textContent()).not.toBe('');
    expect(await downloadsWithin(page, 2000)).toBe(false);
    await page.close();
  });

  it('refuses text past each limit, keeping every character typed, until it is shortened', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}${path}`);
    const limits = [
      { field: nameField(page), index: 0, max: 60, over: 'Posyandu Melati Dusun Krajan Desa Sumberrejo Kecamatan Wonosari' },
      // A 60-character phone number pasted from a chat: refused whole, not cut to 30.
      { field: phoneField(page), index: 1, max: 30, over: '0812-3456-7890 / 0813-1111-2222 / 0857-9999-0000 (Bu Sri R.)' },
    ];
    for (const { field, index, max, over } of limits) {
      await field.fill(over);
      expect(await field.inputValue()).toBe(over);
      const count = page.locator(`#contact-${index}-count`);
      await expect.poll(() => count.textContent()).toBe(`${over.trim().length}/${max} karakter`);
      expect(await count.isVisible()).toBe(true);
      const error = page.locator(`#contact-${index}-error`);
      await expect.poll(() => error.textContent()).toContain(`paling banyak ${max}`);
      expect(await error.isVisible()).toBe(true);
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await field.getAttribute('aria-describedby')).toBe(`contact-${index}-count contact-${index}-error`);
      expect(await downloadButton(page).isDisabled()).toBe(true);
      expect(await page.locator('#contact-fix').isVisible()).toBe(true);
      expect(await downloadsWithin(page, 1000)).toBe(false);
      await field.fill('');
    }
    expect(limits[1]!.over).toHaveLength(60);
    // Fixed: the count is back under the limit and the download works again.
    await nameField(page).fill(NAME);
    await phoneField(page).fill(PHONE);
    await expect.poll(() => downloadButton(page).isDisabled()).toBe(false);
    expect(await page.locator('#contact-fix').isVisible()).toBe(false);
    expect(await page.locator('#contact-1-count').textContent()).toBe(`${PHONE.length}/30 karakter`);
    await page.close();
  });

  it('prints a phone number of exactly the limit whole, character for character', async () => {
    const phone = '0812-3456-7890 / 0813-111-2222';
    expect(phone).toHaveLength(30);
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}${path}`);
    await nameField(page).fill(NAME);
    await phoneField(page).type(phone);
    expect(await phoneField(page).inputValue()).toBe(phone);
    await expect.poll(() => page.locator('#contact-1-preview').textContent()).toBe(phone);
    expect(await page.locator('#contact-1-error').textContent()).toBe('');
    const [download] = await Promise.all([page.waitForEvent('download'), downloadButton(page).click()]);
    const file = join(dir, `exact-${download.suggestedFilename()}`);
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/g, ' ')).toContain(phone);
    await page.close();
  });

  it('without JavaScript, explains the PDF reader route and links every fillable leaflet', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.origin}${path}`);
    expect(await page.locator('form.contact-form').isVisible()).toBe(false);
    expect(await page.locator('.contact-fill noscript p').isVisible()).toBe(true);
    const hrefs = await page.locator('ul.fillable a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs).toHaveLength(4);
    for (const href of hrefs) {
      expect(existsSync(distFile(href)), href).toBe(true);
      expect(existsSync(distFile(href.replace(/\.pdf$/, '.fill.json'))), `manifest of ${href}`).toBe(true);
    }
    await context.close();
  });
});
