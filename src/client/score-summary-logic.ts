/**
 * The pre/post score summary's arithmetic, as plain functions: text → participants and problems (each with its line
 * number), categories, the Baik/Cukup/Kurang table, mean and median, CSV out. The browser script (score-summary.ts)
 * only wires these to the page; tests call them directly.
 *
 * Scores are kept as whole hundredths (7,5 → 750) and percentages as whole tenths, so every comparison and every
 * rounding is exact integer arithmetic: a score never lands in the wrong category by a floating-point hair.
 */

/** Limits that keep the page responsive and the table readable; input beyond them is refused, never cut short. */
export const LIMITS = { participants: 500, name: 80, chars: 100_000, fileBytes: 100_000, maxScore: 1000 } as const;

export type Band = 'good' | 'fair' | 'poor';
export const BANDS: readonly Band[] = ['good', 'fair', 'poor'];

/** Cut-offs as whole percentages of the maximum score: `good` and up is Baik, `fair` and up Cukup, below Kurang. */
export interface Settings {
  max: number;
  good: number;
  fair: number;
}

export interface Participant {
  line: number;
  name: string;
  /** Hundredths of a point. */
  pre: number;
  post: number;
}

export type ProblemCode = 'fields' | 'quotes' | 'nameEmpty' | 'nameLong' | 'nameFormula' | 'duplicate' | 'blank' | 'number' | 'range' | 'tooMany' | 'tooLarge';

export interface Problem {
  /** 1-based line of the input; 0 for the input as a whole. */
  line: number;
  code: ProblemCode;
  /** Values for the message: which score, the value typed, the limit, the first line of a name given twice… */
  values: Record<string, string | number>;
}

export interface Parsed {
  participants: Participant[];
  problems: Problem[];
  /** The line read as column headings, if any (the page says so: nothing is skipped unseen). */
  header?: number;
}

/** The separator of one line: a tab, else a semicolon (Indonesian Excel), else a comma; quoted text is ignored. */
export function separatorOf(line: string): string {
  const bare = line.replace(/"(?:[^"]|"")*"?/g, '');
  return bare.includes('\t') ? '\t' : bare.includes(';') ? ';' : ',';
}

/** One CSV line → its fields, trimmed and unquoted; undefined when a quote is left open or followed by text. */
export function splitLine(line: string, sep = separatorOf(line)): string[] | undefined {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    while (line[i] === ' ' || (line[i] === '\t' && sep !== '\t')) i++;
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) return undefined;
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += line[i++];
      }
      while (line[i] === ' ' || (line[i] === '\t' && sep !== '\t')) i++;
      if (i < line.length && line[i] !== sep) return undefined;
    } else {
      const end = line.indexOf(sep, i);
      field = line.slice(i, end < 0 ? line.length : end).trim();
      i = end < 0 ? line.length : end;
    }
    fields.push(field);
    if (i >= line.length) return fields;
    i++; // past the separator
  }
}

/**
 * "7", "7,5", "7.5", "86,67" → hundredths (700, 750, 750, 8667); a decimal comma and a decimal point mean the same.
 * At most two decimals; anything else (a word, "7.5.1", "1.000", "-") → undefined. A minus sign is read, so a
 * negative score is refused as out of range, not as "not a number".
 */
export function parseScore(text: string): number | undefined {
  const match = /^(-?)(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -value : value;
}

/** Names compare without case and extra spaces: "Siti  aminah" is the same person as "Siti Aminah". */
const nameKey = (name: string) => name.replace(/\s+/g, ' ').toLowerCase();

/** A spreadsheet opening the exported CSV would run a cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@]/;

/** Text as typed or read from a file → participants and every problem with its line. Blank lines are skipped. */
export function parseScores(text: string, max: number): Parsed {
  const problems: Problem[] = [];
  const participants: Participant[] = [];
  if (text.length > LIMITS.chars) return { participants, problems: [{ line: 0, code: 'tooLarge', values: { size: text.length, limit: LIMITS.chars } }] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const seen = new Map<string, number>();
  let header: number | undefined;
  let rows = 0;
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (!raw.trim()) continue;
    const fields = splitLine(raw);
    if (!fields) {
      problems.push({ line, code: 'quotes', values: {} });
      continue;
    }
    // The first line is column headings when neither score reads as a number ("Nama;Pretest;Posttest").
    if (header === undefined && rows === 0 && problems.length === 0 && fields.length === 3 && fields.slice(1).every((f) => f && parseScore(f) === undefined)) {
      header = line;
      continue;
    }
    rows++;
    if (rows > LIMITS.participants) {
      problems.push({ line, code: 'tooMany', values: { limit: LIMITS.participants } });
      break;
    }
    if (fields.length !== 3) {
      problems.push({ line, code: 'fields', values: { found: fields.length } });
      continue;
    }
    const [name, preText, postText] = fields as [string, string, string];
    const before = problems.length;
    if (!name) problems.push({ line, code: 'nameEmpty', values: {} });
    else if ([...name].length > LIMITS.name) problems.push({ line, code: 'nameLong', values: { length: [...name].length, limit: LIMITS.name } });
    else if (FORMULA_START.test(name)) problems.push({ line, code: 'nameFormula', values: { name } });
    else {
      const first = seen.get(nameKey(name));
      if (first !== undefined) problems.push({ line, code: 'duplicate', values: { name, first } });
      else seen.set(nameKey(name), line);
    }
    const scores = (['pre', 'post'] as const).map((which, i) => {
      const typed = i === 0 ? preText : postText;
      if (!typed) return void problems.push({ line, code: 'blank', values: { which } });
      const score = parseScore(typed);
      if (score === undefined) return void problems.push({ line, code: 'number', values: { which, value: typed } });
      if (score < 0 || score > max * 100) return void problems.push({ line, code: 'range', values: { which, value: typed, max } });
      return score;
    });
    if (problems.length === before) participants.push({ line, name, pre: scores[0]!, post: scores[1]! });
  }
  return { participants, problems, header };
}

/** What is wrong with the settings, as codes for the page's messages; empty when they can be used. */
export function settingsProblems(s: Settings): ('max' | 'good' | 'fair' | 'order')[] {
  const problems: ('max' | 'good' | 'fair' | 'order')[] = [];
  const whole = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;
  if (!whole(s.max, 1, LIMITS.maxScore)) problems.push('max');
  if (!whole(s.good, 0, 100)) problems.push('good');
  if (!whole(s.fair, 0, 100)) problems.push('fair');
  if (problems.length === 0 && s.good <= s.fair) problems.push('order');
  return problems;
}

/**
 * A score's category: its share of the maximum against the cut-offs. score/max ≥ good % is compared as
 * hundredths ≥ good × max, exactly. With whole scores this is the printed score sheet's rule (good ≥ ⌈76 % × 10⌉ = 8).
 */
export function categorise(hundredths: number, s: Settings): Band {
  if (hundredths >= s.good * s.max) return 'good';
  if (hundredths >= s.fair * s.max) return 'fair';
  return 'poor';
}

/** x / d rounded half up, for x ≥ 0 and d > 0, in integers. */
const roundDiv = (x: number, d: number) => Math.floor((2 * x + d) / (2 * d));

/** count of n as a percentage in whole tenths, rounded half up on its own: 2 of 15 → 133 (13,3 %). */
export const percentTenths = (count: number, n: number) => (n === 0 ? 0 : roundDiv(count * 1000, n));

/** Median of hundredths, in tenths, rounded half up; the mean likewise. */
export function medianTenths(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? roundDiv(sorted[mid]!, 10) : roundDiv(sorted[mid - 1]! + sorted[mid]!, 20);
}
export const meanTenths = (values: number[]) =>
  roundDiv(
    values.reduce((a, b) => a + b, 0),
    10 * values.length,
  );

export interface Side {
  counts: Record<Band, number>;
  /** Each rounded on its own, so each can be checked with a calculator; their sum may be 99,9 or 100,1. */
  percents: Record<Band, number>;
  mean: number;
  median: number;
}
export interface Summary {
  n: number;
  before: Side;
  after: Side;
}

export function summarise(participants: Participant[], s: Settings): Summary {
  const side = (pick: (p: Participant) => number): Side => {
    const values = participants.map(pick);
    const counts = { good: 0, fair: 0, poor: 0 };
    for (const v of values) counts[categorise(v, s)]++;
    const n = values.length;
    return {
      counts,
      percents: { good: percentTenths(counts.good, n), fair: percentTenths(counts.fair, n), poor: percentTenths(counts.poor, n) },
      mean: n ? meanTenths(values) : 0,
      median: n ? medianTenths(values) : 0,
    };
  };
  return { n: participants.length, before: side((p) => p.pre), after: side((p) => p.post) };
}

/** A whole number of tenths or hundredths as text with the language's decimal mark: (133, 10, ",") → "13,3". */
export function formatFixed(value: number, scale: 10 | 100, decimal: string, trim = false): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  let fraction = String(abs % scale).padStart(scale === 10 ? 1 : 2, '0');
  if (trim) fraction = fraction.replace(/0+$/, '');
  return `${sign}${Math.floor(abs / scale)}${fraction ? decimal + fraction : ''}`;
}

/** A score as typed, without trailing zeros: 750 → "7,5", 700 → "7". */
export const formatScore = (hundredths: number, decimal: string) => formatFixed(hundredths, 100, decimal, true);
/** A change in points with its sign: "+2", "-1", "0". */
export const formatChange = (hundredths: number, decimal: string) => (hundredths > 0 ? '+' : '') + formatScore(hundredths, decimal);

/** Rows of cells → CSV text for Excel: a byte-order mark so it reads UTF-8, CRLF line ends, quotes where needed. */
export function toCsv(rows: readonly (readonly string[])[], sep: string): string {
  const quote = (cell: string) => (cell.includes(sep) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return `\uFEFF${rows.map((row) => row.map(quote).join(sep)).join('\r\n')}\r\n`;
}

/**
 * A file's bytes → its text, or why it is refused. Text with a NUL byte is not text (a spreadsheet's .xlsx, a
 * picture). UTF-8 first; an older Excel's "CSV" in the Windows code page is read as such rather than refused.
 */
export function decodeFile(bytes: Uint8Array): { text: string } | { problem: 'fileLarge' | 'notText' } {
  if (bytes.byteLength > LIMITS.fileBytes) return { problem: 'fileLarge' };
  if (bytes.includes(0)) return { problem: 'notText' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes) };
  }
}
