/**
 * How to cite a page of Lancar, or the kit as a whole: APA 7 and Vancouver (NLM's "Citing Medicine") to copy,
 * BibTeX, RIS and CSL-JSON to download. Pure: the page's title, language, day and URL and the kit's version in,
 * text out. The author is the kit itself, a group author ("Lancar"): no person is ever named, none wrote it alone.
 */
import type { Ui } from '../content/schemas/index.ts';
import { fill } from '../i18n/strings.ts';
import { nlmDay } from './nlm-day.ts';

export type CiteWords = Ui['cite'];

export interface Citable {
  /** Stable across builds and languages' slugs: "lancar-en-massage" (the page's key), "lancar-en" (the kit). */
  id: string;
  title: string;
  /** BCP 47 tag of the page's language: "id", "en". */
  lang: string;
  /** The kit's version (package.json). */
  version: string;
  /** YYYY-MM-DD: the day the page's content was last checked, or the kit's release day. */
  day: string;
  /** The stable canonical URL. */
  url: string;
  /** The group author, who is also the publisher: ui.yaml's siteName. */
  author: string;
  words: CiteWords;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayParts(day: string): [number, number, number] {
  const match = DAY.exec(day);
  if (!match) throw new Error(`a citation's day must be YYYY-MM-DD, not "${day}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** A sentence's end: "Lancar" → "Lancar.", "Lancar." stays. */
const period = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** APA in three parts, so the title alone can be set in italics on screen. */
export interface ApaParts {
  lead: string;
  title: string;
  tail: string;
}

/**
 * APA 7, a web page with a group author: Author. (Date). *Title* (Version x). URL
 * The site name is left out because it is the author (APA 7, section 9.8 and its web page examples), and there is
 * no retrieval date: the page is versioned and dated, not content that changes unannounced.
 */
export function apaParts(c: Citable): ApaParts {
  const [year, month, day] = dayParts(c.day);
  const date = fill(c.words.apaDate, { year, month: c.words.months[month - 1]!, day });
  return { lead: `${period(c.author)} (${date}). `, title: c.title, tail: ` (${c.words.version} ${c.version}). ${c.url}` };
}

export const apaText = (c: Citable): string => Object.values(apaParts(c)).join('');

/** NLM's date: "2026 Nov 30", in the language's short month names. */
export function nlmDate(words: CiteWords, day: string): string {
  return nlmDay(words.monthsShort, ...dayParts(day));
}

/** What a static page puts in "[cited …]": the reader's day is filled in by the page script when it runs. */
export const CITED_UNKNOWN = '…';

/** Vancouver in three parts: the reader's "cited" day sits between `lead` and `tail`. */
export interface VancouverParts {
  lead: string;
  cited: string;
  tail: string;
}

/**
 * Vancouver (NLM "Citing Medicine", a web page): Author. Title [Internet]. Version x. Publisher; date [cited date].
 * Available from: URL. `cited` is the day the reader read it, which only the reader knows; left as "…" by default.
 */
export function vancouverParts(c: Citable, cited = CITED_UNKNOWN): VancouverParts {
  const w = c.words;
  return {
    lead: `${period(c.author)} ${c.title} ${w.internet}. ${w.version} ${c.version}. ${c.author}; ${nlmDate(w, c.day)} [${w.cited} `,
    cited,
    tail: `]. ${w.availableFrom} ${c.url}`,
  };
}

export const vancouverText = (c: Citable, cited?: string): string => Object.values(vancouverParts(c, cited)).join('');

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** A value inside BibTeX braces: TeX's special characters escaped, on one line. UTF-8 letters stay as they are. */
export const bibtexEscape = (text: string): string => oneLine(text).replace(/[\\{}#$%&_~^]/g, (ch) => BIBTEX_SPECIAL[ch]!);

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** biblatex's `langid` is a babel language name. */
const BABEL: Record<string, string> = { id: 'indonesian', en: 'english' };

function checkUrl(url: string): string {
  // A URL goes in verbatim (biblatex reads `url` as is); braces would end the field, line breaks the RIS line.
  if (/[\s{}]/.test(url)) throw new Error(`a citation's URL must have no spaces or braces: "${url}"`);
  return url;
}

/** biblatex @online (BibTeX styles without it read it as @misc). The author in double braces: one name, not split. */
export function bibtex(c: Citable): string {
  const [year] = dayParts(c.day);
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(c.author)}}`],
    // Double braces keep the title's capitals, which styles would otherwise lower.
    ['title', `{${bibtexEscape(c.title)}}`],
    ['version', bibtexEscape(c.version)],
    ['date', c.day],
    ['year', String(year)],
    ['organization', bibtexEscape(c.author)],
    ['url', checkUrl(c.url)],
    ['langid', BABEL[c.lang] ?? c.lang],
    ['language', c.lang],
  ];
  return `@online{${c.id},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}\n`;
}

/** A RIS line: two-letter tag, two spaces, hyphen, space, the value on one line. */
const risLine = (tag: string, value: string) => `${tag}  - ${oneLine(value)}`;

/** RIS, type ELEC (web page); ET carries the version, as reference managers show it as the edition. */
export function ris(c: Citable): string {
  const [year, month, day] = dayParts(c.day);
  const pad = (n: number) => String(n).padStart(2, '0');
  const lines = [
    risLine('TY', 'ELEC'),
    risLine('ID', c.id),
    risLine('AU', c.author),
    risLine('TI', c.title),
    risLine('PY', String(year)),
    risLine('DA', `${year}/${pad(month)}/${pad(day)}/`),
    risLine('ET', `${c.words.version} ${c.version}`),
    risLine('PB', c.author),
    risLine('LA', c.lang),
    risLine('UR', checkUrl(c.url)),
    'ER  - ',
  ];
  return `${lines.join('\n')}\n`;
}

/** CSL-JSON (an array of one item), as citation processors and Zotero read it. */
export function cslJson(c: Citable): string {
  const item = {
    id: c.id,
    type: 'webpage',
    title: oneLine(c.title),
    author: [{ literal: c.author }],
    issued: { 'date-parts': [dayParts(c.day)] },
    version: c.version,
    URL: checkUrl(c.url),
    language: c.lang,
    'container-title': c.author,
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}

/** The three files a reference manager imports. */
export const CITATION_FILES = {
  bib: { format: bibtex, type: 'application/x-bibtex; charset=utf-8' },
  ris: { format: ris, type: 'application/x-research-info-systems; charset=utf-8' },
  json: { format: cslJson, type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export type CitationFileKind = keyof typeof CITATION_FILES;
