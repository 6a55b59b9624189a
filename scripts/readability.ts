/**
 * `npm run readability -- content/id/x.mdx …`: the average sentence length of MDX pages while you write them,
 * with the longest sentences to shorten. An estimate from the source; the test measures the built page.
 */
import { readFileSync } from 'node:fs';
import { MAX_AVERAGE_SENTENCE_WORDS, mdxProseBlocks, readabilityOf } from '../src/content/readability.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run readability -- content/id/page.mdx [more files]');
  process.exit(2);
}
let over = 0;
for (const file of files) {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    console.error(`${file}: cannot read this file; give a path such as content/id/pijat-oksitosin.mdx`);
    over++;
    continue;
  }
  const result = readabilityOf(mdxProseBlocks(source));
  const flag = result.average > MAX_AVERAGE_SENTENCE_WORDS ? '  ← over the limit' : '';
  if (flag) over++;
  console.log(`${file}: ${result.average.toFixed(1)} words per sentence (${result.sentences} sentences)${flag}`);
  for (const { words, sentence } of result.longest) console.log(`   ${words} words: ${sentence}`);
}
process.exit(over > 0 ? 1 : 0);
