import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { ContentError } from '../../src/content/errors.ts';
import { stepAnchor } from '../../src/i18n/strings.ts';
import { shareImageHref } from '../../src/i18n/urls.ts';
import { loadPrintAssets } from '../../src/print/assets.ts';
import type { Element } from '../../src/print/element.ts';
import { CARD, displayUrl, shareCard } from '../../src/share/card.ts';
import { renderShareImage, SHARE_IMAGE_MAX_BYTES, shareImageSvg, type ShareImageInput } from '../../src/share/image.ts';
import { outlineLabels } from '../../src/share/labels.ts';
import { withoutIdleMasks } from '../../src/share/raster.ts';
import { locales, readLocale } from '../helpers/content.ts';
import { readPrintContent } from '../helpers/print-content.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const assets = loadPrintAssets();

function inputs(locale: string): ShareImageInput[] {
  const { ui, steps, procedure } = readLocale(locale);
  return steps.map((step) => ({
    ui,
    step,
    stepCount: steps.length,
    url: `https://lancar.example.org/${locale}/massage/#${stepAnchor(ui, step.order)}`,
    safetyLine: procedure.safety.shareLine,
  }));
}

/** The step whose title and short text take the most room: the hardest to fit. */
const longest = (list: ShareImageInput[]) =>
  list.reduce((a, b) => (b.step.title.length * 2 + b.step.short.length > a.step.title.length * 2 + a.step.short.length ? b : a));

/** Every string an element tree shows. */
function textsOf(element: Element | string): string[] {
  if (typeof element === 'string') return [element];
  const children = element.props.children;
  return (Array.isArray(children) ? children : children ? [children] : []).flatMap((c) => (c ? textsOf(c) : []));
}

/** Every SVG inside an SVG's data-URL images, decoded. */
const nestedSvgs = (svg: string) => [...svg.matchAll(/href="data:image\/svg\+xml;base64,([^"]+)"/g)].map((m) => Buffer.from(m[1]!, 'base64').toString('utf8'));

describe.each(locales())('the %s share images', (locale) => {
  const all = inputs(locale);

  it('renders a 1080 × 1350 palette PNG within 150 KB', async () => {
    const png = await renderShareImage(longest(all), assets);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const meta = await sharp(png).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height, palette: meta.isPalette }).toEqual({
      format: 'png',
      width: CARD.width,
      height: CARD.height,
      palette: true,
    });
    expect(png.byteLength).toBeLessThanOrEqual(SHARE_IMAGE_MAX_BYTES);
  });

  it('lays out every step with its drawing at least the minimum size, and no text left to a system font', async () => {
    for (const input of all) {
      const svg = await shareImageSvg(input, assets);
      // The drawing is the largest image; it keeps its proportions and is never below the minimum.
      const images = [...svg.matchAll(/<image[^>]*\bwidth="([\d.]+)" height="([\d.]+)"/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
      const drawing = images.sort((a, b) => b.height - a.height)[0];
      expect(drawing, `step ${input.step.order} places its drawing`).toBeDefined();
      expect(drawing!.height).toBeGreaterThanOrEqual(CARD.minDrawingHeight);
      expect(drawing!.width / drawing!.height).toBeCloseTo(CARD.drawingAspect, 2);
      expect(nestedSvgs(svg).some((s) => s.includes('viewBox="0 0 200 160"'))).toBe(true);
      // Satori embeds the font (text as paths), and the drawings' labels are outlined: sharp needs no font.
      for (const part of [svg, ...nestedSvgs(svg)]) expect(part).not.toMatch(/<text\b/);
    }
  });

  it('shows the step label with the count, title, short text, duration and the step URL', () => {
    const input = all[2]!;
    const texts = textsOf(shareCard(input, { svg: '<svg/>', height: 500 }));
    const { ui, step } = input;
    expect(texts).toEqual(
      expect.arrayContaining([ui.strings.siteName.toUpperCase(), `${ui.strings.stepLabel.replace('{n}', `3/${all.length}`)}`, step.title, step.short]),
    );
    expect(texts.some((t) => t.startsWith(ui.strings.duration.split('{')[0]!))).toBe(true);
    expect(texts).toContain(displayUrl(input.url));
    expect(displayUrl(input.url)).toBe(`lancar.example.org/${locale}/massage/#${ui.strings.stepAnchor}-3`);
  });

  it('carries the safety line on every step that presses, and only there', () => {
    const pressing = all.filter((input) => input.step.presses);
    // Placing the thumbs, circling down and repeating: the steps where a hand presses on her back.
    expect(pressing.map((input) => input.step.order)).toEqual([4, 5, 6]);
    for (const input of all) {
      const texts = textsOf(shareCard(input, { svg: '<svg/>', height: 500 }));
      expect(texts.includes(input.safetyLine), `step ${input.step.order}`).toBe(input.step.presses);
    }
    expect(all[0]!.safetyLine).toBe(readPrintContent(locale).procedure.safety.shareLine);
  });
});

describe('share image files', () => {
  it('are named by the step anchor', () => {
    expect(shareImageHref('id', 'langkah', 3)).toBe('/id/share/langkah-3.png');
    expect(shareImageHref('en', 'step', 7)).toBe('/en/share/step-7.png');
  });
});

describe('drawing labels', () => {
  it('become filled outlines in the print font, the rest of the drawing unchanged', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 160"><g fill="none" stroke="#1f2933"><circle cx="10" cy="10" r="5"/>' +
      '<text x="100" y="50" fill="#1f2933" font-size="14" font-weight="bold" text-anchor="middle">C7</text></g></svg>';
    const out = outlineLabels(svg, assets.fonts);
    expect(out).not.toMatch(/<text\b/);
    expect(out).toContain('<circle cx="10" cy="10" r="5"/>');
    const label = /<path d="([^"]+)" fill="#1f2933" stroke="none"\/>/.exec(out);
    expect(label).not.toBeNull();
    // Centred on x = 100, sitting on the baseline y = 50, about cap height (≈ 10 units at 14) tall.
    const numbers = label![1]!.match(/-?[\d.]+/g)!.map(Number);
    const xs = numbers.filter((_, i) => i % 2 === 0);
    const ys = numbers.filter((_, i) => i % 2 === 1);
    expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo(100, 0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(50.5);
    expect(Math.min(...ys)).toBeGreaterThan(36);
  });

  it('leave a drawing without labels as it was', () => {
    const svg = assets.illustrations.circles!;
    expect(outlineLabels(svg, assets.fonts)).toBe(svg);
  });
});

describe('a step too long for its card', () => {
  it('stops with the step file named, instead of shrinking the drawing to nothing', async () => {
    const input = inputs('id')[0]!;
    const long = { ...input, step: { ...input.step, short: `${input.step.short} `.repeat(4), title: `${input.step.title} ${input.step.title}` } };
    const error = (await shareImageSvg(long, assets).catch((e: unknown) => e)) as ContentError;
    expect(ContentError.is(error)).toBe(true);
    expect(error.problems[0]).toMatchObject({ file: input.step.file });
    expect(error.problems[0]!.message).toMatch(/share image .*shorten/);
  });
});

describe('masks that change no pixel', () => {
  const box = (x: number, y: number, w: number, h: number) => `x="${x}" y="${y}" width="${w}" height="${h}"`;
  const frame = `<mask id="f"><rect ${box(10, 10, 80, 60)} fill="#fff"/></mask>`;
  const nested = `<mask id="n"><rect ${box(10, 10, 80, 60)} fill="#fff" mask="url(#f)"/></mask>`;
  const image = (mask: string, b = box(10, 10, 80, 60)) => `<image ${b} href="data:image/svg+xml;base64,AA" preserveAspectRatio="none" mask="url(#${mask})"/>`;

  it('are dropped from an image whose own box they cover, and from the nesting of a mask in its parent', () => {
    expect(withoutIdleMasks(`<svg>${frame}${image('f')}</svg>`)).toBe(`<svg>${frame}${image('f').replace(' mask="url(#f)"', '')}</svg>`);
    // The image in a clipping parent keeps its one mask (librsvg smooths rounded corners differently without it).
    expect(withoutIdleMasks(`<svg>${frame}${nested}${image('n')}</svg>`)).toBe(`<svg>${frame}${nested.replace(' mask="url(#f)"', '')}${image('n')}</svg>`);
  });

  it('are kept when they cover another box, off the pixel grid, or in another colour', () => {
    const kept = [
      `<svg>${frame}${image('f', box(10, 10, 80, 61))}</svg>`,
      `<svg><mask id="f"><rect x="10.5" y="10" width="80" height="60" fill="#fff"/></mask><image x="10.5" y="10" width="80" height="60" mask="url(#f)"/></svg>`,
      `<svg><mask id="f"><rect ${box(10, 10, 80, 60)} fill="#888"/></mask>${image('f')}</svg>`,
      `<svg>${image('missing')}</svg>`,
    ];
    for (const svg of kept) expect(withoutIdleMasks(svg)).toBe(svg);
  });

  it('leave the share image byte for byte the same', async () => {
    const input = inputs(locales()[0]!)[0]!;
    const svg = await shareImageSvg(input, assets);
    expect(withoutIdleMasks(svg).length).toBeLessThan(svg.length);
    const [before, after] = await Promise.all([
      sharp(Buffer.from(svg)).raw().toBuffer(),
      sharp(Buffer.from(withoutIdleMasks(svg)))
        .raw()
        .toBuffer(),
    ]);
    expect(after.equals(before)).toBe(true);
  });
});
