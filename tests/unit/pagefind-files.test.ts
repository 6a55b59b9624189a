/**
 * The build step after Pagefind: which of its files are dropped, and what a search page gets (preload links for
 * its language and the title of every indexed page), on a small made-up dist/.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { languageCode, linkSearchPages, unusedFiles, type PagefindEntry } from '../../scripts/lib/pagefind-files.ts';

const entry: PagefindEntry = {
  version: '1.6.0',
  languages: {
    id: { hash: 'id_12b1e03a66', wasm: 'id', page_count: 2 },
    jv: { hash: 'jv_0a1b2c3d4e', wasm: null, page_count: 1 },
  },
};

describe('Pagefind files', () => {
  it('picks the index of a page language by its code, or by the code before "-"', () => {
    expect(languageCode(entry, 'id')).toBe('id');
    expect(languageCode(entry, 'ID-id')).toBe('id');
    expect(languageCode(entry, 'en')).toBeUndefined();
  });

  it('drops the ready-made interfaces and the worker, and the stemmer-less wasm only when no language needs it', () => {
    const files = [
      'pagefind.js',
      'pagefind-worker.js',
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-highlight.js',
      'pagefind-entry.json',
      'wasm.id.pagefind',
      'wasm.unknown.pagefind',
    ];
    expect(unusedFiles(files, entry).sort()).toEqual([
      'pagefind-highlight.js',
      'pagefind-modular-ui.js',
      'pagefind-ui.css',
      'pagefind-ui.js',
      'pagefind-worker.js',
    ]);
    const stemmed = { ...entry, languages: { id: entry.languages.id! } };
    expect(unusedFiles(files, stemmed)).toContain('wasm.unknown.pagefind');
  });
});

describe('linking the search pages', () => {
  let dist = '';
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  function site(searchLang: string): string {
    dist = mkdtempSync(join(tmpdir(), 'lancar-pagefind-'));
    mkdirSync(join(dist, 'pagefind/fragment'), { recursive: true });
    mkdirSync(join(dist, 'id/cari'), { recursive: true });
    writeFileSync(join(dist, 'pagefind/pagefind-entry.json'), JSON.stringify(entry));
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'wasm.id.pagefind', 'wasm.unknown.pagefind']) writeFileSync(join(dist, 'pagefind', file), '');
    const fragment = (url: string, title: string) =>
      gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify({ url, meta: { title } }))]));
    writeFileSync(join(dist, 'pagefind/fragment/id_aaa1111.pf_fragment'), fragment('/id/pijat-oksitosin/', 'Pijat <oksitosin>'));
    writeFileSync(join(dist, 'pagefind/fragment/id_bbb2222.pf_fragment'), fragment('/id/tanda-bahaya/', 'Tanda bahaya'));
    writeFileSync(join(dist, 'pagefind/fragment/jv_ccc3333.pf_fragment'), fragment('/jv/', 'Pijet'));
    writeFileSync(
      join(dist, 'id/cari/index.html'),
      `<html lang="${searchLang}"><head><title>Cari</title></head><body><form data-search-page></form></body></html>`,
    );
    writeFileSync(join(dist, 'id/index.html'), '<html lang="id"><head></head><body></body></html>');
    return dist;
  }

  const dataOf = (html: string) => JSON.parse(/<script type="application\/json" id="search-data">(.*?)<\/script><\/head>/.exec(html)![1]!);

  it("tells a search page its language's files and the title of each of its pages, and leaves other pages alone", () => {
    const dir = site('id');
    expect(linkSearchPages(dir)).toEqual(['id/cari/index.html']);
    const html = readFileSync(join(dir, 'id/cari/index.html'), 'utf8');
    const { tag, preload, pages } = dataOf(html);
    expect(tag).toMatch(/^[0-9a-f]{10}$/);
    expect(preload).toEqual([`/pagefind/pagefind-entry.json?ts=${tag}`, '/pagefind/pagefind.id_12b1e03a66.pf_meta', '/pagefind/wasm.id.pagefind']);
    expect(pages).toEqual({ id_aaa1111: ['/id/pijat-oksitosin/', 'Pijat <oksitosin>'], id_bbb2222: ['/id/tanda-bahaya/', 'Tanda bahaya'] });
    // A title cannot end the script element early.
    expect(html).not.toContain('Pijat <oksitosin>');
    expect(readFileSync(join(dir, 'id/index.html'), 'utf8')).toBe('<html lang="id"><head></head><body></body></html>');
    expect(readdirSync(join(dir, 'pagefind')).sort()).toEqual(['fragment', 'pagefind-entry.json', 'pagefind.js', 'wasm.id.pagefind', 'wasm.unknown.pagefind']);
  });

  it('gives a language without a stemmer the language-neutral wasm', () => {
    const dir = site('jv');
    linkSearchPages(dir);
    expect(dataOf(readFileSync(join(dir, 'id/cari/index.html'), 'utf8')).preload).toContain('/pagefind/wasm.unknown.pagefind');
  });

  it('refuses a search page in a language with no indexed page, naming the page and what to do', () => {
    expect(() => linkSearchPages(site('su'))).toThrow(
      /id\/cari\/index\.html: a search page in language "su", but Pagefind indexed no page in it; mark some of its pages searchable/,
    );
  });
});
