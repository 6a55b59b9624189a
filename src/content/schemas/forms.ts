/**
 * content/<locale>/forms.yaml: the knowledge test (questions, options, answer, explanation), the skill checklist's
 * observable criteria, the sources of the 3-day record's figures, and the forms' labels.
 */
import { z } from 'zod';
import { checkedSchema, citeList, text } from './fields.ts';

/** Options per question, A to D. */
export const QUIZ_OPTIONS = 4;

export const quizQuestionSchema = z
  .object({
    question: text(200),
    /** Always four: a question with fewer options is easier to guess, and pretest and posttest must compare. */
    options: z.array(text(120)).length(QUIZ_OPTIONS, { message: `every question has exactly ${QUIZ_OPTIONS} options (A to D)` }),
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
  'name',
  'date',
  'village',
  'kaderName',
  'clientName',
  'motherName',
  'observer',
  'remarks',
  'signature',
  'page',
  'checklistTitle',
  'occasion',
  'redemonstrationFirst',
  'redemonstrationSecond',
  'followUpVisit',
  'scoringRule',
  'scoreZero',
  'scoreOne',
  'scoreTwo',
  'step',
  'score',
  'toCorrect',
  'total',
  'observerSignature',
  'testTitle',
  'pretest',
  'posttest',
  'question',
  'answer',
  'correct',
  'testScore',
  'answerKeyTitle',
  'explanation',
  'sources',
  'logTitle',
  'babyBirthDate',
  'startDate',
  'day',
  'massageTimes',
  'morning',
  'evening',
  'massagedBy',
  'clock',
  'feeds',
  'feedsExpected',
  'wetNappies',
  'urineColour',
  'urineClear',
  'urineDark',
  'urineOrange',
  'stools',
  'times',
  'colour',
  'howToFill',
  'kaderSignature',
] as const;
const FORM_SENTENCES = [
  'checklistSubject',
  'checklistInstructions',
  'retryNote',
  'testSubject',
  'testInstructions',
  'answerKeySubject',
  'answerKeyNote',
  'versionsNote',
  'grading',
  'logSubject',
  'logInstructions',
  'feedsHint',
  'nappiesHint',
  'stoolsHint',
  'volumeNote',
  'remarksHint',
  'referNote',
  'dangerNote',
] as const;

/** A checklist item that is not a massage step: its name and what the observer must see. */
const checklistItemSchema = z.object({ title: text(60), criteria: text(72) }).strict();

export const formsSchema = z
  .object({
    checked: checkedSchema,
    quiz: z.array(quizQuestionSchema).min(5).max(15),
    /**
     * The skill checklist's scored items: `before` the massage (consent, the safety check), one observable line per
     * massage step in step order (`steps`, as many as content/<locale>/steps/ has), and `after` (comfort throughout).
     */
    checklist: z
      .object({
        before: z.array(checklistItemSchema).min(1).max(3),
        steps: z.array(text(72)).min(1),
        after: z.array(checklistItemSchema).max(2),
      })
      .strict(),
    /** Sources of the figures the 3-day record prints (feeds in 24 hours, wet nappies). */
    logCite: citeList,
    /** Every label the forms print, each named: a missing or unknown label stops the build instead of printing a gap. */
    labels: z
      .object({
        ...Object.fromEntries(FORM_WORDS.map((key) => [key, text(80)])),
        ...Object.fromEntries(FORM_SENTENCES.map((key) => [key, text(220)])),
      } as Record<(typeof FORM_WORDS)[number] | (typeof FORM_SENTENCES)[number], ReturnType<typeof text>>)
      .strict(),
  })
  .strict();

export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type Forms = z.infer<typeof formsSchema>;
