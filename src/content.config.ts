/**
 * Content collections: everything is read from the top-level content/ folder, one folder per language.
 *   content/<locale>/*.mdx            pages (a page and its translation share `key`)
 *   content/<locale>/steps/*.yaml     the massage steps
 *   content/<locale>/procedure.yaml   the facts around the procedure
 *   content/<locale>/ui.yaml          language name and interface strings
 *   content/references.yaml           the bibliography (all languages)
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { pageSchema, procedureSchema, referenceSchema, stepSchema, uiSchema } from './content/schemas.ts';

const base = './content';
// Entries are named by their path (id/pijat-oksitosin), never by their `slug`: two languages may share a slug.
const generateId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|yaml)$/, '');

export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '*/**/*.mdx', base, generateId }), schema: pageSchema }),
  steps: defineCollection({ loader: glob({ pattern: '*/steps/*.yaml', base, generateId }), schema: stepSchema }),
  procedure: defineCollection({ loader: glob({ pattern: '*/procedure.yaml', base, generateId }), schema: procedureSchema }),
  ui: defineCollection({ loader: glob({ pattern: '*/ui.yaml', base, generateId }), schema: uiSchema }),
  references: defineCollection({ loader: file(`${base}/references.yaml`), schema: referenceSchema }),
};
