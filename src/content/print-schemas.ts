/**
 * Content that print documents need beyond the steps and the procedure, per language:
 *   danger-signs.yaml  the danger signs for mother and baby and where to go (the site's page and the booklet)
 *   booklet.yaml       the booklet's brief physiology chapter
 *   forms.yaml         the knowledge test (questions, options, answer, explanation) and the forms' labels
 * Plain zod, like schemas.ts.
 */
import { z } from 'zod';
import { checkedSchema, illustrationExists } from './schemas.ts';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const citeList = z.array(z.string().regex(/^[a-z0-9-]+$/, 'a reference id from content/references.yaml')).default([]);
const items = (max: number) => z.array(text(max)).min(1);

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

export const bookletSchema = z
  .object({
    checked: checkedSchema,
    physiology: z
      .object({
        title: text(60),
        /** Short paragraphs: the two reflexes, supply and demand, normal amounts. */
        paragraphs: z.array(text(600)).min(1).max(8),
        /** A drawing from content/illustrations printed with the chapter, and the line under it. */
        figure: z
          .object({
            illustration: z
              .string()
              .regex(/^[a-z0-9-]+$/, 'the file name of an SVG in content/illustrations, without ".svg"')
              .refine(illustrationExists, 'names no drawing in content/illustrations; add the drawing or fix the name'),
            caption: text(140),
          })
          .strict()
          .optional(),
        cite: citeList,
      })
      .strict(),
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

export const quizQuestionSchema = z
  .object({
    question: text(200),
    options: z.array(text(120)).min(2).max(4),
    /** Index of the right option, from 0. */
    answer: z.number().int().min(0),
    /** Why, for the answer key: one or two sentences. */
    explanation: text(300),
    cite: citeList,
  })
  .strict()
  .refine((q) => q.answer < q.options.length, { message: 'answer must be the index of one of the options (0 for the first)', path: ['answer'] });

/** Short labels (field names, column headings) and the longer sentences (instructions, notes) the forms print. */
const FORM_WORDS = [
  'name', 'date', 'village', 'kaderName', 'clientName', 'motherName', 'observer', 'remarks', 'signature', 'page',
  'checklistTitle', 'occasion', 'redemonstrationFirst', 'redemonstrationSecond', 'followUpVisit', 'scoringRule',
  'scoreZero', 'scoreOne', 'scoreTwo', 'step', 'score', 'toCorrect', 'total', 'comfortYes', 'comfortNo', 'observerSignature',
  'testTitle', 'pretest', 'posttest', 'question', 'answer', 'correct', 'testScore', 'answerKeyTitle', 'explanation', 'sources',
  'logTitle', 'babyBirthDate', 'startDate', 'day', 'massageTimes', 'morning', 'evening', 'massagedBy', 'clock', 'feeds',
  'wetNappies', 'urineColour', 'stools', 'howToFill', 'kaderSignature',
] as const;
const FORM_SENTENCES = [
  'checklistSubject', 'checklistInstructions', 'retryNote', 'modelComfort', 'testSubject', 'testInstructions', 'answerKeySubject',
  'answerKeyNote', 'grading', 'logSubject', 'logInstructions', 'feedsHint', 'nappiesHint', 'stoolsHint', 'volumeNote', 'remarksHint',
  'referNote', 'dangerNote',
] as const;

export const formsSchema = z
  .object({
    checked: checkedSchema,
    quiz: z.array(quizQuestionSchema).min(5).max(15),
    /** Every label the forms print, each named: a missing or unknown label stops the build instead of printing a gap. */
    labels: z
      .object({
        ...Object.fromEntries(FORM_WORDS.map((key) => [key, text(80)])),
        ...Object.fromEntries(FORM_SENTENCES.map((key) => [key, text(220)])),
      } as Record<(typeof FORM_WORDS)[number] | (typeof FORM_SENTENCES)[number], ReturnType<typeof text>>)
      .strict(),
  })
  .strict();

export type DangerSigns = z.infer<typeof dangerSignsSchema>;
export type DangerSign = z.infer<typeof dangerSignSchema>;
export type Booklet = z.infer<typeof bookletSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type Forms = z.infer<typeof formsSchema>;
