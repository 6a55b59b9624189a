/**
 * A throwaway copy of the project to build with changed content: the build tests' copies (tests/helpers/project.ts)
 * and the scale bench's (./bench-scale.ts). The packages are shared, each linked from the project's node_modules,
 * but not the caches in it (Astro's content store in .astro, Vite's in .vite): copies build side by side, and a
 * shared content store once served one copy a page another copy had deleted.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a build reads from the project. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'CHANGELOG.md', 'CITATION.cff', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];
const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/** A new folder under the system's temporary one, named `<prefix>…`, holding a copy of the project at `root`. */
export function copyProject(root: string, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of PROJECT_FILES) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!CACHES.has(entry)) symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}
