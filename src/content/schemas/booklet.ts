/** content/<locale>/booklet.yaml: the booklet's brief physiology chapter and its own headings. */
import { z } from 'zod';
import { checkedSchema, citeList, illustrationName, text } from './fields.ts';

export const bookletSchema = z
  .object({
    checked: checkedSchema,
    /**
     * The cover picture of the leaflet and the booklet: the helper giving the massage to the seated mother, which
     * says at a glance what the paper is about and who does it. `caption` prints under it.
     */
    cover: z
      .object({
        illustration: illustrationName,
        caption: text(90),
      })
      .strict(),
    physiology: z
      .object({
        title: text(60),
        /** Short paragraphs: the two reflexes, supply and demand, normal amounts. */
        paragraphs: z.array(text(600)).min(1).max(8),
        /** A short heading over each paragraph, in the same order: a page of running text needs signposts. */
        subheads: z.array(text(60)).optional(),
        /** A drawing from content/illustrations printed with the chapter, and the line under it. */
        figure: z
          .object({
            illustration: illustrationName,
            caption: text(140),
          })
          .strict()
          .optional(),
        cite: citeList,
      })
      .strict()
      .refine((p) => !p.subheads || p.subheads.length === p.paragraphs.length, {
        message: 'give one subhead for each paragraph, in the same order',
        path: ['subheads'],
      }),
    /** The booklet's own headings and pointers; fixed keys, so every language has each one. */
    labels: z
      .object({
        /** Heading of the contents list on the cover. */
        contents: text(40),
        /** Headings of the danger signs chapter's three lists. */
        mother: text(60),
        baby: text(60),
        /** Headings of the two "see the midwife as soon as possible" lists. */
        seeSoonMother: text(80),
        seeSoonBaby: text(80),
        whereToGo: text(60),
        /** Next to the QR code of the danger signs page. */
        scanDangerSigns: text(120),
        /** The pages left for the reader's own notes, so the page count is a multiple of four. */
        notes: text(40),
        notesHint: text(160),
        /** A page pointer; {page} is the page number. */
        seePage: text(40).refine((s) => s.includes('{page}'), 'must contain {page}'),
      })
      .strict(),
  })
  .strict();

export type Booklet = z.infer<typeof bookletSchema>;
