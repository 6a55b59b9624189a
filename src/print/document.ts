/** A new PDF with the print fonts embedded as proper subsets and its metadata set: shared by every document. */
import { createHash } from 'node:crypto';
import type { PrintAssets } from './assets.ts';
import { fontkit, PDFDocument } from './pdf.ts';
import type { Fonts } from './svg.ts';

export interface DocumentInfo {
  title: string;
  subject: string;
  /** BCP 47 language of the text, e.g. "id". */
  lang: string;
  author: string;
  keywords: string[];
}

/**
 * A subset font's PDF name carries a six-letter tag (ISO 32000 9.6.4) that preflight tools read as "subset".
 * Neither pdf-lib nor its fork writes one, so it is made here, stable for the same content.
 */
export function subsetName(postscriptName: string, seed: string): string {
  const digest = createHash('sha256').update(postscriptName).update(seed).digest();
  const tag = [...digest.subarray(0, 6)].map((byte) => String.fromCharCode(65 + (byte % 26))).join('');
  return `${tag}+${postscriptName}`;
}

export async function createPrintDocument(info: DocumentInfo, assets: PrintAssets, seed: string): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts: Fonts = {
    regular: await doc.embedFont(assets.fonts.regular, { subset: true, customName: subsetName('AtkinsonHyperlegible-Regular', seed) }),
    bold: await doc.embedFont(assets.fonts.bold, { subset: true, customName: subsetName('AtkinsonHyperlegible-Bold', seed) }),
  };
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setSubject(info.subject);
  doc.setLanguage(info.lang);
  doc.setAuthor(info.author);
  doc.setKeywords(info.keywords);
  doc.setCreator('Lancar print renderer');
  doc.setProducer('Lancar (satori + @cantoo/pdf-lib)');
  return { doc, fonts };
}
