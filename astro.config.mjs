// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { DEFAULT_LOCALE } from './src/i18n/locales.ts';
import { discoverLocales } from './src/content/layout.ts';
import { contentOfLocale } from './src/content/assemble.ts';
import { loadContentFromDisk } from './src/content/read-files.ts';
import { citeSpacePlugin } from './src/markdown/cite-space.ts';
import { headingAnchorPlugins } from './src/markdown/heading-anchors.ts';

/** The one setting for the public address: hreflang, canonical links and the URLs printed on PDFs use it. */
export const SITE_URL = process.env.LANCAR_SITE_URL ?? 'https://lancar.example.org';

/** @type {import('./src/content/assemble.ts').Content | undefined} */
let content;
/** The words before a heading in its section link, from the page language's ui.yaml (read once, when first asked). */
const anchorLabel = (/** @type {string} */ locale) => {
  content ??= loadContentFromDisk();
  return contentOfLocale(content, locale).ui.teaching.anchor;
};

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // Every h2 and h3 of a page gets a link to itself (src/markdown/heading-anchors.ts); the space before a citation
  // moves into it, so search excerpts have no space before a full stop (src/markdown/cite-space.ts).
  integrations: [mdx({ processor: satteri({ hastPlugins: [...headingAnchorPlugins(anchorLabel), citeSpacePlugin] }) })],
  i18n: {
    // Languages are data: every folder of content/ with a ui.yaml is a locale.
    locales: discoverLocales('content'),
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  build: {
    format: 'directory',
    // One round trip: the stylesheet is small enough to travel inside each page.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
});
