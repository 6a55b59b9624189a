/**
 * Checks across files that one schema cannot make: every page and step has its twin in every language, the pages
 * the site links to exist, citations name bibliography entries. Pure functions over plain records, so tests call
 * them directly and the site calls them once per build.
 */
import type { Problem } from './errors.ts';
import type { EvidenceEntry, GlossaryEntry, Page, Procedure, Step } from './schemas.ts';
import { checkPrintContent } from './print-checks.ts';
import type { Booklet, DangerSigns, Forms } from './print-schemas.ts';
import { checkKeyedTwins, checkMdxReferences, componentUses, type KeyedFile } from './twins.ts';

export interface Record<T> {
  locale: string;
  /** Path from the project root. */
  file: string;
  data: T;
}

export interface PageRecord extends Record<Page> {
  /** The MDX source, searched for <Cite id="…" />. */
  body: string;
}

export interface ContentInput {
  locales: string[];
  pages: PageRecord[];
  steps: Record<Step>[];
  procedures: Record<Procedure>[];
  uiFiles: Record<unknown>[];
  glossaries: Record<{ [id: string]: GlossaryEntry }>[];
  evidence: Record<{ [id: string]: EvidenceEntry }>[];
  figures: KeyedFile[];
  dangerSigns: Record<DangerSigns>[];
  booklets: Record<Booklet>[];
  forms: Record<Forms>[];
  referenceIds: Set<string>;
}

/** Pages the site itself links to from every page: without them a language is incomplete. */
export const REQUIRED_PAGE_KEYS = ['home', 'massage', 'danger-signs', 'glossary', 'print', 'search', 'references', 'editorial'] as const;

/** The components every MDX page may use without an import; the page route provides exactly these. */
export const MDX_COMPONENTS = [
  'Cite',
  'ContactForm',
  'DangerSigns',
  'EvidenceTable',
  'Figure',
  'Glossary',
  'GuidedMode',
  'LeafletLink',
  'MassageLength',
  'PrintDownloads',
  'Procedure',
  'ReferenceList',
  'ReportErrors',
  'SearchForm',
  'SkillChecklist',
  'Steps',
  'Term',
  'TopicIndex',
] as const;
export type MdxComponentName = (typeof MDX_COMPONENTS)[number];

const COMPONENT_IN_MDX = /<([A-Z][A-Za-z0-9]*)\b/g;

const lineAt = (body: string, index: number) => body.slice(0, index).split('\n').length;

/** Components an MDX body uses that the site does not provide, with their lines. */
export function unknownComponentsInMdx(body: string): { name: string; line: number }[] {
  const known = new Set<string>(MDX_COMPONENTS);
  return [...body.matchAll(COMPONENT_IN_MDX)]
    .filter((m) => !known.has(m[1]!))
    .map((m) => ({ name: m[1]!, line: lineAt(body, m.index) }));
}

export const citesInMdx = (body: string): { id: string; line: number }[] =>
  componentUses(body, 'Cite', 'id').map(({ value, line }) => ({ id: value, line }));

export function checkContent(input: ContentInput): Problem[] {
  return [
    ...checkLocaleFiles(input),
    ...checkPages(input),
    ...checkSteps(input),
    ...checkCitations(input),
    ...checkUncitedReferences(input),
    ...checkComponents(input),
    ...checkKeyedTwins('glossary term', 'glossary', input.locales, input.glossaries),
    ...checkKeyedTwins('report', 'evidence', input.locales, input.evidence),
    ...checkKeyedTwins('figure', 'figures', input.locales, input.figures),
    ...checkPrintContent(input),
    ...checkMdxReferences(
      input.pages.map((p) => ({ locale: p.locale, file: p.file, key: p.data.key, body: p.body })),
      input.locales,
      input.glossaries,
      input.figures,
    ),
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
        problems.push({ file: page.file, field: 'key', message: `"${page.data.key}" is already used by ${keyOwner}; each page of a language needs its own key` });
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
        problems.push({ file: `content/${locale}/`, field: `key: ${key}`, message: `no page has key: ${key}, and the site links to it; add one (see content/id/)` });
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
function citeLists(input: ContentInput): CiteList[] {
  const list = (file: string, field: string, ids: string[]): CiteList => ({ file, field, ids });
  return [
    ...input.steps.map((r) => list(r.file, 'cite', r.data.cite)),
    ...input.procedures.flatMap((r) => [list(r.file, 'cite', r.data.cite), list(r.file, 'safety.cite', r.data.safety.cite)]),
    ...input.glossaries.flatMap((r) => Object.entries(r.data).map(([term, entry]) => list(r.file, `${term}.cite`, entry.cite))),
    ...input.evidence.flatMap((r) =>
      Object.keys(r.data).map((id) => ({ file: r.file, field: id, ids: [id], unknown: () => `report "${id}" ${NOT_IN_BIBLIOGRAPHY}; evidence is keyed by reference id` })),
    ),
    ...input.pages.flatMap((page) =>
      citesInMdx(page.body).map(({ id, line }) => ({ file: page.file, field: `line ${line}`, ids: [id], unknown: () => `<Cite id="${id}" />: "${id}" ${NOT_IN_BIBLIOGRAPHY}` })),
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
function checkCitations(input: ContentInput): Problem[] {
  return citeLists(input).flatMap(({ file, field, ids, unknown = (id) => `"${id}" ${NOT_IN_BIBLIOGRAPHY}` }) =>
    ids.filter((id) => !input.referenceIds.has(id)).map((id) => ({ file, field, message: unknown(id) })),
  );
}

/**
 * Every bibliography entry is cited somewhere. The references page says each of its entries is a source of the
 * kit; an entry nothing cites would be a source in name only.
 */
function checkUncitedReferences(input: ContentInput): Problem[] {
  const cited = new Set(citeLists(input).flatMap((c) => c.ids));
  return [...input.referenceIds]
    .filter((id) => !cited.has(id))
    .map((id) => ({ file: 'content/references.yaml', field: id, message: 'is cited nowhere; cite it where the kit relies on it, or remove it' }));
}

function checkComponents({ pages }: ContentInput): Problem[] {
  return pages.flatMap((page) =>
    unknownComponentsInMdx(page.body).map(({ name, line }) => ({
      file: page.file,
      field: `line ${line}`,
      message: `<${name}> is not a Lancar component; use one of ${MDX_COMPONENTS.map((c) => `<${c}>`).join(', ')}`,
    })),
  );
}
