/**
 * The built print page, as a kader reads it: a card per document with a thumbnail that exists and does not shift
 * the page, the page count and file sizes of the real files, the duplex setting, and a manual two-sided recipe
 * whose page numbers are the ones the imposed PDF carries (read back with pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { printFiles } from '../../src/print/catalog.ts';
import { documentWords, formatFileSize, GUIDE, isTwoSided } from '../../src/print/guide.ts';
import { fill } from '../../src/i18n/strings.ts';
import { locales, readLocale } from '../helpers/content.ts';
import { page } from '../helpers/html.ts';
import { distFile } from '../helpers/paths.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'");

const printPage = (locale: string) => {
  const content = readLocale(locale);
  const slug = content.pages.find((p) => p.data.key === 'print')!.data.slug;
  return { content, html: page(`/${locale}/${slug}/`) };
};

const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

/** The page numbers printed at the foot of each half of every sheet side of an imposed booklet: [left, right] per PDF page. */
function footNumbers(file: string): [number | null, number | null][] {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const [width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number) as [number, number];
  const foot = height - 60; // points from the top: the strip where the booklet prints its page numbers
  const sides: [number | null, number | null][] = [];
  for (let p = 1; p <= pdfPages(file); p++) {
    const bbox = execFileSync('pdftotext', ['-bbox', '-f', String(p), '-l', String(p), file, '-'], { encoding: 'utf8' });
    // The sheet label along the fold ("Lembar 1 · depan", within 8 mm right of it) is not a page number.
    const alongFold = (x: number) => x >= width / 2 && x < width / 2 + (8 * 72) / 25.4;
    const numbers = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(\d+)<\/word>/g)]
      .filter((m) => Number(m[2]) > foot && !alongFold(Number(m[1])))
      .map((m) => ({ left: Number(m[1]) < width / 2, number: Number(m[3]) }));
    const half = (left: boolean) => {
      const found = numbers.filter((n) => n.left === left);
      return found.length === 1 ? found[0]!.number : null;
    };
    sides.push([half(true), half(false)]);
  }
  return sides;
}

describe.each(locales())('the print page (%s)', (locale) => {
  const { content, html } = printPage(locale);
  const { ui } = content;
  const files = printFiles(locale, ui);
  const sections = html.querySelectorAll('section.document');

  it('shows one card per document, every print file linked once with its real size', () => {
    expect(sections.map((s) => squash(s.querySelector('h2')!.text))).toEqual(Object.values(GUIDE).map((g) => documentWords(ui, locale, g.key).title));
    const links = sections.flatMap((s) => s.querySelectorAll('ul.files a'));
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(files.map((f) => `/${locale}/${f.name}.pdf`).sort());
    for (const a of links) {
      const bytes = statSync(distFile(a.getAttribute('href')!)).size;
      const size = squash(a.parentNode!.querySelector('.size')!.text);
      expect(size, a.getAttribute('href')!).toBe(`PDF, ${formatFileSize(ui.locale.lang, bytes)}`);
    }
  });

  it('gives each document a small grey thumbnail of its first page, sized so nothing shifts, loaded lazily', async () => {
    let total = 0;
    for (const section of sections) {
      const img = section.querySelector('.card img')!;
      expect(img.getAttribute('loading')).toBe('lazy');
      expect(img.getAttribute('alt')).toBe('');
      const file = distFile(img.getAttribute('src')!);
      const meta = await sharp(readFileSync(file)).metadata();
      expect(meta.format).toBe('webp');
      // Drawn at twice its CSS size for sharp phone screens.
      expect([meta.width / 2, meta.height / 2]).toEqual([Number(img.getAttribute('width')), Number(img.getAttribute('height'))]);
      const { data, info } = await sharp(readFileSync(file)).raw().toBuffer({ resolveWithObject: true });
      // Grey: red, green and blue alike (lossy WebP may differ by a step or two).
      for (let i = 0; i < data.length; i += info.channels * 97)
        expect(Math.max(...data.subarray(i, i + 3)) - Math.min(...data.subarray(i, i + 3))).toBeLessThanOrEqual(3);
      total += statSync(file).size;
    }
    // The whole page's budget is 60 KB with images: the thumbnails take at most 4 KB each on average,
    // which leaves the page and its stylesheet room (site.test.ts holds the total).
    expect(total).toBeLessThan(sections.length * 4 * 1024);
  });

  it('states each document’s page count from its PDF, and how to print it', () => {
    const { guide } = ui.print;
    for (const section of sections) {
      const href = section.querySelector('ul.files a')!.getAttribute('href')!;
      const pages = pdfPages(distFile(href));
      const kind = files.find((f) => `/${locale}/${f.name}.pdf` === href)!.kind;
      const { sides } = GUIDE[kind];
      const facts = squash(section.querySelector('.card dl')!.text);
      expect(facts).toContain(isTwoSided(sides) ? fill(guide.sheetsTwoSided, { n: pages, sheets: Math.ceil(pages / 2) }) : fill(guide.pageCount, { n: pages }));
      const how = decode(squash(section.querySelector('ul.how')!.text));
      if (sides === 'flip-long-edge') expect(how).toContain(guide.twoSidedLongEdge);
      if (sides === 'flip-short-edge') {
        expect(how).toContain(guide.twoSidedShortEdge);
        expect(section.querySelector('details.manual'), kind).not.toBeNull();
      } else {
        expect(section.querySelector('details.manual'), kind).toBeNull();
      }
      if (sides === 'one-sided') expect(how).toContain(guide.oneSided);
      if (sides !== 'screen') expect(how).toContain(guide.actualSize);
    }
  });

  it('gives the imposed booklet a manual two-sided recipe with the page numbers the imposed PDF carries', () => {
    const imposed = files.find((f) => f.kind === 'booklet-imposed' && f.variant === 'colour')!;
    const section = sections.find((s) => s.querySelector(`a[href="/${locale}/${imposed.name}.pdf"]`))!;
    const file = distFile(`/${locale}/${imposed.name}.pdf`);
    const pages = pdfPages(file);
    const bookletPages = pdfPages(distFile(`/${locale}/${files.find((f) => f.kind === 'booklet' && f.variant === 'colour')!.name}.pdf`));
    expect(pages * 2).toBe(bookletPages);
    const m = ui.print.guide.manual;

    // The steps: page 1 as a test, page 2 behind it, then the other odd pages, then the other even pages.
    const steps = section.querySelectorAll('details.manual ol > li').map((li) => decode(squash(li.text)));
    const odd = Array.from({ length: pages / 2 }, (_, i) => 2 * i + 1);
    const even = odd.map((p) => p + 1);
    expect(steps[0]).toBe(fill(m.testFront, { page: 1 }));
    expect(steps[2]).toContain(fill(m.testBack, { page: 2 }));
    expect(steps[2]).toContain(fill(m.checkPair, { front: 1, back: 2 }));
    expect(steps[3]).toBe(fill(m.restFronts, { pages: odd.slice(1).join(', ') }));
    expect(steps[5]).toBe(fill(m.restBacks, { pages: even.slice(1).join(', '), reversed: even.slice(1).reverse().join(', ') }));

    // The sheet table against the PDF: each side's booklet pages are the numbers printed at its foot.
    const rows = section.querySelectorAll('table.sheets tbody tr').map((tr) => tr.querySelectorAll('th, td').map((c) => squash(c.text)));
    expect(rows).toHaveLength(pages / 2);
    const printed = footNumbers(file);
    const covers = new Set([1, bookletPages]);
    let checked = 0;
    // A cell reads as ui.yaml's `side` template says: the PDF page, then the booklet's pages left | right.
    const cellPattern = new RegExp(
      `^${m.side
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace('{pdf}', '(?<pdf>\\d+)')
        .replace('{pages}', '(?<pages>.+)')}$`,
    );
    const sideOf = (cell: string) => {
      const found = cellPattern.exec(cell)!.groups!;
      return { pdf: Number(found.pdf), pair: found.pages! };
    };
    rows.forEach(([sheet, frontCell, backCell], i) => {
      const front = sideOf(frontCell!);
      const back = sideOf(backCell!);
      expect([sheet, front.pdf, back.pdf]).toEqual([String(i + 1), 2 * i + 1, 2 * i + 2]);
      for (const { pdf, pair } of [front, back]) {
        const said = pair.split(' | ').map(Number);
        printed[pdf - 1]!.forEach((number, half) => {
          if (number === null) {
            // Only the covers carry no number.
            expect(covers.has(said[half]!), `PDF page ${pdf} half ${half}: no number printed`).toBe(true);
          } else {
            expect(said[half], `PDF page ${pdf} half ${half}`).toBe(number);
            checked++;
          }
        });
      }
    });
    expect(checked).toBe(bookletPages - 2);
  });
});
