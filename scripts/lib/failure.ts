/**
 * Turns whatever stopped the build into a message for the person who can fix it: a content author gets the file,
 * the field or line and what to do; a developer gets told how to see the stack trace.
 */
import { isAbsolute, relative } from 'node:path';
import { ContentError, formatProblems, type Problem } from '../../src/content/errors.ts';

interface LocatedError extends Error {
  hint?: string;
  loc?: { file?: string; line?: number; column?: number };
  /** Rolldown gathers the errors of a bundle into one. */
  errors?: LocatedError[];
}

const plain = (text: string) => text.replace(/\*\*/g, '').replace(/`/g, '"').trim();
const fixHint = (count: number) => `\n\nFix the file${count === 1 ? '' : 's'} above, then run the build again.`;

/** What an error from Astro, Vite or MDX says about one content file, if it is about one. */
function asProblem(error: LocatedError, root: string): Problem[] {
  const file = error?.loc?.file ? (isAbsolute(error.loc.file) ? relative(root, error.loc.file) : error.loc.file) : undefined;
  if (!file?.startsWith('content/')) return [];
  const where = error.loc?.line ? `${file}:${error.loc.line}` : file;
  const lines = plain(error.message ?? '')
    .split('\n')
    .map((line) => line.trim())
    // Astro's schema summary, doc links and stack frames say nothing the author can act on.
    .filter((line) => line && !/does not match collection schema|^See https|^at /.test(line))
    .map((line) => line.replace(/^\S+ failed to parse: /, 'does not parse: ').replace(/^\d+:\d+: /, ''));
  if (lines.length === 0) return [{ file: where, message: 'could not be read' }];
  return lines.map((message) => ({ file: where, message }));
}

export function describeFailure(error: unknown, root: string): string {
  if (ContentError.is(error)) return `${error.message}${fixHint(new Set(error.problems.map((p) => p.file)).size)}`;
  const e = error as LocatedError;
  const problems = [e, ...(Array.isArray(e?.errors) ? e.errors : [])].flatMap((x) => asProblem(x, root));
  if (problems.length > 0) return `${formatProblems(problems)}${fixHint(new Set(problems.map((p) => p.file)).size)}`;
  const message =
    e instanceof Error
      ? plain(e.message)
          .split('\n')
          .filter((line) => !/^\s*at /.test(line))
          .join('\n')
      : String(error);
  const debug = process.env.LANCAR_DEBUG ? `\n\n${e?.stack ?? ''}` : '\n\nRun with LANCAR_DEBUG=1 to see where it happened.';
  return `${message}${e?.hint ? `\n${plain(e.hint)}` : ''}${debug}`;
}
