/**
 * The booklet (A5 reading order) and its saddle-stitch imposition: format, chapters and their order, bookmarks,
 * fonts, type sizes, margins, the black-and-white variant, and what an author is told when a step is too long.
 * PDFs are checked with poppler and qpdf, as the reader's tools would see them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { ContentError } from '../../src/content/errors.ts';
import { loadPrintAssets } from '../../src/print/assets.ts';
import { renderBooklet } from '../../src/print/booklet.ts';
import { flowPages } from '../../src/print/booklet-flow.ts';
import type { PrintContent } from '../../src/print/content.ts';
import { imposeSaddleStitch, saddleStitchOrder } from '../../src/print/impose.ts';
import { addOutline } from '../../src/print/outline.ts';
import { mm } from '../../src/print/units.ts';
import { readPrintContent } from '../helpers/print-content.ts';
import { printedLink } from '../../src/print/links.ts';
import { contactFieldRects, CONTACT_BOX } from '../../src/print/contact.ts';
import { BOOKLET } from '../../src/print/booklet.ts';
import { leafletInput, renderLeaflet } from '../../src/print/leaflet.ts';
import { bookletSchema } from '../../src/content/schemas/booklet.ts';

const dir = mkdtempSync(join(tmpdir(), 'lancar-booklet-'));
const run = (command: string, ...args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/**
 * Without white space and hyphens, for comparing running text: pdftotext puts a space after a dash that ends a
 * line ("500– 800") and drops a hyphen that does ("kira-" + "kira" → "kirakira").
 */
const flat = (text: string) => text.replace(/[\s-]+/g, '');
const pageSize = (info: string) => /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!.slice(1).map(Number);
const pageText = (file: string, page: number) => squash(run('pdftotext', '-f', String(page), '-l', String(page), file, '-'));
const pageCount = (file: string) => Number(/^Pages:\s+(\d+)$/m.exec(run('pdfinfo', file))![1]);

interface OutlineNode {
  title: string;
  destpageposfrom1: number;
  dest: unknown[];
  kids: OutlineNode[];
}
const outlines = (file: string): OutlineNode[] => JSON.parse(run('qpdf', '--json', '--json-key=outlines', file)).outlines;

/** Every font size set with Tf in the (uncompressed) content streams, in points. */
/** How many glyphs are drawn at each font size (the fonts are two-byte Identity-H: four hex digits a glyph). */
function glyphsBySize(file: string): Map<number, number> {
  const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('latin1');
  const glyphs = new Map<number, number>();
  let size = 0;
  for (const m of qdf.matchAll(/\/\S+ ([\d.]+) Tf|<([0-9A-Fa-f]*)> ?Tj|\[([^\]]*)\] ?TJ/g)) {
    if (m[1] !== undefined) size = Math.round(Number(m[1]) * 100) / 100;
    const hex = m[2] ?? [...(m[3] ?? '').matchAll(/<([0-9A-Fa-f]*)>/g)].map((x) => x[1]).join('');
    if (m[1] === undefined) glyphs.set(size, (glyphs.get(size) ?? 0) + hex.length / 4);
  }
  return glyphs;
}

/** Page words with their boxes in points (origin top left), from pdftotext -bbox. */
function words(file: string): { page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  const html = run('pdftotext', '-bbox', file, '-');
  const result = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) result.push({ page, text: m[5]!, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]! });
  }
  return result;
}

const assets = loadPrintAssets();
const locales = ['id', 'en'] as const;
const rendered: Record<string, { content: PrintContent; file: string; bytes: Uint8Array }> = {};

beforeAll(async () => {
  for (const locale of locales) {
    const content = readPrintContent(locale);
    for (const variant of ['colour', 'bw'] as const) {
      // Both with their contact fields: the black-and-white copy's widgets carry no colour either (contact.ts).
      const bytes = await renderBooklet(content, assets, { variant, contactFields: true });
      const file = join(dir, `booklet-${locale}-${variant}.pdf`);
      writeFileSync(file, bytes);
      rendered[`${locale}-${variant}`] = { content, file, bytes };
    }
  }
});

describe.each(locales)('the booklet (%s)', (locale) => {
  const get = () => rendered[`${locale}-colour`]!;
  const chapterTitles = (c: PrintContent) => [c.ui.print.stepsTitle, c.booklet.physiology.title, c.ui.strings.dangerSigns, c.ui.strings.referencesTitle];

  it('is A5 portrait, a whole number of folded sheets, with its title, subject and language set', async () => {
    const { file, content, bytes } = get();
    const info = run('pdfinfo', file);
    const [width, height] = pageSize(info);
    expect(width).toBeCloseTo(419.53, 1);
    expect(height).toBeCloseTo(595.28, 1);
    const pages = pageCount(file);
    expect(pages % 4).toBe(0);
    expect(pages).toBeGreaterThanOrEqual(12);
    expect(info).toMatch(new RegExp(`^Title:\\s+${content.ui.print.coverTitle} — Lancar$`, 'm'));
    expect(info).toMatch(/^Subject:\s+\S/m);
    const doc = await PDFDocument.load(bytes);
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toContain(content.ui.locale.lang);
  });

  it('opens with the cover: site name, title, subtitle, the procedure page URL and the contents', () => {
    const { file, content } = get();
    const cover = pageText(file, 1);
    for (const text of [content.ui.strings.siteName.toUpperCase(), content.ui.print.coverTitle, squash(content.ui.print.coverSubtitle)])
      expect(cover).toContain(text);
    // The short link of the procedure page, printed under its QR code.
    expect(cover).toContain(printedLink(content, 'massage').label);
    expect(cover).toMatch(/\/s\/[a-z0-9]+\//);
    expect(cover).toContain(content.booklet.cover.caption);
    for (const title of chapterTitles(content)) expect(cover).toContain(title);
  });

  it('starts each chapter on a new page with its title, in order, at the page the contents name', () => {
    const { file, content } = get();
    const cover = pageText(file, 1);
    let previous = 1;
    for (const title of chapterTitles(content)) {
      const page = Array.from({ length: pageCount(file) - 2 }, (_, i) => i + 2).find((p) => p > previous && pageText(file, p).startsWith(title));
      expect(page, `a page after ${previous} that starts with "${title}"`).toBeDefined();
      expect(cover).toMatch(new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${page}\\b`));
      previous = page!;
    }
  });

  it('prints every step, in order, with its full text, duration and cautions', () => {
    const { file, content } = get();
    const text = flat(run('pdftotext', '-f', '2', file, '-'));
    let from = 0;
    for (const step of content.steps) {
      const at = text.indexOf(flat(step.title), from);
      expect(at, `step ${step.order} "${step.title}" after position ${from}`).toBeGreaterThanOrEqual(from);
      from = at;
      for (const paragraph of step.text.split(/\n\s*\n/)) expect(text).toContain(flat(paragraph));
      for (const caution of step.cautions) expect(text).toContain(flat(caution));
    }
    const { safety } = content.procedure;
    for (const item of [...content.procedure.aftercare, ...safety.doNot, ...safety.stopIf, ...content.booklet.physiology.paragraphs])
      expect(text).toContain(flat(item));
  });

  it('puts the safety check before step 1, in reading order', () => {
    const { file, content } = get();
    const text = flat(run('pdftotext', '-f', '2', file, '-'));
    const check = text.indexOf(flat(content.ui.strings.safetyTitle));
    const firstStep = text.indexOf(flat(content.steps[0]!.title));
    expect(check, 'the safety check heading').toBeGreaterThan(-1);
    expect(firstStep).toBeGreaterThan(check);
    for (const rule of content.procedure.safety.doNot) expect(text.indexOf(flat(rule))).toBeLessThan(firstStep);
    expect(text.indexOf(flat(content.procedure.safety.basis))).toBeLessThan(firstStep);
  });

  it('lists the safety check in the contents, at the page it is on', () => {
    const { file, content } = get();
    const title = content.ui.strings.safetyTitle;
    const page = Array.from({ length: pageCount(file) - 1 }, (_, i) => i + 2).find((p) => flat(pageText(file, p)).includes(flat(title)));
    expect(page, 'a page with the safety check').toBeDefined();
    expect(pageText(file, 1)).toMatch(new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${page}\\b`));
  });

  it('makes the danger signs complete and findable: every sign, where to go, their QR URL, and a pointer on the back', () => {
    const { file, content } = get();
    const pages = pageCount(file);
    const all = Array.from({ length: pages }, (_, i) => pageText(file, i + 1)).join(' ');
    const { dangerSigns } = content;
    const signs = [...dangerSigns.mother, ...dangerSigns.baby, ...dangerSigns.seeSoon.mother, ...dangerSigns.seeSoon.baby].map((s) => s.text);
    for (const item of [dangerSigns.goNow, ...signs, ...dangerSigns.whereToGo]) expect(all).toContain(squash(item));
    expect(all).toContain(printedLink(content, 'danger-signs').label);
    const start = Array.from({ length: pages }, (_, i) => i + 1).find((p) => p > 1 && pageText(file, p).startsWith(content.ui.strings.dangerSigns))!;
    const back = pageText(file, pages);
    expect(back).toContain(squash(dangerSigns.goNow));
    expect(back).toContain(content.booklet.labels.seePage.replace('{page}', String(start)));
  });

  it('makes the contact box on the back cover fillable, on its writing lines, and prints bare lines when imposed', async () => {
    const { bytes } = get();
    const doc = await PDFDocument.load(bytes);
    const back = doc.getPages().at(-1)!;
    const fields = doc.getForm().getFields();
    expect(fields.map((f) => f.getName())).toEqual(['contact.name', 'contact.phone']);
    for (const field of fields) {
      const widget = field.acroField.getWidgets()[0]!;
      expect(widget.P()).toBe(back.ref);
      const rect = widget.getRectangle();
      // Inside the side margins, in the lower half of the page, one line of 12 pt text high.
      expect(rect.x).toBeGreaterThanOrEqual(mm(BOOKLET.margin.side) + mm(CONTACT_BOX.padding) - 0.5);
      expect(rect.x + rect.width).toBeLessThanOrEqual(mm(148 - BOOKLET.margin.side) + 0.5);
      expect(rect.y).toBeGreaterThan(mm(BOOKLET.margin.bottom));
      expect(rect.y).toBeLessThan(mm(105));
      expect(rect.height).toBeGreaterThanOrEqual(16);
    }
    // The two fields are exactly as far apart as the box's two writing lines.
    const [name, phone] = fields.map((f) => f.acroField.getWidgets()[0]!.getRectangle());
    const rects = contactFieldRects({ left: 0, top: 0, width: 100 });
    expect(name!.y - phone!.y).toBeCloseTo(rects[0]!.y - rects[1]!.y, 3);
    const imposed = await PDFDocument.load(await imposeSaddleStitch(bytes));
    expect(imposed.getForm().getFields()).toEqual([]);
  });

  it('lists every reference the booklet cites, with its DOI or URL, and no other', () => {
    const { file, content } = get();
    const pages = pageCount(file);
    const text = Array.from({ length: pages }, (_, i) => pageText(file, i + 1)).join(' ');
    const { mother, baby, seeSoon } = content.dangerSigns;
    const signCites = [...mother, ...baby, ...seeSoon.mother, ...seeSoon.baby].flatMap((s) => s.cite);
    const cited = new Set([
      ...content.procedure.cite,
      ...content.procedure.safety.cite,
      ...content.steps.flatMap((s) => s.cite),
      ...content.booklet.physiology.cite,
      ...content.dangerSigns.cite,
      ...signCites,
    ]);
    for (const [id, reference] of content.references) {
      const link = reference.doi ? `https://doi.org/${reference.doi}` : reference.url;
      if (cited.has(id)) {
        expect(text, id).toContain(squash(reference.title));
        // pdftotext drops a hyphen where a long address breaks onto the next line, so compare without hyphens.
        if (link) expect(text.replace(/[ -]/g, ''), id).toContain(link.replace(/-/g, ''));
      } else {
        expect(text, id).not.toContain(squash(reference.title));
      }
    }
  });

  it('numbers the inner pages in the footer, on the outer side', () => {
    const { file } = get();
    const pages = pageCount(file);
    const all = words(file);
    for (let page = 2; page < pages; page++) {
      const number = all.find((w) => w.page === page && w.text === String(page) && w.yMin > mm(188));
      expect(number, `page number ${page} in the footer`).toBeDefined();
      // Right-hand (odd) pages carry it on the right, left-hand pages on the left.
      if (page % 2 === 1) expect(number!.xMin).toBeGreaterThan(mm(74));
      else expect(number!.xMax).toBeLessThan(mm(74));
    }
    expect(all.filter((w) => (w.page === 1 || w.page === pages) && w.yMin > mm(188))).toEqual([]);
  });

  it('has a bookmark for the cover and each chapter, each opening its page, and one for each step', () => {
    const { file, content } = get();
    const tree = outlines(file);
    expect(tree.map((n) => n.title)).toEqual([content.ui.print.coverTitle, ...chapterTitles(content)]);
    for (const node of tree.slice(1)) expect(pageText(file, node.destpageposfrom1).startsWith(node.title)).toBe(true);
    const [safety, ...steps] = tree[1]!.kids;
    expect(safety!.title).toBe(content.ui.strings.safetyTitle);
    expect(pageText(file, safety!.destpageposfrom1)).toContain(content.ui.strings.safetyTitle);
    expect(steps.map((n) => n.title)).toEqual(content.steps.map((s) => `${s.order}. ${s.title}`));
    for (const [i, node] of steps.entries()) expect(pageText(file, node.destpageposfrom1)).toContain(content.steps[i]!.title);
    expect(tree[0]!.dest[1]).toBe('/XYZ');
  });

  it('embeds its fonts as tagged subsets and passes qpdf --check', () => {
    const { file } = get();
    const fonts = run('pdffonts', file).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+\S+\s.*\byes\s+yes\s+yes\b/);
    expect(run('qpdf', '--check', file)).toMatch(/No syntax or stream encoding errors/);
  });

  it('stays under 600 KB', () => {
    expect(get().bytes.length).toBeLessThanOrEqual(600 * 1024);
  });

  it('sets running text at 12 pt and nothing under 9 pt', () => {
    const glyphs = glyphsBySize(get().file);
    expect(Math.min(...glyphs.keys())).toBeGreaterThanOrEqual(9);
    const total = [...glyphs.values()].reduce((a, b) => a + b, 0);
    // Most of the letters on the pages are running text (the source list is set smaller).
    expect(glyphs.get(12) ?? 0).toBeGreaterThan(total / 2);
  });

  it('keeps every word at least 12 mm inside the page edges', () => {
    const margin = mm(12) - 0.5;
    const [width, height] = [mm(148), mm(210)];
    for (const w of words(get().file)) {
      const where = `"${w.text}" on page ${w.page}`;
      expect(w.xMin, where).toBeGreaterThanOrEqual(margin);
      expect(w.yMin, where).toBeGreaterThanOrEqual(margin);
      expect(w.xMax, where).toBeLessThanOrEqual(width - margin);
      expect(w.yMax, where).toBeLessThanOrEqual(height - margin);
    }
  });

  it('has no colour at all in the black-and-white variant, and the same text', () => {
    const bw = rendered[`${locale}-bw`]!;
    const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', bw.file, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('latin1');
    // Colour operators with their operands (font programs are binary, so bare letters are not enough).
    const number = '-?[\\d.]+';
    expect(qdf).not.toMatch(new RegExp(`(?:^|[ \\n])${number} ${number} ${number} (?:rg|RG)\\b`));
    expect(qdf).not.toMatch(new RegExp(`(?:^|[ \\n])${number} ${number} ${number} ${number} (?:k|K)\\b`));
    expect(qdf).not.toMatch(/\/(?:DeviceRGB|DeviceCMYK|ICCBased)\b/);
    expect(qdf).toMatch(/[ \n][\d.]+ g\b/);
    // The colour file does use colour: the check above would notice it.
    const colour = execFileSync('qpdf', ['--qdf', '--object-streams=disable', get().file, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('latin1');
    expect(colour).toMatch(new RegExp(`(?:^|[ \\n])${number} ${number} ${number} (?:rg|RG)\\b`));
    expect(pageCount(bw.file)).toBe(pageCount(get().file));
    expect(pageText(bw.file, 3)).toBe(pageText(get().file, 3));
  });
});

describe('a step too long for an A5 page', () => {
  it('checks the cover drawing exists, in the schema and when rendering, naming booklet.yaml', async () => {
    const content = readPrintContent('en');
    const parsed = bookletSchema.safeParse({ ...content.booklet, cover: { ...content.booklet.cover, illustration: 'no-such-drawing' } });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toMatch(/content\/illustrations\/no-such-drawing\.svg does not exist/);
    const booklet = { ...content.booklet, cover: { ...content.booklet.cover, illustration: 'no-such-drawing' } };
    const error = (await renderBooklet({ ...content, booklet }, assets, { variant: 'colour' }).catch((e: unknown) => e)) as ContentError;
    expect(error.problems[0]).toMatchObject({ file: 'content/en/booklet.yaml', field: 'cover.illustration' });
    const leafletError = (await renderLeaflet(leafletInput({ ...content, booklet }), assets).catch((e: unknown) => e)) as ContentError;
    expect(leafletError.problems[0]).toMatchObject({ file: 'content/en/booklet.yaml', field: 'cover.illustration' });
  });

  it('stops with a ContentError naming the booklet, the page and the step file', async () => {
    const content = readPrintContent('id');
    const long = Array.from({ length: 12 }, () => content.steps[1]!.text.trim()).join('\n\n');
    const steps = content.steps.map((s, i) => (i === 1 ? { ...s, text: long } : s));
    const error = await renderBooklet({ ...content, steps }, assets, { variant: 'colour' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(ContentError.is(error)).toBe(true);
    const problems = (error as ContentError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(content.steps[1]!.file);
    // Cover (1), the procedure's first page (2), the safety check (3), step 1 (4): step 2 would start page 5.
    expect(problems[0]!.message).toMatch(/^booklet \(id\): the text does not fit page 5 \(\d+\.\d mm too long\); shorten it$/);
  });

  it('names the danger signs file when their lists outgrow a page', async () => {
    const content = readPrintContent('en');
    const mother = Array.from({ length: 6 }, () => content.dangerSigns.mother).flat();
    const error = await renderBooklet({ ...content, dangerSigns: { ...content.dangerSigns, mother } }, assets, { variant: 'colour' }).catch((e: unknown) => e);
    expect(ContentError.is(error)).toBe(true);
    expect((error as ContentError).problems[0]!.file).toBe(content.files.dangerSigns);
    expect((error as ContentError).message).toMatch(/booklet \(en\): the text does not fit page \d+/);
  });
});

describe('flowing blocks over pages', () => {
  it('never splits a block, starts each chapter afresh and honours page breaks and keep-with-next', () => {
    const result = flowPages(
      [
        { items: [{ height: 10, keepWithNext: true }, { height: 50 }, { height: 50 }] },
        { items: [{ height: 30 }, { height: 20, breakBefore: true }, { height: 10, gap: 1 }] },
      ],
      100,
      5,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pages.map((p) => [p.chapter, p.items.map((i) => i.index)])).toEqual([
      [0, [0, 1]],
      [0, [2]],
      [1, [0]],
      [1, [1, 2]],
    ]);
    expect(result.pages[3]!.items.map((i) => i.top)).toEqual([0, 21]);
  });

  it('moves a heading to the next page with the block it belongs to', () => {
    const result = flowPages([{ items: [{ height: 80 }, { height: 10, keepWithNext: true }, { height: 30 }] }], 100, 5);
    expect(result.ok && result.pages.map((p) => p.items.map((i) => i.index))).toEqual([[0], [1, 2]]);
  });

  it('reports a block taller than a page with the page it would start on', () => {
    expect(flowPages([{ items: [{ height: 50 }, { height: 120 }] }], 100, 5)).toEqual({ ok: false, chapter: 0, index: 1, page: 1, excess: 20 });
  });
});

describe('bookmarks (outline.ts)', () => {
  it('writes a valid outline tree that qpdf reads back', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 4; i++) doc.addPage([100, 100]);
    addOutline(doc, [
      { title: 'Sampul', pageIndex: 0 },
      {
        title: 'Langkah',
        pageIndex: 1,
        children: [
          { title: 'Satu', pageIndex: 1 },
          { title: 'Dua — ä', pageIndex: 2 },
        ],
      },
      { title: 'Rujukan', pageIndex: 3 },
    ]);
    const file = join(dir, 'outline.pdf');
    writeFileSync(file, await doc.save());
    expect(run('qpdf', '--check', file)).toMatch(/No syntax or stream encoding errors/);
    const tree = outlines(file);
    expect(tree.map((n) => [n.title, n.destpageposfrom1])).toEqual([
      ['Sampul', 1],
      ['Langkah', 2],
      ['Rujukan', 4],
    ]);
    expect(tree[1]!.kids.map((n) => [n.title, n.destpageposfrom1])).toEqual([
      ['Satu', 2],
      ['Dua — ä', 3],
    ]);
  });
});

describe('saddle-stitch imposition', () => {
  it('pairs the pages of each sheet side, outermost sheet first', () => {
    expect(saddleStitchOrder(8)).toEqual([
      [8, 1],
      [2, 7],
      [6, 3],
      [4, 5],
    ]);
    expect(saddleStitchOrder(4)).toEqual([
      [4, 1],
      [2, 3],
    ]);
  });

  it('pads to a multiple of 4 with blank pages just before the back cover', () => {
    const order = saddleStitchOrder(10);
    expect(order).toHaveLength(6); // 12 pages, 3 sheets, 6 sides
    expect(order).toEqual([
      [10, 1],
      [2, null],
      [null, 3],
      [4, 9],
      [8, 5],
      [6, 7],
    ]);
    expect(order.flat().filter((p) => p === null)).toHaveLength(2);
    expect(
      order
        .flat()
        .filter((p) => p !== null)
        .sort((a, b) => a! - b!),
    ).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
  });

  it('imposes the booklet on A4 landscape sheets: last page left and cover right on the first side', async () => {
    const { file, content, bytes } = rendered['id-colour']!;
    const imposed = await imposeSaddleStitch(bytes);
    const out = join(dir, 'imposed-id.pdf');
    writeFileSync(out, imposed);
    const info = run('pdfinfo', out);
    const [width, height] = pageSize(info);
    expect(width).toBeCloseTo(841.89, 1);
    expect(height).toBeCloseTo(595.28, 1);
    const pages = pageCount(file);
    expect(pageCount(out)).toBe(Math.ceil(pages / 4) * 2);
    const half = (x: number) => squash(run('pdftotext', '-f', '1', '-l', '1', '-x', String(x), '-y', '0', '-W', '420', '-H', '596', out, '-'));
    expect(half(0)).toBe(pageText(file, pages));
    expect(half(421)).toBe(pageText(file, 1));
    expect(half(421)).toContain(content.ui.print.coverTitle);
    // Side 2 of sheet 1: page 2 left, page n−1 right.
    const back = (x: number) => squash(run('pdftotext', '-f', '2', '-l', '2', '-x', String(x), '-y', '0', '-W', '420', '-H', '596', out, '-'));
    expect(back(0)).toBe(pageText(file, 2));
    expect(back(421)).toBe(pageText(file, pages - 1));
    expect(info).toMatch(new RegExp(`^Title:\\s+${content.ui.print.coverTitle} — Lancar$`, 'm'));
    expect(info).toMatch(/^Subject:\s+\S/m);
    const doc = await PDFDocument.load(imposed);
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toContain('id');
    for (const line of run('pdffonts', out).split('\n').slice(2).filter(Boolean)) expect(line).toMatch(/^[A-Z]{6}\+\S+\s.*\byes\s+yes\s+yes\b/);
    expect(run('qpdf', '--check', out)).toMatch(/No syntax or stream encoding errors/);
  });

  it('leaves the padding pages blank when imposing a document of 10 pages', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont('Helvetica');
    for (let i = 1; i <= 10; i++) doc.addPage([mm(148), mm(210)]).drawText(`Halaman ${i}`, { x: 60, y: 300, size: 14, font });
    const out = join(dir, 'imposed-10.pdf');
    writeFileSync(out, await imposeSaddleStitch(await doc.save()));
    expect(pageCount(out)).toBe(6);
    const half = (side: number, x: number) =>
      squash(run('pdftotext', '-f', String(side), '-l', String(side), '-x', String(x), '-y', '0', '-W', '420', '-H', '596', out, '-'));
    expect([half(1, 0), half(1, 421)]).toEqual(['Halaman 10', 'Halaman 1']);
    expect([half(2, 0), half(2, 421)]).toEqual(['Halaman 2', '']);
    expect([half(3, 0), half(3, 421)]).toEqual(['', 'Halaman 3']);
  });
});
