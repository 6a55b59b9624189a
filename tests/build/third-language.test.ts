/**
 * "A third language is a folder and a file, not code": copy English into content/jv/, give it its own name,
 * and the build makes its pages, hreflang, language switch, leaflet and search index with no code change.
 */
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/content/read-files.ts';
import { build, edit, projectCopy, removeCopies } from '../helpers/project.ts';

afterAll(removeCopies);

describe('adding a language', () => {
  // A whole build of three languages (66 PDFs with their thumbnails) while CI runs the browser tests beside it:
  // about two minutes alone, more than three on a busy two-core machine.
  it('takes a content folder with its ui.yaml and nothing else', { timeout: 420_000 }, () => {
    const dir = projectCopy();
    cpSync(join(dir, 'content/en'), join(dir, 'content/jv'), { recursive: true });
    edit(dir, 'content/jv/ui.yaml', (t) => t.replace('name: English', 'name: Basa Jawa').replace('lang: en', 'lang: jv'));
    const result = build(dir);
    expect(result.status, result.out).toBe(0);
    const pages = readContentFiles(dir).files.filter((f) => f.collection === 'pages' && f.file.startsWith('content/en/')).length;
    expect(result.out).toMatch(new RegExp(`jv: ${pages}\\b`));

    const page = parse(readFileSync(join(dir, 'dist/jv/oxytocin-massage/index.html'), 'utf8'));
    expect(page.querySelector('html')!.getAttribute('lang')).toBe('jv');
    expect(
      page
        .querySelectorAll('link[rel="alternate"]')
        .map((l) => l.getAttribute('hreflang'))
        .sort(),
    ).toEqual(['en', 'id', 'jv', 'x-default']);
    const idPage = parse(readFileSync(join(dir, 'dist/id/pijat-oksitosin/index.html'), 'utf8'));
    expect(idPage.querySelector('header a[hreflang="jv"]')!.getAttribute('href')).toBe('/jv/oxytocin-massage/');
    expect(existsSync(join(dir, 'dist/jv/oxytocin-massage-leaflet-a4.pdf'))).toBe(true);
    expect(readdirSync(join(dir, 'dist/pagefind')).some((f) => f.startsWith('pagefind.jv_'))).toBe(true);
    // Pagefind has no Javanese stemmer: its search page loads the language-neutral wasm, which the build keeps.
    const search = parse(readFileSync(join(dir, 'dist/jv/search/index.html'), 'utf8'));
    const { preload } = JSON.parse(search.querySelector('script#search-data')!.text) as { preload: string[] };
    const wasm = preload.find((href) => href.endsWith('.pagefind'))!;
    expect(wasm).toBe('/pagefind/wasm.unknown.pagefind');
    expect(existsSync(join(dir, 'dist', wasm))).toBe(true);
  });
});
