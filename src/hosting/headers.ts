/**
 * The `_headers` file for Netlify and Cloudflare Pages: caching by kind of file, the security headers and a
 * Content Security Policy that allows only what the built pages use. Pure: the build step (scripts/lib/headers.ts)
 * gives it the pages' HTML and the file list; the test server (tests/helpers/serve.ts) reads the file back with
 * `parseHeaders` and `headersFor`, matching paths as the two hosts do.
 *
 * Both hosts give a path the headers of every rule it matches, and join a header set by two matching rules with a
 * comma (two CSPs joined so would both be enforced). So each header name appears in rules that never overlap: the
 * security headers once for `/*`, Cache-Control only on folders and files that hold no page. Pages keep the hosts'
 * default for HTML (`max-age=0, must-revalidate`: asked again every time, answered 304 when unchanged).
 */
import { createHash } from 'node:crypto';

/** Cloudflare Pages' documented limits for `_headers` (Netlify's are looser). */
export const MAX_RULES = 100;
export const MAX_LINE = 2000;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Drawings, pictures, share images, citation files: a day, then asked again (ETag → 304). */
export const A_DAY = 'public, max-age=86400, must-revalidate';
export const REVALIDATE = 'no-cache';

export interface Rule {
  path: string;
  headers: [name: string, value: string][];
}

/** The CSP source for a text, as the browser computes it: sha256 of the exact characters, base64. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface InlineCode {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

const decodeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * Every inline script that runs, inline <style> and style="" attribute of a page. A `<script src>` is covered by
 * 'self'; a `type="application/json"` block is data, never executed, and needs no hash.
 */
export function inlineCode(html: string): InlineCode {
  const found: InlineCode = { scripts: [], styles: [], styleAttributes: [] };
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    found.scripts.push(body);
  }
  for (const [, , body = ''] of html.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style>/gi)) found.styles.push(body);
  for (const [, value = ''] of html.matchAll(/<[a-z][^>]*?\sstyle\s*=\s*"([^"]*)"/gi)) found.styleAttributes.push(decodeAttribute(value));
  return found;
}

const unique = (values: string[]) => [...new Set(values)].sort();

/**
 * One policy for the whole site (the hashes of every page together fit well inside one header line; per-page rules
 * would need a rule per page, over Cloudflare's 100). Nothing from elsewhere: no third-party requests.
 */
export function contentSecurityPolicy(pages: InlineCode[]): string {
  const scripts = unique(pages.flatMap((p) => p.scripts.map(sha256Source)));
  const styles = unique(pages.flatMap((p) => p.styles.map(sha256Source)));
  const attributes = unique(pages.flatMap((p) => p.styleAttributes.map(sha256Source)));
  return [
    "default-src 'self'",
    // Pagefind compiles its search code from WebAssembly in the page (noWorker: true), hence 'wasm-unsafe-eval'.
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`.trim(),
    // style="" attributes (the contact box's measurements) need 'unsafe-hashes' with their own hashes.
    `style-src 'self' ${attributes.length > 0 ? "'unsafe-hashes' " : ''}${[...styles, ...attributes].join(' ')}`.trim(),
    // data: for the favicon written into each page (src/app/favicon.ts); never a script, never another host.
    "img-src 'self' data:",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The headers every response gets. Nothing embeds Lancar, and it uses no camera, microphone, place or payment. */
export function securityHeaders(csp: string): [string, string][] {
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    // Another site learns only that a reader came from Lancar, never which page (a page name can say much).
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    // For browsers that predate frame-ancestors.
    ['X-Frame-Options', 'DENY'],
  ];
}

export interface HeadersInput {
  pages: InlineCode[];
  /** Folders whose every file name carries a content hash (`/_astro/`, Pagefind's index and fragments). */
  hashedFolders: string[];
  /** Single files whose name carries a content hash. */
  hashedFiles: string[];
  /** Files that must be asked for again every time (the service worker, Pagefind's unhashed entry and code). */
  revalidatedFiles: string[];
  /** Folders that hold no page: drawings, pictures, share images, citation files. */
  assetFolders: string[];
}

export function headerRules(input: HeadersInput): Rule[] {
  const folder = (path: string, value: string): Rule => ({ path: `${path.replace(/\/$/, '')}/*`, headers: [['Cache-Control', value]] });
  return [
    { path: '/*', headers: securityHeaders(contentSecurityPolicy(input.pages)) },
    ...input.hashedFolders.map((p) => folder(p, IMMUTABLE)),
    ...input.hashedFiles.map((path): Rule => ({ path, headers: [['Cache-Control', IMMUTABLE]] })),
    ...input.revalidatedFiles.map((path): Rule => ({ path, headers: [['Cache-Control', REVALIDATE]] })),
    ...input.assetFolders.map((p) => folder(p, A_DAY)),
  ];
}

/** The file's text; throws when a host would refuse or cut it. */
export function formatHeaders(rules: Rule[]): string {
  if (rules.length > MAX_RULES) throw new Error(`_headers would have ${rules.length} rules; Cloudflare Pages reads at most ${MAX_RULES}`);
  const lines = ['# Written by the build (src/hosting/headers.ts); edits here are lost at the next build.'];
  for (const rule of rules) {
    lines.push(rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
  }
  const long = lines.find((line) => line.length > MAX_LINE);
  if (long) throw new Error(`_headers line over ${MAX_LINE} characters (Cloudflare Pages' limit): ${long.slice(0, 60)}…`);
  return `${lines.join('\n')}\n`;
}

export function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** As the hosts match: `*` takes the rest of the path, `:name` one segment, a trailing slash is optional. */
export function matches(pattern: string, path: string): boolean {
  const escaped = pattern
    .replace(/\/$/, '')
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${escaped}/?$`).test(path);
}

/** The headers a path gets: every matching rule's, a name set twice joined with a comma (as both hosts do). */
export function headersFor(rules: Rule[], path: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      result.set(key, result.has(key) ? `${result.get(key)}, ${value}` : value);
    }
  }
  return result;
}
