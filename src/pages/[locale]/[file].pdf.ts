/**
 * Every printed file of every language (print/catalog.ts), rendered at build time from the same content as the
 * site, and on request by `npm run dev`, so a PDF can be previewed while editing.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, printContentOf, type LocaleContent } from '../../content/index.ts';
import { loadPrintAssets } from '../../print/assets.ts';
import { printFiles, renderPrintFile, type PrintFile } from '../../print/catalog.ts';

export const getStaticPaths = (async () => {
  const content = await loadContent();
  return content.locales.flatMap((locale) => {
    const localeContent = content.byLocale.get(locale)!;
    return printFiles(locale, localeContent.ui).map((file) => ({ params: { locale, file: file.name }, props: { file, localeContent } }));
  });
}) satisfies GetStaticPaths;

interface Props {
  file: PrintFile;
  localeContent: LocaleContent;
}

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { references } = await loadContent();
  const pdf = await renderPrintFile(props.file, printContentOf(props.localeContent, references, site!), loadPrintAssets());
  return new Response(pdf as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
};
