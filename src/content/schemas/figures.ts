/** content/<locale>/figures.yaml: a drawing placed on a page (not a step) → its alt text and caption. */
import { z } from 'zod';
import { entryId, illustrationExists, text } from './fields.ts';

export const figureSchema = z.object({ alt: text(200), caption: text(140) }).strict();
export const figuresSchema = z.record(
  entryId('Figure').superRefine((name, ctx) => {
    if (!illustrationExists(name)) {
      ctx.addIssue({ code: 'custom', message: `content/illustrations/${name}.svg does not exist; add the drawing or fix the name` });
    }
  }),
  figureSchema,
);

export type Figure = z.infer<typeof figureSchema>;
