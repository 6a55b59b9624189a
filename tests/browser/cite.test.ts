/**
 * "Cite this page" as a reader meets it. On the massage page of each language the APA and Vancouver texts, as shown,
 * equal committed fixtures (built with the default LANCAR_SITE_URL); every page has the block and its meta tags; the
 * .bib, .ris and .json files download and a reference manager's parser (citation-js) reads the right title,
 * author, year, version and URL from them; and citation-js's own APA, from our CSL-JSON, agrees with ours.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { nlmToday } from '../../src/cite/nlm-day.ts';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { locales, readLocale } from '../helpers/content.ts';
import { ROOT } from '../helpers/paths.ts';

const env = useSiteAndBrowser();
const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/citations', name), 'utf8').trimEnd();

const massage = [
  { locale: 'id', path: '/id/pijat-oksitosin/' },
  { locale: 'en', path: '/en/oxytocin-massage/' },
];

const pages = locales().flatMap((locale) =>
  readLocale(locale).pages.map((p) => ({ locale, key: p.data.key, title: p.data.title, path: `/${locale}/${p.data.slug ? `${p.data.slug}/` : ''}` })),
);

describe('cite this page, with JavaScript off', () => {
  it.each(massage)('$path shows the APA and Vancouver of its fixture once opened', async ({ locale, path }) => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.origin}${path}`);
    const apa = page.locator('footer [data-cite="apa"]');
    expect(await apa.isVisible()).toBe(false); // closed until asked for
    await page.locator('footer details summary').click();
    expect(await apa.isVisible()).toBe(true);
    expect(await apa.textContent(), `built with another LANCAR_SITE_URL? ${path}`).toBe(fixture(`${locale}-massage-apa.txt`));
    expect(await page.locator('footer [data-cite="vancouver"]').textContent()).toBe(fixture(`${locale}-massage-vancouver.txt`));
    // The title is in italics in APA; the note says what to do with "…".
    expect(await apa.locator('i').textContent()).toBe(await page.locator('h1').textContent());
    expect(await page.locator('footer .cite-note').textContent()).toBe(readLocale(locale).ui.cite.citedNote);
    await context.close();
  });
});

describe('cite this page, with JavaScript', () => {
  it.each(massage)("$path fills Vancouver's cited day with the reader's today", async ({ locale, path }) => {
    const months = readLocale(locale).ui.cite.monthsShort;
    const before = nlmToday(months);
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}${path}`);
    await page.locator('footer details summary').click();
    const text = (await page.locator('footer [data-cite="vancouver"]').textContent()) ?? '';
    const today = [before, nlmToday(months)].find((day) => text.includes(`${readLocale(locale).ui.cite.cited} ${day}]`));
    expect(today, text).toBeDefined();
    expect(text.replace(`${today}]`, '…]')).toBe(fixture(`${locale}-massage-vancouver.txt`));
    expect(await page.locator('footer .cite-note').count()).toBe(0);
    await page.close();
  });

  it.each(massage)(
    '$path downloads .bib, .ris and .json that citation-js reads as this page',
    async ({ locale, path }) => {
      const page = await env.browser.newPage();
      await page.goto(`${env.origin}${path}`);
      await page.locator('footer details summary').click();
      const title = (await page.locator('h1').textContent()) ?? '';
      const url = new URL(path, 'https://lancar.example.org').href;
      const apa = (await page.locator('footer [data-cite="apa"]').textContent()) ?? '';
      for (const kind of ['bib', 'ris', 'json']) {
        const link = page.locator(`footer a[href$=".${kind}"]`);
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
        expect(download.suggestedFilename()).toBe(`${locale}-massage.${kind}`);
        const text = readFileSync((await download.path())!, 'utf8');
        const cite = await Cite.async(text);
        const [item] = cite.data as {
          title: string;
          author: { family?: string; literal?: string }[];
          issued: { 'date-parts': number[][] };
          version?: string;
          edition?: string;
          URL: string;
        }[];
        expect(item!.title, kind).toBe(title);
        expect(item!.author.map((a) => a.family ?? a.literal)).toEqual(['Lancar']);
        expect(item!.issued['date-parts'][0]![0]).toBe(2026);
        expect(item!.URL).toBe(url);
        // RIS has no version field: the version travels as the edition.
        expect(item!.version ?? item!.edition).toContain('0.2.0');
        if (kind === 'json') {
          const theirs = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
          for (const part of ['Lancar.', '(2026,', title, url]) {
            expect(theirs, 'citation-js APA').toContain(part);
            expect(apa, 'our APA').toContain(part);
          }
        }
      }
      await page.close();
    },
    60_000,
  );

  it('serves the citation files with their types', async () => {
    const types = await Promise.all(
      ['bib', 'ris', 'json'].map(async (kind) => (await fetch(`${env.origin}/cite/en-massage.${kind}`)).headers.get('content-type')),
    );
    expect(types).toEqual(['application/x-bibtex; charset=utf-8', 'application/x-research-info-systems; charset=utf-8', 'application/json']);
  });
});

describe('every page', () => {
  it.each(pages)('$path has a closed "cite this page" block, its three files and citation meta tags', async ({ locale, key, title, path }) => {
    const html = parse(await (await fetch(`${env.origin}${path}`)).text());
    const details = html.querySelector('footer details.cite-page')!;
    expect(details, path).not.toBeNull();
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary')!.text).toBe(readLocale(locale).ui.cite.thisPage);
    expect(details.querySelector('[data-cite="apa"] i')!.text).toBe(title);
    const files = details.querySelectorAll('a[download]').map((a) => a.getAttribute('href'));
    expect(files).toEqual(['bib', 'ris', 'json'].map((kind) => `/cite/${locale}-${key}.${kind}`));
    for (const file of files) expect((await fetch(`${env.origin}${file}`)).status, file!).toBe(200);
    const meta = (name: string) => html.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
    expect(meta('citation_title')).toBe(title);
    expect(meta('citation_author')).toBe('Lancar');
    expect(meta('citation_publication_date')).toBe(
      readLocale(locale)
        .pages.find((p) => p.data.key === key)!
        .data.checked.replaceAll('-', '/'),
    );
    expect(meta('citation_language')).toBe(readLocale(locale).ui.locale.lang);
    expect(meta('citation_public_url')).toBe(html.querySelector('link[rel="canonical"]')!.getAttribute('href'));
  });
});

describe('the kit as a whole', () => {
  it.each(locales())('is cited on the editorial page of %s, with its files', async (locale) => {
    const lc = readLocale(locale);
    const editorial = lc.pages.find((p) => p.data.key === 'editorial')!;
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}/${locale}/${editorial.data.slug}/`);
    const kit = page.locator('main .cite-kit');
    expect(await kit.locator('h2').textContent()).toBe(lc.ui.cite.theKit);
    const apa = (await kit.locator('[data-cite="apa"]').textContent()) ?? '';
    expect(apa).toContain(`${lc.ui.strings.siteName}: ${lc.ui.strings.tagline}`);
    expect(apa).toContain(`https://lancar.example.org/${locale}/`);
    const bib = await (await fetch(`${env.origin}${await kit.locator('a[href$=".bib"]').getAttribute('href')}`)).text();
    const [item] = (await Cite.async(bib)).data as { title: string; version: string }[];
    expect(item).toMatchObject({
      title: `${lc.ui.strings.siteName}: ${lc.ui.strings.tagline}`,
      version: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    });
    await page.close();
  });
});
