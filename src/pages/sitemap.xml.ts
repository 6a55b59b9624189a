/** /sitemap.xml (src/urls/sitemap.ts): every page of every language with its twins, from the content. */
import type { APIRoute } from 'astro';
import { contentOfLocale, loadContent } from '../content/index.ts';
import { pageHref } from '../i18n/urls.ts';
import { sitemapXml } from '../urls/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  const content = await loadContent();
  const pages = content.locales.flatMap((locale) => {
    const lc = contentOfLocale(content, locale);
    return lc.pages.map((p) => ({ key: p.data.key, lang: lc.ui.locale.lang, path: pageHref(locale, p.data.slug), lastmod: p.data.checked }));
  });
  return new Response(sitemapXml(site!, pages), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
