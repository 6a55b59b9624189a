/**
 * What the two slide endpoints (SVG and PNG) and the teaching page share: one route per drawing per language, and
 * the slide rendered once per build from that language's words (teaching/slide.ts). It reads content through the site's door (astro:content), so only the site imports it.
 */
import { contentOfLocale, loadContent, type LocaleContent } from '../content/index.ts';
import { VERSION } from '../content/trust.ts';
import { loadPrintAssets } from '../print/assets.ts';
import { drawingUrl, teachingDrawings, type TeachingDrawing } from './drawings.ts';
import { renderSlide, type RenderedSlide } from './slide.ts';

export interface SlideProps {
  localeContent: LocaleContent;
  drawing: TeachingDrawing;
}

/** Every drawing of content/illustrations, in teaching order, with its words in one language. */
export const drawingsOf = (localeContent: LocaleContent) => teachingDrawings(localeContent, Object.keys(loadPrintAssets().illustrations));

export async function slideRoutes() {
  const content = await loadContent();
  return content.locales.flatMap((locale) => {
    const localeContent = contentOfLocale(content, locale);
    return drawingsOf(localeContent).map((drawing) => ({ params: { locale, name: drawing.name }, props: { localeContent, drawing } satisfies SlideProps }));
  });
}

export function slideOf({ localeContent, drawing }: SlideProps, site: URL): Promise<RenderedSlide> {
  const { ui } = localeContent;
  const url = drawingUrl(localeContent, drawing, site);
  return renderSlide({ ui, name: drawing.name, heading: drawing.heading, caption: drawing.caption, url, version: VERSION }, loadPrintAssets());
}
