/**
 * Offline, after one online visit: the core pages of the reader's language, their drawings and the saved leaflet
 * come from the service worker; a page never kept shows the language's offline page; pages read online are kept;
 * search works for what was fetched; an older build's cache is dropped; a phone saving data keeps nothing extra.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { readLocale } from '../helpers/content.ts';
import { builtFallback, builtPrecache, keptCount, languageKept } from '../helpers/offline-set.ts';
import { distFile } from '../helpers/paths.ts';
import { READ_MAX_ENTRIES, readName } from '../../src/client/sw.ts';

const env = useSiteAndBrowser();

const pathOf = (locale: string, key: string) => {
  const slug = readLocale(locale).pages.find((p) => p.data.key === key)?.data.slug;
  return slug === undefined ? undefined : `/${locale}/${slug ? `${slug}/` : ''}`;
};

/**
 * A fresh reader whose first visit (online) installs the service worker, lets it take control and waits until the
 * page's language is kept for offline.
 */
async function firstVisit(path: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.origin}${path}`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await languageKept(page, path.split('/')[1]!);
  return { context, page };
}

const imagesLoaded = (page: Page) =>
  page.evaluate(() => [...document.images].filter((img) => img.loading !== 'lazy' || img.complete).every((img) => img.complete && img.naturalWidth > 0));

describe('offline', () => {
  it('opens the home page, the procedure with its drawings, guided mode and the danger signs with no connection', async () => {
    const { context, page } = await firstVisit('/id/');
    await context.setOffline(true);
    // The reader's language only: the other's copy is never fetched for her.
    const core = ['home', 'massage', 'guided', 'danger-signs'].map((key) => pathOf('id', key)).filter(Boolean) as string[];
    expect(core.length).toBe(4);
    for (const path of core) {
      const response = await page.goto(`${env.origin}${path}`);
      expect(response?.ok(), path).toBe(true);
      expect(await page.locator('h1').isVisible(), path).toBe(true);
    }
    await page.goto(`${env.origin}${pathOf('id', 'massage')}`);
    // Every drawing of the procedure, scrolled into view so lazy ones load too.
    for (const img of await page.locator('ol.steps img').all()) await img.scrollIntoViewIfNeeded();
    await expect.poll(() => imagesLoaded(page)).toBe(true);
    await page.reload();
    expect(await page.locator('ol.steps > li').count()).toBe(readLocale('id').steps.length);
    await context.close();
  });

  it.each([
    ['id', 'glossary'],
    ['en', 'glossary'],
  ])('shows the offline page of %s for a page never kept, with links that open', async (locale, key) => {
    const { context, page } = await firstVisit(pathOf(locale, 'home')!);
    const app = readLocale(locale).ui.app;
    await context.setOffline(true);
    const response = await page.goto(`${env.origin}${pathOf(locale, key)}`);
    expect(response?.status()).toBe(503);
    expect(await page.locator('h1').textContent()).toBe(app.offlineTitle);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(readLocale(locale).ui.locale.lang);
    // It lists the kept pages of this language, and each opens.
    const links = await page.locator('ul.offline-kept a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(['home', 'massage', 'guided', 'danger-signs'].map((k) => pathOf(locale, k)));
    await page.locator('ul.offline-kept a').nth(1).click();
    await page.waitForURL(`**${pathOf(locale, 'massage')}`);
    expect(await page.locator('ol.steps > li').count()).toBe(readLocale(locale).steps.length);
    // A page of the other language, whose copy this reader never kept: her own language's offline page.
    const other = locale === 'id' ? 'en' : 'id';
    const away = await page.goto(`${env.origin}${pathOf(other, key)}`);
    expect(away?.status()).toBe(503);
    expect(await page.locator('h1').textContent()).toBe(app.offlineTitle);
    expect(builtFallback()[locale]).toBe(`/${locale}/${app.offlineSlug}/`);
    await context.close();
  });

  it('keeps nothing extra for a phone that asks to save data', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) }));
    const page = await context.newPage();
    await page.goto(`${env.origin}${pathOf('id', 'home')}`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      // Past the load and the idle moment site.ts waits for, and then some: nothing is asked for.
      await new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 2000), { timeout: 5000 }));
    });
    expect(await keptCount(page, builtPrecache().id!)).toBe(0);
    await context.close();
  });

  it('runs guided mode with no connection: pictures, step turns and the timer', async () => {
    const { context, page } = await firstVisit('/id/');
    await context.setOffline(true);
    const ui = readLocale('id').ui;
    await page.goto(`${env.origin}${pathOf('id', 'guided')}`);
    await page.locator('.guided.on').waitFor(); // its script ran
    const shownPicture = () =>
      page.evaluate(() => {
        const step = [...document.querySelectorAll<HTMLElement>('.g-step')].find((el) => el.offsetParent !== null);
        const img = step?.querySelector('img');
        return Boolean(img?.complete && img.naturalWidth > 0);
      });
    await page.getByRole('button', { name: ui.guided.begin }).click();
    await expect.poll(shownPicture).toBe(true);
    await page.getByRole('button', { name: ui.guided.next }).click();
    expect(await page.locator(`#${ui.strings.stepAnchor}-2`).isVisible()).toBe(true);
    await expect.poll(shownPicture).toBe(true);
    const time = page.locator('.g-time');
    const before = await time.textContent();
    await page.locator('.g-play').click();
    await expect.poll(() => time.textContent(), { timeout: 5_000 }).not.toBe(before);
    await context.close();
  });

  it('keeps a page read online, and the leaflet the reader chose to save', async () => {
    const { context, page } = await firstVisit(pathOf('id', 'massage')!);
    await page.goto(`${env.origin}${pathOf('id', 'glossary')}`);
    await page.goto(`${env.origin}${pathOf('id', 'massage')}`);
    const save = page.locator('button.save-offline');
    await save.click();
    await expect.poll(() => save.isDisabled()).toBe(true);
    const leaflet = await save.getAttribute('data-save-offline');
    await context.setOffline(true);
    await page.goto(`${env.origin}${pathOf('id', 'glossary')}`);
    expect(await page.locator('dl.glossary > div').count()).toBeGreaterThanOrEqual(20);
    const head = await page.evaluate(async (url) => {
      const response = await fetch(url!);
      return new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5));
    }, leaflet);
    expect(head).toBe('%PDF-');
    await context.close();
  });

  it('searches offline in what the first search fetched', async () => {
    // The first visit installs the worker; the search after it goes through the worker, which keeps its files.
    const { context, page } = await firstVisit(pathOf('id', 'home')!);
    await page.goto(`${env.origin}${pathOf('id', 'search')}`);
    await page.getByLabel('Kata yang dicari').fill('pemijatan');
    await page.locator('#results ol.results li a').first().waitFor();
    await context.setOffline(true);
    await page.goto(`${env.origin}${pathOf('id', 'search')}?q=pemijatan`);
    const first = page.locator('#results ol.results li a').first();
    await first.waitFor();
    expect(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(pathOf('id', 'massage'));
    await context.close();
  });

  it.each(['id', 'en'])(
    '(%s) says, offline with the search page kept but not its index, that search needs a connection once, and lists the pages kept',
    async (locale) => {
      const { context, page } = await firstVisit(pathOf(locale, 'home')!);
      // The search page was opened online, so it is kept, but its search files never arrived (the signal dropped).
      await context.route('**/pagefind/**', (route) => route.abort());
      await page.goto(`${env.origin}${pathOf(locale, 'search')}`);
      await context.unroute('**/pagefind/**');
      await context.setOffline(true);
      const lc = readLocale(locale);
      await page.goto(`${env.origin}${pathOf(locale, 'search')}`);
      await page.getByLabel(lc.ui.strings.searchLabel).fill('pijat');
      await page.getByLabel(lc.ui.strings.searchLabel).press('Enter');
      await expect.poll(() => page.locator('#search-status').textContent()).toBe(lc.ui.strings.searchOffline);
      const kept = page.locator('#search-offline');
      expect(await kept.isVisible()).toBe(true);
      const links = await kept.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links).toEqual(['home', 'massage', 'guided', 'danger-signs'].map((key) => pathOf(locale, key)));
      // Each of them opens, offline.
      for (const path of links) expect((await page.goto(`${env.origin}${path}`))?.ok(), path).toBe(true);
      await context.close();
    },
  );

  it("drops an older build's cache when this build takes over, keeping the reader's language", async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    // A reader of an older build that kept the English pages: its cache is there before this build's worker.
    await context.route('**/sw.js', (route) => route.abort());
    await page.goto(`${env.origin}/en/`);
    await page.evaluate(async () => {
      await (await caches.open('lancar-0ld0ld0ld0ld')).put('/en/', new Response('stale procedure'));
    });
    await context.unroute('**/sw.js');
    await page.reload();
    await expect.poll(() => page.evaluate(() => caches.keys())).not.toContain('lancar-0ld0ld0ld0ld');
    const keys = await page.evaluate(() => caches.keys());
    expect(keys.filter((k) => k.startsWith('lancar-') && k !== 'lancar-saved' && !k.endsWith('-read'))).toHaveLength(1);
    // The new build kept English again when it installed, before the old copy went.
    expect(await keptCount(page, builtPrecache().en!)).toBe(builtPrecache().en!.length);
    await context.close();
  });

  /** Every kept address in every Lancar cache, as cache name → paths with their query. */
  const keptPaths = (page: Page) =>
    page.evaluate(async () => {
      const all: Record<string, string[]> = {};
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        all[name] = (await cache.keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search);
      }
      return all;
    });
  const version = /^const VERSION = "([0-9a-f]+)";/.exec(readFileSync(distFile('/sw.js'), 'utf8'))![1]!;

  it('keeps one search page however many searches were made, and shared links without their tracking tags', async () => {
    const search = pathOf('id', 'search')!;
    const glossary = pathOf('id', 'glossary')!;
    const { context, page } = await firstVisit(pathOf('id', 'home')!);
    for (const q of ['pijat', 'kolostrum', 'oksitosin', 'asi']) await page.goto(`${env.origin}${search}?q=${q}`);
    await page.goto(`${env.origin}${glossary}?fbclid=IwAR0abc&utm_source=whatsapp`);
    await expect.poll(async () => (await keptPaths(page))[readName(version)] ?? []).toContain(glossary);
    const kept = Object.values(await keptPaths(page)).flat();
    expect(kept.filter((p) => p.startsWith(search))).toEqual([search]);
    expect(kept.filter((p) => p.includes('?'))).toEqual([]);
    await context.setOffline(true);
    const response = await page.goto(`${env.origin}${search}?q=lain`);
    expect(response?.ok()).toBe(true);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await context.close();
  });

  it('keeps at most its cap while reading, the least recently used out first', async () => {
    const { context, page } = await firstVisit(pathOf('id', 'home')!);
    const read = readName(version);
    // A reader who has already read up to the cap: fake drawings, oldest first, then the first one used again.
    await page.evaluate(
      async ({ read, max }) => {
        const cache = await caches.open(read);
        for (const key of await cache.keys()) await cache.delete(key);
        for (let i = 0; i < max; i++) await cache.put(`/illustrations/kept-${i}.svg`, new Response('<svg/>', { headers: { 'x-lancar-bytes': '6' } }));
        await fetch('/illustrations/kept-0.svg');
      },
      { read, max: READ_MAX_ENTRIES },
    );
    await expect.poll(async () => (await keptPaths(page))[read]!.at(-1)).toBe('/illustrations/kept-0.svg');
    await page.goto(`${env.origin}${pathOf('id', 'glossary')}`);
    await expect.poll(async () => (await keptPaths(page))[read]).toContain(pathOf('id', 'glossary'));
    const kept = (await keptPaths(page))[read]!;
    expect(kept).toHaveLength(READ_MAX_ENTRIES);
    expect(kept).toContain('/illustrations/kept-0.svg');
    expect(kept).not.toContain('/illustrations/kept-1.svg');
    expect(kept).toContain('/illustrations/kept-2.svg');
    await context.close();
  });

  it('on a new build, deletes saved files the build no longer has and keeps the rest', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    // A reader of an older build: no worker of this build yet, two saved files, one of which this build dropped.
    await context.route('**/sw.js', (route) => route.abort());
    await page.goto(`${env.origin}/id/`);
    const leaflet = await page.evaluate(async () => {
      const saved = await caches.open('lancar-saved');
      await saved.put('/id/leaflet-yang-dihapus.pdf', new Response('%PDF- old'));
      await saved.put('/id/', new Response('old home'));
      return (await saved.keys()).length;
    });
    expect(leaflet).toBe(2);
    await context.unroute('**/sw.js');
    await page.reload();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    await expect.poll(async () => (await keptPaths(page))['lancar-saved']).toEqual(['/id/']);
    // The file kept is this build's copy, not the old one.
    const home = await page.evaluate(async () => (await (await caches.open('lancar-saved')).match('/id/'))!.text());
    expect(home).toContain('<h1');
    await context.close();
  });
});
