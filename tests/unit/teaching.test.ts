/**
 * Issue 13, item 5: the lecturer's material from the same content. The GIFT export parses under a GIFT parser with
 * the answer key's answers and explanations, and GIFT's special characters survive; every drawing has a slide with
 * its caption, readable sizes, and the source line with version and licence.
 */
import { parse, type GIFTQuestion, type MultipleChoice } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/errors.ts';
import { CONTENT_LICENCE, VERSION } from '../../src/content/trust.ts';
import { loadPrintAssets } from '../../src/print/assets.ts';
import type { Child, Element } from '../../src/print/element.ts';
import { drawingUrl, teachingDrawings } from '../../src/teaching/drawings.ts';
import { giftEscape, giftHref, knowledgeTestGift } from '../../src/teaching/gift.ts';
import { SLIDE, SLIDE_TYPE, slideCard, slideSource, type SlideInput } from '../../src/teaching/slide.ts';
import { locales, readLocale } from '../helpers/content.ts';
import { readPrintContent, TEST_SITE } from '../helpers/print-content.ts';

const multipleChoice = (items: GIFTQuestion[]) => items.filter((q): q is MultipleChoice => q.type === 'MC');

describe('the knowledge test for Moodle (GIFT)', () => {
  it.each(locales())('(%s) parses with every question, its right answer from the key and its explanation as feedback', (locale) => {
    const content = readPrintContent(locale);
    const items = parse(knowledgeTestGift(content));
    expect(items[0]).toMatchObject({ type: 'Category', title: content.ui.teaching.giftCategory });
    const questions = multipleChoice(items);
    expect(questions.length).toBe(content.forms.quiz.length);
    expect(items.length).toBe(content.forms.quiz.length + 1);
    questions.forEach((q, i) => {
      const source = content.forms.quiz[i]!;
      expect(q.stem.text).toBe(source.question);
      expect(q.title).toBe(`Q${String(i + 1).padStart(2, '0')} ${source.question}`);
      expect(q.choices.map((c) => c.text.text)).toEqual(source.options);
      expect(q.choices.filter((c) => c.isCorrect).map((c) => c.text.text)).toEqual([source.options[source.answer]]);
      expect(q.globalFeedback?.text).toContain(source.explanation);
      expect(q.globalFeedback?.text).toContain(content.forms.labels.sources);
    });
  });

  it('keeps a question full of GIFT special characters as written', () => {
    const content = readPrintContent('en');
    const question = 'Which is right: {a} = b ~ c # d, or C:\\path?';
    const options = ['=starts with equals', '~starts with tilde', 'has {braces} and #hash', 'ends with colon:'];
    const explanation = 'Because: 1 = 1, {x} ~ y # z \\ w.';
    const gift = knowledgeTestGift({
      ...content,
      forms: { ...content.forms, quiz: [{ question, options, answer: 2, explanation, cite: [] }] },
    });
    const [q] = multipleChoice(parse(gift));
    expect(q!.stem.text).toBe(question);
    expect(q!.choices.map((c) => c.text.text)).toEqual(options);
    expect(q!.choices[2]!.isCorrect).toBe(true);
    expect(q!.globalFeedback?.text).toBe(explanation);
    expect(giftEscape('a\n  b')).toBe('a b');
  });

  it('is served at a stable address named after the printed test', () => {
    expect(giftHref('id', readLocale('id').ui)).toBe('/id/tes-pengetahuan-asi-moodle.gift.txt');
    expect(giftHref('en', readLocale('en').ui)).toBe('/en/breastfeeding-knowledge-test-moodle.gift.txt');
  });
});

/** Every piece of text in an element tree, with the font size it is set in. */
function texts(node: Child, size = 0): { text: string; size: number }[] {
  if (!node || typeof node === 'boolean') return [];
  if (typeof node === 'string') return [{ text: node, size }];
  const el = node as Element;
  const own = typeof el.props.style?.fontSize === 'number' ? el.props.style.fontSize : size;
  const children = ([] as Child[]).concat(el.props.children ?? []);
  return children.flatMap((c) => texts(c, own));
}

describe('the drawings as slides', () => {
  const names = Object.keys(loadPrintAssets().illustrations);

  it.each(locales())('(%s) gives every drawing a caption, a heading and the place it illustrates', (locale) => {
    const content = readLocale(locale);
    const drawings = teachingDrawings(content, names);
    expect(drawings.map((d) => d.name).sort()).toEqual([...names].sort());
    for (const d of drawings) {
      expect(d.caption.length, d.name).toBeGreaterThan(10);
      expect(d.heading.length, d.name).toBeGreaterThan(3);
      const url = new URL(drawingUrl(content, d, new URL(TEST_SITE)));
      expect(url.pathname.startsWith(`/${locale}/`)).toBe(true);
    }
    // A step's drawing leads to the step, a page's drawing to its figure.
    const step3 = content.steps[2]!;
    expect(drawings.find((d) => d.name === step3.illustration)).toMatchObject({ caption: step3.caption, anchor: `${content.ui.strings.stepAnchor}-3` });
    const [figure, words] = [...content.figures][0]!;
    expect(drawings.find((d) => d.name === figure)).toMatchObject({ caption: words.caption, anchor: `fig-${figure}` });
  });

  it('stops the build, naming figures.yaml, for a drawing with no caption', () => {
    const content = readLocale('id');
    expect(() => teachingDrawings(content, [...names, 'new-drawing'])).toThrow(ContentError);
    expect(() => teachingDrawings(content, [...names, 'new-drawing'])).toThrow(/content\/id\/figures\.yaml/);
  });

  it.each(locales())('(%s) lays out the caption at a size read across a room, with the source, version and licence', (locale) => {
    const content = readLocale(locale);
    for (const d of teachingDrawings(content, names)) {
      const input: SlideInput = { ui: content.ui, name: d.name, heading: d.heading, caption: d.caption, url: `${TEST_SITE}/${locale}/x/`, version: VERSION };
      const tree = slideCard(input, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 160"/>');
      expect(tree.props.style).toMatchObject({ width: SLIDE.width, height: SLIDE.height });
      const all = texts(tree);
      expect(all.find((t) => t.text === d.caption)?.size, d.name).toBeGreaterThanOrEqual(48);
      expect(all.find((t) => t.text === d.heading)?.size).toBeGreaterThanOrEqual(48);
      const source = all.find((t) => t.text === slideSource(input))!;
      expect(source.text).toContain(VERSION);
      expect(source.text).toContain(CONTENT_LICENCE.name);
      expect(source.text).toContain('lancar.example.org/');
    }
    expect(SLIDE_TYPE.caption).toBeGreaterThanOrEqual(48);
  });
});
