import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { editDistance, landingFor, normalisePath, rankBySimilarity } from '../../src/urls/near-miss.ts';
import { sitemapXml } from '../../src/urls/sitemap.ts';

describe('edit distance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['pijat-oksitsin', 'pijat-oksitosin', 1],
    ['pijat-oksitosin', 'pijat-oksitosin', 0],
    ['bukti', 'butki', 2],
  ])('from "%s" to "%s" is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('normalising an address', () => {
  it.each([
    ['/id/PIJAT-OKSITOSIN', '/id/pijat-oksitosin/'],
    ['/id/pijat-oksitosin', '/id/pijat-oksitosin/'],
    ['//id//Bukti/', '/id/bukti/'],
    ['/id/Leaflet.PDF', '/id/leaflet.pdf'],
    ['/id/%50ijat', '/id/pijat/'],
    ['/id/%E0%A4', '/id/%e0%a4/'],
  ])('%s → %s', (path, normal) => {
    expect(normalisePath(path)).toBe(normal);
  });
});

describe('landing a near-miss', () => {
  const known = ['/id/', '/id/pijat-oksitosin/', '/en/', '/en/oxytocin-massage/'];
  const locales = ['id', 'en'];

  it('fixes case and the trailing slash', () => {
    expect(landingFor('/id/PIJAT-OKSITOSIN', known, locales)).toBe('/id/pijat-oksitosin/');
    expect(landingFor('/EN/Oxytocin-Massage/', known, locales)).toBe('/en/oxytocin-massage/');
  });

  it('adds a missing language', () => {
    expect(landingFor('/Oxytocin-Massage', known, locales)).toBe('/en/oxytocin-massage/');
  });

  it('gives up on a typo, and never sends an address to itself', () => {
    expect(landingFor('/id/pijat-oksitsin/', known, locales)).toBeUndefined();
    expect(landingFor('/id/pijat-oksitosin/', known, locales)).toBeUndefined();
  });
});

describe('ranking pages by the mistyped address', () => {
  const pages = ['/id/', '/id/asi-eksklusif/', '/id/bukti/', '/id/pijat-oksitosin/', '/id/mode-panduan-pijat/'];

  it('puts the closest page first', () => {
    expect(rankBySimilarity('/id/pijat-oksitsin/', pages)[0]).toBe('/id/pijat-oksitosin/');
    expect(rankBySimilarity('/id/BUKIT', pages)[0]).toBe('/id/bukti/');
  });

  it('keeps every page, ties in their order', () => {
    const ranked = rankBySimilarity('/id/zzzzzzzzzzzzzzzzzzzzzzzzzzzz/', pages);
    expect([...ranked].sort()).toEqual([...pages].sort());
  });
});

describe('the sitemap', () => {
  const xml = sitemapXml(new URL('https://lancar.example.org'), [
    { key: 'massage', lang: 'id', path: '/id/pijat-oksitosin/', lastmod: '2026-11-30' },
    { key: 'massage', lang: 'en', path: '/en/oxytocin-massage/', lastmod: '2026-11-29' },
  ]);
  const urls = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' }).parse(xml).urlset.url;

  it('lists each page with its check date and every twin as an alternate, plus x-default', () => {
    expect(urls.map((u: { loc: string }) => u.loc)).toEqual([
      'https://lancar.example.org/id/pijat-oksitosin/',
      'https://lancar.example.org/en/oxytocin-massage/',
    ]);
    expect(urls[1].lastmod).toBe('2026-11-29');
    const alternates = urls[0]['xhtml:link'].map((l: Record<string, string>) => [l['@_hreflang'], l['@_href']]);
    expect(alternates).toEqual([
      ['id', 'https://lancar.example.org/id/pijat-oksitosin/'],
      ['en', 'https://lancar.example.org/en/oxytocin-massage/'],
      ['x-default', 'https://lancar.example.org/'],
    ]);
  });
});
