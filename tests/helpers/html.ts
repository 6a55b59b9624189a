import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { distFile } from './paths.ts';

/** The built page at a site path such as /id/pijat-oksitosin/. */
export function page(path: string): HTMLElement {
  const file = distFile(path.endsWith('/') ? `${path}index.html` : path);
  return parse(readFileSync(file, 'utf8'));
}

/** A site path (from an absolute URL or a path) to the file that serves it. */
export function fileFor(url: string): string {
  const path = new URL(url, 'https://lancar.example.org').pathname;
  return distFile(path.endsWith('/') ? `${path}index.html` : path);
}
