/**
 * Honest wording about the massage. Whether the back massage makes more milk is not proven (see the evidence page),
 * so no text may say that it does as a fact: the massage "can help" ("bisa membantu"), it never simply "helps"
 * ("membantu"). The evidence page is left out, since it reports what each source claimed, in the source's words.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/content/read-files.ts';
import { parseMdx } from '../../src/content/mdx.ts';
import { ROOT } from '../helpers/paths.ts';

const RULES: Record<string, { subject: RegExp; claim: RegExp }> = {
  // "pijat … membantu ASI" without "bisa"/"dapat" before "membantu".
  id: { subject: /\bpijat(?:an)?\b/i, claim: /(?<!\b(?:bisa|dapat|tidak|untuk)\s)\bmembantu\s+(?:ASI|refleks|oksitosin|ibu)\b/i },
  en: {
    subject: /\bmassag(?:e|es|ing)\b/i,
    claim: /(?<!\b(?:can|may|not|to)\s)\bhelps?\s+(?:the\s+)?(?:breast\s+)?(?:milk|let-down|oxytocin|mothers?|her|you)\b/i,
  },
};

/** Every text a file holds: each string of a YAML file or frontmatter, each block of an MDX page's tree. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') {
    const node = value as { type?: string; value?: unknown; children?: unknown[] };
    // An MDX tree: the text of each node with children, read as one block.
    if (typeof node.type === 'string' && 'position' in node) {
      if (node.type === 'text') return [String(node.value)];
      if (node.type === 'yaml') return [];
      return [(node.children ?? []).flatMap(textsOf).join(' ')];
    }
    return Object.values(value).flatMap(textsOf);
  }
  return [];
}

/** Every sentence of the language's content files, with its file, as the content door reads them. */
function sentences(locale: string): { file: string; sentence: string }[] {
  return readContentFiles(ROOT)
    .files.filter((f) => f.file.startsWith(`content/${locale}/`) && !/\/(evidence|bukti)\.(mdx|yaml)$/.test(f.file))
    .flatMap(({ file, data, source }) =>
      [...textsOf(data), ...(source ? textsOf(parseMdx(source)) : [])]
        .flatMap((text) => text.split(/(?<=[.!?"])\s+|\n/))
        .map((sentence) => ({ file, sentence: sentence.trim() })),
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
