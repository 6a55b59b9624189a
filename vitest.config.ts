/**
 * Four projects that run apart or together:
 *   unit     pure functions and the content door; needs nothing built      npm run test:unit
 *   dist     the built dist/: pages, PDFs, pictures                         npm run test:dist
 *   build    builds of throwaway project copies (bad content, a new language) npm run test:build
 *   browser  Debian's Chromium on the served dist/                          npm run test:browser
 * `npm test` (scripts/test.ts) runs unit beside the build, then the other three.
 */
import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/helpers/sequencer.ts';

const project = (name: string) => ({ extends: true, test: { name, include: [`tests/${name}/**/*.test.ts`] } });

export default defineConfig({
  test: {
    projects: [project('unit'), project('dist'), project('build'), project('browser')],
    // Build and browser tests start real processes; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    sequence: { sequencer: LongestFirst },
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
