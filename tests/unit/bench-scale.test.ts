/**
 * The pure parts of `npm run bench -- --scale`: reading the build's last lines (any phases, the renders line when
 * there is one) and multiplying pages with their twins, keys and slugs unique, links kept inside each copy.
 */
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { frontmatterOf, markdownLinks, parseMdx } from '../../src/content/mdx.ts';
import { parseBuildOutput, scaleFactors, summaryTable } from '../../scripts/lib/bench-scale.ts';
import { copyTitle, multiplyPages, type PageText } from '../../scripts/lib/multiply-content.ts';

describe('parseBuildOutput', () => {
  it('reads every phase, the renders line and the totals', () => {
    const out = [
      '[5/5] Replacing dist/…',
      'Renders: 87 rendered, 12 from cache',
      'Phases: content 0.4 s, astro 30.1 s, renders 12.0 s, addresses 0.2 s, search 3.1 s, finish 0.5 s',
      'Done in 46.3 s: dist/ holds 81 pages and 30 PDFs.',
    ].join('\n');
    expect(parseBuildOutput(out)).toEqual({
      phases: [
        ['content', 0.4],
        ['astro', 30.1],
        ['renders', 12],
        ['addresses', 0.2],
        ['search', 3.1],
        ['finish', 0.5],
      ],
      renders: { rendered: 87, cached: 12 },
      seconds: 46.3,
      pages: 81,
      pdfs: 30,
    });
  });

  it('has no renders without the line, and no phases without theirs', () => {
    const report = parseBuildOutput('Phases: content 1.0 s, new phase 2.5 s\nDone in 3.5 s: dist/ holds 2 pages and 0 PDFs.\n');
    expect(report.phases).toEqual([
      ['content', 1],
      ['new phase', 2.5],
    ]);
    expect(report.renders).toBeUndefined();
    expect(parseBuildOutput('Build stopped after 1.0 s').phases).toEqual([]);
  });
});

describe('scaleFactors', () => {
  it("sums up each factor with the first search's bytes and time to results, or dashes when not measured", () => {
    const runs = [{ name: 'clean', wall: 30, report: { phases: [], pages: 44, pdfs: 44 }, distBytes: 2 ** 20 }];
    const [head, , measured, unmeasured] = summaryTable([
      { factor: 1, runs, firstSearch: { bytes: 93 * 1024, firstResult: 1520 } },
      { factor: 10, runs },
    ]);
    expect(head).toContain('| first search | first results |');
    expect(measured).toMatch(/\| 93\.0 KB \| 1\.52 s \|$/);
    expect(unmeasured).toMatch(/\| – \| – \|$/);
  });

  it('reads --scale and --scale=…', () => {
    expect(scaleFactors([])).toBeUndefined();
    expect(scaleFactors(['--scale'])).toEqual([1, 10, 30]);
    expect(scaleFactors(['--scale=1,10'])).toEqual([1, 10]);
    expect(() => scaleFactors(['--scale=0'])).toThrow(/whole factors/);
  });
});

const page = (path: string, key: string, slug: string, title: string, body: string): PageText => ({
  path,
  text: `---\nkey: ${key}\nslug: ${JSON.stringify(slug)}\ntitle: ${title}\ndescription: A page.\nchecked: 2026-11-30\n---\n\n${body}\n`,
});

const fixture: PageText[] = [
  page('id/index.mdx', 'home', '', 'Beranda', 'Baca [pijat](/id/pijat-oksitosin/#langkah-2) dan [bukti](/id/bukti/).'),
  page('id/pijat-oksitosin.mdx', 'massage', 'pijat-oksitosin', 'Pijat oksitosin', 'Lihat [beranda](/id/) dan [PDF](/id/leaflet-a4.pdf).'),
  page('en/index.mdx', 'home', '', 'Home', 'Read [massage](/en/oxytocin-massage/#step-2 "the steps").'),
  page('en/oxytocin-massage.mdx', 'massage', 'oxytocin-massage', 'Oxytocin massage', 'See [home](/en/).'),
];

const read = (p: PageText) => ({ ...(load(frontmatterOf(parseMdx(p.text))!) as { key: string; slug: string; title: string }), locale: p.path.split('/')[0]! });

describe('multiplyPages', () => {
  const copies = multiplyPages(fixture, 3);
  const all = [...fixture, ...copies].map((p) => ({ ...p, ...read(p) }));

  it('adds factor − 1 copies of every page, in new files', () => {
    expect(copies).toHaveLength(fixture.length * 2);
    expect(new Set(all.map((p) => p.path)).size).toBe(all.length);
    expect(multiplyPages(fixture, 1)).toEqual([]);
  });

  it('keeps keys and slugs unique in each language and every key paired with its twin', () => {
    for (const locale of ['id', 'en']) {
      const own = all.filter((p) => p.locale === locale);
      expect(new Set(own.map((p) => p.key)).size).toBe(own.length);
      expect(new Set(own.map((p) => p.slug)).size).toBe(own.length);
      expect(own.filter((p) => p.slug === '').map((p) => p.key)).toEqual(['home']);
    }
    const keys = (locale: string) =>
      all
        .filter((p) => p.locale === locale)
        .map((p) => p.key)
        .sort();
    expect(keys('en')).toEqual(keys('id'));
    expect(new Set(all.map((p) => p.title)).size).toBe(all.length);
  });

  it('points links at the same copy of the page, anchors kept, and leaves other links alone', () => {
    const links = (path: string) => markdownLinks(parseMdx(copies.find((c) => c.path === path)!.text)).map((l) => l.url);
    expect(links('id/index-x2.mdx')).toEqual(['/id/pijat-oksitosin-x2/#langkah-2', '/id/bukti/']);
    expect(links('id/pijat-oksitosin-x3.mdx')).toEqual(['/id/home-x3/', '/id/leaflet-a4.pdf']);
    expect(links('en/index-x3.mdx')).toEqual(['/en/oxytocin-massage-x3/#step-2']);
  });

  it('keeps a title within the 80 characters a title may have', () => {
    expect(copyTitle('x'.repeat(80), 12)).toHaveLength(80);
    expect(copyTitle('Pijat', 2)).toBe('Pijat (2)');
  });
});
