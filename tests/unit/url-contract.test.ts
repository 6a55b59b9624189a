import { describe, expect, it } from 'vitest';
import { parseWithFriendlyErrors } from '../../src/content/friendly-errors.ts';
import { redirectProblems } from '../../src/content/redirects.ts';
import { redirectsSchema } from '../../src/content/schemas/redirect.ts';
import { addAnchorAlias, checkContract, formatUrlList, missingMessage, parseUrlList, publishedIds, scanSite } from '../../src/urls/contract.ts';
import { anchorAliases, noLocaleAliases, redirectsFile } from '../../src/urls/redirects.ts';

const page = (body: string) => `<!doctype html><html><head><title>x</title></head><body><main id="main">${body}</main></body></html>`;
const redirectPage = (to: string) => `<html><head><meta http-equiv="refresh" content="0; url=${to}"></head><body></body></html>`;

describe('which ids a page publishes', () => {
  it('keeps sections, h2/h3 headings, steps, references, table rows, figures and glossary entries', () => {
    const html = page(`
      <h2 id="myths">Myths</h2><h3 id="colostrum">Colostrum</h3>
      <section id="safety" aria-labelledby="safety-h"><h2 id="safety-h">Check first</h2></section>
      <ol><li id="step-1">Prepare</li></ol><ol><li id="ref-sari2018">Sari</li></ol>
      <table><tr id="report-sari2018"><td>x</td></tr></table>
      <figure id="fig-reflexes"></figure>
      <dl class="glossary"><div id="kolostrum"><dt>Kolostrum</dt></div></dl>`);
    expect(publishedIds(html).sort()).toEqual(['colostrum', 'fig-reflexes', 'kolostrum', 'myths', 'ref-sari2018', 'report-sari2018', 'safety', 'step-1']);
  });

  it('leaves out main, the guided mode internals, section heading duplicates and form controls', () => {
    const html = page(`
      <section id="g-safety"><h2 id="g-safety-h" tabindex="-1">Check</h2></section><h2 id="g-done-h">Done</h2>
      <section id="when"><h2 id="when-h">When</h2></section>
      <input id="q"><p id="search-status"></p><div id="results"></div><span id="contact-0-preview"></span>`);
    expect(publishedIds(html)).toEqual(['when']);
  });
});

describe('scanning a built site', () => {
  const files = [
    { path: 'index.html', html: page('') },
    { path: 'id/bukti/index.html', html: page('<h2 id="ringkasan">R</h2><input id="q">') },
    { path: 's/pijat/index.html', html: redirectPage('/id/pijat-oksitosin/') },
    { path: 'pijat-oksitosin/index.html', html: redirectPage('/id/pijat-oksitosin/') },
    { path: 'id/404.html', html: page('<h2 id="x">x</h2>') },
    { path: 'id/leaflet-pijat-oksitosin-a4.pdf' },
    { path: 'id/share/langkah-1.png' },
    { path: 'illustrations/hands.svg' },
    { path: 'og/id/bukti.png' },
    { path: 'id/leaflet-pijat-oksitosin-a4.webp' },
    { path: '_astro/site.abc123.js' },
  ];
  const site = scanSite(files);

  it('publishes pages, their sections, PDFs, share pictures, drawings and short links, and nothing else', () => {
    expect(site.published).toEqual([
      '/',
      '/id/bukti/',
      '/id/bukti/#ringkasan',
      '/id/leaflet-pijat-oksitosin-a4.pdf',
      '/id/share/langkah-1.png',
      '/illustrations/hands.svg',
      '/s/pijat/',
    ]);
  });

  it('knows every address that answers, redirect pages included, and every id of each page', () => {
    expect(site.paths.has('/pijat-oksitosin/')).toBe(true);
    expect(site.paths.has('/og/id/bukti.png')).toBe(true);
    expect(site.ids.get('/id/bukti/')).toEqual(new Set(['main', 'ringkasan', 'q']));
  });

  it('finds nothing missing and nothing new when the list matches', () => {
    expect(checkContract(site.published, site, [])).toEqual({ missing: [], added: [] });
  });

  it('names a listed page, file or section the build no longer makes', () => {
    const listed = [...site.published, '/id/glosarium/', '/id/glosarium/#asi', '/id/old.pdf', '/id/bukti/#gone'];
    expect(checkContract(listed, site, []).missing).toEqual(['/id/glosarium/', '/id/glosarium/#asi', '/id/old.pdf', '/id/bukti/#gone']);
  });

  it('lets a redirect cover a page with its sections, a file, and a section', () => {
    const listed = [...site.published, '/id/glosarium/', '/id/glosarium/#asi', '/id/old.pdf', '/id/bukti/#gone'];
    const redirects = [
      { from: '/id/glosarium/', to: '/id/bukti/' },
      { from: '/id/old.pdf', to: '/id/leaflet-pijat-oksitosin-a4.pdf' },
      { from: '/id/bukti/#gone', to: '/id/bukti/#ringkasan' },
    ];
    expect(checkContract(listed, site, redirects).missing).toEqual([]);
  });

  it('keeps a listed section whose id is still on the page, even if the rule no longer publishes it', () => {
    expect(checkContract([...site.published, '/id/bukti/#q'], site, []).missing).toEqual([]);
  });

  it('reports URLs the list does not have yet', () => {
    expect(checkContract(['/', '/id/bukti/'], site, []).added).toEqual([
      '/id/bukti/#ringkasan',
      '/id/leaflet-pijat-oksitosin-a4.pdf',
      '/id/share/langkah-1.png',
      '/illustrations/hands.svg',
      '/s/pijat/',
    ]);
  });

  it('tells the author which redirect to add', () => {
    expect(missingMessage('/id/glosarium/')).toContain('add a redirect in content/redirects.yaml from "/id/glosarium/" to the page readers should go to now');
    expect(missingMessage('/id/bukti/#old')).toContain('to /id/bukti/#<new-id>');
  });
});

describe('the list file', () => {
  it('reads back what it writes, sorted, without duplicates, behind a comment header', () => {
    const text = formatUrlList(['/id/', '/en/', '/id/']);
    expect(text.startsWith('# ')).toBe(true);
    expect(parseUrlList(text)).toEqual(['/en/', '/id/']);
  });
});

describe('renamed sections', () => {
  it('leaves an empty element with the old id at the start of the new one', () => {
    const html = page('<p data-id="new">x</p><section id="intro"></section><h2 class="a" id="new">New</h2>');
    expect(addAnchorAlias(html, 'old', 'new')).toContain('<h2 class="a" id="new"><span id="old"></span>New</h2>');
    expect(addAnchorAlias(page('<ol><li id="new">x</li></ol>'), 'old', 'new')).toContain('<li id="new"><span id="old"></span>x</li>');
  });

  it('puts it in the first cell of a table row and the term of a glossary entry, where HTML allows it', () => {
    expect(addAnchorAlias(page('<tr id="new"><td>x</td></tr>'), 'old', 'new')).toContain('<tr id="new"><td><span id="old"></span>x</td>');
    expect(addAnchorAlias(page('<dl><div id="new"><dt>x</dt></div></dl>'), 'old', 'new')).toContain('<div id="new"><dt><span id="old"></span>x</dt>');
  });

  it('returns nothing when the page has no such id', () => {
    expect(addAnchorAlias(page('<h2 id="other">x</h2>'), 'old', 'new')).toBeUndefined();
  });

  it('are read from redirects whose old and new address both name a section', () => {
    expect(
      anchorAliases([
        { from: '/id/bukti/#old', to: '/id/bukti/#new' },
        { from: '/id/x/', to: '/id/bukti/' },
      ]),
    ).toEqual([{ page: '/id/bukti/', oldId: 'old', newId: 'new' }]);
  });
});

describe('redirect entries', () => {
  const pages = new Set(['/id/', '/id/bukti/']);
  const problems = (from: string, to: string) => redirectProblems([{ from, to }], pages).map((p) => p.message);

  it('accept an old page, file or section', () => {
    expect(
      redirectProblems(
        [
          { from: '/id/old/', to: '/id/bukti/' },
          { from: '/id/bukti/#a', to: '/id/bukti/#b' },
        ],
        pages,
      ),
    ).toEqual([]);
  });

  it('refuse an old address that is a live page', () => {
    expect(problems('/id/bukti/', '/id/')).toEqual([expect.stringContaining('is a live address of the site')]);
  });

  it('refuse moving a section to another page, or to no section', () => {
    expect(problems('/id/bukti/#a', '/id/#b')[0]).toContain('same page');
    expect(problems('/id/bukti/#a', '/id/bukti/')[0]).toContain('must lead to a section');
  });

  it('refuse chains', () => {
    const found = redirectProblems(
      [
        { from: '/a/', to: '/b/' },
        { from: '/b/', to: '/id/' },
      ],
      pages,
    );
    expect(found.map((p) => p.field)).toEqual(['/a/']);
  });
});

describe('content/redirects.yaml', () => {
  const problems = (data: unknown) => {
    const result = parseWithFriendlyErrors(redirectsSchema, data, 'content/redirects.yaml');
    return result.success ? [] : result.problems;
  };

  it('accepts site addresses of pages, sections and files', () => {
    expect(problems({ '/id/old/': '/id/bukti/', '/id/bukti/#a': '/id/bukti/#b', '/id/old.pdf': '/id/cetak/' })).toEqual([]);
  });

  it('names the entry and says what an address looks like', () => {
    expect(problems({ '/Id/Old': '/id/bukti/', '/id/x/': 'id/bukti' })).toEqual([
      { file: 'content/redirects.yaml', field: '/Id/Old', message: expect.stringContaining('the old address must be an address on this site in lowercase') },
      { file: 'content/redirects.yaml', field: '/id/x/', message: expect.stringContaining('must lead to an address on this site') },
    ]);
  });
});

describe('addresses without a language', () => {
  const locales = ['id', 'en'];
  it('lead to the page of the language that has the slug', () => {
    const aliases = noLocaleAliases(
      [
        { locale: 'id', key: 'home', slug: '' },
        { locale: 'id', key: 'massage', slug: 'pijat-oksitosin' },
        { locale: 'en', key: 'massage', slug: 'oxytocin-massage' },
      ],
      locales,
    );
    expect(aliases).toEqual([
      { from: '/oxytocin-massage/', to: '/en/oxytocin-massage/' },
      { from: '/pijat-oksitosin/', to: '/id/pijat-oksitosin/' },
    ]);
  });

  it('send a slug both languages share for one page to Indonesian, and skip slugs of different pages or taken names', () => {
    const aliases = noLocaleAliases(
      [
        { locale: 'en', key: 'glossary', slug: 'glossary' },
        { locale: 'id', key: 'glossary', slug: 'glossary' },
        { locale: 'id', key: 'a', slug: 'sama' },
        { locale: 'en', key: 'b', slug: 'sama' },
        { locale: 'en', key: 'c', slug: 's' },
        { locale: 'en', key: 'd', slug: 'taken' },
      ],
      locales,
      new Set(['/taken/']),
    );
    expect(aliases).toEqual([{ from: '/glossary/', to: '/id/glossary/' }]);
  });
});

describe('the _redirects file', () => {
  const text = redirectsFile({
    moved: [
      { from: '/id/old/', to: '/id/bukti/' },
      { from: '/id/bukti/#a', to: '/id/bukti/#b' },
    ],
    shortLinks: [{ from: '/s/pijat/', to: '/id/pijat-oksitosin/' }],
    aliases: [{ from: '/pijat-oksitosin/', to: '/id/pijat-oksitosin/' }],
    locales: ['id', 'en'],
  });
  const rules = text.split('\n').filter((line) => line && !line.startsWith('#'));

  it('holds one 301 per moved page, short link and alias, and each language 404 rule last', () => {
    expect(rules).toEqual([
      '/id/old/ /id/bukti/ 301',
      '/s/pijat/ /id/pijat-oksitosin/ 301',
      '/pijat-oksitosin/ /id/pijat-oksitosin/ 301',
      '/id/* /id/404.html 404',
      '/en/* /en/404.html 404',
    ]);
  });
});
