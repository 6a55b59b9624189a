/**
 * Languages are data: a locale is any folder of content/ that holds a ui.yaml. Bahasa Indonesia comes first.
 * Read by astro.config.mjs (for Astro's i18n routing) and by the content checks.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_LOCALE = 'id';

export function discoverLocales(contentDir: string): string[] {
  const found = readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(contentDir, entry.name, 'ui.yaml')))
    .map((entry) => entry.name);
  // Default locale first, the rest in alphabetical order, so every list and switch reads the same way.
  return found.sort((a, b) => (a === DEFAULT_LOCALE ? -1 : b === DEFAULT_LOCALE ? 1 : a.localeCompare(b)));
}
