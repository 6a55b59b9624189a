/**
 * Every page in Chromium, as a reader meets it: axe-core finds no WCAG 2.2 A/AA violation in light or dark mode,
 * nothing scrolls sideways at 320 px (a small phone, or 200% zoom on a 640 px screen), text is at least 16 px,
 * every control is a 44 px target, and no request leaves the site's own origin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { locales, readLocale } from '../helpers/content.ts';
import { ROOT } from '../helpers/paths.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = [
  '/',
  ...locales().flatMap((locale) => readLocale(locale).pages.map((p) => `/${locale}/${p.data.slug ? `${p.data.slug}/` : ''}`)),
  // The 404 pages, as a reader meets them: at an address that does not exist.
  '/halaman-yang-tidak-ada/',
  ...locales().map((locale) => `/${locale}/halaman-yang-tidak-ada/`),
];

const env = useSiteAndBrowser();
const foreign = new Set<string>();

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/** The rules whose outcome depends on colour, the only thing the dark scheme changes (checked below). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function axe(page: Page, scheme: 'light' | 'dark'): Promise<string[]> {
  // Evaluated through the debugging protocol, which the site's Content Security Policy does not govern: a <script>
  // tag added by the test would be blocked, as any injected script is (tests/browser/csp.test.ts).
  await page.evaluate(axeSource);
  const runOnly =
    scheme === 'light'
      ? { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }
      : { type: 'rule', values: COLOUR_RULES };
  const result = (await page.evaluate(
    (runOnly) =>
      (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({
        runOnly,
        // Only violations are read: axe then skips gathering every passing node, the same rules at less cost.
        resultTypes: ['violations'],
      }),
    runOnly,
  )) as AxeResult;
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')}`,
  );
}

describe.each(['light', 'dark'] as const)('every page in %s mode', (scheme) => {
  it.each(pages)('%s has no axe violations', async (path) => {
    const context = await env.browser.newContext({ colorScheme: scheme, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== env.origin && !request.url().startsWith('data:')) foreign.add(`${path} → ${request.url()}`);
    });
    await page.goto(`${env.origin}${path}`);
    expect(await axe(page, scheme)).toEqual([]);
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

describe('reading and tapping on a phone', () => {
  it.each(pages)('%s has text of at least 16 px and controls of at least 44 × 44 px', async (path) => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${env.origin}${path}`);
    await page.evaluate(() => document.querySelector<HTMLElement>('.skip')?.focus()); // a target too, once it shows
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      const name = (el: Element) =>
        `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      const visible = (el: Element) => {
        const box = el.getBoundingClientRect();
        return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
      };
      const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        const el = node.parentElement!;
        // Exempt: the numbered source marks, superscripts like a book's footnote numbers (their source is in their
        // accessible name and on the references page), and the contact box preview, drawn to the scale of print.
        if (!node.textContent!.trim() || !visible(el) || el.closest('.cite-mark, .preview .box')) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 16) found.push(`${size.toFixed(1)} px text: ${name(el)}`);
      }
      for (const control of document.querySelectorAll('a, button, input, select, summary, textarea')) {
        // A link inside a line of text may be as tall as the line (WCAG 2.5.8's inline exception); a box or a
        // radio button is tapped through its label.
        if (!visible(control) || getComputedStyle(control).display === 'inline') continue;
        const target = control.matches('input[type="radio"], input[type="checkbox"]') ? (control.closest('label') ?? control) : control;
        const { width, height } = target.getBoundingClientRect();
        if (width < 44 || height < 44) found.push(`${Math.round(width)} × ${Math.round(height)} px target: ${name(target)}`);
      }
      return [...new Set(found)];
    });
    expect(problems, path).toEqual([]);
    await page.close();
  });
});

describe('the dark scheme', () => {
  // Dark mode runs only axe's colour rules: every other rule reads structure and text, which the dark scheme does
  // not touch. That holds while the scheme only redefines colour custom properties, as this checks.
  it('changes nothing but the colour custom properties of :root', () => {
    const css = readFileSync(join(ROOT, 'src/styles/site.css'), 'utf8');
    const blocks = [...css.matchAll(/@media[^{]*prefers-color-scheme[^{]*\{([\s\S]*?\})\s*\}/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(block.trim()).toMatch(/^:root\s*\{[^{}]*\}$/);
      const declarations = block
        .replace(/^[^{]*\{|\}\s*$/g, '')
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean);
      for (const d of declarations) expect(d).toMatch(/^--[a-z-]+:\s*#[0-9a-f]{6}$/);
    }
  });
});

describe('privacy', () => {
  it('made no request to any other origin on any page', () => {
    expect([...foreign]).toEqual([]);
  });
});
