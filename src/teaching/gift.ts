/**
 * The knowledge test for Moodle, in GIFT format: the same questions, options, right answers and explanations as the
 * printed test and its answer key (content/<locale>/forms.yaml, through PrintContent), in the pretest order. Each
 * question is multiple choice with one right answer (=) and three wrong ones (~), and the answer key's explanation
 * with its sources as general feedback (####), which Moodle shows after an attempt. Pure: content in, text out.
 * GIFT: https://docs.moodle.org/en/GIFT_format
 */
import { citationWords, sourcesSentence } from '../content/references.ts';
import { CONTENT_LICENCE } from '../content/trust.ts';
import { testVersion } from '../print/forms-test.ts';
import type { PrintContent } from '../print/content.ts';

export type GiftContent = Pick<PrintContent, 'ui' | 'forms' | 'references' | 'urls' | 'version'>;

/**
 * Text as GIFT reads it literally: the characters GIFT gives a meaning (~ = # { } : and the backslash that escapes
 * them) each escaped, and every line break or run of spaces one space, since a line break inside a question is not
 * plain text either.
 */
export function giftEscape(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`);
}

/** The file name of a language's GIFT export: the printed test's own name, with -moodle. */
export const giftFileName = (ui: GiftContent['ui']) => `${ui.print.files.knowledgeTest}-moodle`;

/** Where it is served: /id/tes-pengetahuan-asi-moodle.gift.txt. text/plain, so any browser shows it and any Moodle takes it. */
export const giftHref = (locale: string, ui: GiftContent['ui']) => `/${locale}/${giftFileName(ui)}.gift.txt`;

/** The whole GIFT file of one language. */
export function knowledgeTestGift(content: GiftContent): string {
  const { ui, forms, references } = content;
  const questions = testVersion(forms.quiz, 'pretest');
  const width = String(questions.length).length;
  const words = citationWords(ui);
  const header = [
    `// ${ui.strings.siteName} ${content.version}: ${forms.labels.testTitle}`,
    `// ${content.urls.teaching ?? content.urls.home ?? ''}`,
    `// ${CONTENT_LICENCE.name} ${CONTENT_LICENCE.url}`,
    '',
    `$CATEGORY: ${ui.teaching.giftCategory}`,
    '',
  ];
  const blocks = questions.map((q) => {
    const title = `Q${String(q.number).padStart(width, '0')} ${q.question}`;
    const feedback = [q.explanation, sourcesSentence(forms.labels.sources, q.cite, references, words)].filter(Boolean).join(' ');
    return [
      `::${giftEscape(title)}::${giftEscape(q.question)} {`,
      ...q.options.map((option, i) => `\t${i === q.answer ? '=' : '~'}${giftEscape(option)}`),
      `\t####${giftEscape(feedback)}`,
      '}',
      '',
    ].join('\n');
  });
  return `${header.join('\n')}\n${blocks.join('\n')}`;
}
