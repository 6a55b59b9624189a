/**
 * The Open Graph image of one page: a 1200 × 630 PNG rendered at build time from the page's own title and
 * description. Pure: strings and assets in, PNG bytes out. It works like the step share images (src/share/):
 *
 * 1. The title and description are fitted first. Satori lays each out alone at the text column's width (plain
 *    <text>, quick) so the lines are counted with the font's real metrics: a title of 1–2 lines is set large,
 *    a longer one a size down (4 lines at most); the description gets the lines the title leaves, 3 at most,
 *    cut after a whole sentence or else after a whole word with an ellipsis.
 * 2. Satori lays out the card with every letter as a path (embedFont: true), and the drawing's labels are
 *    outlined too (share/labels.ts), so rasterising needs no installed font.
 * 3. sharp (librsvg) writes a palette PNG: the card is a few flat colours, so a small palette keeps it light.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import type { Ui } from '../content/schemas/index.ts';
import { loadPrintAssets, type PrintAssets } from '../print/assets.ts';
import type { Element } from '../print/element.ts';
import { layout, satoriFonts } from '../print/layout.ts';
import { outlineLabels } from '../share/labels.ts';
import { withoutIdleMasks } from '../share/raster.ts';
import { INK } from '../palette.ts';
import { CARD, descriptionBlock, drawingOf, MAX_LINES, ogCard, TEXT_HEIGHT, TEXT_WIDTH, titleBlock, TYPE, type OgCardText } from './card.ts';

export interface OgAssets extends PrintAssets {
  /** The site's emblem: the favicon's milk drop. */
  emblem: string;
}

let emblem: string | undefined;

/** The print fonts and drawings, plus the emblem from public/ (read from the project root, as assets.ts does). */
export function loadOgAssets(): OgAssets {
  emblem ??= readFileSync(resolve(process.cwd(), 'public', 'favicon.svg'), 'utf8');
  return { ...loadPrintAssets(), emblem };
}

export interface OgPage {
  /** The page's key (massage, glossary…): picks the drawing. */
  key: string;
  title: string;
  description: string;
}

export interface OgImageInput {
  ui: Ui;
  page: OgPage;
}

/** Lines a block takes at the text column's width. */
async function linesOf(block: Element, size: number, lineHeight: number, fonts: PrintAssets['fonts']): Promise<number> {
  const { height } = await layout(block, TEXT_WIDTH, fonts, INK);
  return Math.round(height / (size * lineHeight));
}

/** "…kapan berhenti," + "…" → "…kapan berhenti…": no stray punctuation before the ellipsis. */
const withEllipsis = (words: string[]) => `${words.join(' ').replace(/[\s,.;:!?—–-]+$/u, '')}…`;

/**
 * The longest start of `text` that fits in `maxLines`: the whole text; else whole sentences if they fill every
 * line; else as many whole words as fit, and an ellipsis (so "Danger signs after birth… If you see even one,
 * go now to a midwife, the…" keeps the call to act rather than stopping at the first sentence's line and a half).
 * null if not even one word fits.
 */
export async function clampText(text: string, maxLines: number, lines: (text: string) => Promise<number>): Promise<string | null> {
  if (maxLines < 1) return null;
  if ((await lines(text)) <= maxLines) return text;
  const sentences = text.split(/(?<=[.!?])\s+/u);
  for (let n = sentences.length - 1; n >= 1; n--) {
    const start = sentences.slice(0, n).join(' ');
    const taken = await lines(start);
    if (taken === maxLines) return start;
    if (taken < maxLines) break;
  }
  // Binary search over the number of words: each try is one satori layout.
  const words = text.split(/\s+/u);
  let best: string | null = null;
  let low = 1;
  let high = words.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const candidate = withEllipsis(words.slice(0, mid));
    if ((await lines(candidate)) <= maxLines) {
      best = candidate;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return best;
}

/**
 * The title the card shows. The site's name is already large at the top, so a home page titled
 * "Lancar — ASI dan pijat oksitosin" shows "ASI dan pijat oksitosin" (capitalised: "Breast milk and…").
 */
export function cardTitle(title: string, siteName: string, lang?: string): string {
  // Only the name followed by a separator: "Lancaran" stays whole.
  const rest = title.startsWith(siteName) ? /^[\s—–:·|-]+(\S.*)$/u.exec(title.slice(siteName.length))?.[1] : undefined;
  return rest ? rest[0]!.toLocaleUpperCase(lang) + rest.slice(1) : title;
}

/** The card's words, fitted to their lines with the font's own metrics. */
export async function fitText(input: OgImageInput, fonts: PrintAssets['fonts']): Promise<OgCardText> {
  const { ui, page } = input;
  const title = cardTitle(page.title, ui.strings.siteName, ui.locale.lang);
  // Each measure is a satori layout; the fitted title is measured again below, so each is taken once.
  const measured = new Map<string, Promise<number>>();
  const titleLines = (size: number) => (text: string) => {
    const key = `${size} ${text}`;
    let lines = measured.get(key);
    if (lines === undefined) {
      lines = linesOf(titleBlock(text, size), size, TYPE.titleLines, fonts);
      measured.set(key, lines);
    }
    return lines;
  };

  let titleSize: number = TYPE.title;
  let fitted: string | null = title;
  if ((await titleLines(TYPE.title)(title)) > MAX_LINES.titleLarge) {
    titleSize = TYPE.titleLong;
    fitted = await clampText(title, MAX_LINES.title, titleLines(titleSize));
  }
  // A single word wider than the column would still be cut by satori; keep at least the title as written.
  fitted ??= title;
  const used = (await titleLines(titleSize)(fitted)) * titleSize * TYPE.titleLines + CARD.titleGap;
  const room = Math.floor((TEXT_HEIGHT - used) / (TYPE.description * TYPE.descriptionLines));
  const description = await clampText(page.description, Math.min(MAX_LINES.description, room), (text) =>
    linesOf(descriptionBlock(text), TYPE.description, TYPE.descriptionLines, fonts),
  );
  return { siteName: ui.strings.siteName, language: ui.locale.name, title: fitted, titleSize, description };
}

/** The card as SVG, every letter a path: what renderOgImage rasterises. */
export async function ogImageSvg(input: OgImageInput, assets: OgAssets): Promise<string> {
  const name = drawingOf(input.page.key);
  const source = name ? assets.illustrations[name] : undefined;
  // The table is code, not content: a drawing renamed under it is a bug to fix there, not a fallback.
  if (name && !source)
    throw new Error(`src/og/card.ts: PAGE_DRAWINGS names "${name}" for page "${input.page.key}", but content/illustrations/${name}.svg does not exist`);
  const text = await fitText(input, assets.fonts);
  const card = ogCard(text, { emblem: assets.emblem, drawing: source ? outlineLabels(source, assets.fonts) : null });
  return satori(card as never, {
    width: CARD.width,
    height: CARD.height,
    embedFont: true,
    fonts: satoriFonts(assets.fonts),
  });
}

export async function renderOgImage(input: OgImageInput, assets: OgAssets): Promise<Uint8Array> {
  const svg = await ogImageSvg(input, assets);
  // 64 colours and effort 4, as the share images: lower efforts are quicker but misplace colours (mean error 7
  // of 255 on the reflexes card, against 0.02). No dithering: on flat colours it only adds noise and time.
  // Deflate level 6 rather than 9: a quarter quicker for 1–2 KB more, with the cards at 16–40 KB of their 100.
  const png = await sharp(Buffer.from(withoutIdleMasks(svg)))
    .png({ palette: true, colours: 64, dither: 0, compressionLevel: 6, effort: 4 })
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
