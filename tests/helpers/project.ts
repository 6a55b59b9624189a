/** A throwaway copy of the project (sharing node_modules) to build with changed content. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

const copies: string[] = [];
const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

export function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lancar-copy-'));
  copies.push(dir);
  for (const entry of ['astro.config.mjs', 'package.json', 'CHANGELOG.md', 'CITATION.cff', 'tsconfig.json', 'src', 'content', 'public', 'scripts']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  // The packages are shared, but not the caches in node_modules (Astro's content store in .astro, Vite's in .vite):
  // copies build side by side, and a shared content store once served one copy a page another copy had deleted.
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!CACHES.has(entry)) symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
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
