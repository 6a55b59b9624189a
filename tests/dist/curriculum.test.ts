/**
 * The curriculum as a reader meets it: plain language on mother-facing pages, every drawing on its step with a
 * caption, a glossary that links both ways, the evidence table, and no link that leads nowhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { MAX_AVERAGE_SENTENCE_WORDS, readabilityOf } from '../../src/content/readability.ts';
import { readLocale, readReferences } from '../helpers/content.ts';
import { page } from '../helpers/html.ts';
import { DIST, distFile } from '../helpers/paths.ts';

const locales = ['id', 'en'] as const;
const content = Object.fromEntries(locales.map((l) => [l, readLocale(l)]));
const pagePath = (locale: string, slug: string) => `/${locale}/${slug ? `${slug}/` : ''}`;
const pathOfKey = (locale: string, key: string) => pagePath(locale, content[locale]!.pages.find((p) => p.data.key === key)!.data.slug);
const allPages = locales.flatMap((locale) =>
  content[locale]!.pages.map((p) => ({
    locale,
    key: p.data.key,
    audience: p.data.audience,
    searchable: p.data.searchable,
    path: pagePath(locale, p.data.slug),
  })),
);

/** The prose a reader reads: paragraphs, list items, definitions and captions; not headings, labels, tables or citations. */
function proseBlocks(article: HTMLElement): string[] {
  const copy = article.clone() as HTMLElement;
  copy.querySelectorAll('h1, h2, h3, h4, nav, table, .cite, .cite-mark, .sources, .share, .duration, .twin, dt, script, form').forEach((el) => {
    el.remove();
  });
  const blocks = copy.querySelectorAll('p, li, dd, figcaption');
  // A block that holds other blocks (a step's <li> with its paragraphs) is measured through them.
  return blocks.filter((b) => !b.querySelector('p, li, dd, figcaption')).map((b) => b.text);
}

describe('plain language', () => {
  // The search page is a form, not reading matter.
  it.each(allPages.filter((p) => p.audience === 'mother' && p.searchable))('$path (mother-facing) averages at most 15 words a sentence', ({ path }) => {
    const result = readabilityOf(proseBlocks(page(path).querySelector('article')!));
    const longest = result.longest.map((l) => `  ${l.words} words: ${l.sentence}`).join('\n');
    expect(result.sentences, `${path} has no prose`).toBeGreaterThan(0);
    expect(result.average, `${path}: ${result.average.toFixed(1)} words per sentence; shorten these:\n${longest}`).toBeLessThanOrEqual(
      MAX_AVERAGE_SENTENCE_WORDS,
    );
  });
});

describe('illustrations', () => {
  it.each(locales)('(%s) shows each step drawing on its step, with alt text and a caption', (locale) => {
    const html = page(pathOfKey(locale, 'massage'));
    for (const step of content[locale]!.steps) {
      const anchor = `${content[locale]!.ui.strings.stepAnchor}-${step.order}`;
      const figure = html.getElementById(anchor)!.querySelector('figure')!;
      expect(figure.querySelector('img')!.getAttribute('src')).toBe(`/illustrations/${step.illustration}.svg`);
      expect(figure.querySelector('img')!.getAttribute('alt')).toBe(step.alt);
      expect(figure.querySelector('figcaption')!.text).toBe(step.caption);
    }
  });

  it.each(locales)('(%s) shows each page figure with its alt text and caption', (locale) => {
    const figures = [...content[locale]!.figures];
    expect(figures.length).toBeGreaterThan(0);
    for (const [name, figure] of figures) {
      const host = content[locale]!.pages.find((p) => p.source.includes(`<Figure name="${name}"`));
      expect(host, `no page shows the figure "${name}"`).toBeDefined();
      const el = page(pagePath(locale, host!.data.slug)).getElementById(`fig-${name}`)!;
      expect(el.querySelector('img')!.getAttribute('alt')).toBe(figure.alt);
      expect(el.querySelector('figcaption')!.text).toBe(figure.caption);
    }
  });

  it('serves every drawing as a small SVG (under 8 KB gzip) that prints in black and white', () => {
    const dir = join(DIST, 'illustrations');
    const files = readdirSync(dir).filter((f) => f.endsWith('.svg'));
    // Drawn by the steps, the figures and the print covers (booklet.yaml `cover`).
    const used = new Set([
      ...content.id!.steps.map((s) => `${s.illustration}.svg`),
      ...[...content.id!.figures.keys()].map((n) => `${n}.svg`),
      `${content.id!.booklet.cover.illustration}.svg`,
    ]);
    expect(files.sort()).toEqual([...used].sort());
    for (const file of files) {
      const svg = readFileSync(join(dir, file));
      expect(gzipSync(svg, { level: 9 }).byteLength, file).toBeLessThan(8 * 1024);
      expect(statSync(join(dir, file)).size, file).toBeGreaterThan(300);
    }
  });
});

describe('glossary', () => {
  it.each(locales)('(%s) lists at least 20 terms, each at its anchor with its twin-language term', (locale) => {
    const other = locale === 'id' ? 'en' : 'id';
    const entries = page(pathOfKey(locale, 'glossary')).querySelectorAll('dl.glossary > div');
    expect(entries.length).toBeGreaterThanOrEqual(20);
    expect(entries.map((e) => e.id).sort()).toEqual([...content[locale]!.glossary.keys()].sort());
    for (const entry of entries) {
      expect(entry.querySelector('dt')!.text).toBe(content[locale]!.glossary.get(entry.id)!.term);
      expect(entry.querySelector(`dd.twin [lang="${other}"]`)!.text).toBe(content[other]!.glossary.get(entry.id)!.term);
    }
  });

  it.each(locales)('(%s) is linked from the mother-facing pages where terms first appear', (locale) => {
    const glossary = pathOfKey(locale, 'glossary');
    const linking = allPages.filter((p) => p.locale === locale && p.key !== 'glossary' && page(p.path).querySelector(`a.term[href^="${glossary}#"]`));
    expect(linking.length).toBeGreaterThanOrEqual(5);
  });
});

describe('evidence and references', () => {
  it.each(locales)('(%s) tabulates each seed report with place, design, people, result and limits', (locale) => {
    const rows = page(pathOfKey(locale, 'evidence')).querySelectorAll('table.evidence tbody tr');
    expect(rows.map((r) => r.id.replace('report-', '')).sort()).toEqual(['balibo2023', 'bijawang2023', 'fasiha2020', 'rani2025', 'sari2018']);
    for (const row of rows) expect(row.querySelectorAll('td').length).toBe(6);
  });

  it.each(locales)('(%s) lists every bibliography entry on the references page, with its DOI or URL', (locale) => {
    const html = page(pathOfKey(locale, 'references'));
    for (const [id, ref] of readReferences()) {
      const item = html.getElementById(`ref-${id}`);
      expect(item, id).not.toBeNull();
      if (ref.doi) expect(item!.querySelector('a')!.getAttribute('href')).toBe(`https://doi.org/${ref.doi}`);
      else if (ref.url) expect(item!.querySelector('a')!.getAttribute('href')).toBe(ref.url);
    }
  });
});

describe('links', () => {
  it.each(locales)('(%s) links the danger signs page from the home page and the massage page text', (locale) => {
    const dangerSigns = pathOfKey(locale, 'danger-signs');
    for (const key of ['home', 'massage']) {
      expect(page(pathOfKey(locale, key)).querySelector(`article a[href="${dangerSigns}"]`), key).not.toBeNull();
    }
  });

  it.each(allPages)('$path has no link to a missing page or anchor', ({ path }) => {
    for (const a of page(path).querySelectorAll('a[href^="/"]')) {
      const href = a.getAttribute('href')!;
      const [target, hash] = href.split('#');
      const file = target!.endsWith('/') ? `${target}index.html` : target!;
      expect(() => statSync(distFile(file)), `${path} → ${href}`).not.toThrow();
      if (hash && file.endsWith('.html')) {
        expect(page(target!).getElementById(decodeURIComponent(hash)), `${path} → ${href}`).not.toBeNull();
      }
    }
  });
});
