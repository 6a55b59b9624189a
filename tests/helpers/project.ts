/** A throwaway copy of the project (sharing node_modules) to build with changed content. */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { ROOT } from './paths.ts';

const copies: string[] = [];

export function projectCopy(): string {
  const dir = copyProject(ROOT, 'lancar-copy-');
  copies.push(dir);
  return dir;
}

export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** `args` e.g. ['--release']; `env` adds to (or, with '', clears) the build's settings. */
export function build(dir: string, args: string[] = [], env: Record<string, string> = {}): { status: number | null; out: string } {
  // CI off: a copy's new URLs (a third language) go into its own throwaway list instead of failing the build.
  const run = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, LANCAR_DEBUG: '', CI: '', ...env },
  });
  return { status: run.status, out: `${run.stdout}\n${run.stderr}` };
}
