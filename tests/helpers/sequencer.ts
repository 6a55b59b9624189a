/**
 * Starts the longest test files first, so both cores stay busy to the end instead of one waiting on a long file
 * that happened to start last. Vitest orders by the durations it remembers; a fresh clone remembers none and would
 * order by file size, which puts the short but slow browser files last. Durations measured on the 2-core machine.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Slowest first (seconds on two cores, rounded); files not listed run after these, in Vitest's own order. */
const LONGEST = [
  'tests/build/render-cache.test.ts', // 300: eight builds of one copy
  'tests/browser/a11y.test.ts', // 130
  'tests/browser/print-page.test.ts', // 60
  'tests/build/third-language.test.ts', // 50
  'tests/dist/print-files.test.ts', // 50
  'tests/browser/search.test.ts', // 25
  'tests/build/build-errors.test.ts', // 25
  'tests/browser/guided.test.ts', // 20
  'tests/unit/booklet.test.ts', // 20
  'tests/browser/offline.test.ts', // 18
  'tests/browser/language-switch.test.ts', // 15
  'tests/browser/contact-fill.test.ts', // 13
  'tests/unit/forms.test.ts', // 12
];

const rank = (spec: TestSpecification) => {
  const index = LONGEST.findIndex((file) => spec.moduleId.endsWith(file));
  return index < 0 ? LONGEST.length : index;
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted
      .map((spec, i) => ({ spec, i }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i)
      .map(({ spec }) => spec);
  }
}
