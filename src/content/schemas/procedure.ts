/** content/<locale>/procedure.yaml: the facts around the massage, and the safety check before its first step. */
import { z } from 'zod';
import { checkedSchema, citeList, text } from './fields.ts';

/**
 * The check before the first step: when not to massage at all, and when to stop. These rules are Lancar's own
 * judgement (no source report gives any), so `basis` says so and what they rest on; `cite` names the sources of
 * the facts they rest on. The site, the booklet, the guided mode and the leaflet all print this one list.
 */
export const safetySchema = z
  .object({
    /** Do not massage when… */
    doNot: z.array(text(160)).min(1),
    /** Stop when… */
    stopIf: z.array(text(160)).min(1),
    /** Whose rule this is and what it rests on: one or two sentences. */
    basis: text(320),
    /** One line for the share picture of every step that presses. */
    shareLine: text(110),
    cite: citeList,
  })
  .strict();

/** The facts around the procedure (per language): shown on the procedure page and on the leaflet. */
export const procedureSchema = z.strictObject({
  /** One or two sentences: what the massage is and what it is for. */
  summary: text(320),
  /** Who may give the massage. */
  who: text(240),
  /** When and how often, each item one short line; {total} is how long all the steps take together. */
  when: z.array(text(160)).min(1),
  safety: safetySchema,
  /** After the massage: rest, drink, feed; each item one short sentence. */
  aftercare: z.array(text(160)).min(1),
  /** Which practical details of the steps are Lancar's own advice, since no source gives them. */
  practicalAdvice: text(240),
  /** The reminder that the massage supports comfort and let-down and replaces no health worker. */
  notATreatment: text(240),
  cite: citeList,
  checked: checkedSchema,
});

export type Procedure = z.infer<typeof procedureSchema>;
export type Safety = z.infer<typeof safetySchema>;
