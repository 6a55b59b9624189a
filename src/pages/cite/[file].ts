/**
 * Every page's citation files for reference managers, and the kit's: /cite/id-massage.bib, /cite/en-massage.ris,
 * /cite/en-kit.json… (cite/sources.ts names them; cite/citation.ts writes them). Static files, made at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CITATION_FILES, type CitationFileKind } from '../../cite/citation.ts';
import { readRelease } from '../../cite/release.ts';
import { citationFileName, KIT_KEY, kitCitable, type PageToCite, pageCitable } from '../../cite/sources.ts';
import { contentOfLocale, loadContent } from '../../content/index.ts';
import { VERSION } from '../../content/trust.ts';

interface Props {
  locale: string;
  /** Undefined: the kit as a whole. */
  page?: PageToCite;
  kind: CitationFileKind;
}

export const getStaticPaths = (async () => {
  const content = await loadContent();
  const kinds = Object.keys(CITATION_FILES) as CitationFileKind[];
  return content.locales.flatMap((locale) => {
    const pages = contentOfLocale(content, locale).pages;
    const clash = pages.find((p) => p.data.key === KIT_KEY);
    if (clash) throw new Error(`${clash.file}: the key "${KIT_KEY}" names the kit's own citation files; give the page another key`);
    const cited: [string, PageToCite | undefined][] = [...pages.map((p): [string, PageToCite] => [p.data.key, p.data]), [KIT_KEY, undefined]];
    return cited.flatMap(([key, page]) =>
      kinds.map((kind) => ({ params: { file: citationFileName(locale, key, kind) }, props: { locale, page, kind } satisfies Props })),
    );
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const lc = contentOfLocale(await loadContent(), props.locale);
  const citable = props.page ? pageCitable(lc, props.page, VERSION, site!) : kitCitable(lc, readRelease(), site!);
  const file = CITATION_FILES[props.kind];
  return new Response(file.format(citable), { headers: { 'Content-Type': file.type } });
};
