/**
 * Every QR code in the built PDFs, as a kader meets it: on a photocopy of a photocopy. Each page that prints a
 * short link (/s/<code>/) is rendered at 300 dpi in grey and put through a simulated second-generation copy
 * (blur 2 px, threshold 45 %, then blur 1 px, threshold 50 %: a tired copier twice over); zbarimg must still read
 * every code on it, each must hold one of the printed short links, and each code's dark modules must span at
 * least 22 mm, measured on the clean render from the code's three finder patterns.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import QRCode from 'qrcode';
import { afterAll, describe, expect, it } from 'vitest';
import { printFiles } from '../../src/print/catalog.ts';
import { QR_MIN_CODE } from '../../src/print/qr.ts';
import { readLocale } from '../helpers/content.ts';
import { distFile } from '../helpers/paths.ts';

const DPI = 300;
const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const locales = ['id', 'en'] as const;
const files = locales.flatMap((locale) =>
  printFiles(locale, readLocale(locale).ui)
    .filter((f) => f.kind === 'leaflet' || f.kind === 'booklet' || f.kind === 'booklet-imposed')
    .map((f) => ({ ...f, path: distFile(`${locale}/${f.name}.pdf`) })),
);
const work = mkdtempSync(join(tmpdir(), 'lancar-qr-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The short links a page prints, as full URLs (the printed label is the URL without "https://"). */
function printedShortLinks(path: string, page: number): string[] {
  const text = run('pdftotext', '-f', String(page), '-l', String(page), path, '-');
  return [...text.matchAll(/(\S+\/s\/[a-z0-9]+\/)/g)].map((m) => `https://${m[1]}`);
}

interface Grey {
  data: Buffer;
  width: number;
  height: number;
}

/**
 * The centres and module sizes (px) of QR finder patterns: runs of dark, light, dark, light, dark in the ratio
 * 1:1:3:1:1 along a row, confirmed down the column through their centre, merged where they repeat.
 */
function finderPatterns({ data, width, height }: Grey): { x: number; y: number; module: number }[] {
  const dark = (x: number, y: number) => data[y * width + x]! < 128;
  const ratioOk = (runs: number[]) => {
    const total = runs.reduce((a, b) => a + b, 0);
    if (total < 7 * 3) return false;
    const unit = total / 7;
    return [1, 1, 3, 1, 1].every((r, i) => Math.abs(runs[i]! - r * unit) <= unit * r * 0.5 + 1);
  };
  const columnRuns = (x: number, y: number) => {
    // Five runs centred on (x, y), which is in the middle dark run.
    const runs = [0, 0, 0, 0, 0];
    let yy = y;
    while (yy >= 0 && dark(x, yy)) {
      runs[2]!++;
      yy--;
    }
    for (const [index, want] of [
      [1, false],
      [0, true],
    ] as const) {
      while (yy >= 0 && dark(x, yy) === want) {
        runs[index]!++;
        yy--;
      }
    }
    yy = y + 1;
    while (yy < height && dark(x, yy)) {
      runs[2]!++;
      yy++;
    }
    for (const [index, want] of [
      [3, false],
      [4, true],
    ] as const) {
      while (yy < height && dark(x, yy) === want) {
        runs[index]!++;
        yy++;
      }
    }
    return runs;
  };
  const found: { x: number; y: number; module: number; hits: number }[] = [];
  for (let y = 0; y < height; y += 2) {
    const runs: number[] = [];
    const starts: number[] = [];
    let x = 0;
    while (x < width) {
      const start = x;
      const state = dark(x, y);
      while (x < width && dark(x, y) === state) x++;
      if (runs.length === 0 && !state) continue;
      runs.push(x - start);
      starts.push(start);
    }
    // Runs alternate dark, light, … from the first dark run.
    for (let i = 0; i + 4 < runs.length; i += 2) {
      const five = runs.slice(i, i + 5);
      if (!ratioOk(five)) continue;
      const cx = Math.round(starts[i + 2]! + runs[i + 2]! / 2);
      if (!ratioOk(columnRuns(cx, y))) continue;
      const module = five.reduce((a, b) => a + b, 0) / 7;
      const near = found.find((f) => Math.abs(f.x - cx) < module * 3 && Math.abs(f.y - y) < module * 3);
      if (near) {
        near.y = (near.y * near.hits + y) / (near.hits + 1);
        near.x = (near.x * near.hits + cx) / (near.hits + 1);
        near.module = (near.module * near.hits + module) / (near.hits + 1);
        near.hits++;
      } else found.push({ x: cx, y, module, hits: 1 });
    }
  }
  // A real finder is crossed by many rows (its 3-module core); stray text matches once or twice.
  return found.filter((f) => f.hits >= 3);
}

/**
 * The side in mm of each code's dark modules on a page: three finders whose centres form a right angle with equal
 * legs (top-left, top-right, bottom-left) span leg + 7 modules.
 */
function codeSides(grey: Grey): number[] {
  const finders = finderPatterns(grey);
  const sides: number[] = [];
  for (const corner of finders) {
    for (const a of finders) {
      for (const b of finders) {
        if (a === corner || b === corner || a === b) continue;
        const u = [a.x - corner.x, a.y - corner.y];
        const v = [b.x - corner.x, b.y - corner.y];
        const lu = Math.hypot(u[0]!, u[1]!);
        const lv = Math.hypot(v[0]!, v[1]!);
        // Right of the corner and below it: each code is counted once.
        if (!(u[0]! > 0 && Math.abs(u[1]!) < corner.module && v[1]! > 0 && Math.abs(v[0]!) < corner.module)) continue;
        if (Math.abs(lu - lv) > 2 * corner.module) continue;
        const modules = [corner, a, b].reduce((sum, f) => sum + f.module, 0) / 3;
        sides.push((((lu + lv) / 2 + 7 * modules) / DPI) * 25.4);
      }
    }
  }
  return sides;
}

const pages = files.flatMap((file) => {
  const count = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', file.path))![1]);
  return Array.from({ length: count }, (_, i) => ({ file, page: i + 1, links: printedShortLinks(file.path, i + 1) })).filter((p) => p.links.length > 0);
});

describe('QR codes in the print files', () => {
  it('are printed on the leaflet (cover and danger signs) and the booklet (cover and danger signs), each with its short link', () => {
    for (const file of files) {
      const links = pages.filter((p) => p.file === file).flatMap((p) => p.links);
      expect(links.length, `${file.locale}/${file.name}.pdf`).toBeGreaterThanOrEqual(2);
    }
  });

  describe.each(pages.map((p) => ({ ...p, name: `${p.file.locale}/${p.file.name}.pdf p${p.page}` })))('$name', ({ file, page, links }) => {
    it(`holds only short links, at least ${QR_MIN_CODE} mm wide, readable after a copy of a copy`, async () => {
      const base = join(work, `${file.locale}-${file.name}-${page}`);
      run('pdftoppm', '-r', String(DPI), '-gray', '-png', '-singlefile', '-f', String(page), '-l', String(page), file.path, base);
      const clean = await sharp(`${base}.png`).greyscale().raw().toBuffer({ resolveWithObject: true });
      const grey = { data: clean.data, width: clean.info.width, height: clean.info.height };

      // Second-generation photocopy: blur 2 px, threshold 45 %; blur 1 px, threshold 50 %.
      const first = await sharp(`${base}.png`)
        .greyscale()
        .blur(2)
        .threshold(Math.round(0.45 * 255))
        .png()
        .toBuffer();
      await sharp(first)
        .blur(1)
        .threshold(Math.round(0.5 * 255))
        .png()
        .toFile(`${base}-copy.png`);
      let decoded: string[] = [];
      try {
        decoded = run('zbarimg', '-q', '--raw', `${base}-copy.png`).trim().split('\n').filter(Boolean);
      } catch {
        // zbarimg exits non-zero when it finds no code: the assertion below says so.
      }
      expect(decoded.sort(), 'the codes read off the copied page are the short links printed under them').toEqual([...links].sort());

      const sides = codeSides(grey);
      expect(sides.length, 'one code measured per printed short link').toBe(links.length);
      for (const side of sides) expect(side).toBeGreaterThanOrEqual(QR_MIN_CODE - 0.3);
      // Each code's version is the one its short link needs: a short URL keeps the modules large.
      for (const link of links) expect(QRCode.create(link, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(3);
    });
  });
});
