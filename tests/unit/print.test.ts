import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { ContentError } from '../../src/content/errors.ts';
import { loadPrintAssets } from '../../src/print/assets.ts';
import { balanceRuns } from '../../src/print/flow.ts';
import { h } from '../../src/print/element.ts';
import { layout } from '../../src/print/layout.ts';
import { leafletInput as leafletInputOf, leafletPanels, LEAFLET, renderLeaflet, type LeafletInput } from '../../src/print/leaflet.ts';
import { createPrintDocument } from '../../src/print/document.ts';
import { drawingProblems, drawSvg, parseColor, shapeToPath } from '../../src/print/svg.ts';
import { unsupportedContactChars } from '../../src/print/contact.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ILLUSTRATION_DIR } from '../../src/content/layout.ts';
import { mm, PAPER, type SizeMm, toMm } from '../../src/print/units.ts';
import { readPrintContent } from '../helpers/print-content.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import QRCode from 'qrcode';
import { CONTACT_BOX } from '../../src/print/contact.ts';
import { qrImageSide, qrSvg, QR_INK, QR_MIN_CODE, QUIET_ZONE } from '../../src/print/qr.ts';
import { printedLink } from '../../src/print/links.ts';
import { formatEdition } from '../../src/print/edition.ts';

const leafletInput = (locale: string): LeafletInput => leafletInputOf(readPrintContent(locale));

describe('units', () => {
  it('converts millimetres to points in one place', () => {
    expect(mm(25.4)).toBeCloseTo(72);
    expect(mm(PAPER.a4Landscape.width)).toBeCloseTo(841.89, 1);
    expect(toMm(mm(210))).toBeCloseTo(210);
  });
});

describe('layout', () => {
  it('lays out an element once per width, colour and fonts, and again for another', async () => {
    const { fonts } = loadPrintAssets();
    const block = () => h('div', { fontSize: 12 }, 'Pijat oksitosin');
    const first = layout(block(), 200, fonts, '#1f2933');
    expect(layout(block(), 200, fonts, '#1f2933'), 'the same element, built again').toBe(first);
    const other = await layout(block(), 200, fonts, '#000000');
    expect(other.svg).not.toBe((await first).svg);
    expect(other.svg).toBe((await first).svg.replaceAll('#1f2933', '#000000'));
    expect((await layout(block(), 40, fonts, '#1f2933')).height).toBeGreaterThan((await first).height);
  });
});

describe('leaflet panels (roll fold)', () => {
  const { outside, inside } = leafletPanels(PAPER.a4Landscape);

  it('fill the sheet edge to edge on both sides', () => {
    for (const side of [outside, inside]) {
      expect(side[0]!.x).toBe(0);
      expect(side.reduce((sum, p) => sum + p.width, 0)).toBeCloseTo(297);
      for (const [i, panel] of side.slice(1).entries()) expect(panel.x).toBeCloseTo(side[i]!.x + side[i]!.width);
    }
  });

  it('make the fold-in flap 2 mm narrower, outside left and inside right (the same paper)', () => {
    expect(outside[1]!.width - outside[0]!.width).toBeCloseTo(LEAFLET.foldInNarrower);
    expect(inside[0]!.width - inside[2]!.width).toBeCloseTo(LEAFLET.foldInNarrower);
    expect(outside[0]!.width).toBeCloseTo(inside[2]!.width);
    expect(outside[2]!.name).toMatch(/front cover/);
  });
});

describe('balancing steps over panels', () => {
  it('keeps the order and makes the tallest panel as short as possible', () => {
    expect(balanceRuns([10, 10, 10, 10, 10, 10], 3, 0, 0)).toEqual({
      runs: [
        [0, 1],
        [2, 3],
        [4, 5],
      ],
      totals: [20, 20, 20],
    });
    // A heading on the first panel pushes a block onward; gaps count between blocks only.
    expect(balanceRuns([10, 10, 10], 2, 15, 2)).toEqual({ runs: [[0], [1, 2]], totals: [25, 22] });
  });
});

describe('svg shapes', () => {
  it('turns every basic shape into path data', () => {
    expect(shapeToPath('line', { x1: '0', y1: '1', x2: '2', y2: '3' })).toBe('M0 1L2 3');
    expect(shapeToPath('polygon', { points: '0,0 4,0 4,4' })).toBe('M0 0L4 0L4 4Z');
    expect(shapeToPath('rect', { x: '1', y: '2', width: '3', height: '4' })).toBe('M1 2H4V6H1Z');
    expect(shapeToPath('circle', { cx: '5', cy: '5', r: '2' })).toMatch(/^M3 5A2 2/);
    expect(shapeToPath('marker', {})).toBeUndefined();
  });

  it('draws every drawing in content/illustrations, which keep to the print subset and colours', async () => {
    const { doc, fonts } = await createPrintDocument({ title: 't', subject: 's', lang: 'id', author: 'a', keywords: [] }, loadPrintAssets());
    const page = doc.addPage();
    const dir = ILLUSTRATION_DIR;
    const files = readdirSync(dir).filter((f) => f.endsWith('.svg'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) {
      const svg = readFileSync(join(dir, file), 'utf8');
      expect(drawingProblems(svg), file).toEqual([]);
      expect(() => drawSvg(svg, { page, fonts, x: 0, top: 800, scale: 1, source: file })).not.toThrow();
    }
  });

  it('names what print would draw differently: transforms, CSS, other tags and colours', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0L5 5" transform="rotate(9)"/>' +
      '<circle cx="1" cy="1" r="1" fill="#00ff00"/><image href="x.png"/></svg>';
    expect(drawingProblems(svg)).toEqual([
      'the transform attribute on <path> is not drawn in print; write coordinates and colours out in full',
      'fill="#00ff00" on <circle>: use one of #1f2933, #ffffff, #b4236b',
      '<image> is not allowed; use path, rect, circle, ellipse, line, polyline, polygon, g or text',
      'the href attribute on <image> is not drawn in print; write coordinates and colours out in full',
    ]);
  });

  it('reads the colours satori and the drawings use, and "none"', () => {
    expect(parseColor('#b4236b')).toEqual([180, 35, 107]);
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseColor('none')).toBeUndefined();
    expect(() => parseColor('hsl(0 0% 0%)')).toThrow(/not supported/);
  });
});

describe('renderLeaflet', () => {
  it('makes a two-page A4 landscape PDF with title, language and subject set', async () => {
    const bytes = await renderLeaflet(leafletInput('id'), loadPrintAssets());
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(2);
    for (const page of doc.getPages()) {
      expect(page.getWidth()).toBeCloseTo(841.89, 1);
      expect(page.getHeight()).toBeCloseTo(595.28, 1);
    }
    expect(doc.getTitle()).toBe('Pijat Oksitosin — Lancar');
    expect(doc.getSubject()).toMatch(/tulang belakang/);
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(id)');
    expect(bytes.byteLength).toBeLessThan(250 * 1024);
  });

  it('stops with the document, the panel and the step file when a step is too long to fit', async () => {
    const input = leafletInput('en');
    const long = 'Keep the pressure gentle and steady while you move. '.repeat(60);
    input.steps = input.steps.map((s) => (s.order === 5 ? { ...s, short: long } : s));
    const error = await renderLeaflet(input, loadPrintAssets()).catch((e: unknown) => e);
    expect(ContentError.is(error)).toBe(true);
    const [problem] = (error as ContentError).problems;
    expect(problem!.file).toBe('content/en/steps/05.yaml');
    expect(problem!.message).toMatch(/^leaflet \(en, 297×210 mm\): the text does not fit the inside \w+.* panel \([\d.]+ mm too long\); shorten it$/);
  });

  it('lays out F4 landscape too, with the same roll-fold panels scaled to the wider sheet', async () => {
    const panels = leafletPanels(PAPER.f4Landscape);
    expect(panels.outside.map((p) => Number(p.width.toFixed(2)))).toEqual([108.67, 110.67, 110.67]);
    const doc = await PDFDocument.load(await renderLeaflet(leafletInput('en'), loadPrintAssets(), { paper: PAPER.f4Landscape, variant: 'bw' }));
    expect(doc.getPage(0).getSize()).toEqual({ width: mm(330), height: mm(215) });
  });

  it('puts the fillable contact fields on the writing lines of the back panel', async () => {
    const doc = await PDFDocument.load(await renderLeaflet(leafletInput('id'), loadPrintAssets()));
    const back = leafletPanels(PAPER.a4Landscape).outside[1]!;
    const fields = doc.getForm().getFields();
    expect(fields.map((f) => f.getName())).toEqual(['contact.name', 'contact.phone']);
    for (const field of fields) {
      const rect = field.acroField.getWidgets()[0]!.getRectangle();
      // Inside the back panel's padding, at the foot of the sheet, one line of 12 pt text high.
      expect(rect.x).toBeGreaterThanOrEqual(mm(back.x + LEAFLET.padding));
      expect(rect.x + rect.width).toBeLessThanOrEqual(mm(back.x + back.width - LEAFLET.padding) + 0.5);
      expect(rect.y).toBeGreaterThanOrEqual(mm(LEAFLET.padding));
      expect(rect.y).toBeLessThan(mm(60));
      expect(rect.height).toBeGreaterThanOrEqual(16);
    }
    const leaflet = await PDFDocument.load(await renderLeaflet(leafletInput('id'), loadPrintAssets(), { contactFields: false }));
    expect(leaflet.getForm().getFields()).toEqual([]);
  });

  it('refuses contact text the field font cannot show, naming the characters', () => {
    expect(unsupportedContactChars('Posyandu Melati, Jl. Mawar No. 3 — Bidan Siti')).toEqual(['—']);
    expect(unsupportedContactChars('Bidan Ani 漢字 漢')).toEqual(['漢', '字']);
    expect(unsupportedContactChars('Café Señora 0812-3456')).toEqual([]);
  });

  it('stops when the procedure facts overflow an outside panel, naming procedure.yaml', async () => {
    const input = leafletInput('id');
    input.procedure = { ...input.procedure, when: Array.from({ length: 30 }, () => 'Paling sedikit dua kali sehari, sebelum ibu menyusui.') };
    const error = (await renderLeaflet(input, loadPrintAssets()).catch((e: unknown) => e)) as ContentError;
    expect(error.problems[0]).toMatchObject({ file: 'content/id/procedure.yaml' });
    expect(error.problems[0]!.message).toMatch(/outside left \(fold-in flap\) panel/);
  });
});

describe('QR codes', () => {
  it('are pure black on white, with their quiet zone, in every variant', () => {
    const svg = qrSvg('https://lancar.example.org/s/pijat/');
    const fills = [...svg.matchAll(/fill="([^"]+)"/g)].map((m) => m[1]);
    expect(fills).toEqual(['#ffffff', QR_INK]);
    expect(QR_INK).toBe('#000000');
    const size = QRCode.create('https://lancar.example.org/s/pijat/', { errorCorrectionLevel: 'M' }).modules.size;
    expect(svg).toContain(`viewBox="0 0 ${size + 2 * QUIET_ZONE} ${size + 2 * QUIET_ZONE}"`);
  });

  it('reserve the image side whose dark modules span the size asked for', () => {
    const url = 'https://lancar.example.org/s/pijat/';
    const size = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size;
    expect((qrImageSide(url, QR_MIN_CODE) * size) / (size + 2 * QUIET_ZONE)).toBeCloseTo(QR_MIN_CODE, 6);
    // A short link needs a small version: larger modules at the same size.
    expect(size).toBeLessThanOrEqual(29);
  });
});

describe('leaflet page design', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lancar-leaflet-'));
  const run = (command: string, ...args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  type Word = { page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number };
  const render = async (locale: string, paper: SizeMm = PAPER.a4Landscape): Promise<{ file: string; words: Word[] }> => {
    const file = join(dir, `leaflet-${locale}-${paper.width}.pdf`);
    writeFileSync(file, await renderLeaflet(leafletInput(locale), loadPrintAssets(), { paper }));
    const words: Word[] = [];
    let page = 0;
    for (const line of run('pdftotext', '-bbox', file, '-').split('\n')) {
      if (line.includes('<page ')) page++;
      const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
      if (m) words.push({ page, text: m[5]!, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
    }
    return { file, words };
  };
  const inPanel = (words: Word[], page: number, panel: { x: number; width: number }) =>
    words.filter((w) => w.page === page && w.xMin >= mm(panel.x) - 1 && w.xMax <= mm(panel.x + panel.width) + 1);
  const papers = [
    ['A4', PAPER.a4Landscape],
    ['F4', PAPER.f4Landscape],
  ] as const;

  describe.each(['id', 'en'])('%s', (locale) => {
    it.each(papers)('fills every inside panel on %s: none ends more than 15 mm above its foot', async (_, paper) => {
      const { words } = await render(locale, paper);
      const foot = mm(paper.height - LEAFLET.padding);
      for (const panel of leafletPanels(paper).inside) {
        const lowest = Math.max(...inPanel(words, 2, panel).map((w) => w.yMax));
        expect(toMm(foot - lowest), panel.name).toBeLessThan(15);
      }
    });

    it.each(papers)("sets the cover's short link at the foot, level with the contact box on the back (%s)", async (_, paper) => {
      const { words } = await render(locale, paper);
      const [, back, front] = leafletPanels(paper).outside;
      const label = printedLink(readPrintContent(locale), 'massage').label;
      const url = inPanel(words, 1, front!).find((w) => w.text === label)!;
      expect(url, `the cover prints ${label}`).toBeDefined();
      const boxFoot = mm(paper.height - LEAFLET.padding);
      expect(toMm(boxFoot - url.yMax)).toBeLessThan(3);
      expect(toMm(boxFoot - url.yMax)).toBeGreaterThanOrEqual(-0.5);
      // The contact box sits on the same foot, on the back panel.
      const contactLabel = inPanel(words, 1, back!).filter((w) => w.yMin > mm(paper.height - LEAFLET.padding - CONTACT_BOX.height));
      expect(contactLabel.length).toBeGreaterThan(0);
      // Little text on the cover: no summary paragraph.
      expect(inPanel(words, 1, front!).length).toBeLessThan(60);
    });

    it('prints the edition, licence, leave to photocopy and the duplex setting on the outside', async () => {
      const { file } = await render(locale);
      const text = run('pdftotext', '-f', '1', '-l', '1', file, '-').replace(/\s+/g, ' ');
      const { ui, procedure } = readPrintContent(locale);
      expect(text).toContain(ui.print.duplexShortEdge);
      const [before, after] = ui.print.edition.split('{date}');
      expect(text).toContain(before!.trim());
      expect(text).toContain(formatEdition(ui.locale.lang, procedure.checked));
      expect(text).toContain(after!.split('·').at(-1)!.trim());
      expect(text).toContain('CC BY-SA 4.0');
    });
  });

  it("uses F4's extra size for larger type and drawings, not blank paper", async () => {
    const a4 = await render('id', PAPER.a4Landscape);
    const f4 = await render('id', PAPER.f4Landscape);
    const height = (words: Word[], text: string) =>
      words.find((w) => w.page === 2 && w.text === text)!.yMax - words.find((w) => w.page === 2 && w.text === text)!.yMin;
    const first = readPrintContent('id').steps[0]!.short.split(' ')[0]!;
    expect(height(f4.words, first)).toBeGreaterThan(height(a4.words, first) * 1.05);
  });
});
