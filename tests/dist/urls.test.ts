/**
 * The built site keeps its URL contract: the committed list is exactly what this build publishes (so CI catches a
 * stale list), every redirect has its page and its rule, the 404 pages speak their language and list its pages,
 * and the sitemap pairs every page with its twins.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readRedirects } from '../../src/content/redirects.ts';
import { shortLinkPath } from '../../src/content/short-links.ts';
import { checkContract, parseUrlList, scanSite, URL_LIST_FILE } from '../../src/urls/contract.ts';
import { pageRedirects } from '../../src/urls/redirects.ts';
import { walk } from '../../scripts/lib/output.ts';
import { locales, readLocale } from '../helpers/content.ts';
import { page } from '../helpers/html.ts';
import { DIST, distFile, ROOT } from '../helpers/paths.ts';

const redirects = readRedirects(ROOT);
const pagePath = (locale: string, slug: string) => `/${locale}/${slug ? `${slug}/` : ''}`;

describe('the committed URL list', () => {
  const files = walk(distFile('')).map((file) => {
    const path = relative(DIST, file).split(sep).join('/');
    return path.endsWith('.html') ? { path, html: readFileSync(file, 'utf8') } : { path };
  });
  const site = scanSite(files);
  const listed = parseUrlList(readFileSync(`${ROOT}/${URL_LIST_FILE}`, 'utf8'));

  it('lists every URL this build publishes (run `npm run build` and commit the list if not)', () => {
    expect(checkContract(listed, site, redirects).added).toEqual([]);
  });

  it('has every listed URL still answered, by a page, a file, a section or a redirect', () => {
    expect(checkContract(listed, site, redirects).missing).toEqual([]);
  });

  it('holds every page, step anchor, PDF, share picture, short link and drawing', () => {
    for (const locale of locales()) {
      const { pages, ui, shortLinks } = readLocale(locale);
      for (const p of pages) expect(listed).toContain(pagePath(locale, p.data.slug));
      expect(listed).toContain(`${pagePath(locale, pages.find((p) => p.data.key === 'massage')!.data.slug)}#${ui.strings.stepAnchor}-1`);
      expect(listed).toContain(`/${locale}/share/${ui.strings.stepAnchor}-1.png`);
      expect(listed).toContain(`/${locale}/${ui.strings.leafletFile}-a4.pdf`);
      for (const link of shortLinks) expect(listed).toContain(shortLinkPath(link.code));
    }
    expect(listed.filter((url) => url.startsWith('/illustrations/')).length).toBeGreaterThan(5);
    expect(listed.filter((url) => /#(main|g-|.*-h$)/.test(url))).toEqual([]);
  });
});

describe('redirects', () => {
  const rules = readFileSync(distFile('_redirects'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'));

  it.each(pageRedirects(redirects))('$from is a static page that sends the reader to $to without JavaScript', ({ from, to }) => {
    const html = page(from);
    expect(html.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(`0; url=${to}`);
    expect(new URL(html.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(to);
    expect(html.querySelector('body a')!.getAttribute('href')).toBe(to);
    expect(html.querySelectorAll('script')).toHaveLength(0);
    expect(rules).toContain(`${from} ${to} 301`);
  });

  it('sends every short link and every address without its language in _redirects', () => {
    for (const locale of locales()) {
      for (const link of readLocale(locale).shortLinks) expect(rules.some((r) => r.startsWith(`${shortLinkPath(link.code)} `))).toBe(true);
    }
    expect(rules).toContain('/pijat-oksitosin/ /id/pijat-oksitosin/ 301');
    expect(rules).toContain('/oxytocin-massage/ /en/oxytocin-massage/ 301');
    expect(page('/pijat-oksitosin/').querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe('0; url=/id/pijat-oksitosin/');
  });

  it("serves each language's 404 page for its folder", () => {
    for (const locale of locales()) expect(rules).toContain(`/${locale}/* /${locale}/404.html 404`);
  });
});

describe('the 404 pages', () => {
  it.each(locales())('/%s/404.html speaks its language and links every page of it, grouped by reader', (locale) => {
    const { ui, pages } = readLocale(locale);
    const html = page(`/${locale}/404.html`);
    expect(html.querySelector('html')!.getAttribute('lang')).toBe(ui.locale.lang);
    expect(html.querySelector('h1')!.text).toBe(ui.missing.title);
    expect(html.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
    const list = html.querySelector('[data-missing]')!;
    const hrefs = list.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect([...hrefs].sort()).toEqual(pages.map((p) => pagePath(locale, p.data.slug)).sort());
    expect(list.querySelectorAll('h2').map((h) => h.text)).toEqual([ui.missing.mother, ui.missing.kader, ui.missing.lecturer]);
  });
});

describe('the sitemap', () => {
  const xml = readFileSync(distFile('sitemap.xml'), 'utf8');
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' }).parse(xml);
  const urls = parsed.urlset.url as { loc: string; lastmod: string; 'xhtml:link': Record<string, string>[] }[];

  it('lists every page of every language once, with its check date', () => {
    const expected = locales().flatMap((locale) => readLocale(locale).pages.map((p) => ({ path: pagePath(locale, p.data.slug), lastmod: p.data.checked })));
    expect(urls.map((u) => new URL(u.loc).pathname).sort()).toEqual(expected.map((e) => e.path).sort());
    for (const { path, lastmod } of expected) expect(urls.find((u) => new URL(u.loc).pathname === path)!.lastmod, path).toBe(lastmod);
  });

  it('pairs each page with its twin in every language and x-default, as absolute URLs', () => {
    for (const locale of locales()) {
      for (const p of readLocale(locale).pages) {
        const entry = urls.find((u) => new URL(u.loc).pathname === pagePath(locale, p.data.slug))!;
        const alternates = Object.fromEntries(entry['xhtml:link'].map((l) => [l['@_hreflang'], new URL(l['@_href']!).pathname]));
        const expected = Object.fromEntries(
          locales().map((other) => {
            const twin = readLocale(other).pages.find((t) => t.data.key === p.data.key)!;
            return [readLocale(other).ui.locale.lang, pagePath(other, twin.data.slug)];
          }),
        );
        expect(alternates).toEqual({ ...expected, 'x-default': '/' });
      }
    }
  });

  it('is named in robots.txt by its absolute address', () => {
    const robots = readFileSync(distFile('robots.txt'), 'utf8');
    const line = robots.split('\n').find((l) => l.startsWith('Sitemap: '))!;
    expect(new URL(line.slice('Sitemap: '.length)).pathname).toBe('/sitemap.xml');
    expect(new URL(urls[0]!.loc).origin).toBe(new URL(line.slice('Sitemap: '.length)).origin);
  });
});
