/**
 * `npm run readability -- content/id/x.mdx …`: the average sentence length of MDX pages while you write them,
 * with the longest sentences to shorten. Pages come through the content door, so a page with a content problem
 * says so first; an estimate from the source, the test measures the built page.
 */
import { ContentError } from '../src/content/errors.ts';
import { parseMdx, proseBlocks } from '../src/content/mdx.ts';
import { loadContentFromDisk } from '../src/content/read-files.ts';
import { MAX_AVERAGE_SENTENCE_WORDS, readabilityOf } from '../src/content/readability.ts';

const files = process.argv.slice(2).map((f) => f.replace(/^\.\//, ''));
if (files.length === 0) {
  console.error('Usage: npm run readability -- content/id/page.mdx [more files]');
  process.exit(2);
}
let content: ReturnType<typeof loadContentFromDisk>;
try {
  content = loadContentFromDisk();
} catch (error) {
  if (!ContentError.is(error)) throw error;
  console.error(`${error.message}\nFix these first; then measure again.`);
  process.exit(1);
}
const pages = new Map([...content.byLocale.values()].flatMap((lc) => lc.pages.map((p) => [p.file, p] as const)));
let over = 0;
for (const file of files) {
  const page = pages.get(file);
  if (!page) {
    console.error(`${file}: not a page of the kit; give a path such as content/id/pijat-oksitosin.mdx`);
    over++;
    continue;
  }
  const result = readabilityOf(proseBlocks(parseMdx(page.source)));
  const flag = result.average > MAX_AVERAGE_SENTENCE_WORDS ? '  ← over the limit' : '';
  if (flag) over++;
  console.log(`${file}: ${result.average.toFixed(1)} words per sentence (${result.sentences} sentences)${flag}`);
  for (const { words, sentence } of result.longest) console.log(`   ${words} words: ${sentence}`);
}
process.exit(over > 0 ? 1 : 0);
