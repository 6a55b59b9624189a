/**
 * The field kinds every content schema is built from, so the same mistake gets the same message in every file.
 * Messages that are not domain-specific come from the one friendly error map (../friendly-errors.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ILLUSTRATION_DIR } from '../layout.ts';

export const illustrationExists = (name: string): boolean => existsSync(resolve(ILLUSTRATION_DIR, `${name}.svg`));

/** A line of text: trimmed, never empty, at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1).max(max);

/** Reference ids; that each names an entry of content/references.yaml is a check across files (checks.ts). */
export const citeList = z.array(z.string().regex(/^[a-z0-9-]+$/, 'a reference id from content/references.yaml')).default([]);

/** One or more short lines. */
export const items = (max: number) => z.array(text(max)).min(1);

/** A file name without its extension. */
export const fileName = z.string().regex(/^[a-z0-9-]+$/, 'a file name: lowercase letters, digits and "-"');

/** The id of an entry in a keyed file (glossary term, report, figure). */
export const entryId = (what: string) => z.string().regex(/^[a-z0-9-]+$/, `${what} ids are lowercase letters, digits and "-"`);

/** A drawing of content/illustrations, named by its file name without ".svg". */
export const illustrationName = z
  .string()
  .regex(/^[a-z0-9-]+$/, 'the file name of an SVG in content/illustrations, without ".svg"')
  .superRefine((name, ctx) => {
    if (!illustrationExists(name)) {
      ctx.addIssue({ code: 'custom', message: `content/illustrations/${name}.svg does not exist; add the drawing or name an existing one` });
    }
  });

/**
 * When a file's content was last checked, claim by claim, against the sources it cites: `checked: 2026-11-30`.
 * YAML may hand over a Date; either way the content carries the ISO day, which pages and PDFs print.
 */
export const checkedSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'is missing; add the day the content was last checked against its sources, like 2026-11-30'
          : 'write the day like 2026-11-30',
    })
    .superRefine((day, ctx) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) ctx.addIssue({ code: 'custom', message: 'write the day like 2026-11-30' });
      else if (Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || !new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)) {
        ctx.addIssue({ code: 'custom', message: 'is not a real day; write it like 2026-11-30' });
      }
    }),
);

const DURATION = /^(?:(\d+)m)?(?:(\d+)s)?$/;
const DURATION_HINT = 'write a duration like "2m", "90s" or "1m30s"';

/** "90s", "2m", "1m30s" → seconds. Authors write durations the way they say them. */
export const durationSchema = z
  .string({ error: (issue) => (issue.input === undefined ? `is missing; ${DURATION_HINT}` : DURATION_HINT) })
  .regex(DURATION, DURATION_HINT)
  .refine((value) => value !== '', DURATION_HINT)
  .transform((value) => {
    const [, minutes = '0', seconds = '0'] = DURATION.exec(value)!;
    return Number(minutes) * 60 + Number(seconds);
  });
