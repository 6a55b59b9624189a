/**
 * What the two slide endpoints (SVG and PNG) and the teaching page share: one route per drawing per language, and
 * the slide rendered once per build from that language's words (src/render/outputs.ts). It reads content through
 * the site's door (astro:content), so only the site imports it.
 */
import { contentOfLocale, loadContent, type LocaleContent } from '../content/index.ts';
import { drawingsOf, slideOutput } from '../render/outputs.ts';
import type { TeachingDrawing } from './drawings.ts';
import type { RenderedSlide } from './slide.ts';

export { drawingsOf };

export interface SlideProps {
  localeContent: LocaleContent;
  drawing: TeachingDrawing;
}

export async function slideRoutes() {
  const content = await loadContent();
  return content.locales.flatMap((locale) => {
    const localeContent = contentOfLocale(content, locale);
    return drawingsOf(localeContent).map((drawing) => ({ params: { locale, name: drawing.name }, props: { localeContent, drawing } satisfies SlideProps }));
  });
}

export const slideOf = ({ localeContent, drawing }: SlideProps, site: URL): Promise<RenderedSlide> => slideOutput(localeContent, drawing, site);
