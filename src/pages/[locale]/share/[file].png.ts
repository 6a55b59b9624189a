/**
 * The WhatsApp share image of every massage step in every language (/id/share/langkah-3.png,
 * /en/share/step-3.png), rendered at build time from the same steps as the site, and on request by `npm run dev`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentOfLocale, hrefOfKey, loadContent, type LocaleContent, type StepContent } from '../../../content/index.ts';
import { stepAnchor } from '../../../i18n/strings.ts';
import { shareImageOutput } from '../../../render/outputs.ts';

export const getStaticPaths = (async () => {
  const content = await loadContent();
  return content.locales.flatMap((locale) => {
    const localeContent = contentOfLocale(content, locale);
    return localeContent.steps.map((step) => ({
      // The file is named like the step's anchor on the site: the same words a lecturer already links to.
      params: { locale, file: stepAnchor(localeContent.ui, step.order) },
      props: { localeContent, step },
    }));
  });
}) satisfies GetStaticPaths;

interface Props {
  localeContent: LocaleContent;
  step: StepContent;
}

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { localeContent: lc, step } = props;
  const png = await shareImageOutput(lc, step, hrefOfKey(lc, 'massage'), site!);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
