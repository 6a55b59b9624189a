/**
 * The one place the site and the print endpoints get content from: every collection read once per build,
 * checked across files, and arranged per language. Throws ContentError (file, field, what to do) on bad content.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, discoverLocales } from '../i18n/locales.ts';
import { pageHref } from '../i18n/urls.ts';
import { checkContent, type PageRecord } from './checks.ts';
import { ContentError, type Problem } from './errors.ts';
import { resolveFigures } from './resolve.ts';
import { VERSION } from './trust.ts';
import type { PrintContent } from '../print/content.ts';
import type { Booklet, DangerSigns, Forms } from './print-schemas.ts';
import type { EvidenceEntry, Figure, GlossaryEntry, Procedure, Reference, Step, Ui } from './schemas.ts';

export type PageEntry = CollectionEntry<'pages'>;

export interface StepWithSource extends Step {
  /** The YAML file, for messages that tell an author what to shorten. */
  file: string;
}

export interface LocaleContent {
  locale: string;
  ui: Ui;
  pages: PageEntry[];
  steps: StepWithSource[];
  procedure: Procedure;
  procedureFile: string;
  /** Term id → entry, in the file's order (the glossary page sorts by term). */
  glossary: Map<string, GlossaryEntry>;
  /** Reference id → what the report did and found, in the file's order. */
  evidence: Map<string, EvidenceEntry>;
  /** Drawing name → alt text and caption, for drawings placed on pages with <Figure>. */
  figures: Map<string, Figure>;
  /** The danger signs, the booklet's own chapter and the forms' test and labels, each with its file for messages. */
  dangerSigns: DangerSigns;
  booklet: Booklet;
  forms: Forms;
  files: { dangerSigns: string; booklet: string; forms: string };
}

export interface Content {
  locales: string[];
  byLocale: Map<string, LocaleContent>;
  references: Map<string, Reference>;
}

/** content/<locale>/… → <locale> */
const localeOf = (filePath: string) => filePath.split('/')[1]!;
const sourceOf = (entry: { filePath?: string; id: string }) => entry.filePath ?? entry.id;

/** Lines the frontmatter takes, so a problem in the MDX body is reported at its line in the file. */
function bodyLineOffset(filePath: string, body: string): number {
  const source = readFileSync(filePath, 'utf8');
  const at = source.indexOf(body.slice(0, 40));
  return at < 0 ? 0 : source.slice(0, at).split('\n').length - 1;
}

let loading: Promise<Content> | undefined;

export function loadContent(): Promise<Content> {
  // A build reads content once; `npm run dev` reads it afresh so an edit shows on the next reload.
  if (import.meta.env.DEV) return readContent();
  loading ??= readContent();
  return loading;
}

async function readContent(): Promise<Content> {
  const [pages, steps, procedures, uis, references, glossaries, evidence, figures, dangerSigns, booklets, forms] = await Promise.all([
    getCollection('pages'),
    getCollection('steps'),
    getCollection('procedure'),
    getCollection('ui'),
    getCollection('references'),
    getCollection('glossary'),
    getCollection('evidence'),
    getCollection('figures'),
    getCollection('dangerSigns'),
    getCollection('booklet'),
    getCollection('forms'),
  ]);
  const record = <T>(e: { filePath?: string; id: string; data: T }) => ({ locale: localeOf(sourceOf(e)), file: sourceOf(e), data: e.data });
  const locales = discoverLocales('content');
  const pageRecords: PageRecord[] = pages.map((entry) => {
    const file = sourceOf(entry);
    const body = entry.body ?? '';
    // Shift the body by the frontmatter's lines so <Cite> problems name the line in the file.
    const offset = entry.filePath ? bodyLineOffset(entry.filePath, body) : 0;
    return { locale: localeOf(file), file, data: entry.data, body: '\n'.repeat(offset) + body };
  });
  const problems = checkContent({
    locales,
    pages: pageRecords,
    steps: steps.map(record),
    procedures: procedures.map(record),
    uiFiles: uis.map(record),
    glossaries: glossaries.map(record),
    evidence: evidence.map(record),
    figures: figures.map(record),
    dangerSigns: dangerSigns.map(record),
    booklets: booklets.map(record),
    forms: forms.map(record),
    referenceIds: new Set(references.map((r) => r.id)),
  });
  if (problems.length > 0) throw new ContentError(problems);

  const byLocale = new Map<string, LocaleContent>();
  const figureProblems: Problem[] = [];
  for (const locale of locales) {
    const inLocale = <T extends { filePath?: string; id: string }>(list: T[]) =>
      list.filter((e) => localeOf(sourceOf(e)) === locale);
    const procedure = inLocale(procedures)[0]!;
    const keyed = <T>(list: { filePath?: string; id: string; data: { [id: string]: T } }[]) =>
      new Map(Object.entries(inLocale(list)[0]?.data ?? {}));
    // The massage's length and each step's time, computed from the steps wherever the texts state them.
    const { texts, problems } = resolveFigures({
      ui: inLocale(uis)[0]!.data,
      steps: inLocale(steps)
        .map((e) => ({ ...e.data, file: sourceOf(e) }))
        .sort((a, b) => a.order - b.order),
      procedure: procedure.data,
      procedureFile: sourceOf(procedure),
      dangerSigns: inLocale(dangerSigns)[0]!.data,
      booklet: inLocale(booklets)[0]!.data,
      forms: inLocale(forms)[0]!.data,
      files: {
        dangerSigns: sourceOf(inLocale(dangerSigns)[0]!),
        booklet: sourceOf(inLocale(booklets)[0]!),
        forms: sourceOf(inLocale(forms)[0]!),
      },
    });
    figureProblems.push(...problems);
    byLocale.set(locale, {
      locale,
      ...texts,
      pages: inLocale(pages).sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title)),
      glossary: keyed(glossaries),
      evidence: keyed(evidence),
      figures: keyed(figures),
    });
  }
  if (figureProblems.length > 0) throw new ContentError(figureProblems);
  return { locales, byLocale, references: new Map(references.map((r) => [r.id, r.data])) };
}

export async function localeContent(locale: string | undefined): Promise<LocaleContent> {
  const content = await loadContent();
  return content.byLocale.get(locale ?? DEFAULT_LOCALE) ?? content.byLocale.get(DEFAULT_LOCALE)!;
}

/** The URL of a language's page by its key (home, glossary, danger-signs…); the checks make sure required keys exist. */
export function hrefOfKey(content: LocaleContent, key: string): string {
  const page = content.pages.find((p) => p.data.key === key);
  if (!page) throw new Error(`content/${content.locale}/ has no page with key: ${key}`);
  return pageHref(content.locale, page.data.slug);
}

/** What print renders from for one language: the same typed content, with each page's absolute URL by key. */
export function printContentOf(content: LocaleContent, references: Map<string, Reference>, site: URL): PrintContent {
  return {
    locale: content.locale,
    ui: content.ui,
    steps: content.steps,
    procedure: content.procedure,
    procedureFile: content.procedureFile,
    references,
    glossary: content.glossary,
    dangerSigns: content.dangerSigns,
    booklet: content.booklet,
    forms: content.forms,
    files: content.files,
    urls: Object.fromEntries(content.pages.map((p) => [p.data.key, new URL(pageHref(content.locale, p.data.slug), site).href])),
    version: VERSION,
  };
}
