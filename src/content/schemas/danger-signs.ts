/** content/<locale>/danger-signs.yaml: the danger signs for mother and baby and where to go (site, leaflet, booklet). */
import { z } from 'zod';
import { checkedSchema, citeList, items, text } from './fields.ts';

/**
 * One danger sign. Written as a plain line, or as `text` plus `leaflet`: the few words the leaflet prints for the
 * signs that kill fastest. Every sign with a `leaflet` line is on every leaflet; the rest are one QR code away.
 * A sign whose source is not the file's own (`cite` at the end of the file) names it in its own `cite`.
 */
export const dangerSignSchema = z
  .union([text(160), z.object({ text: text(160), leaflet: text(48).optional(), cite: citeList }).strict()])
  .transform((sign) => (typeof sign === 'string' ? { text: sign, leaflet: undefined, cite: [] as string[] } : sign));

/** The leaflet holds this many signs per person at least: the most lethal ones may never be left off it. */
export const LEAFLET_SIGNS_MIN = 4;
const leafletSigns = (who: string) =>
  z
    .array(dangerSignSchema)
    .min(1)
    .refine((signs) => signs.filter((s) => s.leaflet).length >= LEAFLET_SIGNS_MIN, {
      message: `give at least ${LEAFLET_SIGNS_MIN} of the ${who}'s most dangerous signs a \`leaflet:\` line; the leaflet prints them`,
    });

export const dangerSignsSchema = z
  .object({
    /** One line before the lists: go now. */
    goNow: text(200),
    mother: leafletSigns('mother'),
    baby: leafletSigns('baby'),
    /** Not an emergency, but the midwife should see the mother or the baby as soon as possible. */
    seeSoon: z.object({ mother: z.array(dangerSignSchema).min(1), baby: z.array(dangerSignSchema).min(1) }).strict(),
    whereToGo: items(160),
    cite: citeList,
    checked: checkedSchema,
  })
  .strict();

export type DangerSigns = z.infer<typeof dangerSignsSchema>;
export type DangerSign = z.infer<typeof dangerSignSchema>;
