/**
 * Old and near-miss addresses in Chromium on the served dist/ (tests/helpers/serve.ts behaves as Netlify and
 * Cloudflare Pages do: a folder without "/" redirects, the nearest 404.html answers). With JavaScript off,
 * redirects, short links, addresses without a language or a trailing slash land; a wrong case shows the
 * language's 404 page with the page in its list. With JavaScript on, the 404 page lands the wrong case and ranks a
 * typo's closest page first.
 */
import type { BrowserContext } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { readLocale } from '../helpers/content.ts';

const env = useSiteAndBrowser();
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function open(path: string, javaScriptEnabled: boolean) {
  context = await env.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const response = await page.goto(`${env.origin}${path}`);
  return { page, status: response?.status() };
}

describe('with JavaScript off', () => {
  it.each([
    ['a moved address (content/redirects.yaml)', '/id/evidence/', '/id/bukti/'],
    ['a short link', '/s/pijat/', '/id/pijat-oksitosin/'],
    ['an address without its language', '/oxytocin-massage/', '/en/oxytocin-massage/'],
    ['an address without its trailing slash', '/id/pijat-oksitosin', '/id/pijat-oksitosin/'],
  ])('%s lands on its page: %s → %s', async (_, from, to) => {
    const { page } = await open(from, false);
    await page.waitForURL(`${env.origin}${to}`);
    const key = to.startsWith('/id/bukti/') ? 'evidence' : 'massage';
    const locale = to.split('/')[1]!;
    expect(await page.locator('h1').textContent()).toBe(readLocale(locale).pages.find((p) => p.data.key === key)!.data.title);
  });

  it('answers a wrong case with the Indonesian 404 page, which lists the massage page', async () => {
    const { page, status } = await open('/id/PIJAT-OKSITOSIN', false);
    expect(status).toBe(404);
    const { ui } = readLocale('id');
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    expect(await page.locator('h1').textContent()).toBe(ui.missing.title);
    await expect(page.locator('[data-missing] a[href="/id/pijat-oksitosin/"]').count()).resolves.toBe(1);
    expect(page.url()).toBe(`${env.origin}/id/PIJAT-OKSITOSIN`);
  });

  it('answers an unknown English address in English', async () => {
    const { page, status } = await open('/en/no-such-page/', false);
    expect(status).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe(readLocale('en').ui.missing.title);
    expect(await page.locator('main').textContent()).toContain(readLocale('en').ui.missing.lecturer);
  });
});

describe('with JavaScript on', () => {
  it('lands a wrong case on the page, keeping the section', async () => {
    const { page } = await open('/id/PIJAT-OKSITOSIN#langkah-3', true);
    await page.waitForURL(`${env.origin}/id/pijat-oksitosin/#langkah-3`);
    expect(await page.locator('h1').textContent()).toBe(readLocale('id').pages.find((p) => p.data.key === 'massage')!.data.title);
  });

  it('lands a wrong case without its language', async () => {
    const { page } = await open('/OXYTOCIN-MASSAGE', true);
    await page.waitForURL(`${env.origin}/en/oxytocin-massage/`);
  });

  it('lists the closest page first for a typo', async () => {
    const { page, status } = await open('/id/pijat-oksitsin/', true);
    expect(status).toBe(404);
    const closest = page.locator('.closest');
    expect(await closest.locator('h2').textContent()).toBe(readLocale('id').ui.missing.closest);
    expect(await closest.locator('a').first().getAttribute('href')).toBe('/id/pijat-oksitosin/');
    expect(page.url()).toBe(`${env.origin}/id/pijat-oksitsin/`);
  });
});
