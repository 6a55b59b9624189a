/**
 * ui.yaml `cite:`: the words of "Cite this page" under every page and of the kit's own citation on the editorial
 * page (src/cite/, components/CitePage.astro, components/CiteKit.astro). The citation styles' fixed words
 * ("[Internet]", "Available from") are each language's usual ones, so they live here too.
 */
import { z } from 'zod';
import { text } from './fields.ts';

const month = text(12);

export const uiCiteSchema = z
  .object({
    /** The footer's closed block: "Kutip halaman ini". */
    thisPage: text(60),
    /** The heading of the kit's citation on the editorial page. */
    theKit: text(80),
    /** The line under that heading. */
    kitIntro: text(240),
    apa: text(40),
    vancouver: text(40),
    /** "Version" in an APA citation: "(Versi 0.2.0)". */
    version: text(20),
    /** Vancouver (NLM): "[Internet]", "cited" (as in "[cited 2026 Dec 1]"), "Available from:". */
    internet: text(20),
    cited: text(20),
    availableFrom: text(30),
    /** Vancouver's short month names, January first (NLM writes "2026 Nov 30"). */
    monthsShort: z.array(month).length(12),
    /** APA's month names, January first: "(2026, 30 November)" / "(2026, November 30)". */
    months: z.array(month).length(12),
    /** APA's date: {year}, {month}, {day}; Indonesian writes the day first. */
    apaDate: text(40).refine((s) => ['{year}', '{month}', '{day}'].every((k) => s.includes(k)), 'must contain {year}, {month} and {day}'),
    /** Said under the Vancouver text: a static page cannot know the day it is read. */
    citedNote: text(240),
    /** The download links' label and each file's words. */
    download: text(60),
    bibtex: text(60),
    ris: text(60),
    cslJson: text(60),
  })
  .strict();
