// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { DEFAULT_LOCALE } from './src/i18n/locales.ts';
import { discoverLocales } from './src/content/layout.ts';

/** The one setting for the public address: hreflang, canonical links and the URLs printed on PDFs use it. */
export const SITE_URL = process.env.LANCAR_SITE_URL ?? 'https://lancar.example.org';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  integrations: [mdx()],
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
