import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { pageHref } from '../../src/i18n/urls.ts';
import { CARD, descriptionBlock, MAX_LINES, PAGE_DRAWINGS, TEXT_WIDTH, titleBlock, TYPE } from '../../src/og/card.ts';
import { INK } from '../../src/palette.ts';
import { cardTitle, clampText, fitText, loadOgAssets, ogImageSvg, renderOgImage, type OgImageInput } from '../../src/og/image.ts';
import { OG_IMAGE, OG_IMAGE_MAX_BYTES, ogImagePath, ogLocale } from '../../src/og/meta.ts';
import type { Element } from '../../src/print/element.ts';
import { layout } from '../../src/print/layout.ts';
import { locales, readLocale } from '../helpers/content.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const assets = loadOgAssets();

function inputs(locale: string): OgImageInput[] {
  const { ui, pages } = readLocale(locale);
  return pages.map(({ data: { key, title, description } }) => ({ ui, page: { key, title, description } }));
}

/** The page whose title and description take the most room: the hardest to fit. */
const longest = (list: OgImageInput[]) =>
  list.reduce((a, b) => (b.page.title.length * 2 + b.page.description.length > a.page.title.length * 2 + a.page.description.length ? b : a));

const linesOf = async (block: Element, size: number, lineHeight: number) =>
  Math.round((await layout(block, TEXT_WIDTH, assets.fonts, INK)).height / (size * lineHeight));

/** Every SVG inside an SVG's data-URL images, decoded. */
const nestedSvgs = (svg: string) => [...svg.matchAll(/href="data:image\/svg\+xml;base64,([^"]+)"/g)].map((m) => Buffer.from(m[1]!, 'base64').toString('utf8'));

/** A fitted text is the original, or its start cut after whole sentences, or after a whole word with "…". */
function expectCleanCut(fitted: string, original: string) {
  if (fitted === original) return;
  if (!fitted.endsWith('…')) {
    expect(original.startsWith(`${fitted} `), `"${fitted}" is whole sentences of "${original}"`).toBe(true);
    expect(fitted).toMatch(/[.!?]$/);
    return;
  }
  const kept = fitted.slice(0, -1);
  expect(original.startsWith(kept), `"${fitted}" starts "${original}"`).toBe(true);
  // The next character of the original ends the last word kept: a space or punctuation, never a letter.
  expect(original[kept.length], `"${fitted}" ends on a whole word`).toMatch(/[\s,.;:!?—–-]/u);
}

describe.each(locales())('the %s link preview cards', (locale) => {
  const all = inputs(locale);

  it(`renders a ${OG_IMAGE.width} × ${OG_IMAGE.height} palette PNG within 100 KB`, async () => {
    const png = await renderOgImage(longest(all), assets);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const meta = await sharp(png).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height, palette: meta.isPalette }).toEqual({
      format: 'png',
      width: 1200,
      height: 630,
      palette: true,
    });
    expect(png.byteLength).toBeLessThanOrEqual(OG_IMAGE_MAX_BYTES);
  });

  it('leave no text to a system font: satori outlines the letters, labels in drawings are outlined', async () => {
    const massage = all.find((i) => i.page.key === 'massage')!;
    const svg = await ogImageSvg(massage, assets);
    expect(svg).toMatch(new RegExp(`^<svg[^>]*width="${CARD.width}" height="${CARD.height}"`));
    for (const part of [svg, ...nestedSvgs(svg)]) expect(part).not.toMatch(/<text\b/);
    // The page's drawing is in the frame.
    expect(nestedSvgs(svg).some((s) => s.includes('viewBox="0 0 200 160"'))).toBe(true);
  });

  it('fit every title and description in their lines, cut only after a whole sentence or word', async () => {
    for (const input of all) {
      const text = await fitText(input, assets.fonts);
      expect(text.titleSize).toBeGreaterThanOrEqual(64);
      expect(text.language).toBe(input.ui.locale.name);
      expectCleanCut(text.title, cardTitle(input.page.title, input.ui.strings.siteName, input.ui.locale.lang));
      const titleLines = await linesOf(titleBlock(text.title, text.titleSize), text.titleSize, TYPE.titleLines);
      expect(titleLines).toBeLessThanOrEqual(text.titleSize === TYPE.title ? MAX_LINES.titleLarge : MAX_LINES.title);
      // Every page has a description short enough to keep at least a sentence or a few words.
      expect(text.description, `${input.page.key}: a description is shown`).not.toBeNull();
      expectCleanCut(text.description!, input.page.description);
      expect(await linesOf(descriptionBlock(text.description!), TYPE.description, TYPE.descriptionLines)).toBeLessThanOrEqual(MAX_LINES.description);
    }
  });
});

describe('fitting text', () => {
  const lines = (text: string) => linesOf(descriptionBlock(text), TYPE.description, TYPE.descriptionLines);

  it('keeps whole sentences when they fill the lines, else as many whole words as fit and an ellipsis', async () => {
    const short = 'Satu kalimat pendek.';
    const long = `${'Kalimat yang sangat panjang sekali tentang ASI dan pijat oksitosin untuk ibu menyusui '.repeat(4).trim()}.`;
    expect(await clampText(`${short} ${long}`, 1, lines)).toBe(short);
    // One short sentence would leave two of three lines empty: words fill them instead.
    const filled = (await clampText(`${short} ${long}`, 3, lines))!;
    expect(filled.startsWith(`${short} Kalimat`)).toBe(true);
    expect(await lines(filled)).toBe(3);
    const cut = (await clampText(long, 3, lines))!;
    expect(cut).toMatch(/\S…$/);
    expectCleanCut(cut, long);
    expect(await lines(cut)).toBe(3);
    expect(await clampText(long, 0, lines)).toBeNull();
  });

  it('drops the site name from a home page title, which the card already shows large', () => {
    expect(cardTitle('Lancar — ASI dan pijat oksitosin', 'Lancar', 'id')).toBe('ASI dan pijat oksitosin');
    expect(cardTitle('Lancar — breast milk and the oxytocin massage', 'Lancar', 'en')).toBe('Breast milk and the oxytocin massage');
    expect(cardTitle('Lancar', 'Lancar')).toBe('Lancar');
    expect(cardTitle('Lancarnya ASI', 'Lancar')).toBe('Lancarnya ASI');
    expect(cardTitle('Pijat oksitosin', 'Lancar')).toBe('Pijat oksitosin');
  });
});

describe('page drawings', () => {
  it('name drawings that exist and pages that exist', () => {
    const keys = new Set(readLocale('id').pages.map((p) => p.data.key));
    for (const [key, drawing] of Object.entries(PAGE_DRAWINGS)) {
      expect(keys, `PAGE_DRAWINGS: no page "${key}"`).toContain(key);
      expect(assets.illustrations, `PAGE_DRAWINGS: no drawing "${drawing}"`).toHaveProperty(drawing);
    }
  });
});

describe('Open Graph names', () => {
  it('name the image after the page, index for a home page', () => {
    expect(ogImagePath(pageHref('id', 'pijat-oksitosin'))).toBe('/og/id/pijat-oksitosin.png');
    expect(ogImagePath(pageHref('id', ''))).toBe('/og/id/index.png');
    expect(ogImagePath(pageHref('en', 'a/b'))).toBe('/og/en/a/b.png');
  });

  it('give each language its Open Graph locale', () => {
    expect(ogLocale('id')).toBe('id_ID');
    expect(ogLocale('en')).toBe('en_US');
    expect(ogLocale('jv')).toBe('jv_ID');
    expect(ogLocale('pt-BR')).toBe('pt_BR');
  });
});
