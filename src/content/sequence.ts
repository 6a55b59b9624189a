/**
 * Previous and next between topic pages: a reader who finished one page goes on to the next without the menu.
 * Each reader has their own path (mothers, kader, lecturers: the page's `audience`), in topic order; the home and
 * search pages, the guided mode and pages kept out of search are on no path.
 */
export interface SequencedPage {
  data: { key: string; slug: string; title: string; audience: string; searchable: boolean };
}

// The guided mode is a tool opened from the procedure, not a page read on the way.
const OFF_PATH = new Set(['home', 'search', 'guided']);

const onPath = (page: SequencedPage): boolean => page.data.searchable && !OFF_PATH.has(page.data.key);

/** `pages` in topic order (as the content gives them); the page's neighbours on its reader's path. */
export function pageNeighbours<P extends SequencedPage>(pages: readonly P[], key: string): { previous?: P; next?: P } {
  const page = pages.find((p) => p.data.key === key);
  if (!page || !onPath(page)) return {};
  const path = pages.filter((p) => onPath(p) && p.data.audience === page.data.audience);
  const at = path.indexOf(page);
  return { previous: path[at - 1], next: path[at + 1] };
}
