/**
 * Bad content stops the build with the file and field named, no stack trace, and dist/ untouched.
 * Each case builds a copy of the project with one file broken.
 */
import { cpSync, existsSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

const expectCleanFailure = (result: ReturnType<typeof build>) => {
  expect(result.status).toBe(1);
  expect(result.out).toContain("dist/ was left as it was");
  expect(result.out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack frames
  expect(result.distKept).toBe('previous build\n');
};

describe('a build with bad content', () => {
  it('names the step file and the missing field', () => {
    const dir = projectCopy();
    edit(dir, 'content/en/steps/03.yaml', (t) => t.replace(/^title:.*$/m, ''));
    const result = build(dir);
    expectCleanFailure(result);
    expect(result.out).toContain('content/en/steps/03.yaml');
    expect(result.out).toContain('title: is missing; add a line of text');
  });

  it('names the page that has no twin and the language it lacks', () => {
    const dir = projectCopy();
    unlinkSync(join(dir, 'content/en/oxytocin-massage.mdx'));
    const result = build(dir);
    expectCleanFailure(result);
    expect(result.out).toContain('content/id/pijat-oksitosin.mdx');
    expect(result.out).toContain('"massage" has no twin in content/en/');
  });

  it('names an unknown illustration', () => {
    const dir = projectCopy();
    edit(dir, 'content/id/steps/02.yaml', (t) => t.replace(/^illustration:.*$/m, 'illustration: no-such-drawing'));
    const result = build(dir);
    expectCleanFailure(result);
    expect(result.out).toContain('content/id/steps/02.yaml');
    expect(result.out).toContain('illustration: content/illustrations/no-such-drawing.svg does not exist');
  });

  it('names the line of broken frontmatter', () => {
    const dir = projectCopy();
    edit(dir, 'content/en/oxytocin-massage.mdx', (t) => t.replace(/^slug: .*$/m, 'slug: [oxytocin-massage'));
    const result = build(dir);
    expectCleanFailure(result);
    expect(result.out).toMatch(/content\/en\/oxytocin-massage\.mdx:\d+/);
    expect(existsSync(join(dir, '.build/dist'))).toBe(false);
  });

  it("names the file and line of broken MDX, without the bundler's stack", () => {
    const dir = projectCopy();
    edit(dir, 'content/en/oxytocin-massage.mdx', (t) => t.replace('<Steps />', '<Steps'));
    const result = build(dir);
    expectCleanFailure(result);
    expect(result.out).toMatch(/content\/en\/oxytocin-massage\.mdx:\d+\n\s+Unexpected character/);
  });
});
