/**
 * What the PDF endpoint and the fill-in manifest endpoint share: one route per print file of every language, and
 * the file rendered from its language's content. (The leading "_" keeps this module from being a route itself.)
 */
import { contentOfLocale, loadContent, type LocaleContent } from '../content/index.ts';
import { printFiles, type PrintFile } from '../print/catalog.ts';
import { printFileOutput } from '../render/outputs.ts';

export interface PrintFileProps {
  file: PrintFile;
  localeContent: LocaleContent;
}

export async function printFileRoutes(keep: (file: PrintFile, index: number, all: PrintFile[]) => boolean = () => true) {
  const content = await loadContent();
  return content.locales.flatMap((locale) => {
    const localeContent = contentOfLocale(content, locale);
    return printFiles(locale, localeContent.ui)
      .filter(keep)
      .map((file) => ({ params: { locale, file: file.name }, props: { file, localeContent } satisfies PrintFileProps }));
  });
}

export async function renderPrintFileOf({ file, localeContent }: PrintFileProps, site: URL): Promise<Uint8Array> {
  const { references } = await loadContent();
  return printFileOutput(file, localeContent, references, site);
}
