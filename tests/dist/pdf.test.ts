import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readLocale } from '../helpers/content.ts';
import { distFile } from '../helpers/paths.ts';

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

const leaflets = (['id', 'en'] as const).map((locale) => {
  const content = readLocale(locale);
  return { locale, file: distFile(`${locale}/${content.ui.strings.leafletFile}-a4.pdf`), content };
});

describe.each(leaflets)('the $locale leaflet', ({ locale, file, content }) => {
  it('is two A4 landscape pages with its title set', () => {
    const info = poppler('pdfinfo', file);
    expect(info).toMatch(/^Pages:\s+2$/m);
    expect(info).toMatch(/^Page size:\s+841\.89 x 595\.276 pts \(A4\)$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+${content.ui.print.coverTitle} — Lancar$`, 'm'));
  });

  it('has every step title, in order, as real text', () => {
    const text = poppler('pdftotext', '-f', '2', '-l', '2', file, '-').replace(/\s+/g, ' ');
    let from = 0;
    for (const step of content.steps) {
      const at = text.indexOf(step.title.replace(/\s+/g, ' '), from);
      expect(at, `step ${step.order} "${step.title}" after position ${from}`).toBeGreaterThanOrEqual(from);
      from = at + step.title.length;
    }
  });

  it('carries the danger signs and the cover title on the outside', () => {
    const text = poppler('pdftotext', '-f', '1', '-l', '1', file, '-').replace(/\s+/g, ' ');
    expect(text).toContain(content.ui.print.coverTitle);
    for (const sign of content.procedure.getHelp) expect(text).toContain(sign.replace(/\s+/g, ' '));
  });

  it('embeds and subsets every font', () => {
    const rows = poppler('pdffonts', file).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // name, type…, encoding, emb, sub, uni, object, generation
      const [emb, sub, uni] = row.trim().split(/\s+/).slice(-5, -2);
      expect({ row, emb, sub, uni }).toEqual({ row, emb: 'yes', sub: 'yes', uni: 'yes' });
      expect(row).toMatch(/^[A-Z]{6}\+/);
    }
  });

  it('is structurally valid and within the 250 KB leaflet budget', () => {
    expect(poppler('qpdf', '--check', file)).toMatch(/No syntax or stream encoding errors/);
    const size = Number(poppler('stat', '-c', '%s', file).trim());
    expect(size, `${locale} leaflet is ${size} bytes`).toBeLessThanOrEqual(250 * 1024);
  });
});
