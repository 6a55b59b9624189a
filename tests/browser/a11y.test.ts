/**
 * Every page in Chromium, as a reader meets it: axe-core finds no WCAG 2.2 A/AA violation in light or dark mode,
 * nothing scrolls sideways at 320 px (a small phone, or 200% zoom on a 640 px screen), and no request leaves the
 * site's own origin.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { locales, readLocale } from '../helpers/content.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = [
  '/',
  ...locales().flatMap((locale) => readLocale(locale).pages.map((p) => `/${locale}/${p.data.slug ? `${p.data.slug}/` : ''}`)),
];

const env = useSiteAndBrowser();
const foreign = new Set<string>();


interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  )) as AxeResult;
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
}

describe.each(['light', 'dark'] as const)('every page in %s mode', (scheme) => {
  it.each(pages)('%s has no axe violations', async (path) => {
    const context = await env.browser.newContext({ colorScheme: scheme, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== env.origin && !request.url().startsWith('data:')) foreign.add(`${path} → ${request.url()}`);
    });
    await page.goto(`${env.origin}${path}`);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});

describe('small screens', () => {
  it.each(pages)('%s has no horizontal scroll at 320 px', async (path) => {
    const page = await env.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${env.origin}${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('privacy', () => {
  it('made no request to any other origin on any page', () => {
    expect([...foreign]).toEqual([]);
  });
});
