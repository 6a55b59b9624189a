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

/**
 * When a file's content was last checked, claim by claim, against the sources it cites: `checked: 2026-11-30`.
 * YAML may hand over a Date; either way the content carries the ISO day, which pages and PDFs print.
 */
export const checkedSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string(required('the day the content was last checked against its sources, like 2026-11-30')).superRefine((day, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) ctx.addIssue({ code: 'custom', message: 'write the day like 2026-11-30' });
    else if (Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || !new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)) {
      ctx.addIssue({ code: 'custom', message: 'is not a real day; write it like 2026-11-30' });
    }
  }),
);

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
  /** The day every claim on the page was last checked against its sources; printed at the foot of the page. */
  checked: checkedSchema,
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
  /** true when the helper presses on the mother's back in this step: its share picture then carries the safety line. */
  presses: z.boolean().default(false),
  cite: citeList,
  checked: checkedSchema,
});

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
export const procedureSchema = z.object({
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
      /** The check before step 1, and its two lists. */
      safetyTitle: text(60),
      doNot: text(60),
      stopIf: text(60),
      /** The label on rules that are Lancar's own judgement rather than a source's. */
      lancarRule: text(40),
      sources: text(40),
      /** "et al." in this language's citations ("dkk." in Indonesian). */
      etAl: text(12),
      /** After a reference whose title the report does not give: the title is ours, made from its content. */
      titleConstructed: text(80),
      /** After a reference that names no author. */
      noAuthor: text(80),
      /** In place of the year of an undated web page ("t.t.", "n.d."). */
      noDate: text(12),
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
      /** Danger signs seen at home that need the midwife soon, not the emergency room. */
      seeSoon: text(80),
    })
    .strict(),
  /**
   * The trust line at the foot of every page and every PDF: when the content was last checked against its
   * sources and by whom (a role, never a person's name), the kit's version, whether a clinician has reviewed it,
   * and the licence. {date} and {version} are filled in.
   */
  trust: z
    .object({
      checked: text(120).refine((s) => s.includes('{date}'), 'must contain {date}'),
      checkedBy: text(80),
      version: text(40).refine((s) => s.includes('{version}'), 'must contain {version}'),
      /** Said plainly until a clinician has reviewed the content: nothing claims a review that has not happened. */
      clinicalReview: text(120),
      licence: text(120),
      /** Printed on every PDF: copying is allowed. */
      freeToCopy: text(80),
      /** The link to the editorial page. */
      howWeWork: text(60),
      /** "Send it to {address}." on the editorial page, when the publisher set LANCAR_REPORT_TO. */
      reportTo: text(120).refine((s) => s.includes('{address}'), 'must contain {address}'),
      /** Said instead when no address was set: never an invented one. */
      reportNoAddress: text(240),
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
      /** The leaflet's danger-signs panel: its heading, the line under it, and the words beside its QR code. */
      dangerTitle: text(60),
      dangerMother: text(40),
      dangerBaby: text(40),
      dangerNoMassage: text(120),
      dangerScan: text(80),
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
      /** The next button on the safety check, the first screen: it leads to step 1. */
      begin: text(30),
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

/** Words only an organisation's name has: such an author is cited whole, so the entry must say it is one. */
const ORGANISATION_WORDS = /organi[sz]ation|ministry|kementerian|association|league|network|government|university|universitas|academy|school|health|service|executive|institut|poltekkes|akademi|unicef|unfpa|\bwho\b|\bnhs\b|\(/i;

/** Names that stand in for an author without being one: a reference names its real authors or none. */
const PLACEHOLDER_AUTHOR = /^(tim|team|the team|authors?|penulis|peneliti|anonim|anonymous|unknown)\b/i;

/**
 * One bibliography entry, shared by all languages. Every entry names its authors (people or organisations) as the
 * source itself gives them. A report that names nobody says so with `anonymous: true` and no authors, never with a
 * made-up "team"; a title we had to make up from the content says so with `titleConstructed: true`.
 */
export const referenceSchema = z
  .object({
    authors: z
      .array(
        text(120).refine((name) => !PLACEHOLDER_AUTHOR.test(name), 'is not an author\'s name; give the real authors, or set anonymous: true and leave authors out'),
      )
      .default([]),
    /** The source names no author (checked, not guessed). */
    anonymous: z.boolean().default(false),
    /** The authors are organisations (WHO, a ministry, a league): cited by their full name, never by a last word. */
    organisation: z.boolean().default(false),
    /** Left out only for a web page that shows no date (cited "n.d."); never guessed. */
    year: z.number().int().min(1900).max(2100).optional(),
    title: text(300),
    /** The title is Lancar's description of the content, because the copy we hold has no title page. */
    titleConstructed: z.boolean().default(false),
    /** Journal, series or publisher. */
    container: text(200).optional(),
    /** Report type and place, e.g. "Community service report, Kab. Tuban": one text, or one per language tag. */
    note: z.union([text(320), z.record(z.string().regex(/^[a-z]{2,3}$/, 'a language tag such as "id" or "en"'), text(320))]).optional(),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'a DOI like 10.1234/abcd, without https://doi.org/').optional(),
    url: z.url().optional(),
  })
  .strict()
  .superRefine((ref, ctx) => {
    if (ref.anonymous && ref.authors.length > 0) ctx.addIssue({ code: 'custom', path: ['anonymous'], message: 'is true but authors are given; keep one of the two' });
    const organisation = ref.authors.find((name) => ORGANISATION_WORDS.test(name));
    if (!ref.organisation && organisation) {
      ctx.addIssue({ code: 'custom', path: ['authors'], message: `"${organisation}" looks like an organisation; set organisation: true so it is cited by its full name` });
    }
    if (!ref.anonymous && ref.authors.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['authors'], message: 'is missing; list the authors as the source gives them, or set anonymous: true if it names none' });
    }
  });

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
export type Safety = z.infer<typeof safetySchema>;
export type Ui = z.infer<typeof uiSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type EvidenceEntry = z.infer<typeof evidenceEntrySchema>;
export type Figure = z.infer<typeof figureSchema>;
