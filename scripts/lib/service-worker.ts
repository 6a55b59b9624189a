/**
 * Writes dist/sw.js after the site and the search index are built: per language, the core pages and the offline page
 * (from offline-core.json, which Astro renders and this removes, src/offline/core.ts) plus everything they load, and a version that is a digest of every file it may serve
 * (each path and its bytes) and of the worker's own code. Not only the precached files: the worker serves PDFs,
 * drawings and the Pagefind index cache-first under stable names, so a change to any of them must change the
 * version, or a reader would keep an old PDF. Never the clock: with a reproducible build (tests/build/
 * reproducible.test.ts) the version changes when, and only when, a file or the worker changes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { join, relative, sep } from 'node:path';
import type { OfflineCore } from '../../src/offline/core.ts';
import { walk } from './output.ts';

/** Same-origin files a page loads: drawings, scripts, the icon. Our own HTML, so attributes are plain. */
export function assetsOf(html: string): string[] {
  const found = [...html.matchAll(/<(?:img|script)\b[^>]*\ssrc="(\/[^"]*)"|<link\b[^>]*\srel="icon"[^>]*\shref="(\/[^"]*)"/g)];
  return found.map((m) => m[1] ?? m[2]!).filter((url) => !url.startsWith('//'));
}

/** The code without its whole-line comments (`/** … *\/` blocks and `//` lines) and blank lines. */
export const stripComments = (code: string): string =>
  code
    .replace(/^[ \t]*\/\*[\s\S]*?\*\/[ \t]*\n/gm, '')
    .replace(/^[ \t]*\/\/.*\n/gm, '')
    .replace(/^[ \t]*\n/gm, '');

const fileOf = (dist: string, url: string) => join(dist, url.endsWith('/') ? `${url}index.html` : url);

/** The worker's version: a digest of each file's path and bytes, in path order, and of the worker's code. */
export function outputVersion(files: readonly { path: string; bytes: Uint8Array }[], code: string): string {
  const digest = createHash('sha256');
  // Sorted here, not trusted to the caller's directory listing; lengths first, so no two different sets of files
  // run together into the same stream of bytes.
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path, bytes } of sorted) digest.update(`${path}\n${bytes.length}\n`).update(bytes);
  digest.update(code);
  return digest.digest('hex').slice(0, 12);
}

export function writeServiceWorker(dist: string, root: string): { version: string; precache: Record<string, string[]> } {
  const coreFile = join(dist, 'offline-core.json');
  const core = JSON.parse(readFileSync(coreFile, 'utf8')) as OfflineCore;
  rmSync(coreFile);
  const precache = Object.fromEntries(
    Object.entries(core.pages).map(([locale, pages]) => [
      locale,
      [...new Set(pages.flatMap((page) => [page, ...assetsOf(readFileSync(fileOf(dist, page), 'utf8'))]))],
    ]),
  );

  const source = readFileSync(join(root, 'src/client/sw.ts'), 'utf8');
  // A classic worker script: no module syntax, no types, and no comments (they were half its bytes, fetched by
  // every first visit). Only comments that start a line are dropped, so no string is ever touched.
  const code = stripComments(stripTypeScriptTypes(source).replace(/^export /gm, ''));
  const files = walk(dist).map((file) => ({ path: relative(dist, file).split(sep).join('/'), bytes: readFileSync(file) }));
  const version = outputVersion(files, code);
  writeFileSync(
    join(dist, 'sw.js'),
    `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(precache)};\nconst FALLBACK = ${JSON.stringify(core.fallback)};\n${code}`,
  );
  return { version, precache };
}
