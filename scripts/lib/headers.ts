/**
 * The build's `_headers` step, after the search pages and service worker are final: the hashes of every page's
 * inline code and the folder layout go to src/hosting/headers.ts, which writes the file Netlify and Cloudflare
 * Pages read. A file in a folder said to be hashed that carries no hash stops the build (it would be cached a year).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { formatHeaders, headerRules, inlineCode, type HeadersInput } from '../../src/hosting/headers.ts';
import { walk } from './output.ts';

/** Vite's `name.HASH.ext` and Pagefind's `lang_HASH.pf_*` / `pagefind.lang_HASH.pf_meta`. */
export const HASHED_NAME = /[._][0-9A-Za-z_-]{7,}\.(js|css|pf_meta|pf_index|pf_fragment)$/;
const HASHED_FOLDERS = ['/_astro', '/pagefind/index', '/pagefind/fragment'];

export function headersInput(dist: string): HeadersInput {
  const files = walk(dist).map((f) => `/${relative(dist, f).split(sep).join('/')}`);
  for (const folder of HASHED_FOLDERS) {
    const unhashed = files.filter((f) => f.startsWith(`${folder}/`) && !HASHED_NAME.test(f));
    if (unhashed.length > 0) throw new Error(`_headers: ${unhashed[0]} has no content hash in its name, yet ${folder}/ is cached for a year`);
  }
  const pagefindTop = files.filter((f) => /^\/pagefind\/[^/]+$/.test(f));
  // Folders (at the top or in a language folder) that hold no page: pictures, drawings, share images, citations.
  const assetFolders: string[] = [];
  const visit = (path: string, depth: number) => {
    for (const entry of readdirSync(join(dist, path), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const child = `${path}/${entry.name}`;
      if (HASHED_FOLDERS.includes(child) || child === '/pagefind') continue;
      const holdsPage = files.some((f) => f.startsWith(`${child}/`) && f.endsWith('.html'));
      if (!holdsPage) assetFolders.push(child);
      else if (depth === 0) visit(child, 1);
    }
  };
  visit('', 0);
  return {
    pages: files.filter((f) => f.endsWith('.html')).map((f) => inlineCode(readFileSync(join(dist, f), 'utf8'))),
    hashedFolders: HASHED_FOLDERS.filter((f) => existsSync(join(dist, f))),
    hashedFiles: pagefindTop.filter((f) => HASHED_NAME.test(f)),
    revalidatedFiles: [...pagefindTop.filter((f) => !HASHED_NAME.test(f)), ...(existsSync(join(dist, 'sw.js')) ? ['/sw.js'] : [])].sort(),
    assetFolders: assetFolders.sort(),
  };
}

export function writeHeaders(dist: string): string[] {
  const rules = headerRules(headersInput(dist));
  writeFileSync(join(dist, '_headers'), formatHeaders(rules));
  const csp = rules[0]!.headers[0]![1];
  return [`_headers: ${rules.length} rules, Content-Security-Policy ${csp.length} characters`];
}
