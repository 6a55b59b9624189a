/**
 * The content folder, described once: each collection's files (a glob under content/) and the schema every file
 * is checked against. Astro's collections (src/content.config.ts) and the plain Node reader (read-files.ts) both
 * read this list, and assemble.ts checks what either hands over; nothing else reads content/.
 *
 * `entries` marks a file whose top-level ids are the entries (references.yaml, short-links.yaml); every other file
 * is one entry.
 */
import type { z } from 'zod';
import {
  bookletSchema,
  dangerSignsSchema,
  evidenceSchema,
  figuresSchema,
  formsSchema,
  glossarySchema,
  pageSchema,
  procedureSchema,
  referenceSchema,
  shortLinkSchema,
  stepSchema,
  trainingSchema,
  uiSchema,
} from './schemas/index.ts';

export const COLLECTIONS = {
  pages: { pattern: '*/**/*.mdx', schema: pageSchema },
  steps: { pattern: '*/steps/*.yaml', schema: stepSchema },
  procedure: { pattern: '*/procedure.yaml', schema: procedureSchema },
  glossary: { pattern: '*/glossary.yaml', schema: glossarySchema },
  evidence: { pattern: '*/evidence.yaml', schema: evidenceSchema },
  figures: { pattern: '*/figures.yaml', schema: figuresSchema },
  dangerSigns: { pattern: '*/danger-signs.yaml', schema: dangerSignsSchema },
  booklet: { pattern: '*/booklet.yaml', schema: bookletSchema },
  forms: { pattern: '*/forms.yaml', schema: formsSchema },
  ui: { pattern: '*/ui.yaml', schema: uiSchema },
  training: { pattern: '*/training.yaml', schema: trainingSchema },
  references: { pattern: 'references.yaml', schema: referenceSchema, entries: true },
  shortLinks: { pattern: 'short-links.yaml', schema: shortLinkSchema, entries: true },
} as const satisfies Record<string, { pattern: string; schema: z.ZodType; entries?: true }>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
export type CollectionData<C extends CollectionName> = z.output<(typeof COLLECTIONS)[C]['schema']>;

/**
 * One file (or one entry of an `entries` file) as a reader hands it over: parsed, not yet checked.
 * `source` is the whole MDX file, for the checks that read its tree and report lines in the file.
 */
export interface ContentFile {
  collection: CollectionName;
  /** Path from the project root, e.g. content/en/steps/03.yaml. */
  file: string;
  /** The entry's id: its path without extension (id/pijat-oksitosin), or its key in an `entries` file. */
  id: string;
  data: unknown;
  source?: string;
}
