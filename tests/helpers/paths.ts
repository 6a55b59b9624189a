import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = resolve(ROOT, 'dist');

/** Tests of the built output need a build; `npm test` makes one first. */
export function distFile(path: string): string {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does it for you)');
  return resolve(DIST, path.replace(/^\//, ''));
}
