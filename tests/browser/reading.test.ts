/**
 * Reading a long page on a phone held in one hand: the danger-signs link stays at the top while the reader
 * scrolls (the header's menu row sticks, with nothing moving when it does), a section link lands below it, and
 * with the page zoomed to 200 % the header scrolls away with the page, leaving the screen to the text.
 */
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { readLocale } from '../helpers/content.ts';

const env = useSiteAndBrowser();
const id = readLocale('id');
const path = `/id/${id.pages.find((p) => p.data.key === 'massage')!.data.slug}/`;

async function open(width: number, height: number) {
  const page = await env.browser.newPage({ viewport: { width, height } });
  await page.goto(`${env.origin}${path}`);
  await page.waitForFunction(() => document.documentElement.style.getPropertyValue('--top') !== '');
  return page;
}

describe('a long page on a phone', () => {
  it('keeps the danger-signs link in view while scrolling, without moving the page', async () => {
    const page = await open(360, 640);
    const before = await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().top + scrollY);
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight / 2));
    const link = page.locator('header.top a.danger');
    const box = (await link.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(0.2 * 640);
    expect(await link.evaluate((a) => document.elementFromPoint(a.getBoundingClientRect().x + 5, a.getBoundingClientRect().y + 5) === a)).toBe(true);
    // Sticking moved nothing below the header.
    expect(await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().top + scrollY)).toBe(before);
    // A section link lands below the menu, not under it.
    const heading = page.locator('main h2[id]').nth(2);
    await page.goto(`${env.origin}${path}#${await heading.getAttribute('id')}`);
    const headerBottom = await page.evaluate(() => document.querySelector('header.top')!.getBoundingClientRect().bottom);
    expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(headerBottom - 1);
    await page.close();
  });

  it('lets the header scroll away at 200 % zoom, where it would take too much of the screen', async () => {
    // 200 % zoom on a 320 × 640 phone: 160 × 320 CSS pixels.
    const page = await open(160, 320);
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight / 2));
    const box = await page.locator('header.top').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(160);
    await page.close();
  });
});
