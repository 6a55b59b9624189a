/**
 * Release builds: the same commit and settings give a byte-identical dist/ in two different folders (PDFs, PNGs,
 * the search index and the service worker included), whether two workers draw the files or one; and a release
 * for the placeholder address stops at once, saying which setting to change, with dist/ left as it was.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walk } from '../../scripts/lib/output.ts';
import { readRelease } from '../../src/cite/release.ts';
import { PDFDocument } from '../../src/print/pdf.ts';
import { ROOT } from '../helpers/paths.ts';
import { build, projectCopy, removeCopies } from '../helpers/project.ts';

afterAll(removeCopies);

const BUILD_TIMEOUT = 600_000;

/** Every file of a dist/ by its path inside it, with a digest of its bytes. */
function digests(dist: string): Map<string, string> {
  const files = walk(dist).map((file) => [relative(dist, file).split(sep).join('/'), createHash('sha256').update(readFileSync(file)).digest('hex')] as const);
  return new Map(files.sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('a release build', () => {
  it(
    'refuses the placeholder site address, naming the setting, with no stack trace and dist/ untouched',
    () => {
      const dir = projectCopy();
      cpSync(join(ROOT, 'tests/fixtures/previous-dist'), join(dir, 'dist'), { recursive: true });
      const before = readFileSync(join(dir, 'dist/index.html'), 'utf8');
      for (const address of ['', 'https://lancar.example.org']) {
        const { status, out } = build(dir, ['--release'], { LANCAR_SITE_URL: address });
        expect(status, out).toBe(1);
        expect(out).toContain('LANCAR_SITE_URL');
        expect(out).toContain('LANCAR_SITE_URL=https://');
        expect(out).toContain('dist/ was left as it was');
        expect(out).not.toMatch(/^\s+at /m);
        expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe(before);
      }
    },
    BUILD_TIMEOUT,
  );

  it(
    'gives byte-identical files when made twice in two folders',
    async () => {
      const [a, b] = [projectCopy(), projectCopy()];
      expect(a).not.toBe(b);
      const settings = { LANCAR_SITE_URL: 'https://lancar.test' };
      // The second draws its files with one worker: the pool's output is the same as one after another.
      for (const [dir, workers] of [
        [a, ''],
        [b, '1'],
      ] as const) {
        const { status, out } = build(dir, ['--release'], { ...settings, LANCAR_RENDER_WORKERS: workers });
        expect(status, out).toBe(0);
      }
      const [first, second] = [digests(join(a, 'dist')), digests(join(b, 'dist'))];
      // PDFs, pictures, pages, the search index and the worker: a build with fewer would prove little.
      expect([...first.keys()].filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(10);
      expect([...first.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
      expect(first.has('sw.js')).toBe(true);
      // Dated by the release (CHANGELOG.md), not by the day the build ran.
      const day = `${readRelease(ROOT).day}T00:00:00.000Z`;
      for (const file of [...first.keys()].filter((f) => f.endsWith('.pdf'))) {
        const pdf = await PDFDocument.load(readFileSync(join(a, 'dist', file)), { updateMetadata: false });
        expect([pdf.getCreationDate()?.toISOString(), pdf.getModificationDate()?.toISOString()], file).toEqual([day, day]);
      }
      const differing = [...new Set([...first.keys(), ...second.keys()])].filter((file) => first.get(file) !== second.get(file));
      expect(differing.slice(0, 20), `${differing.length} of ${first.size} files differ`).toEqual([]);
    },
    2 * BUILD_TIMEOUT,
  );
});
