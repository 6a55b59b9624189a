/**
 * `npm run dev`, as an author previews a page: no console error on every page (it asked for /sw.js, which only the
 * build writes), and a search page that says search needs a build instead of finding nothing in silence.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { readLocale } from '../helpers/content.ts';
import { ROOT } from '../helpers/paths.ts';

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let origin = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // Its own process group, so the server and anything it starts end together.
  // As an author starts it: npm puts the project's own Node first on the path. Beside any dev server the author has
  // running (--ignore-lock: Astro allows one per project otherwise, and this one writes no lock file).
  // Without Vitest's variables (NODE_ENV=test, VITEST…), which the dev server would take as its own.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
  server = spawn('npm', ['run', 'dev', '--', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: 'ignore',
  });
  for (let tries = 0; ; tries++) {
    const up = await fetch(`${origin}/id/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (tries > 120) throw new Error(`astro dev did not answer on ${origin} within 60 s`);
    await new Promise((r) => setTimeout(r, 500));
  }
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  try {
    if (server?.pid) process.kill(-server.pid);
  } catch {
    // already gone
  }
});

const pathOf = (locale: string, key: string) => `/${locale}/${readLocale(locale).pages.find((p) => p.data.key === key)!.data.slug}/`;

describe('the dev server', () => {
  it('serves a page with no console error and registers no service worker', async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}${pathOf('id', 'massage')}`, { waitUntil: 'load' });
    // The page script registered the worker on "load"; give a failing registration time to report.
    await page.waitForTimeout(1000);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('says on the search page that search works after a build', async () => {
    const page = await browser!.newPage();
    const ui = readLocale('id').ui;
    await page.goto(`${origin}${pathOf('id', 'search')}`);
    await page.getByLabel(ui.strings.searchLabel).fill('pijat');
    await page.getByLabel(ui.strings.searchLabel).press('Enter');
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 20_000 }).toContain('npm run build');
    await page.close();
  }, 60_000);
});
