/**
 * The version lives in package.json only: CHANGELOG.md's newest release and CITATION.cff must say the same, and the
 * build stops, naming the file, when they do not (scripts/build.ts, step 1, through src/cite/release.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkRelease, newestRelease, readRelease } from '../../src/cite/release.ts';
import { ROOT } from '../helpers/paths.ts';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const packageVersion = (JSON.parse(read('package.json')) as { version: string }).version;
const files = { packageJson: read('package.json'), changelog: read('CHANGELOG.md'), citationCff: read('CITATION.cff') };

describe('the release', () => {
  it("is package.json's version, dated by CHANGELOG.md's newest release", () => {
    const release = readRelease(ROOT);
    expect(release.version).toBe(packageVersion);
    expect(release.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('skips "Unreleased" and takes the first dated release', () => {
    expect(newestRelease('# Changelog\n\n## [Unreleased]\n\n- x\n\n## [1.2.0] - 2027-01-05\n\n## [1.1.0] - 2026-12-01\n')).toEqual({
      version: '1.2.0',
      day: '2027-01-05',
    });
    expect(newestRelease('## [Unreleased]\n')).toBeUndefined();
  });

  it('names CHANGELOG.md when the version was raised without its release entry', () => {
    const { problems } = checkRelease({ ...files, packageJson: JSON.stringify({ version: '9.0.0' }) });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'CHANGELOG.md', message: expect.stringContaining('package.json says 9.0.0') }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'CITATION.cff', field: 'version' }));
  });

  it("names CITATION.cff's date-released when it disagrees with the changelog", () => {
    const { problems } = checkRelease({ ...files, citationCff: files.citationCff.replace(/^date-released: .*$/m, 'date-released: 2020-01-01') });
    expect(problems).toEqual([expect.objectContaining({ file: 'CITATION.cff', field: 'date-released', message: expect.stringContaining('"2020-01-01"') })]);
  });

  it('names a missing CHANGELOG.md or CITATION.cff', () => {
    const { problems } = checkRelease({ packageJson: files.packageJson });
    expect(problems.map((p) => p.file)).toEqual(['CHANGELOG.md', 'CITATION.cff']);
  });
});

describe('CITATION.cff', () => {
  const cff = load(files.citationCff) as Record<string, unknown>;

  it('parses as YAML with the keys CFF 1.2.0 requires, and the version of package.json', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    for (const key of ['message', 'title', 'authors', 'version', 'date-released', 'license', 'type', 'url']) expect(cff).toHaveProperty(key);
    expect(cff.version).toBe(packageVersion);
    expect(cff.license).toBe('CC-BY-SA-4.0');
    expect(['software', 'dataset']).toContain(cff.type);
  });

  it('has one group author, Lancar, and no person', () => {
    expect(cff.authors).toEqual([{ name: 'Lancar' }]);
  });
});
