import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { walk } from '../../scripts/lib/output.ts';
import { OG_IMAGE_MAX_BYTES, ogLocale } from '../../src/og/meta.ts';
import { readLocale } from '../helpers/content.ts';
import { fileFor, page } from '../helpers/html.ts';
import { DIST, distFile } from '../helpers/paths.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Pages without a link preview: the 404 pages, the offline pages (the service worker shows them in place of a page
 * never kept; nobody shares them), and (for now) the language chooser at /, which has its own layout.
 */
const offlinePages = ['id', 'en'].map((locale) => `${locale}/${readLocale(locale).ui.app.offlineSlug}/index.html`);
const withoutPreview = (file: string) => file === 'index.html' || file.endsWith('404.html') || offlinePages.includes(file);
/**
 * Redirect pages have no card of their own: short links (/s/<code>/) show the preview of the page they open; moved
 * addresses and addresses without a language are never shared.
 */
const isRedirect = (file: string) => readFileSync(distFile(file), 'utf8').includes('http-equiv="refresh"');

const htmlFiles = () =>
  walk(distFile('/'))
    .map((file) => relative(DIST, file))
    .filter((file) => file.endsWith('.html'))
    .sort();
const pathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

describe('link previews in dist/', () => {
  const pages = htmlFiles().filter((file) => !withoutPreview(file) && !isRedirect(file));
  const imageOf = (path: string) => page(path).querySelector('meta[property="og:image"]')?.getAttribute('content');

  it('are on every page of every language', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
    expect(pages.every((f) => /^[a-z]{2,3}\//.test(f))).toBe(true);
  });

  it("the language chooser at / has a link preview: the first language's home card", () => {
    const chooser = page('/');
    const image = chooser.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(existsSync(fileFor(image))).toBe(true);
    expect(image).toBe(page('/id/').querySelector('meta[property="og:image"]')!.getAttribute('content'));
    expect(chooser.querySelector('meta[name="twitter:card"]')!.getAttribute('content')).toBe('summary_large_image');
  });

  it.each(pages.map(pathOf))('%s has Open Graph tags and its card', async (path) => {
    const html = page(path);
    const property = (name: string) => html.querySelector(`meta[property="${name}"]`)?.getAttribute('content');
    const title = html.querySelector('title')!.text;
    const h1 = html.querySelector('h1')!.text.trim();
    const canonical = html.querySelector('link[rel="canonical"]')!.getAttribute('href')!;

    expect(property('og:type')).toBe('website');
    expect(property('og:site_name')).toBeTruthy();
    expect([title, h1], `og:title "${property('og:title')}"`).toContain(property('og:title'));
    expect(property('og:description')).toBe(html.querySelector('meta[name="description"]')!.getAttribute('content'));
    expect(property('og:url')).toBe(canonical);
    expect(html.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    expect(property('og:locale')).toBe(ogLocale(html.querySelector('html')!.getAttribute('lang')!));
    expect(property('og:image:alt')).toBeTruthy();
    expect([property('og:image:width'), property('og:image:height')]).toEqual(['1200', '630']);

    // The image: an absolute URL on the site itself, to a PNG of the promised size.
    const image = property('og:image')!;
    expect(new URL(image).origin).toBe(new URL(canonical).origin);
    const file = fileFor(image);
    expect(existsSync(file), `${image} → ${file} exists`).toBe(true);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 8)], `${file} is a PNG`).toEqual(PNG_SIGNATURE);
    const meta = await sharp(bytes).metadata();
    expect({ width: meta.width, height: meta.height }).toEqual({ width: 1200, height: 630 });
    expect(bytes.byteLength, `${file} is ${bytes.byteLength} bytes`).toBeLessThanOrEqual(OG_IMAGE_MAX_BYTES);
  });

  it('are one card per page: no image in dist/og/ that no page shows', () => {
    const shown = new Set(
      pages
        .map((f) => imageOf(pathOf(f)))
        .filter((url) => url !== undefined)
        .map(fileFor),
    );
    expect(shown.size, 'every page has its own card').toBe(pages.length);
    expect(walk(distFile('/og/')).sort()).toEqual([...shown].sort());
  });
});
