/**
 * Source marks sit where a reader expects them: after the words they back, never alone on a line of their own. On
 * the danger-signs page the list's own sources once stood under each list ("[13] [12]"), with a gap after them.
 */
import { describe, expect, it } from 'vitest';
import { readLocale } from '../helpers/content.ts';
import { page } from '../helpers/html.ts';

const locales = ['id', 'en'] as const;
const pagePath = (locale: string, slug: string) => `/${locale}/${slug ? `${slug}/` : ''}`;
const allPages = locales.flatMap((locale) => readLocale(locale).pages.map((p) => pagePath(locale, p.data.slug)));

describe('source marks', () => {
  it.each(allPages)('%s has no block holding source marks and nothing else', (path) => {
    const alone = page(path)
      .querySelectorAll('p, li, div')
      .filter(
        (el) =>
          el.querySelector('.cite-mark') &&
          el.childNodes.every((n) => n.nodeType === 1 && (n as { classList?: DOMTokenList }).classList?.contains('cite-mark')),
      );
    expect(alone.map((el) => el.outerHTML.slice(0, 120))).toEqual([]);
  });

  it.each(locales)('(%s) close the last danger sign of each list with the sources of the whole list', (locale) => {
    const lc = readLocale(locale);
    const html = page(pagePath(locale, lc.pages.find((p) => p.data.key === 'danger-signs')!.data.slug));
    const lists = html.querySelectorAll('ul.danger-list');
    // Mother's and baby's signs, then the two "see soon" lists and where to go.
    expect(lists.length).toBeGreaterThanOrEqual(2);
    for (const [i, part] of (['mother', 'baby'] as const).entries()) {
      const items = lists[i]!.querySelectorAll('li');
      expect(items.length).toBe(lc.dangerSigns[part].length);
      const marks = items
        .at(-1)!
        .querySelectorAll('.cite-mark a')
        .map((a) => a.getAttribute('href')!.split('#ref-')[1]);
      for (const id of lc.dangerSigns.cite) expect(marks, `${part}: last sign`).toContain(id);
    }
  });
});
