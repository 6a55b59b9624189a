/**
 * The real content/ folder through the content door (src/content/read-files.ts), read once per test file: the same
 * checked, typed content the site builds from, with no Astro build.
 */
import type { Content, LocaleContent } from '../../src/content/assemble.ts';
import { checkFiles } from '../../src/content/assemble.ts';
import { loadContentFromDisk, readContentFiles } from '../../src/content/read-files.ts';
import type { Reference } from '../../src/content/schemas/index.ts';
import { ROOT } from './paths.ts';

let content: Content | undefined;

export const realContent = (): Content => (content ??= loadContentFromDisk(ROOT));

export const locales = (): string[] => realContent().locales;

export const readLocale = (locale: string): LocaleContent => realContent().byLocale.get(locale)!;

export const readReferences = (): Map<string, Reference> => realContent().references;

/** One file's data as the door reads it, before any check: for tests that break it on purpose. */
export function rawData(file: string): unknown {
  const found = readContentFiles(ROOT).files.find((f) => f.file === file);
  if (!found) throw new Error(`${file} is not a content file`);
  return found.data;
}

/** Every file checked against its schema, before the checks across files and the computed figures. */
export const checkedFiles = () => checkFiles(readContentFiles(ROOT).files).checked;
