/** content/<locale>/steps/*.yaml: one step of the oxytocin massage. `order` pairs a step with its translation. */
import { z } from 'zod';
import { checkedSchema, citeList, durationSchema, illustrationName, text } from './fields.ts';

export const stepSchema = z.strictObject({
  order: z.int().min(1),
  title: text(48),
  /** The text that goes to print: one or two short sentences. */
  short: text(170),
  /** The web text: paragraphs separated by a blank line. */
  text: text(1200),
  duration: durationSchema,
  illustration: illustrationName,
  /** Alternative text for the illustration: what it shows, for readers who cannot see it. */
  alt: text(200),
  /** The visible line under the drawing: what it shows and what to do. */
  caption: text(140),
  cautions: z.array(text(200)).default([]),
  /** true when the helper presses on the mother's back in this step: its share picture then carries the safety line. */
  presses: z.boolean().default(false),
  cite: citeList,
  checked: checkedSchema,
});

export type Step = z.infer<typeof stepSchema>;
