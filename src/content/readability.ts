/**
 * Plain-language measure for mother-facing pages: the average number of words per sentence. Works on blocks of
 * plain text (a paragraph, a list item, a caption); a block that ends without a full stop still counts as one
 * sentence, so a list of fragments cannot hide inside the next sentence.
 */

/** Abbreviations whose full stop does not end a sentence (lower case, without the stop). */
const ABBREVIATIONS = new Set(['dkk', 'dll', 'dsb', 'mis', 'kab', 'kec', 'ds', 'no', 'hlm', 'dr', 'jl', 'e.g', 'i.e', 'etc', 'vs', 'approx', 'st', 'ca']);

const WORD = /[\p{L}\p{N}]/u;

/** Splits a block of text into sentences at ., ! or ? (and …) followed by a space, skipping abbreviations. */
export function sentencesOf(block: string): string[] {
  const text = block.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?…]+["'”’)]*(?= )/g)) {
    const end = match.index + match[0].length;
    const lastWord = /([\p{L}.]+)[.]$/u.exec(text.slice(start, match.index + 1))?.[1]?.toLowerCase();
    if (match[0].startsWith('.') && lastWord && ABBREVIATIONS.has(lastWord)) continue;
    sentences.push(text.slice(start, end).trim());
    start = end + 1;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter((s) => WORD.test(s));
}

/** Words are whitespace-separated tokens with at least one letter or digit ("8–12" is one word, "—" is none). */
export const wordCount = (sentence: string): number => sentence.split(/\s+/).filter((token) => WORD.test(token)).length;

export interface Readability {
  sentences: number;
  words: number;
  /** Words per sentence; 0 for a text with no sentences. */
  average: number;
  /** The longest sentences first, for a message that says what to shorten. */
  longest: { words: number; sentence: string }[];
}

export function readabilityOf(blocks: readonly string[], keepLongest = 3): Readability {
  const sentences = blocks.flatMap(sentencesOf);
  const counted = sentences.map((sentence) => ({ words: wordCount(sentence), sentence }));
  const words = counted.reduce((sum, s) => sum + s.words, 0);
  return {
    sentences: sentences.length,
    words,
    average: sentences.length ? words / sentences.length : 0,
    longest: counted.sort((a, b) => b.words - a.words).slice(0, keepLongest),
  };
}

/** The highest average a mother-facing page may have: short sentences, for mothers who read on a phone. */
export const MAX_AVERAGE_SENTENCE_WORDS = 15;
