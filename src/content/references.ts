/** How a bibliography entry is written on the site and in print, in the reader's language. */
import type { Reference, Ui } from './schemas/index.ts';

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

/** Organisations ("World Health Organization") are cited whole; people by their last name. */
const citedName = (ref: Reference, author: string): string => (ref.organisation || !author.includes(' ') ? author : author.trim().split(/\s+/).at(-1)!);

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

/** "Sari LP, Agustina L (2018). Title. Container. Note." An unnamed author or a made-up title says so. */
export function fullCitation(ref: Reference, words: CitationWords = ENGLISH_CITATION): string {
  const authors = ref.authors.length > 6 ? [...ref.authors.slice(0, 6), words.etAl] : ref.authors;
  const title = ref.titleConstructed ? `${ref.title} [${words.titleConstructed}]` : ref.title;
  const year = yearOf(ref, words);
  const lead = authors.length > 0 ? [`${authors.join(', ')} (${year}).`, `${title}.`] : [`${title}.`, `(${year}; ${words.noAuthor}).`];
  const note = noteOf(ref, words);
  return [...lead, ref.container && `${ref.container}.`, note && `${note}.`].filter(Boolean).join(' ');
}

/** The sort key of an entry: its first author, or its title when it has none. */
const sortName = (ref: Reference) => ref.authors[0] ?? ref.title;

/** The bibliography in the order the references page lists it (first author, then year); its numbers follow this. */
export function bibliographyOrder(references: Map<string, Reference>): [string, Reference][] {
  return [...references].sort(([, a], [, b]) => sortName(a).localeCompare(sortName(b)) || (a.year ?? 0) - (b.year ?? 0));
}

/** An entry's number on the references page, 1-based; the compact citation on mother-facing pages shows it. */
export function referenceNumber(references: Map<string, Reference>, id: string): number {
  return bibliographyOrder(references).findIndex(([key]) => key === id) + 1;
}
