/**
 * The kit's release: its version (package.json, the one place it lives) and the day it was released (the newest
 * release in CHANGELOG.md). CITATION.cff repeats both for tools that read it, so the build checks that the three
 * agree (scripts/build.ts, step 1) and stops, naming the file, when they do not: the kit's citation is dated from
 * the changelog, so a version raised without its changelog entry would be cited with a wrong date.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { ContentError, type Problem } from '../content/errors.ts';

export interface Release {
  version: string;
  /** YYYY-MM-DD */
  day: string;
}

/** "## [0.2.0] - 2026-11-30", Keep a Changelog's heading of a release; "## [Unreleased]" is not one. */
const RELEASE_HEADING = /^## \[(\d+\.\d+\.\d+[^\]]*)\] - (\d{4}-\d{2}-\d{2})\s*$/m;

/** The newest release of a changelog: its first release heading. */
export function newestRelease(changelog: string): Release | undefined {
  const match = RELEASE_HEADING.exec(changelog);
  return match ? { version: match[1]!, day: match[2]! } : undefined;
}

/** The files the release is read from, as text (undefined: the file is missing). */
export interface ReleaseFiles {
  packageJson: string;
  changelog?: string;
  citationCff?: string;
}

/** js-yaml reads an unquoted 2026-11-30 as a Date. */
const asDay = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ''));

/** The release the files describe, or what is wrong with them, each problem naming its file and field. */
export function checkRelease(files: ReleaseFiles): { release?: Release; problems: Problem[] } {
  const version = (JSON.parse(files.packageJson) as { version?: string }).version;
  if (!version) return { problems: [{ file: 'package.json', field: 'version', message: 'is missing; the kit has no version' }] };
  const problems: Problem[] = [];
  const newest = files.changelog === undefined ? undefined : newestRelease(files.changelog);
  if (files.changelog === undefined) problems.push({ file: 'CHANGELOG.md', message: `is missing; add it with a "## [${version}] - YYYY-MM-DD" section` });
  else if (!newest) problems.push({ file: 'CHANGELOG.md', message: `has no release heading; add "## [${version}] - YYYY-MM-DD" above the older ones` });
  else if (newest.version !== version) {
    problems.push({
      file: 'CHANGELOG.md',
      field: `## [${newest.version}]`,
      message: `the newest release is ${newest.version} but package.json says ${version}; add a "## [${version}] - YYYY-MM-DD" section for the release (or set package.json back)`,
    });
  }
  if (files.citationCff === undefined) problems.push({ file: 'CITATION.cff', message: 'is missing; it says how to cite the kit as a whole' });
  else {
    const cff = (load(files.citationCff) ?? {}) as Record<string, unknown>;
    if (String(cff.version ?? '') !== version) {
      problems.push({
        file: 'CITATION.cff',
        field: 'version',
        message: `is "${String(cff.version ?? '')}" but package.json says ${version}; make them the same`,
      });
    }
    if (newest && newest.version === version && asDay(cff['date-released']) !== newest.day) {
      problems.push({
        file: 'CITATION.cff',
        field: 'date-released',
        message: `is "${asDay(cff['date-released'])}" but CHANGELOG.md dates ${version} ${newest.day}; make them the same`,
      });
    }
  }
  return problems.length === 0 && newest ? { release: newest, problems } : { problems };
}

const readIfThere = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/** The kit's release read from the project at `root`; a ContentError naming the files when they disagree. */
export function readRelease(root = process.cwd()): Release {
  const { release, problems } = checkRelease({
    packageJson: readFileSync(resolve(root, 'package.json'), 'utf8'),
    changelog: readIfThere(resolve(root, 'CHANGELOG.md')),
    citationCff: readIfThere(resolve(root, 'CITATION.cff')),
  });
  if (!release) throw new ContentError(problems);
  return release;
}
