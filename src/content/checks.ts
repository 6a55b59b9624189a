/**
 * Checks across files that one schema cannot make: every page and step has its twin in every language, the pages
 * the site links to exist, citations name bibliography entries. Pure functions over plain records, so tests call
 * them directly and the site calls them once per build.
 */
import { componentProblems } from './components.ts';
import type { Problem } from './errors.ts';
import { pageLinkProblems } from './links.ts';
import { activeContentProblems, componentUses, mdxSyntaxProblem, parseMdx, propValues, type ComponentUse } from './mdx.ts';
import { checkPrintContent } from './print-checks.ts';
import type { Booklet, DangerSigns, EvidenceEntry, Forms, GlossaryEntry, Page, Procedure, Step } from './schemas/index.ts';
import { checkKeyedTwins, checkMdxReferences, type KeyedFile } from './twins.ts';

/** One checked file of one language. */
export interface FileRecord<T> {
  locale: string;
  /** Path from the project root. */
  file: string;
  data: T;
}

export interface PageRecord extends FileRecord<Page> {
  /** The whole MDX file, read as a tree for the components it uses and their lines. */
  source: string;
}

/** A page with the components it uses, parsed once for every check. */
export interface ParsedPage extends PageRecord {
  uses: ComponentUse[];
}

export interface ContentInput {
  locales: string[];
  pages: PageRecord[];
  steps: FileRecord<Step>[];
  procedures: FileRecord<Procedure>[];
  uiFiles: FileRecord<unknown>[];
  glossaries: FileRecord<{ [id: string]: GlossaryEntry }>[];
  evidence: FileRecord<{ [id: string]: EvidenceEntry }>[];
  figures: KeyedFile[];
  dangerSigns: FileRecord<DangerSigns>[];
  booklets: FileRecord<Booklet>[];
  forms: FileRecord<Forms>[];
  referenceIds: Set<string>;
}

/** Pages the site itself links to from every page: without them a language is incomplete. */
export const REQUIRED_PAGE_KEYS = ['home', 'massage', 'danger-signs', 'glossary', 'print', 'search', 'references', 'editorial'] as const;

/** The components a page uses, from its MDX tree: an unparsable page is reported, not skipped. */
function parsePages(pages: PageRecord[]): { parsed: ParsedPage[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const parsed = pages.map((page) => {
    try {
      const tree = parseMdx(page.source);
      problems.push(...activeContentProblems(tree, page.file));
      return { ...page, uses: componentUses(tree) };
    } catch (error) {
      problems.push(mdxSyntaxProblem(error, page.file));
      return { ...page, uses: [] };
    }
  });
  return { parsed, problems };
}

export function checkContent(input: ContentInput): Problem[] {
  const { parsed, problems } = parsePages(input.pages);
  return [
    ...problems,
    ...checkLocaleFiles(input),
    ...checkPages(input),
    ...checkSteps(input),
    ...checkCitations(input, parsed),
    ...checkUncitedReferences(input, parsed),
    ...checkComponents(parsed),
    ...checkKeyedTwins('glossary term', 'glossary', input.locales, input.glossaries),
    ...checkKeyedTwins('report', 'evidence', input.locales, input.evidence),
    ...checkKeyedTwins('figure', 'figures', input.locales, input.figures),
    ...checkPrintContent(input),
    ...checkMdxReferences(parsed, input.locales, input.glossaries, input.figures),
    ...(problems.length > 0
      ? []
      : pageLinkProblems(
          input.pages.map((p) => ({ ...p, slug: p.data.slug })),
          input.locales,
        )),
    ...checkAddressClashes(input),
  ];
}

function checkLocaleFiles({ locales, procedures, uiFiles }: ContentInput): Problem[] {
  const problems: Problem[] = [];
  for (const locale of locales) {
    if (!uiFiles.some((f) => f.locale === locale)) {
      problems.push({ file: `content/${locale}/ui.yaml`, message: 'missing: copy content/id/ui.yaml and translate it' });
    }
    if (!procedures.some((f) => f.locale === locale)) {
      problems.push({
        file: `content/${locale}/procedure.yaml`,
        message: 'missing: copy content/id/procedure.yaml and translate it',
      });
    }
  }
  return problems;
}

/** First parts of a page's address that the build writes itself in each language folder (src/pages/[locale]/). */
const RESERVED_SLUGS = ['404', 'share', 'slide'];
/** Top-level paths the build writes; a language folder with one of these names would overwrite them. */
const RESERVED_LOCALES = ['_astro', 'cite', 'illustrations', 'og', 'pagefind', 's', 'sitemap.xml', 'robots.txt', '404'];

/** A page or language whose address is one the build writes for itself would be overwritten or overwrite it. */
function checkAddressClashes({ locales, pages }: ContentInput): Problem[] {
  return [
    ...locales
      .filter((l) => RESERVED_LOCALES.includes(l) || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/.test(l))
      .map((l) => ({
        file: `content/${l}/`,
        message: `"${l}" cannot be a language folder: name it by its language code (id, en, jv…), not an address the site uses`,
      })),
    ...pages
      .filter((p) => RESERVED_SLUGS.includes(p.data.slug.split('/')[0]!) || /\.[a-z]+$/.test(p.data.slug))
      .map((p) => ({ file: p.file, field: 'slug', message: `"${p.data.slug}" is an address the site uses for its own files; choose another slug` })),
  ];
}

function checkPages({ locales, pages }: ContentInput): Problem[] {
  const problems: Problem[] = [];
  for (const locale of locales) {
    const own = pages.filter((p) => p.locale === locale);
    const seenSlugs = new Map<string, string>();
    const seenKeys = new Map<string, string>();
    for (const page of own) {
      const slugOwner = seenSlugs.get(page.data.slug);
      if (slugOwner) {
        problems.push({ file: page.file, field: 'slug', message: `"${page.data.slug}" is already used by ${slugOwner}; choose another slug` });
      }
      seenSlugs.set(page.data.slug, page.file);
      const keyOwner = seenKeys.get(page.data.key);
      if (keyOwner) {
        problems.push({
          file: page.file,
          field: 'key',
          message: `"${page.data.key}" is already used by ${keyOwner}; each page of a language needs its own key`,
        });
      }
      seenKeys.set(page.data.key, page.file);
      if ((page.data.key === 'home') !== (page.data.slug === '')) {
        problems.push({
          file: page.file,
          field: 'slug',
          message: page.data.key === 'home' ? 'the home page must have slug: ""' : 'only the home page (key: home) may have an empty slug',
        });
      }
    }
    for (const key of REQUIRED_PAGE_KEYS) {
      if (!own.some((p) => p.data.key === key)) {
        problems.push({
          file: `content/${locale}/`,
          field: `key: ${key}`,
          message: `no page has key: ${key}, and the site links to it; add one (see content/id/)`,
        });
      }
    }
  }
  // Every page needs its twin in every other language, matched by key.
  for (const page of pages) {
    for (const locale of locales) {
      if (locale === page.locale) continue;
      if (!pages.some((p) => p.locale === locale && p.data.key === page.data.key)) {
        problems.push({
          file: page.file,
          field: 'key',
          message: `"${page.data.key}" has no twin in content/${locale}/: add a page there with key: ${page.data.key} (or remove this one)`,
        });
      }
    }
  }
  return problems;
}

function checkSteps({ locales, steps }: ContentInput): Problem[] {
  const problems: Problem[] = [];
  const reference = locales[0]!;
  for (const locale of locales) {
    const own = steps.filter((s) => s.locale === locale).sort((a, b) => a.data.order - b.data.order);
    own.forEach((step, index) => {
      if (step.data.order !== index + 1) {
        problems.push({
          file: step.file,
          field: 'order',
          message: `is ${step.data.order}, expected ${index + 1}: steps are numbered 1, 2, 3… without gaps or repeats`,
        });
      }
    });
    if (locale === reference) continue;
    for (const twin of steps.filter((s) => s.locale === reference)) {
      const mine = own.find((s) => s.data.order === twin.data.order);
      if (!mine) {
        problems.push({ file: twin.file, field: 'order', message: `step ${twin.data.order} has no twin in content/${locale}/steps/; translate it there` });
      } else if (mine.data.illustration !== twin.data.illustration) {
        problems.push({
          file: mine.file,
          field: 'illustration',
          message: `is "${mine.data.illustration}" but ${twin.file} shows "${twin.data.illustration}"; a step and its translation show the same drawing`,
        });
      }
    }
    for (const step of own) {
      if (!steps.some((s) => s.locale === reference && s.data.order === step.data.order)) {
        problems.push({ file: step.file, field: 'order', message: `step ${step.data.order} has no twin in content/${reference}/steps/` });
      }
    }
  }
  return problems;
}

const NOT_IN_BIBLIOGRAPHY = 'is not in content/references.yaml; add the entry or fix the id';

/** Where one file cites references: the ids, the field that holds them, and what to say of an id not in the bibliography. */
interface CiteList {
  file: string;
  field: string;
  ids: string[];
  unknown?: (id: string) => string;
}

/** Every citation in the content, from every kind of file: the one list both citation checks read. */
function citeLists(input: ContentInput, pages: ParsedPage[]): CiteList[] {
  const list = (file: string, field: string, ids: string[]): CiteList => ({ file, field, ids });
  return [
    ...input.steps.map((r) => list(r.file, 'cite', r.data.cite)),
    ...input.procedures.flatMap((r) => [list(r.file, 'cite', r.data.cite), list(r.file, 'safety.cite', r.data.safety.cite)]),
    ...input.glossaries.flatMap((r) => Object.entries(r.data).map(([term, entry]) => list(r.file, `${term}.cite`, entry.cite))),
    ...input.evidence.flatMap((r) =>
      Object.keys(r.data).map((id) => ({
        file: r.file,
        field: id,
        ids: [id],
        unknown: () => `report "${id}" ${NOT_IN_BIBLIOGRAPHY}; evidence is keyed by reference id`,
      })),
    ),
    ...pages.flatMap((page) =>
      propValues(page.uses, 'Cite', 'id').map(({ value: id, line }) => ({
        file: page.file,
        field: `line ${line}`,
        ids: [id],
        unknown: () => `<Cite id="${id}" />: "${id}" ${NOT_IN_BIBLIOGRAPHY}`,
      })),
    ),
    ...input.dangerSigns.flatMap((r) => [
      list(r.file, 'cite', r.data.cite),
      ...(['mother', 'baby'] as const).flatMap((part) => [
        ...r.data[part].map((sign, i) => list(r.file, `${part}.${i}.cite`, sign.cite)),
        ...r.data.seeSoon[part].map((sign, i) => list(r.file, `seeSoon.${part}.${i}.cite`, sign.cite)),
      ]),
    ]),
    ...input.booklets.map((r) => list(r.file, 'physiology.cite', r.data.physiology.cite)),
    ...input.forms.flatMap((r) => r.data.quiz.map((q, i) => list(r.file, `quiz.${i}.cite`, q.cite))),
  ];
}

/** Every cited id is in the bibliography. */
function checkCitations(input: ContentInput, pages: ParsedPage[]): Problem[] {
  return citeLists(input, pages).flatMap(({ file, field, ids, unknown = (id) => `"${id}" ${NOT_IN_BIBLIOGRAPHY}` }) =>
    ids.filter((id) => !input.referenceIds.has(id)).map((id) => ({ file, field, message: unknown(id) })),
  );
}

/**
 * Every bibliography entry is cited somewhere. The references page says each of its entries is a source of the
 * kit; an entry nothing cites would be a source in name only.
 */
function checkUncitedReferences(input: ContentInput, pages: ParsedPage[]): Problem[] {
  const cited = new Set(citeLists(input, pages).flatMap((c) => c.ids));
  return [...input.referenceIds]
    .filter((id) => !cited.has(id))
    .map((id) => ({ file: 'content/references.yaml', field: id, message: 'is cited nowhere; cite it where the kit relies on it, or remove it' }));
}

/** Every component a page uses exists and gets the props it takes, named by page and line. */
function checkComponents(pages: ParsedPage[]): Problem[] {
  return pages.flatMap((page) =>
    page.uses.flatMap((use) => componentProblems(use).map((message) => ({ file: page.file, field: `line ${use.line}`, message }))),
  );
}
