/** What dist/sw.js keeps for offline, read from the built worker (no test runner needed: the bench reads it too). */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { cacheName } from '../../src/client/sw.ts';
import { distFile } from './paths.ts';

const worker = () => readFileSync(distFile('/sw.js'), 'utf8');
export const builtVersion = (): string => /^const VERSION = "([0-9a-f]+)";/m.exec(worker())![1]!;
/** Locale → the files the worker keeps for a reader of that language. */
export const builtPrecache = (): Record<string, string[]> => JSON.parse(/^const PRECACHE = (.*);$/m.exec(worker())![1]!);
export const builtFallback = (): Record<string, string> => JSON.parse(/^const FALLBACK = (.*);$/m.exec(worker())![1]!);

/** How many of `files` the build's cache holds, seen from the page. */
export const keptCount = (page: Page, files: string[]) =>
  page.evaluate(
    async ({ name, files }) => {
      const cache = await caches.open(name);
      let n = 0;
      for (const file of files) if (await cache.match(file)) n += 1;
      return n;
    },
    { name: cacheName(builtVersion()), files },
  );
