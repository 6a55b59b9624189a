import { describe, expect, it } from 'vitest';
import {
  categorise,
  decodeFile,
  formatChange,
  formatFixed,
  formatScore,
  LIMITS,
  parseScore,
  parseScores,
  percentTenths,
  settingsProblems,
  splitLine,
  summarise,
  toCsv,
} from '../../src/client/score-summary-logic.ts';
import { readLocale } from '../helpers/content.ts';
import { seedText } from '../fixtures/score-summary.ts';

const bands = readLocale('id').training.scoreBands;
const max = readLocale('id').forms.quiz.length;
const settings = { max, good: bands.good, fair: bands.fair };

const codes = (text: string, m = max) => parseScores(text, m).problems.map((p) => [p.line, p.code]);

describe('reading the scores', () => {
  it('reads one participant per line with ;, tab or , and a header line, in hundredths', () => {
    for (const sep of [';', '\t', ', ']) {
      const parsed = parseScores(`Nama${sep}Pretest${sep}Posttest\n${seedText(sep)}\n`, max);
      expect(parsed.problems).toEqual([]);
      expect(parsed.header).toBe(1);
      expect(parsed.participants).toHaveLength(15);
      expect(parsed.participants[0]).toEqual({ line: 2, name: 'Ani', pre: 900, post: 1000 });
    }
  });

  it('skips blank lines but keeps counting them, so line numbers match the text box', () => {
    const parsed = parseScores('\nAni;5;8\n\n  \nBudi;x;8\r\nCitra;4;9', max);
    expect(parsed.participants.map((p) => p.line)).toEqual([2, 6]);
    expect(parsed.problems).toEqual([{ line: 5, code: 'number', values: { which: 'pre', value: 'x' } }]);
  });

  it('reads a decimal comma and a decimal point alike, and quoted fields', () => {
    expect(parseScore('7,5')).toBe(750);
    expect(parseScore('7.5')).toBe(750);
    expect(parseScore(' 86,67 ')).toBe(8667);
    expect(parseScore('7')).toBe(700);
    expect(parseScore('-1')).toBe(-100);
    for (const bad of ['', 'tujuh', '7.5.1', '1.000', '7,', ',5', '1e2', '7 5']) expect(parseScore(bad), bad).toBeUndefined();
    expect(parseScores('Ani;7,5;8.5', max).participants[0]).toMatchObject({ pre: 750, post: 850 });
    expect(parseScores('"Siti, Bu";"7,5";9', max).participants[0]).toMatchObject({ name: 'Siti, Bu', pre: 750, post: 900 });
    expect(splitLine('"Ani ""Bu"" Siti",5,6')).toEqual(['Ani "Bu" Siti', '5', '6']);
    expect(parseScores('Nama,Pre,Post\n"Siti, Bu","7,5",9', 10).participants[0]!.pre).toBe(750);
  });

  it('takes the separator from each line: a tab, else a semicolon, else a comma, outside quotes', () => {
    expect(splitLine('Ani\t5,5\t8')).toEqual(['Ani', '5,5', '8']);
    expect(splitLine('Ani; 5,5; 8')).toEqual(['Ani', '5,5', '8']);
    expect(splitLine('"Ani; Bu",5,8')).toEqual(['Ani; Bu', '5', '8']);
  });

  it('refuses every kind of bad line with its line number, and does not count it', () => {
    const text = [
      'Nama;Pre;Post', // 1 header
      'Ani;5;', // 2 blank post
      'Budi;lima;8', // 3 not a number
      'Citra;-1;8', // 4 below 0
      'Dewi;5;11', // 5 above the maximum
      'Eka;5;8', // 6 fine
      'eka ;6;9', // 7 the same name again
      'Fitri;5', // 8 two fields
      'Gita;5;8;9', // 9 four fields
      '"Hana;5;8', // 10 unbalanced quote
      '"Ina" x;5;8', // 11 text after the closing quote
      `${'a'.repeat(81)};5;8`, // 12 name too long
      ';5;8', // 13 no name
      '=SUM(A1);5;8', // 14 a formula
      'Joko, 7,5, 8', // 15 decimal comma with comma separators: four fields
    ].join('\n');
    const parsed = parseScores(text, 10);
    expect(parsed.problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'blank'],
      [3, 'number'],
      [4, 'range'],
      [5, 'range'],
      [7, 'duplicate'],
      [8, 'fields'],
      [9, 'fields'],
      [10, 'quotes'],
      [11, 'quotes'],
      [12, 'nameLong'],
      [13, 'nameEmpty'],
      [14, 'nameFormula'],
      [15, 'fields'],
    ]);
    expect(parsed.participants.map((p) => p.name)).toEqual(['Eka']);
    expect(parsed.problems.find((p) => p.code === 'duplicate')!.values).toMatchObject({ first: 6 });
    expect(parsed.problems.find((p) => p.code === 'nameLong')!.values).toMatchObject({ length: 81, limit: LIMITS.name });
    expect(parsed.problems.find((p) => p.line === 5)!.values).toMatchObject({ which: 'post', value: '11', max: 10 });
  });

  it('accepts a name of exactly 80 characters and refuses 81, never cutting it short', () => {
    expect(parseScores(`${'é'.repeat(80)};5;8`, 10).participants[0]!.name).toHaveLength(80);
    expect(codes(`${'é'.repeat(81)};5;8`)).toEqual([[1, 'nameLong']]);
  });

  it('checks scores against the maximum given', () => {
    expect(codes('Ani;10;10', 10)).toEqual([]);
    expect(codes('Ani;10,01;10', 10)).toEqual([[1, 'range']]);
    expect(codes('Ani;86,67;100', 100)).toEqual([]);
  });

  it('refuses more than 500 participants at the 501st, naming its line', () => {
    const lines = Array.from({ length: 520 }, (_, i) => `P${i};5;8`);
    const parsed = parseScores(`Nama;Pre;Post\n${lines.join('\n')}`, 10);
    expect(parsed.problems).toEqual([{ line: 502, code: 'tooMany', values: { limit: 500 } }]);
    expect(parseScores(lines.slice(0, 500).join('\n'), 10).problems).toEqual([]);
  });

  it('refuses a text longer than the limit as a whole', () => {
    expect(codes('x'.repeat(LIMITS.chars + 1))).toEqual([[0, 'tooLarge']]);
  });

  it('reads a first line with numbers as a participant, not a header', () => {
    expect(parseScores('Ani;5;8', 10).header).toBeUndefined();
    expect(parseScores('Ani;lima;delapan', 10).header).toBe(1);
    expect(codes('Ani;5;8\nNama;Pre;Post')).toEqual([
      [2, 'number'],
      [2, 'number'],
    ]);
  });
});

describe('categories and the summary', () => {
  it('categorises by share of the maximum, exactly at the cut-offs', () => {
    expect(categorise(800, settings)).toBe('good'); // 80 %
    expect(categorise(760, settings)).toBe('good'); // 76 % exactly
    expect(categorise(759, settings)).toBe('fair');
    expect(categorise(750, settings)).toBe('fair');
    expect(categorise(560, settings)).toBe('fair');
    expect(categorise(559, settings)).toBe('poor');
    expect(categorise(0, settings)).toBe('poor');
    // With whole scores this is the printed score sheet's rule: good from 8, fair from 6 out of 10.
    expect([5, 6, 7, 8].map((s) => categorise(s * 100, settings))).toEqual(['poor', 'fair', 'fair', 'good']);
  });

  it("reproduces seed report 001's table: before 2/5/8, after 10/4/1 of 15", () => {
    const s = summarise(parseScores(seedText(';'), max).participants, settings);
    expect(s.n).toBe(15);
    expect(s.before.counts).toEqual({ good: 2, fair: 5, poor: 8 });
    expect(s.after.counts).toEqual({ good: 10, fair: 4, poor: 1 });
    expect(s.before.percents).toEqual({ good: 133, fair: 333, poor: 533 });
    expect(s.after.percents).toEqual({ good: 667, fair: 267, poor: 67 });
    // 80/15 = 5,33 and 117/15 = 7,8; medians 5 and 8.
    expect([s.before.mean, s.after.mean, s.before.median, s.after.median]).toEqual([53, 78, 50, 80]);
  });

  it('rounds each percentage half up on its own, in exact tenths', () => {
    expect(percentTenths(1, 8)).toBe(125); // 12,5 exactly
    expect(percentTenths(1, 16)).toBe(63); // 6,25 → 6,3
    expect(percentTenths(1, 3)).toBe(333);
    expect(percentTenths(2, 3)).toBe(667);
    expect(percentTenths(0, 0)).toBe(0);
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    const people = [300, 500, 600, 1000].map((pre, i) => ({ line: i + 1, name: `P${i}`, pre, post: pre }));
    expect(summarise(people, settings).before.median).toBe(55);
  });

  it('refuses cut-offs outside 0–100, a good cut-off not above fair, and a maximum that is not a whole 1–1000', () => {
    expect(settingsProblems(settings)).toEqual([]);
    expect(settingsProblems({ max: 0, good: 76, fair: 56 })).toEqual(['max']);
    expect(settingsProblems({ max: 10.5, good: 76, fair: 56 })).toEqual(['max']);
    expect(settingsProblems({ max: Number.NaN, good: 76, fair: 56 })).toEqual(['max']);
    expect(settingsProblems({ max: 10, good: 101, fair: 56 })).toEqual(['good']);
    expect(settingsProblems({ max: 10, good: 76, fair: -1 })).toEqual(['fair']);
    expect(settingsProblems({ max: 10, good: 56, fair: 56 })).toEqual(['order']);
    expect(settingsProblems({ max: 10, good: 50, fair: 60 })).toEqual(['order']);
  });
});

describe('numbers and CSV', () => {
  it('writes numbers with the language decimal mark', () => {
    expect(formatFixed(133, 10, ',')).toBe('13,3');
    expect(formatFixed(1000, 10, '.')).toBe('100.0');
    expect(formatFixed(67, 10, ',')).toBe('6,7');
    expect(formatScore(750, ',')).toBe('7,5');
    expect(formatScore(700, ',')).toBe('7');
    expect(formatScore(8667, '.')).toBe('86.67');
    expect(formatChange(200, ',')).toBe('+2');
    expect(formatChange(-150, ',')).toBe('-1,5');
    expect(formatChange(0, ',')).toBe('0');
  });

  it('writes CSV with a byte-order mark, CRLF and quotes only where needed', () => {
    const csv = toCsv(
      [
        ['No', 'Nama', 'Pretest'],
        ['1', 'Siti; Bu', '7,5'],
        ['2', 'Ani "A"', '8'],
      ],
      ';',
    );
    expect(csv).toBe('\uFEFFNo;Nama;Pretest\r\n1;"Siti; Bu";7,5\r\n2;"Ani ""A""";8\r\n');
    // What it writes reads back the same.
    expect(splitLine('1;"Siti; Bu";7,5')).toEqual(['1', 'Siti; Bu', '7,5']);
  });

  it('reads a file as UTF-8 or the Windows code page, and refuses one too large or not text', () => {
    const utf8 = new TextEncoder().encode('\uFEFFNama;Pre;Post\nSiti Aminah;5;8\n');
    expect(decodeFile(utf8)).toEqual({ text: 'Nama;Pre;Post\nSiti Aminah;5;8\n' });
    expect(parseScores((decodeFile(utf8) as { text: string }).text, 10).participants).toHaveLength(1);
    expect(decodeFile(Uint8Array.from([0x52, 0xe9, 0x6e, 0x61, 0x3b, 0x35, 0x3b, 0x38]))).toEqual({ text: 'Réna;5;8' });
    expect(decodeFile(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ problem: 'notText' });
    expect(decodeFile(new Uint8Array(LIMITS.fileBytes + 1).fill(0x41))).toEqual({ problem: 'fileLarge' });
  });
});
