/**
 * One language's texts with their computed figures filled in: {total} (the whole massage's length) everywhere a
 * length is stated, {duration} in a step's own text. The site's loader and the tests' loader both call this, so
 * what a page, a PDF and a test read is the same.
 */
import type { Problem } from './errors.ts';
import { formatTotal } from './massage-time.ts';
import type { Booklet, DangerSigns, Forms } from './schemas/index.ts';
import type { Procedure, Step, Ui } from './schemas/index.ts';
import { formatDuration } from '../i18n/strings.ts';

export interface LocaleTexts<S extends Step> {
  ui: Ui;
  steps: (S & { file: string })[];
  procedure: Procedure;
  procedureFile: string;
  dangerSigns: DangerSigns;
  booklet: Booklet;
  forms: Forms;
  files: { dangerSigns: string; booklet: string; forms: string };
}

/** Placeholders content may use, and where. Anything else in braces is a typo the build names. */
const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

interface Filled<T> {
  value: T;
  problems: Problem[];
}

/**
 * Every string inside `value` with its placeholders filled. `allowed` maps a placeholder to its text; a
 * placeholder not in it is reported with the file and the field's path, so the author sees where the typo is.
 */
export function fillPlaceholders<T>(value: T, allowed: Record<string, string>, file: string, path = ''): Filled<T> {
  const problems: Problem[] = [];
  const walk = (node: unknown, at: string): unknown => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (whole, name: string) => {
        if (Object.hasOwn(allowed, name)) return allowed[name]!;
        const known =
          Object.keys(allowed)
            .map((k) => `{${k}}`)
            .join(' or ') || 'none';
        problems.push({ file, field: at || undefined, message: `"${whole}" is not a placeholder here (allowed: ${known}); write the text, or fix the name` });
        return whole;
      });
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, at ? `${at}.${i}` : String(i)));
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, walk(item, at ? `${at}.${key}` : key)]));
    }
    return node;
  };
  return { value: walk(value, path) as T, problems };
}

/** The texts with {total} and {duration} filled in, and every unknown placeholder as a problem naming its file. */
export function resolveFigures<S extends Step>(texts: LocaleTexts<S>): { texts: LocaleTexts<S>; problems: Problem[] } {
  const total = formatTotal(texts.ui, texts.steps);
  const problems: Problem[] = [];
  const filled = <T>(value: T, allowed: Record<string, string>, file: string, path?: string): T => {
    const result = fillPlaceholders(value, allowed, file, path);
    problems.push(...result.problems);
    return result.value;
  };
  const steps = texts.steps.map((step) => {
    const { file, duration, ...rest } = step;
    const own = { total, duration: formatDuration(texts.ui, duration) };
    return { ...filled(rest, own, file), file, duration } as S & { file: string };
  });
  // The booklet's page pointer keeps its own {page}, filled when the pages are known.
  const { labels, ...bookletRest } = texts.booklet;
  return {
    texts: {
      ...texts,
      steps,
      procedure: filled(texts.procedure, { total }, texts.procedureFile),
      dangerSigns: filled(texts.dangerSigns, {}, texts.files.dangerSigns),
      booklet: { ...filled(bookletRest, { total }, texts.files.booklet), labels },
      forms: filled(texts.forms, { total }, texts.files.forms),
    },
    problems,
  };
}
