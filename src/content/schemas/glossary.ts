/** content/<locale>/glossary.yaml: term id → the term and a plain definition. The id is the anchor on the glossary page. */
import { z } from 'zod';
import { citeList, entryId, text } from './fields.ts';

export const glossaryEntrySchema = z
  .object({
    /** The term as written in this language. */
    term: text(60),
    /** One to three short sentences in everyday words. */
    definition: text(400),
    cite: citeList,
  })
  .strict();
export const glossarySchema = z.record(entryId('Glossary'), glossaryEntrySchema);

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
