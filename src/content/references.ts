/** How a bibliography entry is written on the site and in print. */
import type { Reference } from './schemas.ts';

function surname(author: string): string {
  // Organisations ("World Health Organization") stay whole; people are cited by their last name.
  if (/organi[sz]ation|unicef|who\b|tim\b|team\b/i.test(author) || !author.includes(' ')) return author;
  return author.trim().split(/\s+/).at(-1)!;
}

/** "Sari & Agustina, 2018", "Rani et al., 2025", "WHO & UNICEF, 1993". */
export function shortCitation(ref: Reference): string {
  const names = ref.authors.map(surname);
  const who = names.length === 1 ? names[0] : names.length === 2 ? `${names[0]} & ${names[1]}` : `${names[0]} et al.`;
  return `${who}, ${ref.year}`;
}

/** "Sari LP, Agustina L (2018). Title. Container. Note." */
export function fullCitation(ref: Reference): string {
  const authors = ref.authors.length > 6 ? [...ref.authors.slice(0, 6), 'et al.'] : ref.authors;
  return [`${authors.join(', ')} (${ref.year}).`, `${ref.title}.`, ref.container && `${ref.container}.`, ref.note && `${ref.note}.`]
    .filter(Boolean)
    .join(' ');
}

/** The bibliography in the order the references page lists it (first author, then year); its numbers follow this. */
export function bibliographyOrder(references: Map<string, Reference>): [string, Reference][] {
  return [...references].sort(([, a], [, b]) => a.authors[0]!.localeCompare(b.authors[0]!) || a.year - b.year);
}

/** An entry's number on the references page, 1-based; the compact citation on mother-facing pages shows it. */
export function referenceNumber(references: Map<string, Reference>, id: string): number {
  return bibliographyOrder(references).findIndex(([key]) => key === id) + 1;
}
