/**
 * Content collections: everything is read from the top-level content/ folder, one folder per language.
 *   content/<locale>/*.mdx            pages (a page and its translation share `key`)
 *   content/<locale>/steps/*.yaml     the massage steps
 *   content/<locale>/procedure.yaml   the facts around the procedure
 *   content/<locale>/glossary.yaml    term id → term and definition
 *   content/<locale>/evidence.yaml    report id → what it did and found
 *   content/<locale>/figures.yaml     drawing name → alt text and caption (drawings used on pages)
 *   content/<locale>/danger-signs.yaml, booklet.yaml, forms.yaml   what print needs (print-schemas.ts)
 *   content/<locale>/ui.yaml          language name and interface strings
 *   content/references.yaml           the bibliography (all languages)
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  evidenceSchema,
  figuresSchema,
  glossarySchema,
  pageSchema,
  procedureSchema,
  referenceSchema,
  stepSchema,
  uiSchema,
} from './content/schemas.ts';
import { bookletSchema, dangerSignsSchema, formsSchema } from './content/print-schemas.ts';

const base = './content';
// Entries are named by their path (id/pijat-oksitosin), never by their `slug`: two languages may share a slug.
const generateId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|yaml)$/, '');
const perLocale = (name: string) => glob({ pattern: `*/${name}.yaml`, base, generateId });

export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '*/**/*.mdx', base, generateId }), schema: pageSchema }),
  steps: defineCollection({ loader: glob({ pattern: '*/steps/*.yaml', base, generateId }), schema: stepSchema }),
  procedure: defineCollection({ loader: perLocale('procedure'), schema: procedureSchema }),
  glossary: defineCollection({ loader: perLocale('glossary'), schema: glossarySchema }),
  evidence: defineCollection({ loader: perLocale('evidence'), schema: evidenceSchema }),
  figures: defineCollection({ loader: perLocale('figures'), schema: figuresSchema }),
  dangerSigns: defineCollection({ loader: perLocale('danger-signs'), schema: dangerSignsSchema }),
  booklet: defineCollection({ loader: perLocale('booklet'), schema: bookletSchema }),
  forms: defineCollection({ loader: perLocale('forms'), schema: formsSchema }),
  ui: defineCollection({ loader: perLocale('ui'), schema: uiSchema }),
  references: defineCollection({ loader: file(`${base}/references.yaml`), schema: referenceSchema }),
};
