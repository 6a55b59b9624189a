/**
 * Bad content never ships: one build per kind of bad content (issue 14), each stopped with the source file named,
 * no stack trace, and dist/ untouched. The variants of each kind are unit tests (tests/unit/bad-content.test.ts);
 * all but the missing-section case stop in the content door, before Astro, so they take seconds.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { build as buildCopy, edit, projectCopy as copy, removeCopies } from '../helpers/project.ts';

function projectCopy(): string {
  const dir = copy();
  cpSync(join(ROOT, 'tests/fixtures/previous-dist'), join(dir, 'dist'), { recursive: true });
  return dir;
}

afterAll(removeCopies);

/** The 1-based line of the first line of a file that contains `text`, in the real content. */
const lineOf = (file: string, text: string) =>
  readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

const MASSAGE = 'content/en/oxytocin-massage.mdx';
const KADER = 'content/en/kader-guide.mdx';

const cases: { name: string; breakIt: (dir: string) => void; says: (string | RegExp)[] }[] = [
  {
    name: '1. a drawing with a script, an event attribute or an outside link',
    breakIt: (dir) =>
      edit(dir, 'content/illustrations/circles.svg', (t) => t.replace('</svg>', '\n<script>alert(document.cookie)</script><g onload="x()"/></svg>')),
    says: [/content\/illustrations\/circles\.svg:2\n\s+<script> is not allowed/, 'the onload attribute on <g> runs script'],
  },
  {
    name: '2. an MDX page that imports code and runs an expression',
    breakIt: (dir) =>
      edit(dir, MASSAGE, (t) => t.replace('<Steps />', "import fs from 'node:fs'\n\n{fs.rmSync('/tmp/x')}\n\n<div onclick=\"x\">raw</div>\n\n<Steps />")),
    says: [
      MASSAGE,
      `line ${lineOf(MASSAGE, '<Steps />')}: import/export statements run code`,
      `line ${lineOf(MASSAGE, '<Steps />') + 2}: {…} is a JavaScript expression`,
      `line ${lineOf(MASSAGE, '<Steps />') + 4}: <div> is not a Lancar component`,
    ],
  },
  {
    name: '2. an MDX page linking to a javascript: address',
    breakIt: (dir) => edit(dir, MASSAGE, (t) => t.replace('<Steps />', '[Click](javascript:alert(1))\n\n<Steps />')),
    says: [MASSAGE, `line ${lineOf(MASSAGE, '<Steps />')}: links to "javascript:alert(1)"`],
  },
  {
    name: '3. a language folder that lost its ui.yaml',
    breakIt: (dir) => unlinkSync(join(dir, 'content/en/ui.yaml')),
    says: ['content/en/', 'has content but no ui.yaml'],
  },
  {
    name: '4. a link to a page the language does not have',
    breakIt: (dir) => edit(dir, KADER, (t) => t.replace('/en/oxytocin-massage/#step-2', '/en/oxytocin-masage/#step-2')),
    says: [KADER, `line ${lineOf(KADER, '/en/oxytocin-massage/#step-2')}: links to /en/oxytocin-masage/#step-2, which is not a page of content/en/`],
  },
  {
    name: '4. a link to a section the page does not have (found after Astro, before the swap)',
    breakIt: (dir) => edit(dir, KADER, (t) => t.replace('/en/oxytocin-massage/#step-2', '/en/oxytocin-massage/#step-20')),
    says: [
      KADER,
      `line ${lineOf(KADER, '/en/oxytocin-massage/#step-2')}: links to /en/oxytocin-massage/#step-20, but /en/oxytocin-massage/ has no section #step-20`,
    ],
  },
  {
    name: '4. a short link to a section the page does not have (found after Astro, before the swap)',
    breakIt: (dir) =>
      edit(dir, 'content/short-links.yaml', (t) =>
        t.replace('pijat:\n  locale: id\n  page: massage\n', 'pijat:\n  locale: id\n  page: massage\n  anchor: no-such-section\n'),
      ),
    says: ['content/short-links.yaml', 'pijat: opens /id/pijat-oksitosin/#no-such-section, but that page has no such section'],
  },
  {
    name: '5. a file that is not UTF-8',
    breakIt: (dir) => writeFileSync(join(dir, 'content/en/steps/03.yaml'), Buffer.concat([Buffer.from('title: Caf'), Buffer.from([0xe9]), Buffer.from('\n')])),
    says: ['content/en/steps/03.yaml:1', 'is not UTF-8 (bad byte at offset 10)'],
  },
  {
    name: '6. hidden bidi characters (Trojan Source)',
    breakIt: (dir) => edit(dir, MASSAGE, (t) => t.replace('<Steps />', 'Press \u202Egently\u202C.\n\n<Steps />')),
    says: [`${MASSAGE}:${lineOf(MASSAGE, '<Steps />')}`, 'hidden character U+202E'],
  },
  {
    name: '6. YAML aliases (billion laughs)',
    breakIt: (dir) => edit(dir, 'content/en/steps/03.yaml', (t) => `${t}\nx: &a ["lol", "lol"]\ny: [*a, *a]\n`),
    says: ['content/en/steps/03.yaml', 'has the anchor &a', 'uses the alias *a'],
  },
  {
    name: '6. a symbolic link out of content/',
    breakIt: (dir) => {
      mkdirSync(join(dir, 'content/en/extra'));
      symlinkSync('/etc/passwd', join(dir, 'content/en/extra/passwd.mdx'));
    },
    says: ['content/en/extra/passwd.mdx', 'is a symbolic link'],
  },
  {
    name: '6. a page whose slug is an address the site uses itself',
    breakIt: (dir) => edit(dir, 'content/en/breast-milk.mdx', (t) => t.replace('slug: breast-milk', 'slug: share/x')),
    says: ['content/en/breast-milk.mdx', 'slug: "share/x" is an address the site uses for its own files'],
  },
];

describe('a build with bad content', () => {
  it.each(cases)('$name stops, naming the file', { timeout: 300_000 }, ({ breakIt, says }) => {
    const dir = projectCopy();
    breakIt(dir);
    const result = buildCopy(dir);
    expect(result.status).toBe(1);
    expect(result.out).toContain('dist/ was left as it was');
    expect(result.out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack frames
    expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe('previous build\n');
    expect(existsSync(join(dir, '.build/dist'))).toBe(false);
    for (const text of says) {
      if (typeof text === 'string') expect(result.out).toContain(text);
      else expect(result.out).toMatch(text);
    }
  });
});
