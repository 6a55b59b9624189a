/**
 * The link preview image of every page in every language (/og/id/pijat-oksitosin.png, /og/id/index.png for a
 * home page), named by src/og/meta.ts's ogImagePath so the page's <head> and this endpoint agree. Rendered at
 * build time from the page's title and description, and on request by `npm run dev`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentOfLocale, loadContent, type LocaleContent, type PageContent } from '../../content/index.ts';
import { pageHref } from '../../i18n/urls.ts';
import { ogImagePath } from '../../og/meta.ts';
import { ogImageOutput } from '../../render/outputs.ts';

export const getStaticPaths = (async () => {
  const content = await loadContent();
  return content.locales.flatMap((locale) => {
    const localeContent = contentOfLocale(content, locale);
    return localeContent.pages.map((page) => ({
      // "/og/id/pijat-oksitosin.png" → "id/pijat-oksitosin"
      params: { page: ogImagePath(pageHref(locale, page.data.slug)).slice('/og/'.length, -'.png'.length) },
      props: { localeContent, page },
    }));
  });
}) satisfies GetStaticPaths;

interface Props {
  localeContent: LocaleContent;
  page: PageContent;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await ogImageOutput(props.localeContent, props.page);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
