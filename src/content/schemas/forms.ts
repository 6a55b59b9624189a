/** content/<locale>/forms.yaml: the knowledge test (questions, options, answer, explanation) and the forms' labels. */
import { z } from 'zod';
import { checkedSchema, citeList, text } from './fields.ts';

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
  'comfortYes',
  'comfortNo',
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
  'wetNappies',
  'urineColour',
  'stools',
  'howToFill',
  'kaderSignature',
] as const;
const FORM_SENTENCES = [
  'checklistSubject',
  'checklistInstructions',
  'retryNote',
  'modelComfort',
  'testSubject',
  'testInstructions',
  'answerKeySubject',
  'answerKeyNote',
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

export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type Forms = z.infer<typeof formsSchema>;
