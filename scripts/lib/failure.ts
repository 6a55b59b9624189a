/**
 * Turns whatever stopped the build into a message for the person who can fix it: a content author gets the file,
 * the field and what to do; a developer gets told where to find the stack trace.
 */
import { isAbsolute, relative } from 'node:path';
import { ContentError } from '../../src/content/errors.ts';

interface AstroLikeError extends Error {
  title?: string;
  hint?: string;
  loc?: { file?: string; line?: number; column?: number };
}

const plain = (text: string) => text.replace(/\*\*/g, '').replace(/`/g, '"').trim();

export function describeFailure(error: unknown, root: string): string {
  if (ContentError.is(error)) return `${error.message}\n\nFix the files above, then run the build again.`;
  const e = error as AstroLikeError;
  const file = e?.loc?.file ? (isAbsolute(e.loc.file) ? relative(root, e.loc.file) : e.loc.file) : undefined;
  if (file && (file.startsWith('content/') || file.startsWith('content\\'))) {
    const where = e.loc?.line ? `${file}:${e.loc.line}` : file;
    // Astro's schema message: "steps → en/steps/01 data does not match collection schema.\n\n  title: Required".
    const details = plain(e.message)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !/does not match collection schema|^See https/.test(line));
    const body = details.length > 0 ? details : [plain(e.message)];
    return [`1 content problem:`, `  ${where}`, ...body.map((line) => `    ${line}`), '', 'Fix the file above, then run the build again.'].join('\n');
  }
  const message = e instanceof Error ? plain(e.message) : String(error);
  const debug = process.env.LANCAR_DEBUG ? `\n\n${(e as Error)?.stack ?? ''}` : '\n\nRun with LANCAR_DEBUG=1 to see where it happened.';
  return `${message}${e?.hint ? `\n${plain(e.hint)}` : ''}${debug}`;
}
