import { describe, expect, it } from 'vitest';
import { stepHashInOtherLanguage } from '../../src/client/site-logic.ts';
import {
  cacheKey,
  cacheName,
  evictions,
  fallbacksFor,
  languagesKept,
  READ_MAX_BYTES,
  READ_MAX_ENTRIES,
  readName,
  SAVED,
  savedAction,
  staleCaches,
  strategyFor,
} from '../../src/client/sw.ts';
import { assetsOf, stripComments } from '../../scripts/lib/service-worker.ts';

describe('the language switch', () => {
  it('keeps the reader at the same step in the other language', () => {
    expect(stepHashInOtherLanguage('#langkah-3', 'langkah', 'step')).toBe('#step-3');
    expect(stepHashInOtherLanguage('#step-12', 'step', 'langkah')).toBe('#langkah-12');
  });

  it('keeps other anchors as they are, and adds none when there is none', () => {
    expect(stepHashInOtherLanguage('#kolostrum', 'langkah', 'step')).toBe('#kolostrum');
    expect(stepHashInOtherLanguage('', 'langkah', 'step')).toBe('');
    expect(stepHashInOtherLanguage('#langkah-3', undefined, 'step')).toBe('#langkah-3');
  });
});

describe('the service worker', () => {
  const origin = 'https://lancar.example.org';
  const at = (path: string) => new URL(path, origin);

  it('fetches pages from the network first and keeps files and search chunks cache-first', () => {
    expect(strategyFor(at('/id/pijat-oksitosin/'), origin, 'GET', 'document')).toBe('network-first');
    expect(strategyFor(at('/illustrations/hands.svg'), origin, 'GET', 'image')).toBe('cache-first');
    expect(strategyFor(at('/pagefind/fragment/id_abc.pf_fragment'), origin, 'GET', '')).toBe('cache-first');
  });

  it('leaves other origins, non-GET requests and itself alone', () => {
    expect(strategyFor(new URL('https://example.com/x.js'), origin, 'GET', 'script')).toBe('none');
    expect(strategyFor(at('/id/'), origin, 'POST', 'document')).toBe('none');
    expect(strategyFor(at('/sw.js'), origin, 'GET', 'script')).toBe('none');
  });

  it("drops every older build cache on activation but keeps the reader's saved files", () => {
    const keys = [cacheName('old1'), readName('old1'), cacheName('new'), readName('new'), SAVED, 'someone-else'];
    expect(staleCaches(keys, 'new')).toEqual([cacheName('old1'), readName('old1')]);
  });

  it('keeps pages by path: every search is one entry, shared links with tracking tags are the page itself', () => {
    const searches = ['/id/cari/?q=a', '/id/cari/?q=pijat', '/id/cari/?q=b#hasil', '/id/cari/'].map((p) => cacheKey(at(p)));
    expect(new Set(searches)).toEqual(new Set([`${origin}/id/cari/`]));
    expect(cacheKey(at('/id/pijat-oksitosin/?fbclid=IwAR0x&utm_source=whatsapp'))).toBe(`${origin}/id/pijat-oksitosin/`);
    expect(cacheKey(at('/pagefind/pagefind-entry.json?ts=1712345'))).toBe(`${origin}/pagefind/pagefind-entry.json`);
  });

  it('never keeps opened PDFs while reading: only "save for offline" keeps one', () => {
    expect(strategyFor(at('/id/leaflet-pijat-oksitosin-a4.pdf'), origin, 'GET', '')).toBe('network-only');
  });

  it('evicts the oldest used entries until both the entry and the byte caps hold', () => {
    const small = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, bytes: 10 }));
    expect(evictions(small(READ_MAX_ENTRIES))).toEqual([]);
    expect(evictions(small(READ_MAX_ENTRIES + 2))).toEqual(['k0', 'k1']);
    const big = [
      { key: 'old', bytes: READ_MAX_BYTES / 2 },
      { key: 'mid', bytes: READ_MAX_BYTES / 2 },
      { key: 'new', bytes: 1 },
    ];
    expect(evictions(big)).toEqual(['old']);
    expect(evictions([{ key: 'huge', bytes: READ_MAX_BYTES + 1 }])).toEqual(['huge']);
  });

  it('prunes saved files the new build no longer has, refreshes the rest, and keeps all offline', () => {
    expect(savedAction(200)).toBe('replace');
    expect(savedAction(404)).toBe('delete');
    expect(savedAction(410)).toBe('delete');
    expect(savedAction(503)).toBe('keep');
    expect(savedAction('offline')).toBe('keep');
  });

  it('precaches what a page loads: drawings, scripts, the icon', () => {
    const html =
      '<link rel="icon" href="/favicon.svg" type="image/svg+xml"><img src="/illustrations/a.svg" alt=""><script type="module" src="/_astro/x.js"></script><img src="https://elsewhere/x.png">';
    expect(assetsOf(html)).toEqual(['/favicon.svg', '/illustrations/a.svg', '/_astro/x.js']);
  });
});

describe('one language kept, and the offline page', () => {
  const fallback = { id: '/id/luring/', en: '/en/offline/' };
  it("offers a page's own language's offline page first, then the others", () => {
    expect(fallbacksFor('/en/glossary/', fallback)).toEqual(['/en/offline/', '/id/luring/']);
    expect(fallbacksFor('/id/glosarium/', fallback)).toEqual(['/id/luring/', '/en/offline/']);
    expect(fallbacksFor('/', fallback)).toEqual(['/id/luring/', '/en/offline/']);
  });
  it('reads which languages an older build kept from its paths', () => {
    expect(languagesKept(['/en/', '/illustrations/a.svg', '/favicon.svg'], ['id', 'en'])).toEqual(['en']);
    expect(languagesKept(['/favicon.svg'], ['id', 'en'])).toEqual([]);
  });
  it('drops whole-line comments from the worker, never a string', () => {
    const code = "/**\n * doc\n */\nconst a = '// kept';\n  // gone\nconst b = 1; // trailing stays\n\n";
    expect(stripComments(code)).toBe("const a = '// kept';\nconst b = 1; // trailing stays\n");
  });
});
