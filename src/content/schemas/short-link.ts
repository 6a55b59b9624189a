import { z } from 'zod';

/**
 * One entry of content/short-links.yaml, keyed by its code (what follows /s/): the page it opens. The code's form
 * and the page's existence are checked across files (short-links.ts), where the languages and pages are known.
 */
export const shortLinkSchema = z.strictObject({
  locale: z.string().regex(/^[a-z]{2,3}$/, 'must be a language folder of content/, such as id'),
  page: z.string().regex(/^[a-z0-9-]+$/, "must be a page's key"),
  anchor: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'must be a section id without "#"')
    .optional(),
});

export type ShortLinkTarget = z.infer<typeof shortLinkSchema>;
