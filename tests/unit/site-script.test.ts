import { describe, expect, it } from 'vitest';
import { stepHashInOtherLanguage } from '../../src/client/site-logic.ts';
import { cacheName, SAVED, staleCaches, strategyFor } from '../../src/client/sw.ts';
import { assetsOf } from '../../scripts/lib/service-worker.ts';

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
    const keys = [cacheName('old1'), cacheName('new'), SAVED, 'someone-else'];
    expect(staleCaches(keys, 'new')).toEqual([cacheName('old1')]);
  });

  it('precaches what a page loads: drawings, scripts, the icon', () => {
    const html =
      '<link rel="icon" href="/favicon.svg" type="image/svg+xml"><img src="/illustrations/a.svg" alt=""><script type="module" src="/_astro/x.js"></script><img src="https://elsewhere/x.png">';
    expect(assetsOf(html)).toEqual(['/favicon.svg', '/illustrations/a.svg', '/_astro/x.js']);
  });
});
