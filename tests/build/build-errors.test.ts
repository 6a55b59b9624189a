/**
 * Bad content stops the build with the file and field named, no stack trace, and dist/ untouched.
 * Each case builds a copy of the project with one file broken.
 */
import { cpSync, existsSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readLocale } from '../helpers/content.ts';
import { ROOT } from '../helpers/paths.ts';
import { build as buildCopy, edit, projectCopy as copy, removeCopies } from '../helpers/project.ts';

/** A copy whose dist/ holds a previous good build: it must survive a failed one. */
function projectCopy(): string {
  const dir = copy();
  cpSync(join(ROOT, 'tests/fixtures/previous-dist'), join(dir, 'dist'), { recursive: true });
  return dir;
}

function build(dir: string) {
  return { ...buildCopy(dir), distKept: readFileSync(join(dir, 'dist/index.html'), 'utf8') };
}

afterAll(removeCopies);

interface BadContentCase {
  name: string;
  /** Breaks one file of the copy. */
  breakIt: (dir: string) => void;
  /** What the message must say: the file, and the field or line with what to do. */
  says: (string | RegExp)[];
}

const cases: BadContentCase[] = [
  {
    name: 'names the step file and the missing field',
    breakIt: (dir) => edit(dir, 'content/en/steps/03.yaml', (t) => t.replace(/^title:.*$/m, '')),
    says: ['content/en/steps/03.yaml', 'title: is missing; add a line of text'],
  },
  {
    name: 'names the page that has no twin and the language it lacks',
    breakIt: (dir) => unlinkSync(join(dir, 'content/en/oxytocin-massage.mdx')),
    says: ['content/id/pijat-oksitosin.mdx', '"massage" has no twin in content/en/'],
  },
  {
    name: 'names an unknown illustration',
    breakIt: (dir) => edit(dir, 'content/id/steps/02.yaml', (t) => t.replace(/^illustration:.*$/m, 'illustration: no-such-drawing')),
    says: ['content/id/steps/02.yaml', 'illustration: content/illustrations/no-such-drawing.svg does not exist'],
  },
  {
    name: 'names the line of broken frontmatter',
    breakIt: (dir) => edit(dir, 'content/en/oxytocin-massage.mdx', (t) => t.replace(/^slug: .*$/m, 'slug: [oxytocin-massage')),
    says: [/content\/en\/oxytocin-massage\.mdx:\d+/],
  },
  {
    name: "names the file and line of broken MDX, without the bundler's stack",
    breakIt: (dir) => edit(dir, 'content/en/oxytocin-massage.mdx', (t) => t.replace('<Steps />', '<Steps')),
    says: [/content\/en\/oxytocin-massage\.mdx:\d+\n\s+Unexpected character/],
  },
  {
    name: 'names the page and line of a component given a prop it does not take',
    breakIt: (dir) => edit(dir, 'content/en/oxytocin-massage.mdx', (t) => t.replace('<Procedure part="safety" />', '<Procedure part="safty" />')),
    says: [
      'content/en/oxytocin-massage.mdx',
      `line ${
        readLocale('en')
          .pages.find((p) => p.file === 'content/en/oxytocin-massage.mdx')!
          .source.split('\n')
          .findIndex((l) => l.includes('<Procedure part="safety" />')) + 1
      }: <Procedure> part must be one of "start", "who", "when", "safety", "aftercare"`,
    ],
  },
  {
    name: 'names the print document, the page and the step file when a step is too long to print',
    breakIt: (dir) =>
      edit(dir, 'content/en/steps/05.yaml', (t) => {
        const step = parse(t) as { text: string; cautions: string[] };
        step.text = 'Keep the pressure gentle and steady while you move down. '.repeat(20).slice(0, 1190);
        step.cautions = Array(8).fill('Stop at once if the mother says it hurts, and ask her how the pressure feels before you go on.');
        return stringify(step);
      }),
    says: ['content/en/steps/05.yaml', /booklet \(en\): the text does not fit page \d+ \([\d.]+ mm too long\); shorten it/],
  },
  {
    name: 'names CHANGELOG.md and CITATION.cff when package.json raises the version without them',
    breakIt: (dir) => edit(dir, 'package.json', (t) => t.replace(/"version": "[^"]+"/, '"version": "9.9.9"')),
    says: [
      'CHANGELOG.md',
      'package.json says 9.9.9; add a "## [9.9.9] - YYYY-MM-DD" section',
      'CITATION.cff',
      'version: is "0.2.0" but package.json says 9.9.9',
    ],
  },
];

describe('a build with bad content', () => {
  // Most mistakes stop the build in its first second; one found while printing runs a whole build first, which on
  // a busy two-core machine (CI runs the browser tests beside it) can pass a minute.
  it.each(cases)('$name', { timeout: 180_000 }, ({ breakIt, says }) => {
    const dir = projectCopy();
    breakIt(dir);
    const result = build(dir);
    expect(result.status).toBe(1);
    expect(result.out).toContain('dist/ was left as it was');
    expect(result.out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack frames
    expect(result.distKept).toBe('previous build\n');
    expect(existsSync(join(dir, '.build/dist'))).toBe(false);
    for (const text of says) {
      if (typeof text === 'string') expect(result.out).toContain(text);
      else expect(result.out).toMatch(text);
    }
  });
});
