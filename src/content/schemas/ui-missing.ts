import { z } from 'zod';
import { text } from './fields.ts';

/** The 404 page of a language (`missing:` in ui.yaml): its words, and the headings of its list of pages. */
export const uiMissingSchema = z.strictObject({
  title: text(80),
  intro: text(240),
  /** Shown above the closest pages, which the 404 page's script ranks by the mistyped address. */
  closest: text(80),
  home: text(60),
  /** One heading per audience of the pages (frontmatter `audience`). */
  mother: text(60),
  kader: text(60),
  lecturer: text(60),
});
