/**
 * The content model. Every file under content/ is validated against one of these schemas, so the site and the
 * print renderer read the same typed objects. Plain zod (no Astro imports) so tests and scripts can use it too.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

/** Where the illustration SVGs live; a step names one by its file name without `.svg`. */
export const ILLUSTRATION_DIR = resolve(process.cwd(), 'content/illustrations');

export const illustrationExists = (name: string): boolean =>
  existsSync(resolve(ILLUSTRATION_DIR, `${name}.svg`));

/** Missing fields say so plainly; Astro shows this message next to the file and field. */
const required = (what: string) => ({
  error: (issue: { input: unknown }) => (issue.input === undefined ? `is missing; add ${what}` : `must be ${what}`),
});

const text = (max: number) => z.string(required('a line of text')).trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const citeList = z.array(z.string().regex(/^[a-z0-9-]+$/, 'a reference id from content/references.yaml')).default([]);

/** "90s", "2m", "1m30s" → seconds. Authors write durations the way they say them. */
export const durationSchema = z
  .string(required('a duration like "2m", "90s" or "1m30s"'))
  .regex(/^(?:(\d+)m)?(?:(\d+)s)?$/, 'write a duration like "2m", "90s" or "1m30s"')
  .refine((value) => value !== '', 'write a duration like "2m", "90s" or "1m30s"')
  .transform((value) => {
    const [, minutes = '0', seconds = '0'] = /^(?:(\d+)m)?(?:(\d+)s)?$/.exec(value)!;
    return Number(minutes) * 60 + Number(seconds);
  });

/** A content page (MDX). A page and its translation share `key`; each has its own `slug`. */
export const pageSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and "-"; the same in every language'),
  slug: z
    .string()
    .regex(/^(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?$/, 'lowercase letters, digits, "-" and "/"; empty only for the home page'),
  title: text(80),
  description: text(200),
  /** Who the page speaks to; mother-facing pages are held to plain language. */
  audience: z.enum(['mother', 'kader', 'lecturer']).default('mother'),
  /** Position in the topic list; pages without it come last. */
  order: z.number().int().min(0).default(999),
  /** false keeps the page out of the search index (the search page itself, say). */
  searchable: z.boolean().default(true),
});

/** One step of the oxytocin massage, per language. `order` pairs a step with its translation. */
export const stepSchema = z.object({
  order: z.number(required('a whole number (1, 2, 3…)')).int().min(1),
  title: text(48),
  /** The text that goes to print: one or two short sentences. */
  short: text(170),
  /** The web text: paragraphs separated by a blank line. */
  text: text(1200),
  duration: durationSchema,
  illustration: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'the file name of an SVG in content/illustrations, without ".svg"')
    .superRefine((name, ctx) => {
      if (!illustrationExists(name)) {
        ctx.addIssue({ code: 'custom', message: `content/illustrations/${name}.svg does not exist; add the drawing or name an existing one` });
      }
    }),
  /** Alternative text for the illustration: what it shows, for readers who cannot see it. */
  alt: text(200),
  /** The visible line under the drawing: what it shows and what to do. */
  caption: text(140),
  cautions: z.array(text(200)).default([]),
  cite: citeList,
});

/** The facts around the procedure (per language): shown on the procedure page and on the leaflet. */
export const procedureSchema = z.object({
  /** One or two sentences: what the massage is and what it is for. */
  summary: text(320),
  /** Who may give the massage. */
  who: text(240),
  /** When and how often, each item one short line. */
  when: z.array(text(160)).min(1),
  /** Stop or do not massage when… */
  stopIf: z.array(text(160)).min(1),
  /** Go to a midwife or puskesmas when… (danger signs, short form). */
  getHelp: z.array(text(160)).min(1),
  /** After the massage: rest, drink, feed; each item one short sentence. */
  aftercare: z.array(text(160)).min(1),
  /** The reminder that the massage supports comfort and let-down and replaces no health worker. */
  notATreatment: text(240),
  cite: citeList,
});

const fileName = z.string().regex(/^[a-z0-9-]+$/, 'a file name: lowercase letters, digits and "-"');

/** Language facts and interface strings: a third language is a folder of content plus this file. */
export const uiSchema = z.object({
  locale: z.object({
    /** The language's own name, shown in the language switch. */
    name: text(40),
    /** BCP 47 tag for <html lang> and hreflang. */
    lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'a BCP 47 tag such as "id" or "en"'),
  }),
  strings: z
    .object({
      siteName: text(40),
      tagline: text(120),
      skipToContent: text(60),
      chooseLanguage: text(60),
      readIn: text(60),
      mainMenu: text(40),
      topics: text(60),
      stepAnchor: z.string().regex(/^[a-z]+$/, 'lowercase letters only: it becomes "#<anchor>-N"'),
      stepLabel: text(40),
      duration: text(40),
      minutes: text(20),
      seconds: text(20),
      cautions: text(40),
      when: text(60),
      who: text(60),
      stopIf: text(60),
      getHelp: text(60),
      sources: text(40),
      dangerSigns: text(40),
      searchTitle: text(60),
      searchLabel: text(60),
      searchButton: text(30),
      searchNoResults: text(120),
      searchNoScript: text(200),
      searchMore: text(40),
      /** "{n}" is the number of pages found. */
      searchResultsCount: text(60),
      referencesTitle: text(60),
      leafletTitle: text(80),
      leafletDownload: text(80),
      leafletFile: z.string().regex(/^[a-z0-9-]+$/, 'a file name: lowercase letters, digits and "-"'),
      notFound: text(80),
      aftercare: text(60),
      shareImage: text(60),
      saveOffline: text(60),
      savedOffline: text(60),
      saveFailed: text(80),
      evidenceReport: text(40),
      evidencePlace: text(40),
      evidenceDesign: text(40),
      evidenceParticipants: text(40),
      evidenceMeasured: text(40),
      evidenceResult: text(40),
      evidenceLimits: text(40),
      checklistStep: text(40),
      checklistScore: text(40),
      checklistTotal: text(40),
      footerNote: text(240),
    })
    .strict(),
  print: z
    .object({
      coverTitle: text(40),
      coverSubtitle: text(120),
      stepsTitle: text(60),
      contactTitle: text(60),
      contactName: text(60),
      contactPhone: text(60),
      onlineTitle: text(80),
      /** File names (without .pdf) of the print documents and of the variant suffixes. */
      files: z
        .object({
          booklet: fileName,
          imposed: fileName,
          checklist: fileName,
          knowledgeTest: fileName,
          answerKey: fileName,
          milkLog: fileName,
          bw: fileName,
          printShop: fileName,
        })
        .strict(),
      /** What each document and variant is called on the print page. */
      documents: z
        .object({
          leaflet: text(80),
          booklet: text(100),
          bookletImposed: text(100),
          checklist: text(80),
          knowledgeTest: text(80),
          answerKey: text(80),
          milkLog: text(80),
        })
        .strict(),
      variants: z.object({ colour: text(60), bw: text(60), printShop: text(80) }).strict(),
    })
    .strict(),
  /** The guided massage mode: one step per screen with a timer (components/GuidedMode.astro). */
  guided: z
    .object({
      /** "Langkah {n} dari {total}" */
      stepOf: text(40),
      timeLeft: text(30),
      start: text(20),
      pause: text(20),
      resume: text(20),
      /** The timer button once a step's time is up. */
      restart: text(20),
      previous: text(20),
      next: text(20),
      /** The next button on the last step: it leads to the done screen. */
      finish: text(20),
      /** Said (politely, to screen readers too) when a step's time is up. */
      timeUp: text(80),
      /** The switch for the end-of-step sound and vibration. */
      sound: text(60),
      done: text(40),
      again: text(60),
      back: text(80),
    })
    .strict(),
});

/** One bibliography entry, shared by all languages. */
export const referenceSchema = z
  .object({
    authors: z.array(text(120)).min(1),
    year: z.number().int().min(1900).max(2100),
    title: text(300),
    /** Journal, series or publisher. */
    container: text(200).optional(),
    /** Report type and place, e.g. "Community service report, Kab. Tuban". */
    note: text(200).optional(),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'a DOI like 10.1234/abcd, without https://doi.org/').optional(),
    url: z.url().optional(),
  })
  .strict();

const entryId = (what: string) => z.string().regex(/^[a-z0-9-]+$/, `${what} ids are lowercase letters, digits and "-"`);

/** content/<locale>/glossary.yaml: term id → the term and a plain definition. The id is the anchor on the glossary page. */
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

/** content/<locale>/evidence.yaml: a report's reference id → what it did and found, in this language. */
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

/** content/<locale>/figures.yaml: an illustration used on a page (not a step) → its alt text and caption. */
export const figureSchema = z.object({ alt: text(200), caption: text(140) }).strict();
export const figuresSchema = z.record(
  entryId('Figure').superRefine((name, ctx) => {
    if (!illustrationExists(name)) {
      ctx.addIssue({ code: 'custom', message: `content/illustrations/${name}.svg does not exist; add the drawing or fix the name` });
    }
  }),
  figureSchema,
);

export type Page = z.infer<typeof pageSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Procedure = z.infer<typeof procedureSchema>;
export type Ui = z.infer<typeof uiSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type EvidenceEntry = z.infer<typeof evidenceEntrySchema>;
export type Figure = z.infer<typeof figureSchema>;
