/**
 * Everything a printed document may draw from one language's content, typed once. The site's loader and the
 * tests' loader both build it, so every renderer stays a pure function of this and the print assets.
 */
import type { Booklet, DangerSign, DangerSigns, Forms } from '../content/print-schemas.ts';
import type { GlossaryEntry, Procedure, Reference, Step, Ui } from '../content/schemas.ts';

/**
 * The sources of the danger signs a document prints: the file's own, and those of single signs (the mother's
 * mental health, say). `only` keeps the signs a document prints, such as the leaflet's short list.
 */
export function dangerSignCites(dangerSigns: DangerSigns, only: (sign: DangerSign) => boolean = () => true): string[] {
  const { mother, baby, seeSoon } = dangerSigns;
  return [...dangerSigns.cite, ...[...mother, ...baby, ...seeSoon.mother, ...seeSoon.baby].filter(only).flatMap((sign) => sign.cite)];
}

export interface PrintStep extends Step {
  /** The content file, named when its text does not fit. */
  file: string;
}

export interface PrintContent {
  locale: string;
  ui: Ui;
  steps: PrintStep[];
  procedure: Procedure;
  procedureFile: string;
  references: Map<string, Reference>;
  glossary: Map<string, GlossaryEntry>;
  dangerSigns: DangerSigns;
  booklet: Booklet;
  forms: Forms;
  /** The YAML files behind dangerSigns, booklet and forms, for messages that say what to shorten. */
  files: { dangerSigns: string; booklet: string; forms: string };
  /** Absolute URL online of each page, by page key: massage, danger-signs, milk-flow, kader, references… */
  urls: Record<string, string>;
  /** The kit's version (package.json), printed in every document's trust line. */
  version: string;
}
