/**
 * Cross-language checks for the keyed data files (glossary, evidence, figures) and for what MDX pages pull from
 * them: every term, report and drawing exists in every language, and a page shows the same drawings as its twin.
 * Pure functions over plain records, like checks.ts.
 */
import type { FileRecord, ParsedPage } from './checks.ts';
import { propValues } from './mdx.ts';
import type { Problem } from './errors.ts';

/** A per-language YAML file whose top level maps ids to entries (content/<locale>/glossary.yaml…). */
export type KeyedFile = FileRecord<{ [id: string]: unknown }>;

/**
 * Every id of the reference language's file exists in every other language's file and nothing more.
 * `what` names an entry for the message ("glossary term"); `name` is the file name without .yaml.
 */
export function checkKeyedTwins(what: string, name: string, locales: string[], files: KeyedFile[]): Problem[] {
  const reference = locales[0]!;
  const pathOf = (locale: string) => `content/${locale}/${name}.yaml`;
  const keysOf = (locale: string) => Object.keys(files.find((f) => f.locale === locale)?.data ?? {});
  const referenceKeys = keysOf(reference);
  const problems: Problem[] = [];
  for (const locale of locales.slice(1)) {
    const own = files.find((f) => f.locale === locale);
    if (!own) {
      if (referenceKeys.length > 0) {
        problems.push({ file: pathOf(locale), message: `missing: copy ${pathOf(reference)} and translate it` });
      }
      continue;
    }
    const ownKeys = new Set(keysOf(locale));
    for (const key of referenceKeys.filter((k) => !ownKeys.has(k))) {
      problems.push({
        file: own.file,
        field: key,
        message: `${what} "${key}" is in ${pathOf(reference)} but not here; translate it (every language has the same entries)`,
      });
    }
    for (const key of [...ownKeys].filter((k) => !referenceKeys.includes(k))) {
      problems.push({ file: own.file, field: key, message: `${what} "${key}" is not in ${pathOf(reference)}; add it there too, or remove it here` });
    }
  }
  return problems;
}

/** `<Term id>` and `<Figure name>` name entries of the page's own language; a page shows the drawings its twin shows. */
export function checkMdxReferences(pages: ParsedPage[], locales: string[], glossaries: KeyedFile[], figures: KeyedFile[]): Problem[] {
  const problems: Problem[] = [];
  const has = (files: KeyedFile[], locale: string, id: string) => Object.hasOwn(files.find((f) => f.locale === locale)?.data ?? {}, id);
  for (const page of pages) {
    for (const { value, line } of propValues(page.uses, 'Term', 'id')) {
      if (!has(glossaries, page.locale, value)) {
        problems.push({
          file: page.file,
          field: `line ${line}`,
          message: `<Term id="${value}">: "${value}" is not in content/${page.locale}/glossary.yaml; add the term or fix the id`,
        });
      }
    }
    for (const { value, line } of propValues(page.uses, 'Figure', 'name')) {
      if (!has(figures, page.locale, value)) {
        problems.push({
          file: page.file,
          field: `line ${line}`,
          message: `<Figure name="${value}" />: "${value}" is not in content/${page.locale}/figures.yaml; add its alt text and caption there`,
        });
      }
    }
  }
  const figuresOf = (page: ParsedPage) =>
    propValues(page.uses, 'Figure', 'name')
      .map((u) => u.value)
      .sort()
      .join(', ');
  for (const page of pages.filter((p) => p.locale !== locales[0])) {
    const twin = pages.find((p) => p.locale === locales[0] && p.data.key === page.data.key);
    if (twin && figuresOf(twin) !== figuresOf(page)) {
      problems.push({
        file: page.file,
        field: 'Figure',
        message: `shows [${figuresOf(page) || 'no figures'}] but its twin ${twin.file} shows [${figuresOf(twin) || 'no figures'}]; a page and its translation show the same drawings`,
      });
    }
  }
  return problems;
}
