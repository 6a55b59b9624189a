/**
 * How long the massage takes is said in many places (the procedure, the guided mode, the leaflet, the booklet, the
 * quiz, the kader guide, the 3-day log) and typed in none: content writes {total} where the whole massage's length
 * goes and {duration} where a step's own time goes, and this fills them from the steps' `duration` fields. A
 * number that is computed cannot disagree with the timer.
 */
import type { Problem } from './errors.ts';
import { formatDuration } from '../i18n/strings.ts';
import type { Step, Ui } from './schemas.ts';

/** Seconds of all steps together, preparation to clean-up: the length of one massage. */
export const massageSeconds = (steps: Pick<Step, 'duration'>[]): number => steps.reduce((sum, step) => sum + step.duration, 0);

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
        const known = Object.keys(allowed).map((k) => `{${k}}`).join(' or ') || 'none';
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

/** The total as content prints it: "12 menit", "12 min". */
export const formatTotal = (ui: Ui, steps: Pick<Step, 'duration'>[]) => formatDuration(ui, massageSeconds(steps));
