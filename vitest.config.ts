/**
 * Four projects that run apart or together:
 *   unit     pure functions and the content door; needs nothing built      npm run test:unit
 *   dist     the built dist/: pages, PDFs, pictures                         npm run test:dist
 *   build    builds of throwaway project copies (bad content, a new language) npm run test:build
 *   browser  Debian's Chromium on the served dist/                          npm run test:browser
 * `npm test` (scripts/test.ts) runs unit beside the build, then the other three.
 */
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/helpers/sequencer.ts';

const project = (name: string) => ({ extends: true, test: { name, include: [`tests/${name}/**/*.test.ts`] } });

export default defineConfig({
  test: {
    projects: [project('unit'), project('dist'), project('build'), project('browser')],
    // Build and browser tests start real processes; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One worker per core. Vitest's default leaves one core free, which on a 2-core machine ran every file one
    // after another; most of a test's time is spent waiting on Chromium, a build or poppler, not in the worker.
    maxWorkers: availableParallelism(),
    sequence: { sequencer: LongestFirst },
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
