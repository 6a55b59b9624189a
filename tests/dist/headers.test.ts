/** dist/_headers: the hosting rules the build wrote, and a policy that covers every inline script of every page. */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walk } from '../../scripts/lib/output.ts';
import { headersFor, IMMUTABLE, inlineCode, parseHeaders, sha256Source } from '../../src/hosting/headers.ts';
import { DIST } from '../helpers/paths.ts';

const rules = parseHeaders(readFileSync(`${DIST}/_headers`, 'utf8'));
const files = walk(DIST).map((f) => `/${relative(DIST, f).split(sep).join('/')}`);
const pages = files.filter((f) => f.endsWith('.html'));

describe('dist/_headers', () => {
  it('caches every hashed file a year and asks again for pages and the service worker', () => {
    const hashed = files.filter((f) => f.startsWith('/_astro/') || /\/pagefind\/.*[._][0-9a-f]{7,}\.pf_(meta|index|fragment)$/.test(f));
    expect(hashed.length).toBeGreaterThan(50);
    for (const f of hashed) expect(headersFor(rules, f).get('cache-control'), f).toBe(IMMUTABLE);
    for (const f of pages) expect(headersFor(rules, f.replace(/index\.html$/, '')).get('cache-control'), f).toBeUndefined();
    expect(headersFor(rules, '/sw.js').get('cache-control')).toBe('no-cache');
    expect(headersFor(rules, '/pagefind/pagefind.js').get('cache-control')).toBe('no-cache');
  });

  it('covers every inline script and style of every page by a hash, with no unsafe-inline', () => {
    const csp = headersFor(rules, '/').get('content-security-policy')!;
    expect(csp).not.toContain('unsafe-inline');
    let scripts = 0;
    for (const f of pages) {
      const code = inlineCode(readFileSync(`${DIST}${f}`, 'utf8'));
      scripts += code.scripts.length;
      for (const text of [...code.scripts, ...code.styles, ...code.styleAttributes]) expect(csp, f).toContain(sha256Source(text));
    }
    expect(scripts).toBeGreaterThan(pages.length / 2);
  });

  it('sends the policy and the security headers with every file, each once', () => {
    for (const f of [...pages, '/sw.js', '/_astro/', '/illustrations/']) {
      const headers = headersFor(rules, f);
      expect(headers.get('content-security-policy')?.split('default-src').length, f).toBe(2);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});
