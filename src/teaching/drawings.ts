/**
 * Every drawing of content/illustrations with the words a slide needs in one language: its caption, its alt text
 * and the page (and place on it) that it illustrates. The words are the ones the site and the print already use:
 * a drawing on a page has them in figures.yaml, a step's drawing in its step, the cover drawing in booklet.yaml.
 * A drawing with no caption anywhere stops the build, naming figures.yaml, where it can be added.
 */
import type { LocaleContent } from '../content/assemble.ts';
import { ContentError } from '../content/errors.ts';
import { componentUses, parseMdx, propValues } from '../content/mdx.ts';
import { stepAnchor, stepLabel } from '../i18n/strings.ts';
import { pageHref } from '../i18n/urls.ts';

export interface TeachingDrawing {
  /** The file name in content/illustrations, without ".svg". */
  name: string;
  /** What the slide is about, above the caption: the step ("Langkah 3: …") or the title of the page it is on. */
  heading: string;
  caption: string;
  /** The alt text where the site has one (the cover drawing has none: its caption says what it shows). */
  alt: string;
  /** The page it illustrates, by key, and the anchor there. */
  pageKey: string;
  anchor?: string;
}

export type DrawingContent = Pick<LocaleContent, 'locale' | 'ui' | 'pages' | 'steps' | 'figures' | 'booklet'>;

/** The drawings in teaching order: those on pages (the physiology first), the cover, then the steps in order. */
export function teachingDrawings(content: DrawingContent, names: readonly string[]): TeachingDrawing[] {
  const found = new Map<string, TeachingDrawing>();
  const titleOf = (key: string) => content.pages.find((p) => p.data.key === key)?.data.title ?? content.ui.strings.siteName;
  for (const [name, figure] of content.figures) {
    const page = content.pages.find((p) => propValues(componentUses(parseMdx(p.source)), 'Figure', 'name').some((use) => use.value === name));
    // A figure no page places still has its words; it then illustrates the massage page, the kit's heart.
    const pageKey = page?.data.key ?? 'massage';
    found.set(name, { name, heading: titleOf(pageKey), caption: figure.caption, alt: figure.alt, pageKey, ...(page ? { anchor: `fig-${name}` } : {}) });
  }
  const { cover } = content.booklet;
  if (!found.has(cover.illustration))
    found.set(cover.illustration, { name: cover.illustration, heading: titleOf('massage'), caption: cover.caption, alt: '', pageKey: 'massage' });
  for (const step of content.steps) {
    if (found.has(step.illustration)) continue;
    found.set(step.illustration, {
      name: step.illustration,
      heading: `${stepLabel(content.ui, step.order)}: ${step.title}`,
      caption: step.caption,
      alt: step.alt,
      pageKey: 'massage',
      anchor: stepAnchor(content.ui, step.order),
    });
  }
  const missing = names.filter((name) => !found.has(name));
  if (missing.length > 0) {
    throw new ContentError(
      missing.map((name) => ({
        file: `content/${content.locale}/figures.yaml`,
        field: name,
        message: `content/illustrations/${name}.svg has no caption in this language, and every drawing becomes a slide with its caption; add "${name}:" with alt and caption here`,
      })),
    );
  }
  return [...found.values()].filter((d) => names.includes(d.name));
}

/** The absolute URL of the place a drawing illustrates: its page, and the step or figure there. */
export function drawingUrl(content: DrawingContent, drawing: TeachingDrawing, site: URL): string {
  const page = content.pages.find((p) => p.data.key === drawing.pageKey);
  const path = page ? pageHref(content.locale, page.data.slug) : pageHref(content.locale, '');
  return new URL(`${path}${drawing.anchor ? `#${drawing.anchor}` : ''}`, site).href;
}

/** Where a drawing's slide is served: /id/slide/reflexes.png and .svg. */
export const slideHref = (locale: string, name: string, format: 'svg' | 'png') => `/${locale}/slide/${name}.${format}`;
