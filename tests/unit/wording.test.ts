/**
 * Honest wording about the massage. Whether the back massage makes more milk is not proven (see the evidence page),
 * so no text may say that it does as a fact: the massage "can help" ("bisa membantu"), it never simply "helps"
 * ("membantu"). The evidence page is left out, since it reports what each source claimed, in the source's words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT } from '../helpers/paths.ts';

const RULES: Record<string, { subject: RegExp; claim: RegExp }> = {
  // "pijat … membantu ASI" without "bisa"/"dapat" before "membantu".
  id: { subject: /\bpijat(?:an)?\b/i, claim: /(?<!\b(?:bisa|dapat|tidak|untuk)\s)\bmembantu\s+(?:ASI|refleks|oksitosin|ibu)\b/i },
  en: { subject: /\bmassag(?:e|es|ing)\b/i, claim: /(?<!\b(?:can|may|not|to)\s)\bhelps?\s+(?:the\s+)?(?:breast\s+)?(?:milk|let-down|oxytocin|mothers?|her|you)\b/i },
};

/** Every sentence of the language's content files, with its file. */
function sentences(locale: string): { file: string; sentence: string }[] {
  const dir = join(CONTENT, locale);
  const files = [
    ...readdirSync(dir).filter((f) => /\.(mdx|yaml)$/.test(f)),
    ...readdirSync(join(dir, 'steps')).map((f) => join('steps', f)),
  ].filter((f) => !/^(evidence|bukti)\.mdx$|^evidence\.yaml$/.test(f));
  return files.flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .replace(/<[^>]+>/g, ' ')
      .split(/(?<=[.!?"])\s+|\n/)
      .map((sentence) => ({ file: `content/${locale}/${file}`, sentence: sentence.trim() })),
  );
}

describe.each(['id', 'en'])('the massage is never said to help as a fact (%s)', (locale) => {
  const { subject, claim } = RULES[locale]!;

  it('says "can help" wherever a text says the massage helps', () => {
    const overclaims = sentences(locale).filter(({ sentence }) => subject.test(sentence) && claim.test(sentence));
    expect(overclaims.map(({ file, sentence }) => `${file}: ${sentence}`)).toEqual([]);
  });

  it('would catch "the massage helps the milk flow" (the check itself)', () => {
    const typed = locale === 'id' ? 'Pijat ini membantu ASI mengalir.' : 'The massage helps the milk flow.';
    expect(subject.test(typed) && claim.test(typed)).toBe(true);
  });
});
