/**
 * The edition line every leaflet and booklet prints at its foot: the edition (month and year the content was last
 * checked), the kit's version, the content licence and leave to photocopy, so a copy of a copy still says which
 * edition it is and that copying it is allowed.
 */
import type { Ui } from '../content/schemas/index.ts';
import { CONTENT_LICENCE, VERSION } from '../content/trust.ts';
import { fill } from '../i18n/strings.ts';

/** "2026-11-30" → "November 2026" in the language of `lang` (a calendar day: no time zone shifts it). */
export function formatEdition(lang: string, day: string): string {
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

export function editionText(ui: Ui, day: string, version = VERSION): string {
  return fill(ui.print.edition, { date: formatEdition(ui.locale.lang, day), version, licence: CONTENT_LICENCE.name });
}

/**
 * The edition line in the pieces a line may break between ("Edisi November 2026 ·", "CC BY-SA 4.0 ·" …), each
 * ending in its separator but the last: set each piece unbroken, so "CC BY-SA 4.0" never splits at its hyphen.
 */
export function editionPieces(ui: Ui, day: string, version = VERSION): string[] {
  const pieces = editionText(ui, day, version).split(' · ');
  return pieces.map((piece, i) => (i < pieces.length - 1 ? `${piece} ·` : piece));
}
