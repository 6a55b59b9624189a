/**
 * Beside every fillable leaflet, e.g. /id/leaflet-pijat-oksitosin-a4.fill.json: what the fill-in page needs to write
 * a kader's contact text onto that PDF in her browser (print/fill-manifest.ts). Made from the same render as the
 * PDF next to it; the browser checks the two still match before it writes anything.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, printContentOf, type LocaleContent } from '../../content/index.ts';
import { loadPrintAssets } from '../../print/assets.ts';
import { printFiles, renderPrintFile, type PrintFile } from '../../print/catalog.ts';
import { fillManifest, isFillable } from '../../print/fill-manifest.ts';

export const getStaticPaths = (async () => {
  const content = await loadContent();
  return content.locales.flatMap((locale) => {
    const localeContent = content.byLocale.get(locale)!;
    return printFiles(locale, localeContent.ui)
      .filter(isFillable)
      .map((file) => ({ params: { locale, file: file.name }, props: { file, localeContent } }));
  });
}) satisfies GetStaticPaths;

interface Props {
  file: PrintFile;
  localeContent: LocaleContent;
}

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { references } = await loadContent();
  const pdf = await renderPrintFile(props.file, printContentOf(props.localeContent, references, site!), loadPrintAssets());
  const manifest = await fillManifest(pdf, props.file.variant === 'bw' ? 'bw' : 'colour');
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } });
};
