/**
 * The content door for the site: every collection of ./collections.ts read once per build through Astro's content
 * layer, then the same pure step as the Node door (assemble.ts). Throws ContentError (file, field, what to do).
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { pageHref } from '../i18n/urls.ts';
import { assembleContent, type Content, type LocaleContent } from './assemble.ts';
import { COLLECTION_NAMES, type ContentFile } from './collections.ts';
import { discoverLocales } from './layout.ts';

export { contentOfLocale, type Content, type LocaleContent, type PageContent, type StepContent } from './assemble.ts';

let loading: Promise<Content> | undefined;

export function loadContent(): Promise<Content> {
  // A build reads content once; `npm run dev` reads it afresh so an edit shows on the next reload.
  if (import.meta.env.DEV) return readContent();
  loading ??= readContent();
  return loading;
}

async function readContent(): Promise<Content> {
  const collections = await Promise.all(
    COLLECTION_NAMES.map(async (collection) =>
      (await getCollection(collection)).map((entry): ContentFile => {
        const file = entry.filePath ?? `content/${entry.id}`;
        // The MDX tree is read from the whole file, so problems name the line in the file, frontmatter included.
        const source = collection === 'pages' ? readFileSync(file, 'utf8') : undefined;
        return { collection, file, id: entry.id, data: entry.data, source };
      }),
    ),
  );
  return assembleContent(collections.flat(), discoverLocales());
}

/** The URL of a language's page by its key (home, glossary, danger-signs…); the checks make sure required keys exist. */
export function hrefOfKey(content: LocaleContent, key: string): string {
  const page = content.pages.find((p) => p.data.key === key);
  if (!page) throw new Error(`content/${content.locale}/ has no page with key: ${key}`);
  return pageHref(content.locale, page.data.slug);
}
