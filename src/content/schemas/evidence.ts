/** content/<locale>/evidence.yaml: a report's reference id → what it did and found, in this language. */
import { z } from 'zod';
import { entryId, text } from './fields.ts';

export const evidenceEntrySchema = z
  .object({
    place: text(400),
    period: text(400),
    design: text(400),
    participants: text(400),
    measured: text(400),
    result: text(400),
    limits: text(400),
  })
  .strict();
export const evidenceSchema = z.record(entryId('Reference'), evidenceEntrySchema);

export type EvidenceEntry = z.infer<typeof evidenceEntrySchema>;
