/**
 * What a release build (`npm run release`) asks beyond an ordinary one, and the one date every build stamps.
 *
 * Nothing in the output may read the clock: two builds of one commit must give the same bytes (tests/build/
 * reproducible.test.ts). The date of a build is the release day of the kit's version (CHANGELOG.md, read by
 * src/cite/release.ts) — for a release and for an ordinary build alike, so ordinary builds are reproducible too.
 */
import type { Problem } from '../content/errors.ts';

/** The address in astro.config.mjs when LANCAR_SITE_URL is unset: fine to try the kit, wrong to publish. */
export const PLACEHOLDER_SITE = 'https://lancar.example.org';

/** What is wrong with the site address for a release (undefined: it will do). */
export function siteAddressProblem(value: string | undefined): Problem | undefined {
  const file = 'LANCAR_SITE_URL (environment setting)';
  const todo = 'set it to the address the kit is published at, e.g. LANCAR_SITE_URL=https://asi.example.id npm run release';
  if (!value?.trim()) return { file, message: `is not set, so every link, QR code and citation would point at ${PLACEHOLDER_SITE}; ${todo}` };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { file, message: `"${value}" is not a web address; ${todo}` };
  }
  if (url.origin === PLACEHOLDER_SITE) return { file, message: `is the placeholder ${PLACEHOLDER_SITE}, which is nobody's site; ${todo}` };
  if (url.protocol !== 'https:') return { file, message: `"${value}" is not https: the service worker and "save for offline" need https; ${todo}` };
  return undefined;
}

/** The moment a build is dated: the release day at midnight UTC, never the clock. */
export function releaseMoment(day: string): Date {
  const moment = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(moment.getTime()) || !moment.toISOString().startsWith(day)) throw new RangeError(`not a day: ${day}`);
  return moment;
}
