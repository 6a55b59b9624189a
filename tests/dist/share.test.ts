import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { shareImageHref } from '../../src/i18n/urls.ts';
import { locales, readLocale } from '../helpers/content.ts';
import { distFile } from '../helpers/paths.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const MAX_BYTES = 150 * 1024;

describe.each(locales())('the %s share images in dist/', (locale) => {
  const { ui, steps } = readLocale(locale);
  const files = steps.map((step) => ({ order: step.order, path: distFile(shareImageHref(locale, ui.strings.stepAnchor, step.order)) }));

  it('are there for every step, and nothing else is', () => {
    const folder = dirname(files[0]!.path);
    expect(existsSync(folder), `${folder} exists`).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(files.map((f) => f.path.slice(folder.length + 1)).sort());
  });

  it.each(steps.map((s) => s.order))('step %i is a 1080 × 1350 PNG within 150 KB', async (order) => {
    const { path } = files.find((f) => f.order === order)!;
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 8)], `${path} is a PNG`).toEqual(PNG_SIGNATURE);
    const meta = await sharp(bytes).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: 'png', width: 1080, height: 1350 });
    expect(bytes.byteLength, `${path} is ${bytes.byteLength} bytes`).toBeLessThanOrEqual(MAX_BYTES);
  });
});
