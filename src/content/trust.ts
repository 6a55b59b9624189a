/**
 * What every page and every PDF says about itself, as health-information publishers do: when its content was last
 * checked against its sources and by whom (a role), that no clinician has reviewed it yet, which version of the kit
 * it is, and the licence that lets anyone copy and adapt it. The words are each language's (ui.yaml `trust`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fill } from '../i18n/strings.ts';
import type { Ui } from './schemas/index.ts';

/** The kit's version comes from one place: package.json. */
export const VERSION: string = (JSON.parse(readFileSync(resolve(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version;

/**
 * Where readers send corrections: an e-mail address or a web address, set by whoever publishes the site
 * (LANCAR_REPORT_TO, like LANCAR_SITE_URL). Unset, the editorial page says so rather than print an invented address.
 */
export function reportAddress(value = process.env.LANCAR_REPORT_TO): { href: string; label: string } | undefined {
  const given = value?.trim();
  if (!given) return undefined;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(given)) return { href: `mailto:${given}`, label: given };
  if (/^https:\/\/\S+$/.test(given)) return { href: given, label: given.replace(/^https:\/\//, '') };
  throw new Error(`LANCAR_REPORT_TO is "${given}": give an e-mail address or an https:// address where readers can report an error`);
}

/** The content licence, the same in every language (the words around it are translated). */
export const CONTENT_LICENCE = { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' } as const;

/** "2026-11-30" → "30 November 2026" in the language of `lang`; the day is a calendar day, so no time zone shifts it. */
export function formatDay(lang: string, day: string): string {
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** A document drawn from several files was checked no later than its least recently checked file. */
export const oldestDay = (days: string[]): string => [...days].sort()[0]!;

export interface TrustLine {
  checked: string;
  version: string;
  clinicalReview: string;
  licence: string;
}

/** The trust line's parts for content last checked on `day`, in the language of `ui`. */
export function trustLine(ui: Ui, day: string, version = VERSION): TrustLine {
  return {
    checked: fill(ui.trust.checked, { date: formatDay(ui.locale.lang, day), who: ui.trust.checkedBy }),
    version: fill(ui.trust.version, { version }),
    clinicalReview: ui.trust.clinicalReview,
    licence: `${ui.trust.licence} ${CONTENT_LICENCE.name}`,
  };
}

/** The same as one line of print: "Checked …. Not yet reviewed …. Lancar 0.2.0. Free to copy: CC BY-SA 4.0." */
export function trustText(ui: Ui, day: string, version = VERSION): string {
  const line = trustLine(ui, day, version);
  // The parts are written to stand alone on the site; in one line of print each ends as a sentence.
  const sentence = (part: string) => (/[.!?]$/.test(part) ? part : `${part}.`);
  return [line.checked, line.clinicalReview, line.version, `${ui.trust.freeToCopy} ${CONTENT_LICENCE.name}`].map(sentence).join(' ');
}
