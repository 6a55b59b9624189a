/** The _headers module: what it hashes, what it leaves out, and rules that never set one header twice for a path. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  A_DAY,
  contentSecurityPolicy,
  formatHeaders,
  headerRules,
  headersFor,
  IMMUTABLE,
  inlineCode,
  matches,
  parseHeaders,
  sha256Source,
} from '../../src/hosting/headers.ts';

const PAGE = `<html><head><style>body{color:red}</style><script type="module">go()</script>
<script type="application/json" id="data">{"a":1}</script><script src="/_astro/x.AbCdEf12.js"></script></head>
<body><div style="height: calc(var(--mm) * 7); content: &quot;x&quot;">x</div></body></html>`;

const input = (pages = [inlineCode(PAGE)]) => ({
  pages,
  hashedFolders: ['/_astro', '/pagefind/fragment'],
  hashedFiles: ['/pagefind/pagefind.en_62a2e81350.pf_meta'],
  revalidatedFiles: ['/sw.js', '/pagefind/pagefind.js'],
  assetFolders: ['/illustrations', '/id/slide'],
});

describe('inline code of a page', () => {
  it('finds the scripts that run, the styles and the style attributes; skips data blocks and src scripts', () => {
    expect(inlineCode(PAGE)).toEqual({ scripts: ['go()'], styles: ['body{color:red}'], styleAttributes: ['height: calc(var(--mm) * 7); content: "x"'] });
  });

  it('hashes the exact text as browsers do', () => {
    expect(sha256Source('go()')).toBe(`'sha256-${createHash('sha256').update('go()').digest('base64')}'`);
    expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe('the policy', () => {
  const csp = contentSecurityPolicy([inlineCode(PAGE)]);
  it('allows only this site and the hashed inline code, never unsafe-inline', () => {
    expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha256Source('go()')}`);
    expect(csp).toContain(`style-src 'self' 'unsafe-hashes' ${sha256Source('body{color:red}')}`);
    expect(csp).not.toContain(sha256Source('{"a":1}'));
    expect(csp).not.toContain('unsafe-inline');
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "worker-src 'self'"]) expect(csp).toContain(d);
  });
  it('lists a hash shared by many pages once', () => {
    const twice = contentSecurityPolicy([inlineCode(PAGE), inlineCode(PAGE)]);
    expect(twice).toBe(csp);
  });
});

describe('rules and matching', () => {
  const rules = parseHeaders(formatHeaders(headerRules(input())));
  it('matches as the hosts do', () => {
    expect(matches('/*', '/')).toBe(true);
    expect(matches('/_astro/*', '/_astro/a.js')).toBe(true);
    expect(matches('/_astro/*', '/id/')).toBe(false);
    expect(matches('/sw.js', '/sw.js')).toBe(true);
    expect(matches('/:locale/slide/*', '/id/slide/a.png')).toBe(true);
  });
  it('caches hashed files a year, pictures a day, leaves pages to revalidate, and sets every header once', () => {
    const at = (path: string) => headersFor(rules, path);
    expect(at('/_astro/x.AbCdEf12.js').get('cache-control')).toBe(IMMUTABLE);
    expect(at('/pagefind/pagefind.en_62a2e81350.pf_meta').get('cache-control')).toBe(IMMUTABLE);
    expect(at('/sw.js').get('cache-control')).toBe('no-cache');
    expect(at('/illustrations/a.svg').get('cache-control')).toBe(A_DAY);
    expect(at('/id/pijat-oksitosin/').get('cache-control')).toBeUndefined();
    for (const path of ['/', '/id/', '/_astro/x.AbCdEf12.js', '/sw.js', '/id/slide/a.png']) {
      const headers = at(path);
      expect(headers.get('content-security-policy')).not.toContain(', ');
      expect(headers.get('cache-control') ?? '').not.toMatch(/,.*,.*,.*,/);
      expect(headers.get('x-frame-options')).toBe('DENY');
    }
  });
  it('refuses a file a host would cut: over 100 rules or a line over 2000 characters', () => {
    const many = { ...input(), assetFolders: Array.from({ length: 100 }, (_, i) => `/f${i}`) };
    expect(() => formatHeaders(headerRules(many))).toThrow(/100/);
    const huge = Array.from({ length: 60 }, (_, i) => inlineCode(`<script>s${i}()</script>`));
    expect(() => formatHeaders(headerRules(input(huge)))).toThrow(/2000/);
  });
});
