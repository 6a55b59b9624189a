import { z } from 'zod';
import { text } from './fields.ts';

/**
 * The contact fill-in page's live limits (`fill:` in ui.yaml, client/contact-fill.ts): the count shown under each
 * field as the kader types, and the refusal when she types or pastes past the limit. Nothing is ever cut.
 * Placeholders: {n} characters typed, {max} the field's limit, {over} how many to remove.
 */
export const uiFillSchema = z.strictObject({
  /** Under each field, e.g. "12/30 karakter". */
  count: text(40),
  /** Over the limit: the text is kept as typed and the download refused until it is shortened. */
  overLimit: text(160),
  /** Beside the disabled download button while a field needs fixing. */
  fixFirst: text(120),
});
