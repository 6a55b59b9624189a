/**
 * PDF bookmarks (the "outline", ISO 32000 12.3.3). pdf-lib has no API for them, so the dictionaries are written
 * here: one /Outlines root, items chained with /Prev and /Next under their /Parent, each with its /Title and a
 * /Dest that opens its page at the top ([page /XYZ null null null] keeps the reader's zoom).
 */
import { PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFRef } from './pdf.ts';

export interface OutlineItem {
  title: string;
  /** 0-based page the bookmark opens. */
  pageIndex: number;
  /** Bookmarks under this one (shown closed until the reader opens them). */
  children?: OutlineItem[];
}

/** Every item in the tree, its own and its descendants' count: what /Count means for an open root. */
const countAll = (items: OutlineItem[]): number => items.reduce((n, item) => n + 1 + countAll(item.children ?? []), 0);

/**
 * Writes the bookmarks into the document and asks readers to show the bookmark panel on opening.
 * Replaces any outline the document had.
 */
export function addOutline(doc: PDFDocument, items: OutlineItem[]): void {
  if (items.length === 0) return;
  const pages = doc.getPages();
  const { context } = doc;
  const rootRef = context.nextRef();

  const writeLevel = (level: OutlineItem[], parent: PDFRef): { first: PDFRef; last: PDFRef } => {
    const refs = level.map(() => context.nextRef());
    level.forEach((item, index) => {
      const page = pages[item.pageIndex];
      if (!page) throw new Error(`outline: "${item.title}" points to page ${item.pageIndex + 1}, but the document has ${pages.length}`);
      const dict = context.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        // null left, top and zoom: the reader keeps its own (context.obj writes null as the PDF null).
        Dest: [page.ref, PDFName.of('XYZ'), null, null, null],
      });
      if (index > 0) dict.set(PDFName.of('Prev'), refs[index - 1]!);
      if (index < level.length - 1) dict.set(PDFName.of('Next'), refs[index + 1]!);
      const children = item.children ?? [];
      if (children.length > 0) {
        const { first, last } = writeLevel(children, refs[index]!);
        dict.set(PDFName.of('First'), first);
        dict.set(PDFName.of('Last'), last);
        // Negative: the item starts closed, with this many descendants hidden.
        dict.set(PDFName.of('Count'), PDFNumber.of(-countAll(children)));
      }
      context.assign(refs[index]!, dict);
    });
    return { first: refs[0]!, last: refs.at(-1)! };
  };

  const { first, last } = writeLevel(items, rootRef);
  // The root counts the items visible when the panel opens: the top level, as children start closed.
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: first, Last: last, Count: items.length }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
