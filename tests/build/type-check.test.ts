/**
 * The .astro files are type-checked like the .ts ones (scripts/check-astro.ts): a type error planted in a
 * component, or a wrong prop passed to one, fails with the file and line named.
 */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { edit, projectCopy, removeCopies } from '../helpers/project.ts';

afterAll(removeCopies);

function check(dir: string) {
  const run = spawnSync(process.execPath, ['scripts/check-astro.ts'], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, out: `${run.stdout}\n${run.stderr}` };
}

/** A copy with the types the build wrote for astro:content (npm test builds first). */
function copyWithTypes(): string {
  const dir = projectCopy();
  cpSync(join(ROOT, '.astro'), join(dir, '.astro'), { recursive: true });
  return dir;
}

describe('type-checking the .astro files', () => {
  it('passes on the project as it is', { timeout: 120_000 }, () => {
    const result = check(copyWithTypes());
    expect(result.out).toMatch(/\.astro files: \d+ checked, 0 errors/);
    expect(result.status).toBe(0);
  });

  it('names the component and line of a planted type error, and of a wrong prop', { timeout: 120_000 }, () => {
    const dir = copyWithTypes();
    edit(dir, 'src/components/Term.astro', (t) => t.replace(/\n---\n/, "\nconst planted: number = 'a';\n---\n"));
    edit(dir, 'src/components/EvidenceTable.astro', (t) => t.replace(/<Cite id=\{[^}]+\} \/>/, '<Cite id={42} />'));
    const result = check(dir);
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/src\/components\/Term\.astro:\d+:\d+ - error TS2322: Type 'string' is not assignable to type 'number'/);
    expect(result.out).toMatch(/src\/components\/EvidenceTable\.astro:\d+:\d+ - error TS2322: Type 'number' is not assignable to type 'string'/);
  });
});
