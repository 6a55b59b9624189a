/**
 * The print page's list of documents, from the rendered files themselves: each document's files with their sizes
 * in bytes, its page count and its first-page thumbnail (print/thumbnail.ts). Renders are memoised (catalog.ts),
 * so the page, the PDF endpoint and the thumbnail endpoint share one render of each file per build.
 */
import { printFiles, renderPrintFile, type DocumentKind, type PrintFile } from './catalog.ts';
import type { PrintAssets } from './assets.ts';
import type { PrintContent } from './content.ts';
import { GUIDE, type DocumentGuide } from './guide.ts';
import { thumbnailOf } from '../render/outputs.ts';
import type { Ui } from '../content/schemas/index.ts';

export interface DocumentEntry {
  kind: DocumentKind;
  guide: DocumentGuide;
  /** Every variant and paper, in catalog order, with its size in bytes. */
  files: { file: PrintFile; bytes: number }[];
  /** Page count of the document's first file (its variants have the same pages). */
  pages: number;
  /** The reading-order booklet's page count, for the imposed booklet's sheet table. */
  bookletPages?: number;
  thumbnail: { src: string; width: number; height: number };
}

/** The file whose first page is the document's thumbnail: its first in the catalog (colour, A4 where there is one). */
export const thumbnailFiles = (locale: string, ui: Ui): PrintFile[] => {
  const seen = new Set<DocumentKind>();
  return printFiles(locale, ui).filter((f) => !seen.has(f.kind) && seen.add(f.kind));
};

export const thumbnailPath = (file: PrintFile) => `/${file.locale}/${file.name}.webp`;

export async function printPageEntries(content: PrintContent, assets: PrintAssets): Promise<DocumentEntry[]> {
  const { locale, ui } = content;
  const files = printFiles(locale, ui);
  const rendered = new Map(await Promise.all(files.map(async (f) => [f, await renderPrintFile(f, content, assets)] as const)));
  const entries: DocumentEntry[] = [];
  for (const [kind, guide] of Object.entries(GUIDE) as [DocumentKind, DocumentGuide][]) {
    const own = files.filter((f) => f.kind === kind);
    if (own.length === 0) continue;
    const first = rendered.get(own[0]!)!;
    const thumbnail = await thumbnailOf(first);
    const entry: DocumentEntry = {
      kind,
      guide,
      files: own.map((file) => ({ file, bytes: rendered.get(file)!.byteLength })),
      pages: thumbnail.pages,
      thumbnail: { src: thumbnailPath(own[0]!), width: thumbnail.width, height: thumbnail.height },
    };
    if (guide.imposed) {
      const booklet = files.find((f) => f.kind === 'booklet');
      if (!booklet) throw new Error(`print page (${locale}): the imposed booklet needs the reading-order booklet in the catalog`);
      entry.bookletPages = (await thumbnailOf(rendered.get(booklet)!)).pages;
    }
    entries.push(entry);
  }
  return entries;
}
