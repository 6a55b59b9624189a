/**
 * Issue 13, item 5, as built: the GIFT file of each language parses with the answer key's answers, every drawing has
 * its two slides per language (a 1920 × 1080 PNG that is not blank, an SVG that is well-formed with a viewBox), and
 * the teaching page lists them with their real sizes and links to the training kit and the kader guide.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse, type MultipleChoice } from 'gift-pegjs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../src/print/guide.ts';
import { loadPrintAssets } from '../../src/print/assets.ts';
import { teachingDrawings, slideHref } from '../../src/teaching/drawings.ts';
import { giftHref } from '../../src/teaching/gift.ts';
import { locales, readLocale } from '../helpers/content.ts';
import { page } from '../helpers/html.ts';
import { distFile } from '../helpers/paths.ts';

const names = Object.keys(loadPrintAssets().illustrations);
const slides = locales().flatMap((locale) => names.map((drawing) => ({ locale, drawing })));
const teachingPath = (locale: string) => `/${locale}/${readLocale(locale).pages.find((p) => p.data.key === 'teaching')!.data.slug}/`;

describe('the GIFT file as served', () => {
  it.each(locales())('(%s) parses, one question per test question, each right answer the answer key’s', (locale) => {
    const { ui, forms } = readLocale(locale);
    const file = distFile(giftHref(locale, ui));
    const text = readFileSync(file, 'utf8');
    const questions = parse(text).filter((q): q is MultipleChoice => q.type === 'MC');
    expect(questions.map((q) => q.choices.find((c) => c.isCorrect)!.text.text)).toEqual(forms.quiz.map((q) => q.options[q.answer]));
    expect(questions.every((q) => (q.globalFeedback?.text.length ?? 0) > 20)).toBe(true);
    // UTF-8 as written: the Indonesian and typographic characters survive.
    expect(text).toContain(forms.quiz[0]!.question);
  });
});

describe('the slides', () => {
  it.each(slides)('($locale) the slide of $drawing as PNG is a 1920 × 1080 picture with something on it', async ({ locale, drawing: name }) => {
    const file = distFile(slideHref(locale, name, 'png'));
    const { width, height } = await sharp(file).metadata();
    expect([width, height]).toEqual([1920, 1080]);
    // Not blank: dark ink (the text and the drawing's lines) and a white ground.
    const { channels } = await sharp(file).removeAlpha().stats();
    expect(Math.min(...channels.map((c) => c.min))).toBeLessThan(60);
    expect(Math.max(...channels.map((c) => c.max))).toBe(255);
    const dark = await sharp(file).greyscale().threshold(128).raw().toBuffer();
    const share = dark.filter((v) => v === 0).length / dark.length;
    expect(share).toBeGreaterThan(0.02);
  });

  it.each(slides)('($locale) the slide of $drawing as SVG is well-formed with a 16:9 viewBox', ({ locale, drawing: name }) => {
    const svg = readFileSync(distFile(slideHref(locale, name, 'svg')), 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    const root = new XMLParser({ ignoreAttributes: false }).parse(svg).svg;
    expect(root['@_viewBox']).toBe('0 0 1920 1080');
  });
});

describe('the teaching page', () => {
  it.each(locales())('(%s) offers the GIFT file with its size and how to import it', (locale) => {
    const { ui } = readLocale(locale);
    const html = page(teachingPath(locale));
    const link = html.querySelector(`a[href="${giftHref(locale, ui)}"]`)!;
    expect(link.text).toBe(ui.teaching.giftDownload);
    const bytes = statSync(distFile(giftHref(locale, ui))).size;
    expect(link.parentNode!.text).toContain(formatFileSize(ui.locale.lang, bytes));
    expect(
      html
        .querySelector('main ol')!
        .querySelectorAll('li')
        .map((li) => li.text),
    ).toEqual(ui.teaching.giftImport);
  });

  it.each(locales())('(%s) lists every drawing with its caption, a lazy thumbnail, and its slides with their sizes', (locale) => {
    const content = readLocale(locale);
    const html = page(teachingPath(locale));
    const drawings = teachingDrawings(content, names);
    const items = html.querySelectorAll('ul.slides > li');
    expect(items.map((li) => li.id)).toEqual(drawings.map((d) => `slide-${d.name}`));
    items.forEach((li, i) => {
      const d = drawings[i]!;
      expect(li.text).toContain(d.caption);
      expect(li.querySelector('img')!.getAttribute('loading')).toBe('lazy');
      for (const format of ['png', 'svg'] as const) {
        const href = slideHref(locale, d.name, format);
        const a = li.querySelector(`a[href="${href}"]`)!;
        expect(a, href).not.toBeNull();
        expect(existsSync(distFile(href))).toBe(true);
        expect(a.nextElementSibling!.text).toBe(formatFileSize(content.ui.locale.lang, statSync(distFile(href)).size));
      }
    });
  });

  it.each(locales())('(%s) links to the training kit on the print page and to the kader guide', (locale) => {
    const { ui, pages } = readLocale(locale);
    const html = page(teachingPath(locale));
    const hrefs = html.querySelectorAll('main a').map((a) => a.getAttribute('href')!);
    const print = pages.find((p) => p.data.key === 'print')!;
    const kader = pages.find((p) => p.data.key === 'kader')!;
    const kit = hrefs.find((h) => h.startsWith(`/${locale}/${print.data.slug}/#`))!;
    expect(kit).toBeDefined();
    expect(page(`/${locale}/${print.data.slug}/`).getElementById(kit.split('#')[1]!)).not.toBeNull();
    expect(hrefs).toContain(`/${locale}/${kader.data.slug}/`);
    expect(html.text).toContain(ui.teaching.printKit);
  });
});
