/**
 * The printable leaflet of each language, rendered at build time from the same steps as the site
 * (and on request by `npm run dev`, so a PDF can be previewed while editing).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, type LocaleContent } from '../../content/index.ts';
import { leafletName, pageHref } from '../../i18n/urls.ts';
import { loadPrintAssets } from '../../print/assets.ts';
import { renderLeaflet } from '../../print/leaflet.ts';

export const getStaticPaths = (async () => {
  const content = await loadContent();
  return content.locales.map((locale) => {
    const localeContent = content.byLocale.get(locale)!;
    return { params: { locale, file: leafletName(localeContent.ui.strings.leafletFile) }, props: { localeContent, references: content.references } };
  });
}) satisfies GetStaticPaths;

interface Props {
  localeContent: LocaleContent;
  references: Awaited<ReturnType<typeof loadContent>>['references'];
}

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { localeContent: lc, references } = props;
  const massage = lc.pages.find((p) => p.data.key === 'massage')!;
  const pdf = await renderLeaflet(
    {
      locale: lc.locale,
      ui: lc.ui,
      steps: lc.steps,
      procedure: lc.procedure,
      procedureFile: lc.procedureFile,
      references,
      url: new URL(pageHref(lc.locale, massage.data.slug), site).href,
    },
    loadPrintAssets(),
  );
  return new Response(pdf as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
};
