/** content/<locale>/ui.yaml: the language's facts and interface strings; a third language is a folder plus this file. */
import { z } from 'zod';
import { fileName, text } from './fields.ts';
import { uiCiteSchema } from './ui-cite.ts';
import { uiScoreSummarySchema } from './ui-score-summary.ts';
import { uiTeachingSchema } from './ui-teaching.ts';
import { uiFillSchema } from './ui-fill.ts';
import { uiMissingSchema } from './ui-missing.ts';
import { uiAppSchema } from './ui-app.ts';

export const uiSchema = z.strictObject({
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
      /** Previous and next links between topic pages (content/sequence.ts). */
      pageNav: text(60),
      previousPage: text(30),
      nextPage: text(30),
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
      /** The procedure page's big link into the guided mode, before the steps. */
      startGuided: text(80),
      /** The heading over the procedure page's short list of the steps. */
      stepsAtGlance: text(60),
      /** Search could not load (offline on a device that never searched online): what it needs, said plainly. */
      searchOffline: text(160),
      /** Before the list of the pages kept offline, under that message. */
      searchOfflinePages: text(80),
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
      /** The imposed booklet's sheet label, "Lembar {sheet} · {side}", with the words for a sheet's two sides. */
      sheet: text(40).refine((s) => s.includes('{sheet}') && s.includes('{side}'), 'must contain {sheet} and {side}'),
      sheetFront: text(20),
      sheetBack: text(20),
      /** The edition line on the leaflet and the booklet: {date} (month and year), {version} and {licence}. */
      edition: text(120).refine((s) => ['{date}', '{version}', '{licence}'].every((k) => s.includes(k)), 'must contain {date}, {version} and {licence}'),
      /** The leaflet's printing line: two-sided, flipped on the short edge (as printer dialogs word it). */
      duplexShortEdge: text(80),
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
          flipchart: text(100),
          sessionPlan: text(100),
          attendance: text(80),
          scores: text(80),
        })
        .strict(),
      variants: z.object({ colour: text(60), bw: text(60), printShop: text(80) }).strict(),
      /**
       * The print page's card for each document, keyed like `documents`: what it is for (one sentence) and how to
       * finish it by hand (fold, staple, fill in; may be []). How to print it (one- or two-sided, which edge, actual
       * size) is not written here: the page says it from the document's kind (print/guide.ts). A new document
       * adds a key here, in `documents`, and a line in print/guide.ts's GUIDE.
       */
      about: z.record(z.string().regex(/^[a-zA-Z]+$/), z.object({ purpose: text(200), howTo: z.array(text(240)).max(6) }).strict()),
      /** The print page's labels and printing advice (components/PrintDownloads.astro). */
      guide: z
        .object({
          purpose: text(30),
          paper: text(30),
          pages: text(30),
          howToPrint: text(40),
          download: text(40),
          /** "{n} halaman" */
          pageCount: text(40).refine((s) => s.includes('{n}'), 'must contain {n}'),
          /** Two-sided: "{n} halaman = {sheets} lembar bolak-balik". */
          sheetsTwoSided: text(80).refine((s) => s.includes('{sheets}'), 'must contain {sheets}'),
          paperNames: z.object({ a4: text(40), f4: text(40), a5: text(40), a3: text(40) }).strict(),
          or: text(10),
          /** The print dialog's settings, named as Windows and Android name them in this language. */
          oneSided: text(120),
          twoSidedShortEdge: text(160),
          /** Portrait forms: both sides flipping on the long edge, or simply one side on a printer that cannot. */
          twoSidedLongEdge: text(200),
          actualSize: text(160),
          screen: text(160),
          /** The manual two-sided recipe for printers that cannot turn the paper (print/guide.ts, manualDuplex). */
          manual: z
            .object({
              title: text(80),
              intro: text(400),
              /** Placeholders: {page}, {pages}, {reversed}, {sheet}, {front}, {back}. */
              testFront: text(200).refine((s) => s.includes('{page}'), 'must contain {page}'),
              turn: text(300),
              testBack: text(300).refine((s) => s.includes('{page}'), 'must contain {page}'),
              checkPair: text(200).refine((s) => s.includes('{front}') && s.includes('{back}'), 'must contain {front} and {back}'),
              restFronts: text(200).refine((s) => s.includes('{pages}'), 'must contain {pages}'),
              restTurn: text(300),
              restBacks: text(300).refine((s) => s.includes('{pages}') && s.includes('{reversed}'), 'must contain {pages} and {reversed}'),
              /** The imposed booklet's sheet table: its caption ({last}: the back cover's page) and column heads. */
              tableCaption: text(240),
              sheet: text(30),
              front: text(30),
              back: text(30),
              /** A sheet side in the table: "PDF {pdf}: {pages}" (the booklet's pages, left | right). */
              side: text(60).refine((s) => s.includes('{pdf}') && s.includes('{pages}'), 'must contain {pdf} and {pages}'),
            })
            .strict(),
        })
        .strict(),
      /** The training kit's file names (training.yaml holds the session; `documents` names each). */
      training: z
        .object({
          flipchart: fileName,
          sessionPlan: fileName,
          attendance: fileName,
          scores: fileName,
        })
        .strict(),
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
  cite: uiCiteSchema,
  /** The pre/post score summary tool (components/ScoreSummary.astro). */
  scoreSummary: uiScoreSummarySchema,
  teaching: uiTeachingSchema,
  missing: uiMissingSchema,
  fill: uiFillSchema,
  app: uiAppSchema,
});

export type Ui = z.infer<typeof uiSchema>;
