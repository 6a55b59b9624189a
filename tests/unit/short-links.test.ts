import { describe, expect, it } from 'vitest';
import { shortLinkFor, shortLinkProblems } from '../../src/content/short-links.ts';
import { printedLink } from '../../src/print/links.ts';
import { readLocale } from '../helpers/content.ts';
import { readPrintContent } from '../helpers/print-content.ts';

/**
 * Every short link ever published. Paper cannot be recalled: a code printed under a QR code must open the same page
 * for as long as the site exists. Add new links to this list when you add them to content/short-links.yaml; never
 * remove one or change where it leads.
 */
const PUBLISHED = [
  { code: 'pijat', locale: 'id', page: 'massage' },
  { code: 'bahaya', locale: 'id', page: 'danger-signs' },
  { code: 'massage', locale: 'en', page: 'massage' },
  { code: 'danger', locale: 'en', page: 'danger-signs' },
];

describe('short links (content/short-links.yaml)', () => {
  const links = ['id', 'en'].flatMap((locale) => readLocale(locale).shortLinks);

  it('keeps every short link ever published, leading to the same page', () => {
    for (const published of PUBLISHED) expect(links, `short link "${published.code}"`).toContainEqual(expect.objectContaining(published));
  });

  it('lead to pages that exist in their language', () => {
    for (const link of links)
      expect(
        readLocale(link.locale).pages.map((p) => p.data.key),
        link.code,
      ).toContain(link.page);
  });

  it('give print a short link for the procedure and the danger signs in every language', () => {
    for (const locale of ['id', 'en']) {
      for (const key of ['massage', 'danger-signs']) {
        expect(shortLinkFor(links, locale, key), `${locale} ${key}`).toBeDefined();
        const printed = printedLink(readPrintContent(locale), key);
        expect(printed.url).toMatch(/^https:\/\/lancar\.example\.org\/s\/[a-z0-9]+\/$/);
        expect(printed.label).toBe(printed.url.replace('https://', ''));
      }
    }
  });

  it('name the code of a malformed code, an unknown language or a page that does not exist', () => {
    const pages = new Map([['id', new Set(['massage'])]]);
    const problems = shortLinkProblems(
      [
        { code: 'Pijat-1', locale: 'id', page: 'massage' },
        { code: 'x1', locale: 'fr', page: 'massage' },
        { code: 'x2', locale: 'id', page: 'gone' },
        { code: 'ok', locale: 'id', page: 'massage' },
      ],
      pages,
    );
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/short-links.yaml', 'Pijat-1'],
      ['content/short-links.yaml', 'x1'],
      ['content/short-links.yaml', 'x2'],
    ]);
    expect(problems[2]!.message).toMatch(/kept forever/);
  });
});
