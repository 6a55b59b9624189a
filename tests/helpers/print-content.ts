/** PrintContent for one language from the real content/ folder, as the site's loader builds it, for print tests. */
import type { PrintContent } from '../../src/print/content.ts';
import { readLocale, readReferences } from './content.ts';
import { VERSION } from '../../src/content/trust.ts';

export const TEST_SITE = 'https://lancar.example.org';

export function readPrintContent(locale: string): PrintContent {
  const content = readLocale(locale);
  const urls = Object.fromEntries(content.pages.map((p) => [p.data.key, `${TEST_SITE}/${locale}/${p.data.slug ? `${p.data.slug}/` : ''}`]));
  return {
    locale,
    ui: content.ui,
    steps: content.steps,
    procedure: content.procedure,
    procedureFile: content.procedureFile,
    references: readReferences(),
    glossary: new Map(Object.entries(content.glossary.data)),
    dangerSigns: content.dangerSigns,
    booklet: content.booklet,
    forms: content.forms,
    files: content.files,
    urls,
    version: VERSION,
  };
}
