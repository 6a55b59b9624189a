import { describe, expect, it } from 'vitest';
import { parseMdx, proseBlocks } from '../../src/content/mdx.ts';
import { readabilityOf, sentencesOf, wordCount } from '../../src/content/readability.ts';

describe('sentence measure', () => {
  it('splits at full stops, question and exclamation marks, not inside abbreviations or numbers', () => {
    expect(sentencesOf('Ibu duduk. Apakah nyaman? Ya! Lihat Kab. Bulukumba, dkk. hasilnya 2.5 cc.')).toEqual([
      'Ibu duduk.',
      'Apakah nyaman?',
      'Ya!',
      'Lihat Kab. Bulukumba, dkk. hasilnya 2.5 cc.',
    ]);
  });

  it('counts a block without a full stop as one sentence', () => {
    expect(sentencesOf('Siapkan handuk')).toEqual(['Siapkan handuk']);
    expect(sentencesOf('  ')).toEqual([]);
  });

  it('counts words with letters or digits, a range as one word, a lone dash as none', () => {
    expect(wordCount('Pijat 8–12 kali — ASI-nya lancar.')).toBe(5);
  });

  it('averages words per sentence over blocks and names the longest sentences', () => {
    const result = readabilityOf(['Satu dua tiga. Empat lima.', 'Enam tujuh delapan sembilan sepuluh'], 2);
    expect(result).toMatchObject({ sentences: 3, words: 10 });
    expect(result.average).toBeCloseTo(10 / 3);
    expect(result.longest).toEqual([
      { words: 5, sentence: 'Enam tujuh delapan sembilan sepuluh' },
      { words: 3, sentence: 'Satu dua tiga.' },
    ]);
  });

  it('reads MDX prose without frontmatter, headings, tables or component markup', () => {
    const mdx = [
      '---',
      'title: X',
      '---',
      '# Judul panjang sekali yang bukan kalimat',
      '',
      'Ibu <Term id="asi">menyusui</Term> bayi <Cite id="who-2009" />.',
      'Baris kedua [tautan](/id/) di sini.',
      '',
      '- Satu butir.',
      '1. Butir kedua',
      '',
      '| a | b |',
      '| - | - |',
      '<Steps />',
    ].join('\n');
    expect(proseBlocks(parseMdx(mdx))).toEqual(['Ibu menyusui bayi. Baris kedua tautan di sini.', 'Satu butir.', 'Butir kedua']);
  });
});
