import { describe, expect, it } from 'vitest';
import { contentInput } from '../../src/content/assemble.ts';
import { checkContent, type ContentInput } from '../../src/content/checks.ts';
import { ContentError, formatProblems } from '../../src/content/errors.ts';
import { componentUses, parseMdx, propValues } from '../../src/content/mdx.ts';
import { componentProblems } from '../../src/content/components.ts';
import { checkedFiles, locales, readLocale } from '../helpers/content.ts';

/** The real content as the cross-file checks read it, fresh for each test to break. */
const realContent = (): ContentInput => contentInput(checkedFiles(), locales());

/** Components a page uses that the site does not provide, with their lines. */
const unknownComponentsInMdx = (source: string) =>
  componentUses(parseMdx(source))
    .filter((use) => componentProblems(use).some((p) => p.includes('is not a Lancar component')))
    .map(({ name, line }) => ({ name, line }));

const citesInMdx = (source: string) => propValues(componentUses(parseMdx(source)), 'Cite', 'id').map(({ value, line }) => ({ id: value, line }));

describe('bilingual parity of the real content', () => {
  it('finds no problem: every page, step and citation has its counterpart', () => {
    expect(checkContent(realContent())).toEqual([]);
  });

  it('has the same page keys and the same steps (with the same drawings) in Indonesian and English', () => {
    const [id, en] = [readLocale('id'), readLocale('en')];
    expect(en.pages.map((p) => p.data.key).sort()).toEqual(id.pages.map((p) => p.data.key).sort());
    expect(en.steps.map((s) => [s.order, s.illustration])).toEqual(id.steps.map((s) => [s.order, s.illustration]));
  });
});

describe('content checks', () => {
  it('reports a page without its twin, naming the file and the missing language', () => {
    const input = realContent();
    input.pages = input.pages.filter((p) => p.file !== 'content/en/oxytocin-massage.mdx');
    const problems = checkContent(input);
    expect(problems).toContainEqual({
      file: 'content/id/pijat-oksitosin.mdx',
      field: 'key',
      message: '"massage" has no twin in content/en/: add a page there with key: massage (or remove this one)',
    });
  });

  it('reports a bibliography entry that nothing cites, so the references page lists only real sources', () => {
    const input = realContent();
    input.referenceIds = new Set([...input.referenceIds, 'who-unicef-1993']);
    expect(checkContent(input)).toEqual([
      { file: 'content/references.yaml', field: 'who-unicef-1993', message: 'is cited nowhere; cite it where the kit relies on it, or remove it' },
    ]);
  });

  it('reports a step missing in one language and a gap in the numbering', () => {
    const input = realContent();
    input.steps = input.steps.filter((s) => !(s.locale === 'en' && s.data.order === 3));
    const files = checkContent(input).map((p) => `${p.file} ${p.field}`);
    expect(files).toContain('content/id/steps/03.yaml order');
    expect(files).toContain('content/en/steps/04.yaml order');
  });

  it('reports a translated step that shows a different drawing', () => {
    const input = realContent();
    const step = input.steps.find((s) => s.locale === 'en' && s.data.order === 2)!;
    step.data = { ...step.data, illustration: 'landmarks' };
    expect(checkContent(input)).toContainEqual(expect.objectContaining({ file: 'content/en/steps/02.yaml', field: 'illustration' }));
  });

  it('reports a citation of a missing bibliography entry at its line', () => {
    const input = realContent();
    const page = input.pages.find((p) => p.file === 'content/en/oxytocin-massage.mdx')!;
    page.source = `${page.source}\n<Cite id="nobody2099" />\n`;
    const line = page.source.split('\n').length - 1;
    expect(checkContent(input)).toContainEqual({
      file: 'content/en/oxytocin-massage.mdx',
      field: `line ${line}`,
      message: '<Cite id="nobody2099" />: "nobody2099" is not in content/references.yaml; add the entry or fix the id',
    });
  });

  it('reports an MDX component the site does not provide, with its line', () => {
    expect(unknownComponentsInMdx('Intro\n\n<Steps />\n<Stepz />\n<Cite id="a" />')).toEqual([{ name: 'Stepz', line: 4 }]);
    const input = realContent();
    const page = input.pages.find((p) => p.file === 'content/id/pijat-oksitosin.mdx')!;
    page.source = page.source.replace('<Steps />', '<Langkah />');
    expect(checkContent(input)).toContainEqual(
      expect.objectContaining({ file: 'content/id/pijat-oksitosin.mdx', message: expect.stringMatching(/^<Langkah> is not a Lancar component/) }),
    );
  });

  it('reports a glossary term that exists in one language only, on both sides', () => {
    const input = realContent();
    const en = input.glossaries.find((g) => g.locale === 'en')!;
    const { kolostrum, ...rest } = en.data;
    expect(kolostrum).toBeDefined();
    en.data = { ...rest, 'only-english': kolostrum! };
    const problems = checkContent(input);
    expect(problems).toContainEqual({
      file: 'content/en/glossary.yaml',
      field: 'kolostrum',
      message: 'glossary term "kolostrum" is in content/id/glossary.yaml but not here; translate it (every language has the same entries)',
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/en/glossary.yaml', field: 'only-english' }));
  });

  it('reports a <Term> that names no glossary entry, with its line', () => {
    const input = realContent();
    const page = input.pages.find((p) => p.file === 'content/id/pijat-oksitosin.mdx')!;
    page.source = `${page.source}
Ini <Term id="tidak-ada">kata</Term>.
`;
    expect(checkContent(input)).toContainEqual({
      file: 'content/id/pijat-oksitosin.mdx',
      field: `line ${page.source.split('\n').length - 1}`,
      message: '<Term id="tidak-ada">: "tidak-ada" is not in content/id/glossary.yaml; add the term or fix the id',
    });
  });

  it('reports a drawing shown on a page in one language only', () => {
    const input = realContent();
    const page = input.pages.find((p) => p.file === 'content/en/how-milk-flows.mdx')!;
    expect(page.source).toContain('<Figure name="reflexes" />');
    page.source = page.source.replace('<Figure name="reflexes" />', '');
    expect(checkContent(input)).toContainEqual({
      file: 'content/en/how-milk-flows.mdx',
      field: 'Figure',
      message: 'shows [no figures] but its twin content/id/cara-asi-keluar.mdx shows [reflexes]; a page and its translation show the same drawings',
    });
  });

  it('reports a figure without its caption in another language, and a report that is not in the bibliography', () => {
    const input = realContent();
    input.figures = input.figures.filter((f) => f.locale !== 'en');
    const id = input.evidence.find((e) => e.locale === 'id')!;
    id.data = { ...id.data, nobody2099: Object.values(id.data)[0]! };
    const problems = checkContent(input).map((p) => `${p.file} ${p.field ?? ''} ${p.message}`);
    expect(problems).toContain('content/en/figures.yaml  missing: copy content/id/figures.yaml and translate it');
    expect(problems).toContainEqual(expect.stringMatching(/^content\/id\/evidence.yaml nobody2099 report "nobody2099" is not in content\/references.yaml/));
  });

  it('finds every <Cite> with its line', () => {
    expect(citesInMdx('a\n<Cite id="x" />\nb <Cite id=\'y\'/>')).toEqual([
      { id: 'x', line: 2 },
      { id: 'y', line: 3 },
    ]);
  });

  it('groups problems by file in the message an author reads', () => {
    const error = new ContentError([
      { file: 'content/en/steps/02.yaml', field: 'title', message: 'is missing; add a line of text' },
      { file: 'content/en/steps/02.yaml', field: 'alt', message: 'is missing; add a line of text' },
    ]);
    expect(ContentError.is(error)).toBe(true);
    expect(formatProblems(error.problems)).toBe(
      ['2 content problems:', '  content/en/steps/02.yaml', '    title: is missing; add a line of text', '    alt: is missing; add a line of text'].join('\n'),
    );
  });
});
