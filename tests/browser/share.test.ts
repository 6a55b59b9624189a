/**
 * Sharing a step's picture from the procedure page: where the phone can share files (stubbed here, as desktop
 * Chromium on Linux cannot), the share button sends the step's PNG as one file; elsewhere there is no button and the
 * picture link downloads the file, as it does without JavaScript.
 */
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { readLocale } from '../helpers/content.ts';
import { distFile } from '../helpers/paths.ts';

const env = useSiteAndBrowser();

const procedure = (locale: string) => `/${locale}/${readLocale(locale).pages.find((p) => p.data.key === 'massage')!.data.slug}/`;

interface Shared {
  name: string;
  type: string;
  size: number;
}

describe('sharing a step picture', () => {
  it.each(['id', 'en'])('shares the step PNG as a file where the phone can (%s)', async (locale) => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => {
      const record = window as unknown as { shared: Shared[][] };
      record.shared = [];
      Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: (data?: ShareData) => Boolean(data?.files?.length) });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          record.shared.push((data.files ?? []).map((f) => ({ name: f.name, type: f.type, size: f.size })));
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${env.origin}${procedure(locale)}`);
    const ui = readLocale(locale).ui;
    const buttons = page.getByRole('button', { name: ui.app.share });
    expect(await buttons.count()).toBe(readLocale(locale).steps.length);
    await buttons.nth(2).click();
    const file = `${ui.strings.stepAnchor}-3.png`;
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: Shared[][] }).shared))
      .toEqual([[{ name: file, type: 'image/png', size: statSync(distFile(`/${locale}/share/${file}`)).size }]]);
    await context.close();
  });

  it('downloads the picture through its link where the phone cannot share files', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: undefined }));
    const page = await context.newPage();
    await page.goto(`${env.origin}${procedure('id')}`);
    expect(await page.getByRole('button', { name: readLocale('id').ui.app.share }).count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.share a[download]').nth(2).click()]);
    expect(download.suggestedFilename()).toBe('langkah-3.png');
    await context.close();
  });
});
