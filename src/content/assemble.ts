/**
 * The one pure step from parsed files to content: every file checked against its collection's schema (through the
 * friendly error map), checked across files and languages, its computed figures filled in, and arranged per
 * language. Both doors call it (index.ts for Astro, read-files.ts for Node), so the site, print, tests, bench and
 * readability read the same typed content. Throws ContentError naming every problem's file and field.
 */
import { COLLECTIONS, type CollectionData, type CollectionName, type ContentFile } from './collections.ts';
import { checkContent, type ContentInput, type FileRecord, type PageRecord } from './checks.ts';
import { ContentError, type Problem } from './errors.ts';
import { parseWithFriendlyErrors } from './friendly-errors.ts';
import { localeOfFile } from './layout.ts';
import { shortLinkProblems, type ShortLink } from './short-links.ts';
import { fillPlaceholders, resolveFigures } from './resolve.ts';
import { formatTotal } from './massage-time.ts';
import { checkTraining } from './training-checks.ts';
import type { Booklet, DangerSigns, EvidenceEntry, Figure, Forms, GlossaryEntry, Page, Procedure, Reference, Step, Training, Ui } from './schemas/index.ts';

/** A page of one language: its frontmatter, its file and its MDX source; `id` names its Astro entry. */
export interface PageContent extends PageRecord {
  id: string;
  data: Page;
}

/** A step with the file it came from, for messages that tell an author what to shorten. */
export interface StepContent extends Step {
  file: string;
}

/** One language's content, checked and typed: what every page, component, PDF and test reads. */
export interface LocaleContent {
  locale: string;
  ui: Ui;
  /** In topic order (`order`, then title). */
  pages: PageContent[];
  /** In step order; {total} and {duration} filled in. */
  steps: StepContent[];
  procedure: Procedure;
  procedureFile: string;
  /** Term id → entry, in the file's order (the glossary page sorts by term). */
  glossary: Map<string, GlossaryEntry>;
  /** Reference id → what the report did and found, in the file's order. */
  evidence: Map<string, EvidenceEntry>;
  /** Drawing name → alt text and caption, for drawings placed on pages with <Figure>. */
  figures: Map<string, Figure>;
  dangerSigns: DangerSigns;
  booklet: Booklet;
  forms: Forms;
  /** The files behind dangerSigns, booklet and forms, for messages. */
  files: { dangerSigns: string; booklet: string; forms: string };
  /** The kader training session (training.yaml), {total} filled in, and its file. */
  training: Training;
  trainingFile: string;
  /** The short links (short-links.yaml) that open this language's pages. */
  shortLinks: ShortLink[];
}

export interface Content {
  /** Bahasa Indonesia first, then the others alphabetically. */
  locales: string[];
  byLocale: Map<string, LocaleContent>;
  references: Map<string, Reference>;
}

type Checked<C extends CollectionName> = FileRecord<CollectionData<C>> & { id: string; source?: string };
type CheckedFiles = { [C in CollectionName]: Checked<C>[] };

/** Every file parsed by its collection's schema; problems name the file and the field. */
export function checkFiles(files: ContentFile[]): { checked: CheckedFiles; problems: Problem[] } {
  const checked = Object.fromEntries(Object.keys(COLLECTIONS).map((c) => [c, []])) as unknown as CheckedFiles;
  const problems: Problem[] = [];
  for (const file of files) {
    const collection = COLLECTIONS[file.collection];
    const at = 'entries' in collection ? [file.id] : [];
    const result = parseWithFriendlyErrors(collection.schema, file.data, file.file, at);
    if (!result.success) problems.push(...result.problems);
    else {
      const record = { id: file.id, locale: localeOfFile(file.file), file: file.file, data: result.data, source: file.source };
      (checked[file.collection] as Checked<CollectionName>[]).push(record);
    }
  }
  return { checked, problems };
}

/** The records the cross-file checks read (checks.ts), from checked files. */
export function contentInput(checked: CheckedFiles, locales: string[]): ContentInput {
  return {
    locales,
    pages: checked.pages.map((p) => ({ ...p, source: p.source ?? '' })),
    steps: checked.steps,
    procedures: checked.procedure,
    uiFiles: checked.ui,
    glossaries: checked.glossary,
    evidence: checked.evidence,
    figures: checked.figures,
    dangerSigns: checked.dangerSigns,
    booklets: checked.booklet,
    forms: checked.forms,
    referenceIds: new Set(checked.references.map((r) => r.id)),
  };
}

/** Files in a folder that is not a language (no ui.yaml) would silently vanish from the site: say so instead. */
function strayFiles(files: ContentFile[], locales: string[]): Problem[] {
  const stray = new Set(files.filter((f) => f.file.split('/').length > 2 && !locales.includes(localeOfFile(f.file))).map((f) => localeOfFile(f.file)));
  return [...stray].map((folder) => ({
    file: `content/${folder}/`,
    message: `has content but no ui.yaml, so it is not a language of the site and would be left out; copy content/id/ui.yaml there and translate it, or move the folder out of content/`,
  }));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function assembleContent(unordered: ContentFile[], locales: string[]): Content {
  // One order whichever door read the files (Astro's store lists entries by id, the Node door in file order), so
  // both give equal content: the render cache compares what a build reads with what the last one read.
  const files = [...unordered].sort((a, b) => compare(a.file, b.file) || compare(a.id, b.id));
  const { checked, problems } = checkFiles(files);
  problems.push(...strayFiles(files, locales));
  if (problems.length > 0) throw new ContentError(problems);
  const crossFile = checkContent(contentInput(checked, locales));
  crossFile.push(...checkTraining(checked.training, locales, new Set(checked.references.map((r) => r.id))));
  const shortLinks = checked.shortLinks.map((r): ShortLink => ({ code: r.id, ...r.data }));
  const pageKeys = new Map(locales.map((l) => [l, new Set(checked.pages.filter((p) => p.locale === l).map((p) => p.data.key))]));
  crossFile.push(...shortLinkProblems(shortLinks, pageKeys));
  if (crossFile.length > 0) throw new ContentError(crossFile);

  const byLocale = new Map<string, LocaleContent>();
  const figureProblems: Problem[] = [];
  for (const locale of locales) {
    const own = <C extends CollectionName>(c: C) => (checked[c] as Checked<C>[]).filter((r) => r.locale === locale);
    const single = <C extends CollectionName>(c: C) => own(c)[0]!;
    const keyed = <T>(c: 'glossary' | 'evidence' | 'figures') => new Map(Object.entries((own(c)[0]?.data ?? {}) as { [id: string]: T }));
    // The massage's length and each step's time, computed from the steps wherever the texts state them.
    const { texts, problems: unfilled } = resolveFigures({
      ui: single('ui').data,
      steps: own('steps')
        .map((s) => ({ ...s.data, file: s.file }))
        .sort((a, b) => a.order - b.order),
      procedure: single('procedure').data,
      procedureFile: single('procedure').file,
      dangerSigns: single('dangerSigns').data,
      booklet: single('booklet').data,
      forms: single('forms').data,
      files: { dangerSigns: single('dangerSigns').file, booklet: single('booklet').file, forms: single('forms').file },
    });
    figureProblems.push(...unfilled);
    // The training's labels keep their own {n}, {max}… placeholders, filled when printed.
    const training = single('training');
    const { labels: trainingLabels, ...trainingRest } = training.data;
    const trainingFilled = fillPlaceholders(trainingRest, { total: formatTotal(texts.ui, texts.steps) }, training.file);
    figureProblems.push(...trainingFilled.problems);
    byLocale.set(locale, {
      locale,
      ...texts,
      training: { ...trainingFilled.value, labels: trainingLabels },
      trainingFile: training.file,
      pages: own('pages')
        .map((p) => ({ id: p.id, locale, file: p.file, data: p.data, source: p.source ?? '' }))
        .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title)),
      glossary: keyed<GlossaryEntry>('glossary'),
      evidence: keyed<EvidenceEntry>('evidence'),
      figures: keyed<Figure>('figures'),
      shortLinks: shortLinks.filter((l) => l.locale === locale),
    });
  }
  if (figureProblems.length > 0) throw new ContentError(figureProblems);
  return { locales, byLocale, references: new Map(checked.references.map((r) => [r.id, r.data])) };
}

/** One language's content; a locale the content does not have is a mistake in the caller, said loudly. */
export function contentOfLocale(content: Content, locale: string | undefined): LocaleContent {
  const found = locale === undefined ? undefined : content.byLocale.get(locale);
  if (!found) throw new Error(`No content for the language "${locale}": the languages are ${content.locales.join(', ')} (folders of content/ with a ui.yaml)`);
  return found;
}
