/**
 * The knowledge test of every language for Moodle (/id/tes-pengetahuan-asi-moodle.gift.txt), from the same
 * content as the printed test and its answer key (teaching/gift.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentOfLocale, loadContent, type LocaleContent } from '../../content/index.ts';
import { printContentOf } from '../../print/content.ts';
import { giftFileName, knowledgeTestGift } from '../../teaching/gift.ts';

export const getStaticPaths = (async () => {
  const content = await loadContent();
  return content.locales.map((locale) => {
    const localeContent = contentOfLocale(content, locale);
    return { params: { locale, file: giftFileName(localeContent.ui) }, props: { localeContent } };
  });
}) satisfies GetStaticPaths;

interface Props {
  localeContent: LocaleContent;
}

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { references } = await loadContent();
  const gift = knowledgeTestGift(printContentOf(props.localeContent, references, site!));
  return new Response(gift, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
