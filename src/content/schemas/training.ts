/**
 * content/<locale>/training.yaml: the kader training session the seeds describe (pretest, material, demonstration,
 * redemonstration, posttest) as the kit prints it: the session plan (SAP), the flipchart's sheets and the kader's
 * notes, the attendance list and the pre/post score sheet. Step titles, drawings and danger signs are not typed
 * here: the renderers read them from the steps, procedure.yaml, danger-signs.yaml, figures.yaml and forms.yaml.
 */
import { z } from 'zod';
import { checkedSchema, citeList, items, text } from './fields.ts';

/** The parts of a session, in the order the seeds ran them (fasiha2020, sari2018). */
export const TRAINING_PARTS = ['opening', 'pretest', 'material', 'demonstration', 'redemonstration', 'posttest', 'closing'] as const;
export type TrainingPartKey = (typeof TRAINING_PARTS)[number];

/**
 * What the audience side of a flipchart sheet shows. Each is drawn from content that already exists:
 *   agenda       the session's parts (this file)           exclusive   the glossary's "ASI eksklusif" and "kolostrum"
 *   reflexes     the reflexes drawing and its caption      safety      procedure.yaml's safety check
 *   steps        one sheet per massage step (steps/)       practice    every step small, for the redemonstration
 *   danger       the danger signs' leaflet lines            closing     procedure.yaml's "when" and where to go
 */
export const SHEET_PICTURES = ['agenda', 'exclusive', 'reflexes', 'safety', 'steps', 'practice', 'danger', 'closing'] as const;
export type SheetPicture = (typeof SHEET_PICTURES)[number];

const partSchema = z
  .object({
    key: z.enum(TRAINING_PARTS),
    title: text(40),
    /** Minutes for this part. Whether they come from a seed or are Lancar's suggestion is said by `timing`. */
    minutes: z.number().int().min(1).max(180),
    method: text(120),
    media: text(160),
    trainer: items(200),
    participants: items(160),
    cite: citeList,
  })
  .strict();

const sheetSchema = z
  .object({
    picture: z.enum(SHEET_PICTURES),
    /** The parts of the session this sheet stands for, in order (the agenda sheet opens the session and the pretest). */
    parts: z.array(z.enum(TRAINING_PARTS)).min(1),
    /**
     * The big words on the audience side. Sheets whose picture has its own heading in the content leave it out:
     * steps (each step's title), reflexes (booklet.yaml's chapter title), safety and danger (ui.yaml).
     */
    title: text(60).optional(),
    say: z.array(text(220)).default([]),
    ask: z.array(text(160)).default([]),
    show: z.array(text(160)).default([]),
    cite: citeList,
  })
  .strict();

export const trainingSchema = z
  .object({
    checked: checkedSchema,
    title: text(80),
    topic: text(120),
    audience: text(120),
    /** Where the session's length and order come from, and what is Lancar's own suggestion. */
    timing: text(400),
    timingCite: citeList,
    objectives: z.object({ general: text(300), specific: items(200) }).strict(),
    parts: z.array(partSchema).min(3),
    evaluation: items(220),
    evaluationCite: citeList,
    /**
     * The Baik / Cukup / Kurang categories of the pre/post summary, as a percentage of the test's maximum score:
     * `good` and up is Baik, `fair` and up Cukup, below it Kurang. `basis` says where the cut-offs come from.
     */
    scoreBands: z
      .object({ good: z.number().int().min(1).max(100), fair: z.number().int().min(1).max(100), basis: text(300), cite: citeList })
      .strict()
      .refine((b) => b.fair < b.good, { message: 'fair must be lower than good', path: ['fair'] }),
    sheets: z.array(sheetSchema).min(3),
    labels: z
      .object({
        flipchartTitle: text(80),
        forTrainer: text(80),
        /** "Catatan untuk gambar {n}" */
        notesFor: text(60).refine((s) => s.includes('{n}'), 'must contain {n}'),
        say: text(30),
        ask: text(30),
        show: text(30),
        minutes: text(30),
        part: text(30),
        audienceSees: text(60),
        /** The small line on the notes side: binding and duplex. */
        printing: text(220),
        /** "Lembar {n}" */
        sheet: text(30).refine((s) => s.includes('{n}'), 'must contain {n}'),
        front: text(30),
        back: text(30),
        overview: text(60),
        sessionPlanTitle: text(80),
        sessionPlanSubject: text(160),
        topic: text(40),
        audience: text(40),
        dayDate: text(40),
        time: text(40),
        place: text(40),
        trainerName: text(40),
        generalObjective: text(60),
        specificObjectives: text(80),
        activities: text(60),
        trainerActivity: text(60),
        participantActivity: text(60),
        method: text(30),
        media: text(30),
        evaluation: text(40),
        total: text(30),
        sources: text(30),
        attendanceTitle: text(80),
        attendanceSubject: text(160),
        number: text(10),
        name: text(40),
        origin: text(60),
        phone: text(60),
        signature: text(40),
        scoresTitle: text(80),
        scoresSubject: text(160),
        pre: text(30),
        post: text(30),
        change: text(30),
        category: text(40),
        good: text(20),
        fair: text(20),
        poor: text(20),
        count: text(30),
        bandsNote: text(220),
        mean: text(40),
        scoreOutOf: text(60).refine((s) => s.includes('{max}'), 'must contain {max}'),
        trainerSignature: text(60),
      })
      .strict(),
    cite: citeList,
  })
  .strict();

export type Training = z.infer<typeof trainingSchema>;
export type TrainingPart = Training['parts'][number];
export type TrainingSheet = Training['sheets'][number];
