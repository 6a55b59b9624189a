/**
 * "Cite this page" and the kit's citation: APA 7 and Vancouver as a reader copies them, in both languages, and the
 * BibTeX, RIS and CSL-JSON files, which a reference manager's parser (citation-js) must read back unchanged,
 * special characters included.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { apaText, bibtex, bibtexEscape, type Citable, cslJson, nlmDate, ris, vancouverText } from '../../src/cite/citation.ts';
import { nlmToday } from '../../src/cite/nlm-day.ts';
import { kitCitable, pageCitable } from '../../src/cite/sources.ts';
import { readLocale } from '../helpers/content.ts';

const SITE = 'https://lancar.example.org';
const page = (locale: string, key: string) => {
  const lc = readLocale(locale);
  return pageCitable(lc, lc.pages.find((p) => p.data.key === key)!.data, '0.2.0', SITE);
};
const en = page('en', 'massage');
const id = page('id', 'massage');

interface CslItem {
  title: string;
  author: { family?: string; literal?: string }[];
  issued: { 'date-parts': number[][] };
  version?: string;
  edition?: string;
  URL: string;
  language?: string;
}
const parse = async (text: string) => (await Cite.async(text)).data as CslItem[];

describe('APA 7', () => {
  it('cites a page with the kit as group author, its checked day, version and URL; no site name twice', () => {
    expect(apaText({ ...en, title: 'Oxytocin massage' })).toBe(
      'Lancar. (2026, November 30). Oxytocin massage (Version 0.2.0). https://lancar.example.org/en/oxytocin-massage/',
    );
  });

  it('writes Indonesian dates day first, with Indonesian months and "Versi"', () => {
    expect(apaText(id)).toBe('Lancar. (2026, 30 November). Pijat oksitosin (Versi 0.2.0). https://lancar.example.org/id/pijat-oksitosin/');
    expect(apaText({ ...id, day: '2027-08-05' })).toContain('(2027, 5 Agustus)');
    expect(apaText({ ...en, day: '2027-08-05' })).toContain('(2027, August 5)');
  });

  it('never names a person: the author is the site name of the language', () => {
    for (const c of [en, id]) expect(apaText(c).startsWith(`${readLocale(c.lang).ui.strings.siteName}. (`)).toBe(true);
  });
});

describe('Vancouver (NLM)', () => {
  it('cites a page as an Internet item, "[cited …]" left for the reader without a day', () => {
    expect(vancouverText(en)).toBe(
      'Lancar. The oxytocin massage [Internet]. Version 0.2.0. Lancar; 2026 Nov 30 [cited …]. Available from: https://lancar.example.org/en/oxytocin-massage/',
    );
    expect(vancouverText(id, '2026 Des 1')).toBe(
      'Lancar. Pijat oksitosin [Internet]. Versi 0.2.0. Lancar; 2026 Nov 30 [dikutip 2026 Des 1]. Tersedia dari: https://lancar.example.org/id/pijat-oksitosin/',
    );
  });

  it("writes NLM days in each language's short months, the reader's today included", () => {
    expect(nlmDate(id.words, '2026-05-01')).toBe('2026 Mei 1');
    expect(nlmDate(en.words, '2026-05-01')).toBe('2026 May 1');
    expect(nlmToday(id.words.monthsShort, new Date(2026, 11, 24))).toBe('2026 Des 24');
  });

  it('refuses a day that is not YYYY-MM-DD and a URL that would break a file', () => {
    expect(() => vancouverText({ ...en, day: '30/11/2026' })).toThrow('YYYY-MM-DD');
    expect(() => ris({ ...en, url: 'https://x.org/a b/' })).toThrow('no spaces or braces');
    expect(() => bibtex({ ...en, url: 'https://x.org/{a}/' })).toThrow('no spaces or braces');
  });
});

describe('the kit as a whole', () => {
  it('is "Lancar: <tagline>" at the home page of the language, on the release day', () => {
    const kit = kitCitable(readLocale('id'), { version: '0.2.0', day: '2026-11-30' }, SITE);
    expect(kit.title).toBe(`Lancar: ${readLocale('id').ui.strings.tagline}`);
    expect(apaText(kit)).toBe(`Lancar. (2026, 30 November). ${kit.title} (Versi 0.2.0). https://lancar.example.org/id/`);
  });
});

/** A title with every character TeX, RIS or JSON treat specially, and a line break. */
const tricky: Citable = { ...en, title: 'Milk & "let-down": 50% {faster}? $5_#1 ~ ^ \\ done\nnext line' };
const trickyOneLine = tricky.title.replace('\n', ' ');

describe('BibTeX', () => {
  it('escapes TeX specials so the title reads back unchanged', async () => {
    expect(bibtexEscape('a & b_c 50% #1 $2 {x}')).toBe('a \\& b\\_c 50\\% \\#1 \\$2 \\{x\\}');
    const text = bibtex(tricky);
    expect(text).toContain('\\& "let-down": 50\\% \\{faster\\}? \\$5\\_\\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{} done next line');
    const [item] = await parse(text);
    expect(item!.title).toBe(trickyOneLine);
  });

  it('reads back as a web page by the group author with its year, version and URL, in both languages', async () => {
    for (const c of [en, id]) {
      const [item] = await parse(bibtex(c));
      expect(item).toMatchObject({ title: c.title, version: '0.2.0', URL: c.url, language: c.lang, issued: { 'date-parts': [[2026, 11, 30]] } });
      expect(item!.author).toEqual([{ family: 'Lancar' }]);
    }
  });
});

describe('RIS', () => {
  it('writes every line as tag, two spaces, hyphen, space, and ends with ER', () => {
    const lines = ris(tricky).replace(/\n$/, '').split('\n');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.at(-1)).toBe('ER  - ');
    expect(lines).toContain(`TI  - ${trickyOneLine}`);
  });

  it('reads back with title, author, year, version (as edition) and URL', async () => {
    const [item] = await parse(ris(id));
    expect(item).toMatchObject({ title: 'Pijat oksitosin', edition: 'Versi 0.2.0', URL: id.url, issued: { 'date-parts': [[2026, 11, 30]] } });
    expect(item!.author).toEqual([{ family: 'Lancar' }]);
  });
});

describe('CSL-JSON', () => {
  it('is one web page with a literal group author, and JSON keeps any character', async () => {
    const [item] = JSON.parse(cslJson(tricky)) as CslItem[];
    expect(item).toMatchObject({ type: 'webpage', title: trickyOneLine, author: [{ literal: 'Lancar' }], version: '0.2.0', 'container-title': 'Lancar' });
    const [read] = await parse(cslJson(id));
    expect(read).toMatchObject({ title: 'Pijat oksitosin', URL: id.url, language: 'id', issued: { 'date-parts': [[2026, 11, 30]] } });
  });

  // citation-js loads its APA style and locale on first use, which takes seconds on a busy machine.
  it("formats under citation-js's APA template with our author, year, title and URL", { timeout: 60_000 }, async () => {
    const apa = (await Cite.async(cslJson(en))).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
    for (const part of ['Lancar.', '(2026, November 30)', en.title, en.url]) expect(apa).toContain(part);
  });
});
