/**
 * A subset font's tag names the glyphs it holds: the same subset gets the same name in any document, another
 * subset another name. So a file's bytes depend on what it prints, not on content it does not show, and the
 * render cache redraws it only when that changes (tests/build/render-cache.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadPrintAssets } from '../../src/print/assets.ts';
import { createPrintDocument, savePrintDocument } from '../../src/print/document.ts';
import { PDFDict, PDFDocument, PDFName } from '../../src/print/pdf.ts';

async function fontNames(text: string): Promise<string[]> {
  const { doc, fonts } = await createPrintDocument({ title: 't', subject: 's', lang: 'id', author: 'a', keywords: [] }, loadPrintAssets());
  doc.addPage().drawText(text, { font: fonts.regular, size: 12, x: 20, y: 20 });
  const saved = await PDFDocument.load(await savePrintDocument(doc));
  return saved.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Subtype'))?.toString() === '/Type0')
    .map((font) => font.get(PDFName.of('BaseFont'))!.toString())
    .sort();
}

describe('subset font names', () => {
  it('are tagged, the same for the same glyphs and different for others', async () => {
    const first = await fontNames('Pijat oksitosin');
    expect(first).toEqual(expect.arrayContaining([expect.stringMatching(/^\/[A-Z]{6}\+AtkinsonHyperlegible-Regular$/)]));
    expect(await fontNames('Pijat oksitosin')).toEqual(first);
    expect(await fontNames('Pijat oksitosin!')).not.toEqual(first);
  });
});
