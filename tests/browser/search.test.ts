/**
 * Search as a reader uses it: the right page for everyday queries in both languages (Indonesian stemming
 * included), and the first search's cost in bytes over a host that compresses like a real one.
 */
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { readLocale } from '../helpers/content.ts';

const env = useSiteAndBrowser();

const QUERIES: [search: string, query: string, expected: string][] = [
  ['/id/cari/', 'pemijatan', '/id/pijat-oksitosin/'],
  ['/id/cari/', 'tanda bahaya bayi', '/id/tanda-bahaya/'],
  ['/id/cari/', 'kolostrum', '/id/asi-eksklusif/'],
  ['/id/cari/', 'memerah', '/id/memerah-asi/'],
  ['/id/cari/', 'prolaktin', '/id/cara-asi-keluar/'],
  ['/en/search/', 'thumbs spine', '/en/oxytocin-massage/'],
  ['/en/search/', 'danger signs baby', '/en/danger-signs/'],
  ['/en/search/', 'colostrum', '/en/breast-milk/'],
  ['/en/search/', 'lower lip chin', '/en/positioning-and-attachment/'],
  ['/en/search/', 'fair trial', '/en/evidence/'],
];

describe('search', () => {
  it.each(QUERIES)('%s "%s" finds %s first', async (path, query, expected) => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}${path}`);
    await page.locator('input[name="q"]').fill(query);
    const first = page.locator('#results ol.results li a').first();
    await first.waitFor();
    expect(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(expected);
    expect(await page.locator('#search-status').textContent()).toMatch(/\d/);
    // The title shows first; the excerpt, with the query's words marked, follows.
    await page.locator('#results ol.results li').first().locator('p mark').first().waitFor();
    await page.close();
  });

  it('works from the keyboard alone, and tells a screen reader how many pages it found', async () => {
    const strings = readLocale('en').ui.strings;
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}/en/search/`);
    await page.locator('input[name="q"]').focus();
    await page.keyboard.type('massage');
    await page.keyboard.press('Enter');
    // The list of the whole word, not one drawn while it was typed ("massag" finds more pages than "massage").
    await page.locator('#results ol.results[data-query="massage"] li a').first().waitFor();
    // Enter keeps the query in the address, so the search can be shared or reopened.
    expect(new URL(page.url()).searchParams.get('q')).toBe('massage');
    const status = page.getByRole('status');
    expect(await status.textContent()).toMatch(new RegExp(`^${strings.searchResultsCount.replace('{n}', '\\d+')}$`));
    const found = Number(/\d+/.exec((await status.textContent())!)![0]);
    expect(found).toBeGreaterThan(3);
    expect(await page.locator('#results ol.results > li').count()).toBe(3);
    // The excerpts, and the sections under each result (links of their own), come once the reader pauses.
    await page.locator('#results ol.results > li p mark').first().waitFor();
    const links = await page.locator('#results ol.results a').count();
    expect(links).toBeGreaterThan(3);
    // Tab leads from the box, past its button, to the first result, through its sections and the other
    // results, then on to "show all".
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#results ol.results > li') !== null)).toBe(true);
    for (let i = 0; i < links; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(strings.searchMore);
    await page.keyboard.press('Enter');
    expect(await page.locator('#results ol.results > li').count()).toBe(found);
    // The focus lands on the first result that was added, not back at the top.
    expect(await page.evaluate(() => [...document.querySelectorAll('#results ol.results > li > a')].indexOf(document.activeElement!))).toBe(3);
    await page.close();
  });

  // As Starlight shows Pagefind's sub-results: under a page, the sections holding the matches, each linked at
  // its heading's anchor, with its own excerpt.
  it.each([
    ['/id/cari/', 'payudara bengkak', '/id/tanda-bahaya/'],
    ['/en/search/', 'expressing milk', '/en/hand-expression/'],
  ])('%s "%s" links into the sections of %s', async (path, query, expected) => {
    const page = await env.browser.newPage();
    await page.goto(`${env.origin}${path}`);
    await page.locator('input[name="q"]').fill(query);
    const result = page.locator('#results ol.results > li').filter({ has: page.locator(`:scope > a[href="${expected}"]`) });
    const sections = result.locator('ul > li');
    await sections.first().locator('p mark').first().waitFor();
    const found = await sections.evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        title: li.querySelector('a')!.textContent!,
        text: li.querySelector('p')!.textContent!,
      })),
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(3);
    for (const section of found) {
      const url = new URL(section.href, env.origin);
      expect(url.pathname).toBe(expected);
      // The anchor is a heading on that page, and the link says the heading's words.
      const target = await env.browser.newPage();
      await target.goto(url.href);
      const heading = target.locator(`[id="${url.hash.slice(1)}"]`);
      expect(await heading.evaluate((h) => /^H[1-6]$/.test(h.tagName))).toBe(true);
      expect((await heading.textContent())?.trim()).toBe(section.title);
      await target.close();
      expect(section.text).not.toMatch(/\s[.,;:]/);
    }
    await page.close();
  });

  it.each([
    ['/id/cari/', '/id/pijat-oksitosin/', '/pagefind/wasm.id.pagefind'],
    ['/en/search/', '/en/', '/pagefind/wasm.en.pagefind'],
  ])('%s starts fetching Pagefind as it opens, before any typing; %s never does', async (search, other, wasm) => {
    const context = await env.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(`${env.origin}${other}`, { waitUntil: 'networkidle' });
    expect(asked.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.goto(`${env.origin}${search}`);
    await expect.poll(() => asked, { timeout: 10_000 }).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', wasm]));
    await context.close();
  });

  // Pasted at once, and typed letter by letter at a slow phone typist's pace (450 ms a key), when every pause
  // between keys outlasts the search's debounce (200 ms): only the final results' excerpts may be fetched. The
  // pace stays well inside the 700 ms of quiet that fetches excerpts (debounce + EXCERPT_PAUSE in search.ts): at
  // 650 ms a key a busy machine delivered a key late enough to fetch an intermediate query's excerpts.
  it.each([
    ['/id/cari/', 'pemijatan', 0],
    ['/en/search/', 'thumbs', 0],
    ['/en/search/', 'danger signs baby', 450],
  ])(
    'a first search on %s ("%s", %i ms a key) fetches at most 100 KB, each file once: code, wasm, index, 3 excerpts',
    { timeout: 60_000 },
    async (path, query, delay) => {
      // A first visit: nothing cached, and the service worker (which would fetch its own offline copy in the
      // background, and answer some requests) kept out so every byte is counted once.
      const context = await env.browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const sizes: Promise<number>[] = [];
      const fetched: string[] = [];
      const sentFields = new Set<string>();
      page.on('requestfinished', (request) => {
        const { pathname } = new URL(request.url());
        if (!pathname.startsWith('/pagefind/')) return;
        fetched.push(pathname);
        sizes.push(
          Promise.all([request.sizes(), request.response().then((r) => r?.headersArray() ?? [])]).then(([s, headers]) => {
            // The hosts speak HTTP/2 or 3, whose header compression sends a field already sent on the connection
            // (the site-wide security headers of _headers) as an index of about a byte; the test server's HTTP/1.1
            // would count ~1 KB of policy on every file.
            let repeated = 0;
            for (const { name, value } of headers) {
              const field = `${name}: ${value}`;
              if (sentFields.has(field)) repeated += field.length + 2 - 1;
              sentFields.add(field);
            }
            return s.responseBodySize + s.responseHeadersSize - repeated;
          }),
        );
      });
      await page.goto(`${env.origin}${path}`);
      if (delay === 0) await page.locator('input[name="q"]').fill(query);
      else await page.locator('input[name="q"]').pressSequentially(query, { delay });
      await page.locator('#results ol.results li p mark').first().waitFor();
      await page.waitForLoadState('networkidle');
      // The page preloads Pagefind's files and Pagefind must use those copies, not ask again.
      expect(
        fetched.filter((p, i) => fetched.indexOf(p) !== i),
        fetched.join(', '),
      ).toEqual([]);
      expect(fetched).toContain('/pagefind/pagefind.js');
      expect(fetched.some((p) => p.endsWith('.pagefind'))).toBe(true);
      expect(fetched.filter((p) => p.endsWith('.pf_fragment'))).toHaveLength(3);
      const each = await Promise.all(sizes);
      const bytes = each.reduce((a, b) => a + b, 0);
      const listing = fetched.map((p, i) => `${p} ${each[i]}`).join(', ');
      expect(sizes.length).toBeGreaterThanOrEqual(5);
      // The wasm alone is over 50 KB: a total below that would mean some requests were not counted.
      expect(bytes).toBeGreaterThan(60 * 1024);
      expect(bytes, `${path} "${query}": ${bytes} bytes in ${sizes.length} requests: ${listing}`).toBeLessThanOrEqual(100 * 1024);
      await context.close();
    },
  );
});
