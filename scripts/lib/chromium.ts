/**
 * The one browser the browser tests and the bench run: Debian's Chromium, never a downloaded one. Its path is
 * read here only, so a machine with Chromium elsewhere sets LANCAR_CHROMIUM instead of editing code.
 */
import { existsSync } from 'node:fs';

/** Where Debian's chromium package puts the browser. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Every launch's flags: headless, no sandbox (containers), nothing fetched or updated behind a measurement's back. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** LANCAR_CHROMIUM if set, else Debian's path; a missing browser fails here with what to do, not deep in a launch. */
export function chromiumPath(env: Record<string, string | undefined> = process.env, exists: (path: string) => boolean = existsSync): string {
  const path = env.LANCAR_CHROMIUM || DEFAULT_CHROMIUM;
  if (!exists(path)) {
    throw new Error(`Chromium not found at ${path}; install Debian's chromium (apt-get install -y chromium) or set LANCAR_CHROMIUM to its path`);
  }
  return path;
}
