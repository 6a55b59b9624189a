/**
 * The build step after Pagefind: which of its files are dropped, and what a search page gets (preload links for
 * its language and the title of every indexed page), on a small made-up dist/.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { languageIndex, linkSearchPages, preloadLinks, unusedFiles, type PagefindEntry } from '../../scripts/lib/pagefind-files.ts';

const entry: PagefindEntry = {
  version: '1.6.0',
  languages: {
    id: { hash: 'id_12b1e03a66', wasm: 'id', page_count: 2 },
    jv: { hash: 'jv_0a1b2c3d4e', wasm: null, page_count: 1 },
  },
};

describe('Pagefind files', () => {
  it('picks the index of a page language by its code, or by the code before "-"', () => {
    expect(languageIndex(entry, 'id')?.hash).toBe('id_12b1e03a66');
    expect(languageIndex(entry, 'ID-id')?.hash).toBe('id_12b1e03a66');
    expect(languageIndex(entry, 'en')).toBeUndefined();
  });

  it('drops the ready-made interfaces and the worker, and the stemmer-less wasm only when no language needs it', () => {
    const files = ['pagefind.js', 'pagefind-worker.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-highlight.js', 'pagefind-entry.json', 'wasm.id.pagefind', 'wasm.unknown.pagefind'];
    expect(unusedFiles(files, entry).sort()).toEqual(['pagefind-highlight.js', 'pagefind-modular-ui.js', 'pagefind-ui.css', 'pagefind-ui.js', 'pagefind-worker.js']);
    const stemmed = { ...entry, languages: { id: entry.languages.id! } };
    expect(unusedFiles(files, stemmed)).toContain('wasm.unknown.pagefind');
  });

  it('preloads the script, the tagged entry, the metadata and the wasm of one language, in CORS mode', () => {
    const links = preloadLinks(entry, 'jv', 'abc1234567');
    expect(links).toContain('<link rel="modulepreload" href="/pagefind/pagefind.js">');
    expect(links).toContain('<link rel="preload" href="/pagefind/pagefind-entry.json?ts=abc1234567" as="fetch" crossorigin>');
    expect(links).toContain('<link rel="preload" href="/pagefind/pagefind.jv_0a1b2c3d4e.pf_meta" as="fetch" crossorigin>');
    expect(links).toContain('<link rel="preload" href="/pagefind/wasm.unknown.pagefind" as="fetch" crossorigin>');
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
    const fragment = (url: string, title: string) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify({ url, meta: { title } }))]));
    writeFileSync(join(dist, 'pagefind/fragment/id_aaa1111.pf_fragment'), fragment('/id/pijat-oksitosin/', 'Pijat <oksitosin>'));
    writeFileSync(join(dist, 'pagefind/fragment/id_bbb2222.pf_fragment'), fragment('/id/tanda-bahaya/', 'Tanda bahaya'));
    writeFileSync(join(dist, 'pagefind/fragment/jv_ccc3333.pf_fragment'), fragment('/jv/', 'Pijet'));
    writeFileSync(join(dist, 'id/cari/index.html'), `<html lang="${searchLang}"><head><title>Cari</title></head><body><form data-pagefind-preload></form></body></html>`);
    writeFileSync(join(dist, 'id/index.html'), '<html lang="id"><head></head><body></body></html>');
    return dist;
  }

  it('gives a search page its language\'s links and the title of each of its pages, and leaves other pages alone', () => {
    const dir = site('id');
    expect(linkSearchPages(dir)).toEqual(['id/cari/index.html']);
    const html = readFileSync(join(dir, 'id/cari/index.html'), 'utf8');
    expect(html).toMatch(/<link rel="preload" href="\/pagefind\/wasm\.id\.pagefind" as="fetch" crossorigin><script/);
    const pages = JSON.parse(/<script type="application\/json" id="search-pages">(.*?)<\/script>/.exec(html)![1]!);
    expect(pages).toEqual({ id_aaa1111: ['/id/pijat-oksitosin/', 'Pijat <oksitosin>'], id_bbb2222: ['/id/tanda-bahaya/', 'Tanda bahaya'] });
    // A title cannot end the script element early.
    expect(html).not.toContain('Pijat <oksitosin>');
    expect(readFileSync(join(dir, 'id/index.html'), 'utf8')).toBe('<html lang="id"><head></head><body></body></html>');
    expect(readdirSync(join(dir, 'pagefind')).sort()).toEqual(['fragment', 'pagefind-entry.json', 'pagefind.js', 'wasm.id.pagefind', 'wasm.unknown.pagefind']);
  });

  it('refuses a search page in a language with no indexed page, naming the page and what to do', () => {
    expect(() => linkSearchPages(site('su'))).toThrow(/id\/cari\/index\.html: a search page in language "su", but Pagefind indexed no page in it; mark some of its pages searchable/);
  });
});
