/**
 * Issue 13, item 3: every section of every page has a link a lecturer can copy. Each h2 and h3 with an id carries
 * exactly one link to itself, named in the page's language; ids are unique; the old "-h" heading ids are gone, and
 * every anchor the short links print still exists.
 */
import { describe, expect, it } from 'vitest';
import { locales, readLocale } from '../helpers/content.ts';
import { page } from '../helpers/html.ts';

const pages = locales().flatMap((locale) =>
  readLocale(locale).pages.map((p) => ({ locale, key: p.data.key, path: `/${locale}/${p.data.slug ? `${p.data.slug}/` : ''}` })),
);

describe('section links', () => {
  it.each(pages)('$path: every h2 and h3 with an id has one link to it, named in its language', ({ locale, path }) => {
    const html = page(path);
    const label = readLocale(locale).ui.teaching.anchor;
    // The guided mode's screens are shown one at a time by its script: focus targets, not sections to link to.
    const headings = html.querySelectorAll('main h2[id], main h3[id]').filter((h) => !h.closest('.guided'));
    for (const heading of headings) {
      const id = heading.id;
      const links = html.querySelectorAll(`a[href="#${id}"]`).filter((a) => a.classList.contains('hd-a'));
      expect(links.length, `${path} #${id}`).toBe(1);
      const link = links[0]!;
      // Right after the heading, in the heading's wrapper.
      expect(link.parentNode, `${path} #${id}`).toBe(heading.parentNode);
      const name = link.querySelector('.sr')!.text;
      expect(name).toBe(`${label}: ${heading.text.trim()}`);
      expect(link.querySelector('[aria-hidden="true"]')!.text).toBe('#');
    }
  });

  it('gives the sections of the content pages their links (the test above checks something)', () => {
    const counted = pages.map(({ path }) => page(path).querySelectorAll('main .hd-a').length);
    expect(counted.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
    // A component section (Procedure) and an MDX heading on the massage page.
    const massage = page('/id/pijat-oksitosin/');
    expect(massage.querySelector('a.hd-a[href="#siapa-yang-boleh-memijat"]')).not.toBeNull();
    expect(massage.querySelector('a.hd-a[href="#sebelum-memijat-periksa-dulu"]')).not.toBeNull();
  });

  it.each(pages)('$path has no duplicate id and no "-h" heading id', ({ path }) => {
    const ids = page(path)
      .querySelectorAll('[id]')
      .map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => id.endsWith('-h'))).toEqual([]);
  });

  it.each(pages)('$path: a section labelled by its heading points at an existing heading', ({ path }) => {
    const html = page(path);
    for (const section of html.querySelectorAll('section[aria-labelledby]')) {
      const heading = html.getElementById(section.getAttribute('aria-labelledby')!);
      expect(heading?.tagName, section.getAttribute('aria-labelledby')!).toMatch(/^H[23]$/);
    }
  });

  it('keeps every anchor the short links print', () => {
    for (const locale of locales()) {
      const { shortLinks, pages: all } = readLocale(locale);
      for (const link of shortLinks.filter((l) => l.anchor)) {
        const target = all.find((p) => p.data.key === link.page)!;
        const path = `/${locale}/${target.data.slug ? `${target.data.slug}/` : ''}`;
        expect(page(path).getElementById(link.anchor!), `${path}#${link.anchor}`).not.toBeNull();
      }
    }
  });
});
