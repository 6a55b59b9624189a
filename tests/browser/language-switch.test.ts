import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { readLocale } from '../helpers/content.ts';

const env = useSiteAndBrowser();

describe('in a real browser', () => {
  it('switches from the Indonesian procedure to its English twin', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}/id/pijat-oksitosin/`);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${env.origin}/en/oxytocin-massage/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const twin = readLocale('en').pages.find((p) => p.data.key === 'massage')!;
    expect(await page.locator('h1').textContent()).toBe(twin.data.title);
    await expect.poll(() => page.locator('#step-3').isVisible()).toBe(true);
  });

  it('keeps the reader at the same step when switching language', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}/id/pijat-oksitosin/#langkah-3`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${env.origin}/en/oxytocin-massage/#step-3`);
    // The step is scrolled into view, not the top of the page.
    await expect.poll(() => page.evaluate(() => Math.abs(document.getElementById('step-3')!.getBoundingClientRect().top) < 80)).toBe(true);
    await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
    await page.waitForURL(`${env.origin}/id/pijat-oksitosin/#langkah-3`);
    await page.close();
  });

  it('reads the procedure with JavaScript switched off, every step and its drawing shown', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.origin}/en/oxytocin-massage/#step-5`);
    const steps = page.locator('ol.steps > li');
    expect(await steps.count()).toBe(7);
    const drawn = await page.locator('ol.steps img').evaluateAll((imgs) =>
      Promise.all(
        (imgs as HTMLImageElement[]).map(async (img) => {
          img.loading = 'eager';
          await img.decode().catch(() => undefined);
          return img.naturalWidth;
        }),
      ),
    );
    expect(drawn.every((w) => w > 0)).toBe(true);
    await context.close();
  });

  it('chooses a language at / and lands on that home page', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}/`);
    await page.getByRole('link', { name: /Bahasa Indonesia/ }).click();
    await page.waitForURL(`${env.origin}/id/`);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
  });

  it.each([
    ['/id/cari/', 'pemijatan', '/id/pijat-oksitosin/'],
    ['/en/search/', 'thumbs spine', '/en/oxytocin-massage/'],
  ])('searches %s for "%s" and finds %s (Indonesian stemming included)', async (path, query, expected) => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}${path}`);
    await page.getByLabel(/Kata yang dicari|Search for/).fill(query);
    const first = page.locator('#results ol.results li a').first();
    await first.waitFor();
    expect(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(expected);
  });
});
