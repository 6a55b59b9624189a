/** How a bibliography entry is written on the site and in print, in the reader's language. */
import type { Author, Reference, Ui } from './schemas/index.ts';

/** The few words a citation needs in the reader's language (from ui.yaml `strings`), and the language's tag. */
export interface CitationWords {
  /** BCP 47 tag: picks an entry's note in this language when it has one per language. */
  lang: string;
  /** "et al." in English, "dkk." in Indonesian. */
  etAl: string;
  titleConstructed: string;
  noAuthor: string;
  noDate: string;
}

/** Without a language (tests, metadata), citations read as in English. */
export const ENGLISH_CITATION: CitationWords = {
  lang: 'en',
  etAl: 'et al.',
  titleConstructed: 'title made from the report’s content',
  noAuthor: 'no author named',
  noDate: 'n.d.',
};

/** The citation words of a language. */
export const citationWords = (ui: Ui): CitationWords => ({
  lang: ui.locale.lang,
  etAl: ui.strings.etAl,
  titleConstructed: ui.strings.titleConstructed,
  noAuthor: ui.strings.noAuthor,
  noDate: ui.strings.noDate,
});

/** An entry's note in the reader's language: a plain note is the same in all; a note per language falls back to English. */
function noteOf(ref: Reference, words: CitationWords): string | undefined {
  if (ref.note === undefined || typeof ref.note === 'string') return ref.note;
  return ref.note[words.lang] ?? ref.note.en ?? Object.values(ref.note)[0];
}

const yearOf = (ref: Reference, words: CitationWords) => (ref.year === undefined ? words.noDate : String(ref.year));

/**
 * An author as a citation style sees it: the part that leads and sorts (`family`), and the given names. Organisations
 * and `{ family }` alone are cited whole; a text's last word is the surname, the words before it the given names
 * (content/references.yaml's rule; the schema refuses names where that would be wrong).
 */
export function authorParts(ref: Reference, author: Author): { family: string; given?: string } {
  if (typeof author !== 'string') return author;
  const words = author.trim().split(/\s+/);
  if (ref.organisation || words.length === 1) return { family: author.trim() };
  return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
}

/** Organisations ("World Health Organization") are cited whole; people by their surname. */
export const citedName = (ref: Reference, author: Author): string => authorParts(ref, author).family;

/** Given names as APA's initials: "Lutfiana Puspita" → "L. P.", "Jean-Paul" → "J.-P.", "C. Sue" → "C. S.". */
export const initials = (given: string): string =>
  given
    .split(/\s+/)
    .filter(Boolean)
    .map((name) =>
      name
        .split('-')
        .map((part) => `${Array.from(part)[0]!.toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');

/** One author in a reference list, APA 7: "Sari, L. P.", "Fasiha", "World Health Organization". */
export function referenceName(ref: Reference, author: Author): string {
  const { family, given } = authorParts(ref, author);
  return given ? `${family}, ${initials(given)}` : family;
}

/**
 * The authors of a reference list entry, APA 7: up to 20 named, the last after "&" ("Sari, L. P., & Agustina, L.");
 * of 21 or more, the first 19, an ellipsis, and the last.
 */
export function referenceAuthors(ref: Reference): string {
  const names = ref.authors.map((author) => referenceName(ref, author));
  if (names.length === 1) return names[0]!;
  if (names.length > 20) return `${names.slice(0, 19).join(', ')}, … ${names.at(-1)}`;
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

/** A work with no author is cited by the first words of its title, as APA does. */
const titleLead = (title: string) => {
  const words = title.split(/\s+/);
  return `“${words.length > 4 ? `${words.slice(0, 4).join(' ')}…` : title}”`;
};

/** "Sari & Agustina, 2018", "Rani dkk., 2025", "WHO & UNICEF, 1993", "“Pengaruh pijat oksitosin saat…”, 2023". */
export function shortCitation(ref: Reference, words: CitationWords = ENGLISH_CITATION): string {
  if (ref.authors.length === 0) return `${titleLead(ref.title)}, ${yearOf(ref, words)}`;
  const names = ref.authors.map((author) => citedName(ref, author));
  const who = names.length === 1 ? names[0] : names.length === 2 ? `${names[0]} & ${names[1]}` : `${names[0]} ${words.etAl}`;
  return `${who}, ${yearOf(ref, words)}`;
}

/** Several sources in one line, each once, in the order given: "Sari & Agustina, 2018; WHO, 2009". */
function citationList(ids: string[], references: Map<string, Reference>, words: CitationWords = ENGLISH_CITATION): string {
  return [...new Set(ids)].map((id) => shortCitation(references.get(id)!, words)).join('; ');
}

/**
 * "Sources: Sari & Agustina, 2018; WHO, n.d." as one sentence, ending in a single full stop even when the last
 * citation ends in an abbreviation; empty when nothing is cited.
 */
export function sourcesSentence(label: string, ids: string[], references: Map<string, Reference>, words: CitationWords = ENGLISH_CITATION): string {
  const list = citationList(ids, references, words);
  return list ? `${label}: ${list}${list.endsWith('.') ? '' : '.'}` : '';
}

/** A sentence's end: "Fasiha" → "Fasiha.", "Agustina, L." stays. */
const period = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * "Sari, L. P., & Agustina, L. (2018). Title. Container. Note." Authors as APA 7 writes them, surname first with
 * initials; an unnamed author or a made-up title says so.
 */
export function fullCitation(ref: Reference, words: CitationWords = ENGLISH_CITATION): string {
  const title = ref.titleConstructed ? `${ref.title} [${words.titleConstructed}]` : ref.title;
  const year = yearOf(ref, words);
  const lead = ref.authors.length > 0 ? [`${period(referenceAuthors(ref))} (${year}).`, `${title}.`] : [`${title}.`, `(${year}; ${words.noAuthor}).`];
  const note = noteOf(ref, words);
  return [...lead, ref.container && `${ref.container}.`, note && `${note}.`].filter(Boolean).join(' ');
}

/** One collation for every language, so an entry has the same number on the references page of each. */
const collator = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * The sort keys of an entry, APA 7: each author by surname, then initials (an organisation by its name); a work
 * with no author by its title, without a leading article.
 */
const sortKeys = (ref: Reference): string[] =>
  ref.authors.length > 0
    ? ref.authors.flatMap((author) => {
        const { family, given } = authorParts(ref, author);
        return [family, given ? initials(given) : ''];
      })
    : [ref.title.replace(/^(the|a|an)\s+/i, '')];

function compareEntries(a: Reference, b: Reference): number {
  const ka = sortKeys(a);
  const kb = sortKeys(b);
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
    const order = collator.compare(ka[i]!, kb[i]!);
    if (order !== 0) return order;
  }
  // Fewer authors first ("nothing precedes something"), then undated before dated, older first, then by title.
  return ka.length - kb.length || (a.year ?? 0) - (b.year ?? 0) || collator.compare(a.title, b.title);
}

/**
 * The bibliography in the order the references page lists it, as APA 7 sorts a reference list: by the first
 * author's surname (a group author such as WHO by its name), then the next authors, then year; its numbers follow
 * this.
 */
export function bibliographyOrder(references: Map<string, Reference>): [string, Reference][] {
  return [...references].sort(([, a], [, b]) => compareEntries(a, b));
}

/** Each bibliography's numbers, worked out once: every citation mark of every page asks for one. */
const numbers = new WeakMap<Map<string, Reference>, Map<string, number>>();

/** An entry's number on the references page, 1-based; the compact citation on mother-facing pages shows it. */
export function referenceNumber(references: Map<string, Reference>, id: string): number {
  let byId = numbers.get(references);
  if (!byId) {
    byId = new Map(bibliographyOrder(references).map(([key], i) => [key, i + 1]));
    numbers.set(references, byId);
  }
  return byId.get(id) ?? 0;
}
