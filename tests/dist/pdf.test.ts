/**
 * What the leaflet says, in every paper size and variant: the steps in order inside, the danger signs and the cover
 * outside. (Format, fonts, structure, colour, QR and fields for every print file: print-files.test.ts.)
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { printFiles, trimOf } from '../../src/print/catalog.ts';
import { leafletPanels } from '../../src/print/leaflet.ts';
import { PRINT_SHOP } from '../../src/print/printshop.ts';
import { mm } from '../../src/print/units.ts';
import { readLocale } from '../helpers/content.ts';
import { distFile } from '../helpers/paths.ts';

const pdftotext = (...args: string[]) => execFileSync('pdftotext', args, { encoding: 'utf8' }).replace(/\s+/g, ' ');

const leaflets = (['id', 'en'] as const).flatMap((locale) => {
  const content = readLocale(locale);
  return printFiles(locale, content.ui)
    .filter((f) => f.kind === 'leaflet')
    .map((f) => ({ locale, fileName: f.name, file: distFile(`${locale}/${f.name}.pdf`), content, printFile: f }));
});

describe.each(leaflets)('the leaflet $locale/$fileName.pdf', ({ file, content, printFile }) => {
  /** The text of one inside panel, cropped at 72 dpi so one point is one pixel. */
  const panelText = (index: number) => {
    const trim = trimOf(printFile);
    const offset = printFile.variant === 'print-shop' ? mm(PRINT_SHOP.slug) : 0;
    const panel = leafletPanels(trim).inside[index]!;
    const crop = [mm(panel.x) + offset, offset, mm(panel.width), mm(trim.height)].map((v) => String(Math.round(v)));
    return pdftotext('-f', '2', '-l', '2', '-r', '72', '-x', crop[0]!, '-y', crop[1]!, '-W', crop[2]!, '-H', crop[3]!, file, '-');
  };

  it('is two pages with the cover title set as the document title', () => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+2$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+${content.ui.print.coverTitle} — Lancar$`, 'm'));
  });

  it('has every step title inside, in order, panel by panel, as real text', () => {
    // Panels are read left to right; within a panel, top to bottom.
    const text = [0, 1, 2].map(panelText).join(' ');
    let from = 0;
    for (const step of content.steps) {
      const at = text.indexOf(step.title.replace(/\s+/g, ' '), from);
      expect(at, `step ${step.order} "${step.title}" after position ${from}`).toBeGreaterThanOrEqual(from);
      from = at + step.title.length;
    }
  });

  it('carries every leaflet danger sign for mother and baby, the contact box and the cover title on the outside', () => {
    const text = pdftotext('-f', '1', '-l', '1', file, '-');
    expect(text).toContain(content.ui.print.coverTitle);
    expect(text).toContain(content.ui.print.contactTitle);
    expect(text).toContain(content.ui.print.dangerTitle);
    expect(text).toContain(content.ui.print.dangerNoMassage);
    const signs = [...content.dangerSigns.mother, ...content.dangerSigns.baby].flatMap((s) => (s.leaflet ? [s.leaflet] : []));
    expect(signs.length).toBeGreaterThanOrEqual(8);
    for (const sign of signs) expect(text, sign).toContain(sign.replace(/\s+/g, ' '));
  });

  it('checks when not to massage before step 1, on the first inside panel', () => {
    const first = panelText(0);
    const check = first.indexOf(content.ui.strings.safetyTitle);
    expect(check, 'the safety check heading').toBeGreaterThan(-1);
    const step1 = first.indexOf(content.steps[0]!.title.replace(/\s+/g, ' '));
    expect(step1).toBeGreaterThan(check);
    for (const rule of [...content.procedure.safety.doNot, ...content.procedure.safety.stopIf]) {
      const at = first.indexOf(rule.replace(/\s+/g, ' '));
      expect(at, rule).toBeGreaterThan(check);
      expect(at, rule).toBeLessThan(step1);
    }
  });
});
