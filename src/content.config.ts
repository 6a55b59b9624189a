/**
 * Astro's view of the content folder, made from the one description in content/collections.ts. No schema here:
 * the content door (content/index.ts → assemble.ts) checks every entry with the friendly error map, the same way
 * for the site and for the Node reader.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS, COLLECTION_NAMES } from './content/collections.ts';
import { CONTENT_DIR } from './content/layout.ts';

// Entries are named by their path (id/pijat-oksitosin), never by their `slug`: two languages may share a slug.
const generateId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|yaml)$/, '');

export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => {
    const { pattern } = COLLECTIONS[name];
    const loader = 'entries' in COLLECTIONS[name] ? file(`${CONTENT_DIR}/${pattern}`) : glob({ pattern, base: `./${CONTENT_DIR}`, generateId });
    return [name, defineCollection({ loader })];
  }),
);
