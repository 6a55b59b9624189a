/**
 * The content door: one description of content/, one pure step, one friendly error map, and components that
 * cannot quietly show another language's content.
 */
import { describe, expect, it } from 'vitest';
import { assembleContent, contentOfLocale } from '../../src/content/assemble.ts';
import { componentProblems } from '../../src/content/components.ts';
import { ContentError } from '../../src/content/errors.ts';
import { parseWithFriendlyErrors } from '../../src/content/friendly-errors.ts';
import { componentUses, parseMdx } from '../../src/content/mdx.ts';
import { pageContext } from '../../src/content/page-context.ts';
import { readContentFiles } from '../../src/content/read-files.ts';
import { dangerSignsSchema, stepSchema } from '../../src/content/schemas/index.ts';
import { rawData, realContent } from '../helpers/content.ts';
import { ROOT } from '../helpers/paths.ts';

const problemsOf = (source: string) => componentUses(parseMdx(source)).flatMap(componentProblems);

describe('the content door', () => {
  it('reads every language with its pages, steps and keyed files', () => {
    const content = realContent();
    expect(content.locales).toEqual(['id', 'en']);
    for (const locale of content.locales) {
      const lc = contentOfLocale(content, locale);
      expect(lc.pages.length).toBeGreaterThan(10);
      expect(lc.steps.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(lc.glossary.size).toBeGreaterThanOrEqual(20);
      expect(lc.pages.every((p) => p.file.startsWith(`content/${locale}/`) && p.id === p.file.slice('content/'.length, -'.mdx'.length))).toBe(true);
    }
  });

  it('refuses a language the content does not have, naming the ones it has', () => {
    expect(() => contentOfLocale(realContent(), 'jv')).toThrow('No content for the language "jv": the languages are id, en');
    expect(() => contentOfLocale(realContent(), undefined)).toThrow(/the languages are id, en/);
  });

  it('refuses a component rendered outside a content page', () => {
    expect(() => pageContext({}, '<Steps>')).toThrow(/^<Steps> was rendered outside a content page/);
  });

  it('names a folder that has content but no ui.yaml instead of dropping the language', () => {
    const { files } = readContentFiles(ROOT);
    const stray = files.filter((f) => f.file.startsWith('content/en/')).map((f) => ({ ...f, file: f.file.replace('content/en/', 'content/jv/') }));
    const error = (() => {
      try {
        assembleContent([...files, ...stray], ['id', 'en']);
      } catch (e) {
        return e;
      }
    })();
    expect(ContentError.is(error)).toBe(true);
    expect((error as ContentError).problems).toContainEqual(
      expect.objectContaining({ file: 'content/jv/', message: expect.stringMatching(/has content but no ui\.yaml/) }),
    );
  });
});

describe('one friendly error map', () => {
  it('says the same thing for the same mistake in every kind of file', () => {
    const step = rawData('content/en/steps/01.yaml') as Record<string, unknown>;
    const signs = rawData('content/en/danger-signs.yaml') as Record<string, unknown>;
    const stepResult = parseWithFriendlyErrors(stepSchema, { ...step, title: undefined }, 'content/en/steps/01.yaml');
    const signsResult = parseWithFriendlyErrors(dangerSignsSchema, { ...signs, goNow: undefined }, 'content/en/danger-signs.yaml');
    expect(stepResult.success || stepResult.problems).toEqual([
      { file: 'content/en/steps/01.yaml', field: 'title', message: 'is missing; add a line of text' },
    ]);
    expect(signsResult.success || signsResult.problems).toEqual([
      { file: 'content/en/danger-signs.yaml', field: 'goNow', message: 'is missing; add a line of text' },
    ]);
  });

  it('says what kind of value a field takes, and names a field it does not know', () => {
    const step = rawData('content/en/steps/01.yaml') as Record<string, unknown>;
    const result = parseWithFriendlyErrors(stepSchema, { ...step, cautions: 'Stop if it hurts.', titel: 'x' }, 'f');
    expect(result.success || result.problems.map((p) => `${p.field ?? ''}: ${p.message}`)).toEqual([
      'cautions: must be a list (one "- " line per item), not the text "Stop if it hurts."',
      ': has a field this file does not know: "titel"; check the spelling or remove it',
    ]);
  });
});

describe('MDX components, checked on the compiled tree', () => {
  it('accepts every component use of the real pages', () => {
    const pages = [...realContent().byLocale.values()].flatMap((lc) => lc.pages);
    expect(pages.flatMap((p) => problemsOf(p.source).map((m) => `${p.file}: ${m}`))).toEqual([]);
  });

  it('names a wrong value, a missing prop, an unknown prop and an expression', () => {
    expect(problemsOf('<Procedure part="safty" />')).toEqual(['<Procedure> part must be one of "start", "who", "when", "safety", "aftercare"']);
    expect(problemsOf('Text <Cite /> more.')).toEqual(['<Cite> id is missing; add a line of text']);
    expect(problemsOf('<Steps count="3" />')).toEqual(['<Steps> takes no prop "count"; it takes none']);
    expect(problemsOf('<Term id={name}>word</Term>')).toEqual([
      '<Term> id={…}: write props as text in quotes, name="…"; pages run no code',
      '<Term> id is missing; add a line of text',
    ]);
    expect(
      problemsOf('<ContactForm paper="a" ink="b" preview="c" download="d" files="e" noScript="f" unsupported="g" tooLong="h" empty="i" failed="j" />'),
    ).toEqual(['<ContactForm> unsupported must contain {chars}, where the characters that cannot print go']);
  });

  it('reports a lowercase HTML tag as not a Lancar component, with its line', () => {
    const uses = componentUses(parseMdx('Intro\n\n<div>raw</div>\n'));
    expect(uses.map((u) => [u.name, u.line])).toEqual([['div', 3]]);
    expect(componentProblems(uses[0]!)[0]).toMatch(/^<div> is not a Lancar component/);
  });
});
