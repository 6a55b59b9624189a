/**
 * The render cache is honest: an edited drawing is read again and reaches the next render (as `npm run dev` needs),
 * and a file whose content and assets did not change is served from the cache (here this process's memory), not
 * rendered again.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ILLUSTRATION_DIR } from '../../src/content/layout.ts';
import { loadPrintAssets, printAssetsDigest } from '../../src/print/assets.ts';
import { printFiles, renderPrintFile } from '../../src/print/catalog.ts';
import { renderCounts } from '../../src/render/cached.ts';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from '../../src/print/pdf.ts';
import { readPrintContent } from '../helpers/print-content.ts';

const dir = mkdtempSync(join(tmpdir(), 'lancar-drawings-'));
cpSync(ILLUSTRATION_DIR, dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each page's decoded content streams: what is drawn, without the metadata (dates) that differs on every save. */
async function pageContents(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
    return streams.map((s) => (s instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') : '')).join('\n');
  });
}

describe('the render cache', () => {
  const content = readPrintContent('id');
  // The colour A4 leaflet: the cheapest file that draws the step drawings.
  const file = printFiles('id', content.ui).find((f) => f.kind === 'leaflet' && f.paper === 'a4' && f.variant === 'colour')!;
  const drawing = content.steps[0]!.illustration;

  it('renders an edited drawing anew and serves an unchanged file from the cache', async () => {
    const before = loadPrintAssets(dir);
    expect(loadPrintAssets(dir), 'an unchanged folder gives back the same assets').toBe(before);
    const first = await renderPrintFile(file, content, before);

    const path = join(dir, `${drawing}.svg`);
    const mark = '<circle cx="100" cy="80" r="30" fill="#b4236b"/>';
    writeFileSync(path, readFileSync(path, 'utf8').replace('</g></svg>', `${mark}</g></svg>`));
    const after = loadPrintAssets(dir);
    expect(after.illustrations[drawing]).toContain(mark);
    expect(after.fonts, 'fonts are read once').toBe(before.fonts);
    expect(printAssetsDigest(after)).not.toBe(printAssetsDigest(before));

    const second = await renderPrintFile(file, content, after);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(false);
    expect(await pageContents(second), 'the edited drawing is drawn').not.toEqual(await pageContents(first));

    const again = loadPrintAssets(dir);
    expect(again).toBe(after);
    const drawn = renderCounts().rendered.print;
    expect(Buffer.from(await renderPrintFile(file, content, again)).equals(Buffer.from(second)), 'nothing changed: the same file').toBe(true);
    // Found by what the assets hold, not by which object holds it.
    await renderPrintFile(file, content, { fonts: again.fonts, illustrations: { ...again.illustrations } });
    expect(renderCounts().rendered.print, 'not drawn again').toBe(drawn);
  });
});
