/**
 * Writes dist/sw.js after the site and the search index are built: the core pages (from offline-core.json, which
 * Astro renders and this removes) plus everything they load, and a version that is a digest of the whole output,
 * so any change to any file makes browsers take the new build and drop the old caches.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { join, relative } from 'node:path';
import { walk } from './output.ts';

/** Same-origin files a page loads: drawings, scripts, the icon. Our own HTML, so attributes are plain. */
export function assetsOf(html: string): string[] {
  const found = [...html.matchAll(/<(?:img|script)\b[^>]*\ssrc="(\/[^"]*)"|<link\b[^>]*\srel="icon"[^>]*\shref="(\/[^"]*)"/g)];
  return found.map((m) => m[1] ?? m[2]!).filter((url) => !url.startsWith('//'));
}

const fileOf = (dist: string, url: string) => join(dist, url.endsWith('/') ? `${url}index.html` : url);

export function writeServiceWorker(dist: string, root: string): { version: string; precache: string[] } {
  const coreFile = join(dist, 'offline-core.json');
  const { pages } = JSON.parse(readFileSync(coreFile, 'utf8')) as { pages: string[] };
  rmSync(coreFile);
  const precache = [...new Set(pages.flatMap((page) => [page, ...assetsOf(readFileSync(fileOf(dist, page), 'utf8'))]))];

  const digest = createHash('sha256');
  for (const file of walk(dist).sort()) digest.update(relative(dist, file)).update(readFileSync(file));
  const version = digest.digest('hex').slice(0, 12);

  const source = readFileSync(join(root, 'src/client/sw.ts'), 'utf8');
  // A classic worker script: no module syntax, no types.
  const code = stripTypeScriptTypes(source).replace(/^export /gm, '');
  writeFileSync(join(dist, 'sw.js'), `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(precache)};\n${code}`);
  return { version, precache };
}
