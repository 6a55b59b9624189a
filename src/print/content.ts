/**
 * Everything a printed document may draw from one language's content: the language's content as the content door
 * gives it, plus the bibliography, the pages' addresses online and the kit's version. Every renderer stays a pure
 * function of this and the print assets.
 */
import type { LocaleContent } from '../content/assemble.ts';
import type { DangerSign, DangerSigns, Figure, Reference } from '../content/schemas/index.ts';
import { VERSION } from '../content/trust.ts';
import { pageHref } from '../i18n/urls.ts';

/**
 * The sources of the danger signs a document prints: the file's own, and those of single signs (the mother's
 * mental health, say). `only` keeps the signs a document prints, such as the leaflet's short list.
 */
export function dangerSignCites(dangerSigns: DangerSigns, only: (sign: DangerSign) => boolean = () => true): string[] {
  const { mother, baby, seeSoon } = dangerSigns;
  return [...dangerSigns.cite, ...[...mother, ...baby, ...seeSoon.mother, ...seeSoon.baby].filter(only).flatMap((sign) => sign.cite)];
}

export interface PrintContent
  extends Pick<
    LocaleContent,
    'locale' | 'ui' | 'steps' | 'procedure' | 'procedureFile' | 'glossary' | 'dangerSigns' | 'booklet' | 'forms' | 'files' | 'shortLinks'
  > {
  references: Map<string, Reference>;
  /** Absolute URL online of each page, by page key: massage, danger-signs, milk-flow, kader, references… */
  urls: Record<string, string>;
  /** The kit's version (package.json), printed in every document's trust line. */
  version: string;
  // The training kit (training-*.ts): the session, its file, and the drawings' captions (a plain object, so the
  // render cache's digest sees a changed caption).
  training: LocaleContent['training'];
  trainingFile: string;
  figures: Record<string, Figure>;
}

/** What print renders from for one language, with each page's absolute URL under `site`. */
export function printContentOf(content: LocaleContent, references: Map<string, Reference>, site: URL): PrintContent {
  const { locale, ui, steps, procedure, procedureFile, glossary, dangerSigns, booklet, forms, files } = content;
  return {
    locale,
    ui,
    steps,
    procedure,
    procedureFile,
    glossary,
    dangerSigns,
    booklet,
    forms,
    files,
    references,
    urls: Object.fromEntries(content.pages.map((p) => [p.data.key, new URL(pageHref(locale, p.data.slug), site).href])),
    version: VERSION,
    // The training kit
    training: content.training,
    trainingFile: content.trainingFile,
    figures: Object.fromEntries(content.figures),
    shortLinks: content.shortLinks,
  };
}
