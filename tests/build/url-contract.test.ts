/**
 * The URL contract on a real build: a page removed without a redirect stops the build, naming each of its
 * published URLs and what to do, with dist/ left as it was; a redirect for it lets the build through, and the old
 * address becomes a redirect page. Two builds of one project copy (each 1–2 minutes on a busy machine).
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ROOT } from '../helpers/paths.ts';
import { build, edit, projectCopy, removeCopies } from '../helpers/project.ts';

afterAll(removeCopies);

// A busy 2-core machine has taken five minutes for one build here.
const BUILD = 600_000;

describe('a build that drops published URLs', () => {
  const dir = projectCopy();
  cpSync(join(ROOT, 'tests/fixtures/previous-dist'), join(dir, 'dist'), { recursive: true });
  const before = readFileSync(join(dir, 'dist/index.html'), 'utf8');
  // Remove the hand-expression page in both languages, and the one source only it cites (else the content
  // check, not the URL contract, would stop the build).
  rmSync(join(dir, 'content/id/memerah-asi.mdx'));
  rmSync(join(dir, 'content/en/hand-expression.mdx'));
  // Links to it from other pages become plain words, as an author removing a page would do (else the link check,
  // not the URL contract, stops the build first).
  const unlink = (text: string) => text.replace(/\[([^\]]+)\]\(\/(?:id\/memerah-asi|en\/hand-expression)\/[^)]*\)/g, '$1');
  let unlinked = 0;
  for (const locale of ['id', 'en']) {
    for (const name of readdirSync(join(dir, 'content', locale)).filter((f) => f.endsWith('.mdx'))) {
      const file = join(dir, 'content', locale, name);
      const text = readFileSync(file, 'utf8');
      if (unlink(text) === text) continue;
      writeFileSync(file, unlink(text));
      unlinked += 1;
    }
  }
  if (unlinked < 4) throw new Error(`only ${unlinked} pages linked to the removed page; update this test`);
  edit(dir, 'content/references.yaml', (text) => {
    const doc = parseDocument(text);
    doc.delete('raising-children-expressing');
    return doc.toString();
  });

  it(
    'fails naming every URL of the removed page and the redirect to add, and leaves dist/ as it was',
    () => {
      const { status, out } = build(dir);
      expect(status, out).toBe(1);
      expect(out).toContain('dist/ was left as it was');
      expect(out).toContain('content/published-urls.txt');
      for (const url of ['/id/memerah-asi/', '/en/hand-expression/', '/id/memerah-asi/#langkah-memerah', '/id/rujukan/#ref-raising-children-expressing'])
        expect(out).toMatch(new RegExp(`${url.replace(/[/#]/g, '\\$&')}: was published but this build no longer makes it`));
      expect(out).toContain('add a redirect in content/redirects.yaml from "/id/memerah-asi/" to the page readers should go to now');
      expect(out).not.toMatch(/^\s+at /m);
      expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe(before);
    },
    BUILD,
  );

  it(
    'passes once the old addresses redirect, and serves a redirect page at each',
    () => {
      // The removed source's entry on the references pages goes too: its old id is kept beside a neighbour's.
      edit(
        dir,
        'content/redirects.yaml',
        (text) =>
          `${text}"/id/memerah-asi/": /id/membantu-asi-keluar/\n"/en/hand-expression/": /en/helping-let-down/\n` +
          `"/id/rujukan/#ref-raising-children-expressing": /id/rujukan/#ref-aba-letdown\n` +
          `"/en/references/#ref-raising-children-expressing": /en/references/#ref-aba-letdown\n`,
      );
      const { status, out } = build(dir);
      expect(status, out).toBe(0);
      const page = readFileSync(join(dir, 'dist/id/memerah-asi/index.html'), 'utf8');
      expect(page).toContain('<meta http-equiv="refresh" content="0; url=/id/membantu-asi-keluar/">');
      expect(page).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/id\/membantu-asi-keluar\/">/);
      expect(page).not.toContain('<script');
      expect(existsSync(join(dir, 'dist/en/hand-expression/index.html'))).toBe(true);
      expect(readFileSync(join(dir, 'dist/_redirects'), 'utf8')).toContain('/en/hand-expression/ /en/helping-let-down/ 301');
      expect(readFileSync(join(dir, 'dist/id/rujukan/index.html'), 'utf8')).toMatch(
        /<li id="ref-aba-letdown"[^>]*><span id="ref-raising-children-expressing"><\/span>/,
      );
      // The list keeps the old URLs: they are still answered, by the redirect.
      expect(readFileSync(join(dir, 'content/published-urls.txt'), 'utf8')).toContain('\n/id/memerah-asi/\n');
    },
    BUILD,
  );
});
