/**
 * ui.yaml `teaching:`: the words of the lecturer's material. The link after every section heading, the Moodle
 * export of the knowledge test, the drawings as slides, and the teaching page that lists them.
 */
import { z } from 'zod';
import { text } from './fields.ts';

const placeholders = (...names: string[]) =>
  text(200).refine((s) => names.every((n) => s.includes(`{${n}}`)), `must contain ${names.map((n) => `{${n}}`).join(', ')}`);

export const uiTeachingSchema = z
  .object({
    /** Read by screen readers before a heading's own words: "Tautan ke bagian: Siapa yang boleh memijat". */
    anchor: text(40),
    /** Moodle question bank category of the imported test; "/" separates a category from its parent. */
    giftCategory: z
      .string()
      .trim()
      .regex(/^[^:{}~=#\\\n]+$/, 'a category path such as "Lancar/Knowledge test", without : { } ~ = # or \\'),
    /** The line at the foot of every slide. */
    slideSource: placeholders('version', 'url', 'licence'),
    /** The teaching page's listing (components/TeachingMaterials.astro). */
    /** "{n} questions…" */
    giftAbout: placeholders('n'),
    giftDownload: text(60),
    /** Two short lines: where the import is in Moodle, and what comes in. */
    giftImport: z.array(text(200)).min(1).max(3),
    /** The link to the training kit on the print page. */
    printKit: text(120),
    /** The link to the kader guide. */
    kaderGuide: text(120),
  })
  .strict();
