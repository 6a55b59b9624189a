/**
 * Installing Lancar: a web app manifest per language, linked from that language's pages, with icons drawn at build,
 * and a start page the service worker keeps for that language (so the app opens offline after one visit).
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readLocale } from '../helpers/content.ts';
import { page } from '../helpers/html.ts';
import { builtPrecache } from '../helpers/offline-set.ts';
import { distFile } from '../helpers/paths.ts';
import { ACCENT, WHITE } from '../../src/palette.ts';

const locales = ['id', 'en'];

describe('the web app manifests', () => {
  it.each(locales)('/%s/manifest.webmanifest names the app in its language and starts on its home page', (locale) => {
    const ui = readLocale(locale).ui;
    const manifest = JSON.parse(readFileSync(distFile(`/${locale}/manifest.webmanifest`), 'utf8'));
    expect(manifest).toMatchObject({
      name: ui.app.name,
      short_name: ui.app.shortName,
      lang: ui.locale.lang,
      start_url: `/${locale}/`,
      id: `/${locale}/`,
      scope: '/',
      display: 'standalone',
      theme_color: ACCENT,
      background_color: WHITE,
    });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    // Opens offline from its start page after one visit: the worker keeps it for this language.
    expect(builtPrecache()[locale]).toContain(manifest.start_url);
  });

  it.each(locales)("every page of /%s/ links its language's manifest", (locale) => {
    for (const p of readLocale(locale).pages) {
      const path = `/${locale}/${p.data.slug ? `${p.data.slug}/` : ''}`;
      expect(page(path).querySelector('link[rel="manifest"]')?.getAttribute('href'), path).toBe(`/${locale}/manifest.webmanifest`);
    }
  });

  it('has its icons as PNGs of the stated sizes, one maskable with no transparent edge', async () => {
    const manifest = JSON.parse(readFileSync(distFile('/id/manifest.webmanifest'), 'utf8'));
    const purposes = new Set<string>();
    for (const icon of manifest.icons as { src: string; sizes: string; type: string; purpose: string }[]) {
      const meta = await sharp(distFile(icon.src)).metadata();
      expect(meta.format, icon.src).toBe('png');
      expect(`${meta.width}x${meta.height}`, icon.src).toBe(icon.sizes);
      purposes.add(icon.purpose);
      if (icon.purpose === 'maskable') {
        const { data, info } = await sharp(distFile(icon.src)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
        // The corner pixel: opaque white, the background filling the launcher's shape.
        expect([...data.subarray(0, info.channels)]).toEqual([255, 255, 255, 255]);
      }
    }
    expect([...manifest.icons.map((i: { sizes: string }) => i.sizes)]).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(purposes).toEqual(new Set(['any', 'maskable']));
  });
});
