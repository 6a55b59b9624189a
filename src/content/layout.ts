/**
 * Where content lives. Which files hold which kind of content, and their schemas, is ./collections.ts.
 *
 *   content/<locale>/*.mdx            pages (a page and its translation share `key`)
 *   content/<locale>/steps/*.yaml     the massage steps
 *   content/<locale>/<name>.yaml      one file per language: procedure, glossary, evidence, figures, danger-signs,
 *                                     booklet, forms, ui (language name and interface strings)
 *   content/references.yaml           the bibliography (all languages), one entry per top-level id
 *   content/illustrations/*.svg       the drawings, shared by every language
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';

/** The content folder, relative to the project root (where every command runs). */
export const CONTENT_DIR = 'content';

/** Where the drawings live; a step or figure names one by its file name without `.svg`. */
export const ILLUSTRATION_DIR = resolve(process.cwd(), CONTENT_DIR, 'illustrations');

/** content/<locale>/… → <locale> */
export const localeOfFile = (file: string): string => file.split('/')[1]!;

/**
 * Languages are data: a locale is any folder of content/ that holds a ui.yaml. Bahasa Indonesia comes first, the
 * rest in alphabetical order, so every list and switch reads the same way. Read by astro.config.mjs too.
 */
export function discoverLocales(contentDir = CONTENT_DIR): string[] {
  const found = readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(contentDir, entry.name, 'ui.yaml')))
    .map((entry) => entry.name);
  return found.sort((a, b) => (a === DEFAULT_LOCALE ? -1 : b === DEFAULT_LOCALE ? 1 : a.localeCompare(b)));
}
