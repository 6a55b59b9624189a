import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/errors.ts';
import { loadShortLinks, parseShortLinks, shortLinkFor } from '../../src/content/short-links.ts';
import { printedLink } from '../../src/print/links.ts';
import { readLocale } from '../helpers/content.ts';
import { ROOT } from '../helpers/paths.ts';
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
  const links = loadShortLinks(ROOT);

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

  it('name the file and the entry of a bad or repeated code', () => {
    const bad = '- code: Pijat-1\n  locale: id\n  page: massage\n- code: x1\n  locale: id\n  page: massage\n- code: x1\n  locale: en\n  page: massage\n';
    const error = (() => {
      try {
        parseShortLinks(bad);
      } catch (e) {
        return e;
      }
    })();
    expect(ContentError.is(error)).toBe(true);
    const problems = (error as ContentError).problems;
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/short-links.yaml', field: '0.code' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/short-links.yaml', field: '2.code', message: expect.stringMatching(/used twice/) }),
    );
    expect(() => parseShortLinks('code: pijat')).toThrow(/must be a list/);
  });
});
