/**
 * The site under its own Content Security Policy (dist/_headers, applied by tests/helpers/serve.ts as Netlify and
 * Cloudflare Pages would): every page loads without a violation, the features that run code still work, and a
 * script injected into a page is refused and reported.
 */
import { readdirSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { readLocale } from '../helpers/content.ts';
import { DIST } from '../helpers/paths.ts';

const env = useSiteAndBrowser();
const id = readLocale('id');
const slugOf = (key: string) => id.pages.find((p) => p.data.key === key)!.data.slug;

/** Every page of dist/ by its address (a folder's index.html by the folder). */
const pages = (readdirSync(DIST, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.html'))
  .map((f) => `/${relative(DIST, `${DIST}/${f}`).split(sep).join('/')}`.replace(/index\.html$/, ''))
  .sort();

declare global {
  interface Window {
    violations: string[];
  }
}

/** Opens a page with a listener for CSP reports in place before any of its code runs. */
async function open(path: string, options: { serviceWorkers?: 'allow' | 'block' } = {}) {
  const context = await env.browser.newContext({ acceptDownloads: true, serviceWorkers: options.serviceWorkers ?? 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  await page.goto(`${env.origin}${path}`);
  const violations = () => page.evaluate(() => window.violations);
  return { context, page, errors, violations };
}

describe('the site under its own Content Security Policy', () => {
  it('serves the policy with every page', async () => {
    const response = await fetch(`${env.origin}/id/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("'unsafe-inline'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it(`loads all ${pages.length} pages without a violation or a console error`, async () => {
    expect(pages.length).toBeGreaterThan(40);
    const found: string[] = [];
    const { context, page } = await open('/');
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    for (const path of pages) {
      // The short-link and no-language pages move on by themselves (meta refresh): wait for the page they lead to
      // (on a busy machine the refresh can land after 'load'), then read it.
      const redirects = /<meta http-equiv="refresh"/.test(await (await fetch(`${env.origin}${path}`)).text());
      await page.goto(`${env.origin}${path}`, { waitUntil: 'load' });
      if (redirects) {
        await page.waitForURL((url) => url.pathname !== path);
        await page.waitForLoadState('load');
      }
      const seen = await page.evaluate(() => window.violations);
      for (const v of seen) found.push(`${path}: ${v}`);
    }
    // A missing page's 404 answer logs its status as an error; nothing else may.
    expect(found).toEqual([]);
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await context.close();
  }, 240_000);

  it('lets search find results', async () => {
    const { context, page, errors, violations } = await open(`/id/${slugOf('search')}/?q=pijat`);
    await page.locator('#results ol.results li a').first().waitFor();
    expect(await page.locator('#results ol.results li').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the guided mode start and its timer run', async () => {
    const { context, page, errors, violations } = await open(`/id/${slugOf('guided')}/`);
    await page.locator('.guided.on').waitFor();
    await page.getByRole('button', { name: id.ui.guided.begin }).click();
    const timer = page.getByRole('timer');
    const first = await timer.textContent();
    await page.getByRole('button', { name: id.ui.guided.start, exact: true }).click();
    await expect.poll(() => timer.textContent(), { timeout: 5000 }).not.toBe(first);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the contact fill-in page make its PDF', async () => {
    const { context, page, errors, violations } = await open(`/id/${slugOf('contact-leaflet')}/`);
    await page.getByLabel(id.ui.print.contactName, { exact: true }).fill('Posyandu Melati 3');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('form.contact-form button[type="submit"]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the score summary compute', async () => {
    const { context, page, errors, violations } = await open(`/id/${slugOf('score-summary')}/`);
    await page.getByLabel(id.ui.scoreSummary.scores, { exact: true }).fill('Nama;Pre;Post\nAni;5;8\nBudi;6;9\n');
    await page.getByRole('button', { name: id.ui.scoreSummary.submit, exact: true }).click();
    await page.locator('.ss-results:not([hidden]) table').first().waitFor();
    expect(await page.locator('.ss-results table').first().locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the service worker register', async () => {
    const { context, page, errors, violations } = await open('/id/', { serviceWorkers: 'allow' });
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${env.origin}/`);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses an injected inline script and reports it', async () => {
    const { context, page, violations } = await open('/id/');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
    await context.close();
  });

  it('refuses an inline script the host did not build (a page changed on the way)', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.route(`${env.origin}/id/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</body>', '<script>document.title = "injected"</script></body>');
      const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !/^content-(encoding|length)$/.test(name)));
      await route.fulfill({ status: 200, headers, body: html });
    });
    const reports: string[] = [];
    page.on('console', (m) => m.type() === 'error' && reports.push(m.text()));
    await page.goto(`${env.origin}/id/`);
    expect(await page.title()).not.toBe('injected');
    expect(reports.some((r) => r.includes('Content Security Policy'))).toBe(true);
    await context.close();
  });
});
