/** What dist/sw.js keeps for offline, read from the built worker (no test runner needed: the bench reads it too). */
import { readFileSync } from 'node:fs';
import { distFile } from './paths.ts';

const worker = () => readFileSync(distFile('/sw.js'), 'utf8');
export const builtVersion = (): string => /^const VERSION = "([0-9a-f]+)";/m.exec(worker())![1]!;
/** Locale → the files the worker keeps for a reader of that language. */
export const builtPrecache = (): Record<string, string[]> => JSON.parse(/^const PRECACHE = (.*);$/m.exec(worker())![1]!);
export const builtFallback = (): Record<string, string> => JSON.parse(/^const FALLBACK = (.*);$/m.exec(worker())![1]!);
