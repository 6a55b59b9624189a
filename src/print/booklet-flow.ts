/**
 * Flowing the booklet's blocks over pages: pure arithmetic on measured heights, in points.
 *
 * A block is never split. A chapter starts on a new page; a block may ask for a page of its own start
 * (`breakBefore`, each step) or to stay with the block after it (`keepWithNext`, a heading over its list).
 * A block taller than a whole page is reported with the page it would have started on.
 */

export interface FlowItem {
  height: number;
  /** Starts a new page unless the page is still empty. */
  breakBefore?: boolean;
  /** Goes to the next page with the block after it rather than end a page alone. */
  keepWithNext?: boolean;
  /** Space above it when it follows another block on its page; the flow's own gap if not given. */
  gap?: number;
}

export interface FlowChapter {
  items: FlowItem[];
}

export interface FlowPage {
  chapter: number;
  /** Item indexes within the chapter, and each one's offset from the top of the content area. */
  items: { index: number; top: number }[];
  used: number;
}

export type FlowResult =
  | { ok: true; pages: FlowPage[] }
  /** Item `index` of `chapter` cannot fit on an empty page; `page` is 0-based, counted from the first flowed page. */
  | { ok: false; chapter: number; index: number; page: number; excess: number };

export function flowPages(chapters: FlowChapter[], pageHeight: number, gap: number): FlowResult {
  const pages: FlowPage[] = [];
  for (const [chapterIndex, chapter] of chapters.entries()) {
    let page: FlowPage = { chapter: chapterIndex, items: [], used: 0 };
    pages.push(page);
    const { items } = chapter;
    for (let index = 0; index < items.length; index++) {
      const item = items[index]!;
      if (item.height > pageHeight)
        return { ok: false, chapter: chapterIndex, index, page: page.items.length === 0 ? pages.length - 1 : pages.length, excess: item.height - pageHeight };
      // The run that must stay together: this block and every keepWithNext successor it is tied to.
      let run = item.height;
      for (let next = index; items[next]?.keepWithNext && items[next + 1]; next++) run += (items[next + 1]!.gap ?? gap) + items[next + 1]!.height;
      const start = page.items.length === 0 ? 0 : page.used + (item.gap ?? gap);
      const needed = item.keepWithNext ? Math.min(run, pageHeight) : item.height;
      if (page.items.length > 0 && (item.breakBefore || start + needed > pageHeight)) {
        page = { chapter: chapterIndex, items: [], used: 0 };
        pages.push(page);
      }
      const top = page.items.length === 0 ? 0 : page.used + (item.gap ?? gap);
      page.items.push({ index, top });
      page.used = top + item.height;
    }
  }
  return { ok: true, pages };
}
