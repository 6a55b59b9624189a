/**
 * The one error map every content error goes through (after Starlight's parseWithFriendlyErrors): a zod issue
 * becomes a Problem that names the file and the field and says what to write, in plain words for a content author.
 * Schemas keep their own message only where it says something about the domain (a day, a duration, a drawing).
 */
import type { z } from 'zod';
import type { Problem } from './errors.ts';

/** What a value of each expected type looks like, in an author's words. */
const EXPECTED: Record<string, string> = {
  string: 'a line of text',
  number: 'a number',
  int: 'a whole number (1, 2, 3…)',
  boolean: 'true or false',
  array: 'a list (one "- " line per item)',
  object: 'a group of fields (one "name: value" line each)',
  record: 'a group of entries (one "id:" line each)',
  date: 'a day like 2026-11-30',
};

function describe(input: unknown): string {
  if (input === null) return 'empty';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return 'a date';
  if (typeof input === 'object') return 'a group of fields';
  if (typeof input === 'string') return `the text "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  return `${typeof input} ${String(input)}`;
}

const plural = (n: number | bigint, one: string, many = `${one}s`) => `${n} ${Number(n) === 1 ? one : many}`;

/** The message for an issue no schema gave its own words to. */
export const friendlyError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const what = EXPECTED[issue.expected] ?? issue.expected;
      return issue.input === undefined ? `is missing; add ${what}` : `must be ${what}, not ${describe(issue.input)}`;
    }
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${plural(issue.maximum as number, 'character')}`;
      if (issue.origin === 'array') return `has too many items; keep at most ${issue.maximum}`;
      return `must be at most ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${plural(issue.minimum as number, 'character')}`;
      if (issue.origin === 'array') return `needs at least ${plural(issue.minimum as number, 'item')}`;
      return `must be at least ${issue.minimum}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} this file does not know: ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling or remove ${issue.keys.length === 1 ? 'it' : 'them'}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'url' ? 'must be a full web address, starting with https://' : `is not a valid ${issue.format}`;
    case 'invalid_union':
      return 'is not written in a form this field accepts; compare with the same field in content/id/';
    case 'invalid_key':
      return 'has an id that is not allowed';
    default:
      return undefined;
  }
};

export type FriendlyResult<T> = { success: true; data: T } | { success: false; problems: Problem[] };

/** Parses `input` with `schema`; every issue becomes a Problem naming `file` and the field (under `at`, if given). */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, input: unknown, file: string, at: string[] = []): FriendlyResult<z.output<S>> {
  const result = schema.safeParse(input, { error: friendlyError });
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    problems: result.error.issues.map((issue) => {
      const field = [...at, ...issue.path.map(String)].join('.');
      return { file, ...(field ? { field } : {}), message: issue.message };
    }),
  };
}
