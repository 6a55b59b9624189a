/**
 * Every drawn file the site serves, one function per kind, each through the render cache (cached.ts): the Astro
 * endpoints answer with them, and the build's workers (pool.ts) call the same functions beforehand so that Astro
 * finds each file already drawn. Plain Node: no Astro import, so a worker can load this.
 */
import type { LocaleContent, PageContent, StepContent } from '../content/assemble.ts';
import type { Reference } from '../content/schemas/index.ts';
import { VERSION } from '../content/trust.ts';
import { stepAnchor } from '../i18n/strings.ts';
import { pageHref } from '../i18n/urls.ts';
import { loadOgAssets, renderOgImage } from '../og/image.ts';
import { ogImagePath } from '../og/meta.ts';
import { loadPrintAssets } from '../print/assets.ts';
import type { PrintFile } from '../print/catalog.ts';
import { renderPrintFile } from '../print/catalog.ts';
import { printContentOf } from '../print/content.ts';
import { fillManifest, type FillManifest } from '../print/fill-manifest.ts';
import { firstPageThumbnail, type Thumbnail } from '../print/thumbnail.ts';
import { renderShareImage } from '../share/image.ts';
import { drawingUrl, teachingDrawings, type TeachingDrawing } from '../teaching/drawings.ts';
import { renderSlide, type RenderedSlide } from '../teaching/slide.ts';
import { cached } from './cached.ts';
import { blobDigest } from './store.ts';

/** A PDF of the print catalog (cached inside renderPrintFile, with the booklet it may be made from). */
export const printFileOutput = (file: PrintFile, content: LocaleContent, references: Map<string, Reference>, site: URL): Promise<Uint8Array> =>
  renderPrintFile(file, printContentOf(content, references, site), loadPrintAssets());

// Made from a PDF's bytes: named by their digest, so each PDF has its own.

/** The first page of a rendered PDF as the print page's thumbnail, with the PDF's page count. */
export const thumbnailOf = (pdf: Uint8Array): Promise<Thumbnail> => cached('thumbnail', blobDigest(pdf), { pdf }, (input) => firstPageThumbnail(input.pdf));

/** Where the fill-in page writes on a leaflet, read from the leaflet's PDF. */
export const fillManifestOf = (pdf: Uint8Array, variant: 'colour' | 'bw'): Promise<FillManifest> =>
  cached('fill-manifest', [variant, blobDigest(pdf)], { pdf }, (input) => fillManifest(input.pdf, variant));

/** A page's link preview (/og/id/pijat-oksitosin.png). */
export function ogImageOutput(content: LocaleContent, page: PageContent): Promise<Uint8Array> {
  const { key, title, description } = page.data;
  const path = ogImagePath(pageHref(content.locale, page.data.slug));
  return cached('og', path, { input: { ui: content.ui, page: { key, title, description } }, assets: loadOgAssets() }, ({ input, assets }) =>
    renderOgImage(input, assets),
  );
}

/** A massage step's picture to share, pointing at the step on the massage page. */
export function shareImageOutput(content: LocaleContent, step: StepContent, massageHref: string, site: URL): Promise<Uint8Array> {
  const anchor = stepAnchor(content.ui, step.order);
  const input = {
    ui: content.ui,
    step,
    stepCount: content.steps.length,
    url: new URL(`${massageHref}#${anchor}`, site).href,
    safetyLine: content.procedure.safety.shareLine,
  };
  return cached('share', [content.locale, anchor], { input, assets: loadPrintAssets() }, (r) => renderShareImage(r.input, r.assets));
}

/** Every drawing of content/illustrations, in teaching order, with its words in one language. */
export const drawingsOf = (content: LocaleContent): TeachingDrawing[] => teachingDrawings(content, Object.keys(loadPrintAssets().illustrations));

/** A drawing as a slide, PNG and SVG (/id/slide/reflexes.png). */
export function slideOutput(content: LocaleContent, drawing: TeachingDrawing, site: URL): Promise<RenderedSlide> {
  const input = {
    ui: content.ui,
    name: drawing.name,
    heading: drawing.heading,
    caption: drawing.caption,
    url: drawingUrl(content, drawing, site),
    version: VERSION,
  };
  return cached('slide', [content.locale, drawing.name], { input, assets: loadPrintAssets() }, (r) => renderSlide(r.input, r.assets));
}
