/**
 * How a source is written where a lecturer or a kader reads it: short citations, full entries and the "Sources:"
 * line under print texts, in each language's words.
 */
import { describe, expect, it } from 'vitest';
import { bibliographyOrder, citationWords, fullCitation, referenceAuthors, shortCitation, sourcesSentence } from '../../src/content/references.ts';
import { referenceSchema } from '../../src/content/schemas/index.ts';
import { readLocale, readReferences } from '../helpers/content.ts';

const id = citationWords(readLocale('id').ui);
const en = citationWords(readLocale('en').ui);

const references = new Map([
  [
    'rani2025',
    referenceSchema.parse({ authors: ['Rahmatina Rani', 'Tasyia Himalut', 'Fitri Lestari'], year: 2025, title: 'Optimalisasi keberhasilan ASI eksklusif' }),
  ],
  ['who-2009', referenceSchema.parse({ authors: ['World Health Organization'], organisation: true, year: 2009, title: 'Infant and young child feeding' })],
  [
    'lllc-mastitis',
    referenceSchema.parse({ authors: ['La Leche League Canada'], organisation: true, title: 'Do I have to stop breastfeeding if I have mastitis?' }),
  ],
  ['elsevier-c7', referenceSchema.parse({ authors: ['Elsevier'], title: 'Spinous process of seventh cervical vertebra' })],
  [
    'balibo2023',
    referenceSchema.parse({
      anonymous: true,
      year: 2023,
      title: 'Pengaruh pijat oksitosin saat layanan home care terhadap pengeluaran ASI',
      titleConstructed: true,
      note: { id: 'Laporan penelitian; salinan kami tidak menyebut penulis', en: 'Research report; our copy names no authors' },
    }),
  ],
]);
const get = (key: string) => references.get(key)!;

describe('citations', () => {
  it('write "dkk." in Indonesian and "et al." in English after the first of three or more authors', () => {
    expect(shortCitation(get('rani2025'), id)).toBe('Rani dkk., 2025');
    expect(shortCitation(get('rani2025'), en)).toBe('Rani et al., 2025');
  });

  it('keep an organisation whole and write an undated page as t.t. / n.d.', () => {
    expect(shortCitation(get('who-2009'), id)).toBe('World Health Organization, 2009');
    expect(shortCitation(get('lllc-mastitis'), en)).toBe('La Leche League Canada, n.d.');
    expect(shortCitation(get('elsevier-c7'), id)).toBe('Elsevier, t.t.');
    expect(shortCitation(get('elsevier-c7'), en)).toBe('Elsevier, n.d.');
  });

  it('cite a work that names no author by its title, and say in the full entry that the title is ours', () => {
    expect(shortCitation(get('balibo2023'), id)).toBe('“Pengaruh pijat oksitosin saat…”, 2023');
    const full = fullCitation(get('balibo2023'), en);
    expect(full).toContain(`[${en.titleConstructed}]`);
    expect(full).toContain(`(2023; ${en.noAuthor})`);
    expect(full).toContain('Research report; our copy names no authors');
    expect(fullCitation(get('balibo2023'), id)).toContain('Laporan penelitian; salinan kami tidak menyebut penulis');
  });

  it('list each source once in a "Sources:" sentence that ends in one full stop, or say nothing', () => {
    expect(sourcesSentence('Sumber', ['rani2025', 'who-2009', 'rani2025'], references, id)).toBe('Sumber: Rani dkk., 2025; World Health Organization, 2009.');
    expect(sourcesSentence('Sources', ['who-2009', 'elsevier-c7'], references, en)).toBe('Sources: World Health Organization, 2009; Elsevier, n.d.');
    expect(sourcesSentence('Sources', [], references, en)).toBe('');
  });
});

describe('an organisation as author', () => {
  it('must be said to be one, or its name would be cut to a last word', () => {
    const result = referenceSchema.safeParse({ authors: ['Australian Breastfeeding Association'], title: 'Attachment' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'authors: "Australian Breastfeeding Association" looks like an organisation; set organisation: true so it is cited by its full name',
    ]);
  });

  it('is cited whole in every bibliography entry that names one', () => {
    const organisations = [...readReferences()].filter(([, reference]) => reference.organisation);
    expect(organisations.length).toBeGreaterThan(0);
    for (const [key, reference] of organisations)
      expect(shortCitation(reference, en), key).toMatch(new RegExp(`^${String(reference.authors[0]).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ ,]`));
  });
});

describe('the reference list, as APA 7 writes and sorts it', () => {
  const parse = (entry: object) => referenceSchema.parse({ title: 'A title', ...entry });

  it('writes authors surname first with initials, the last after "&"', () => {
    expect(referenceAuthors(parse({ authors: ['Lutfiana Puspita Sari', 'Lusinta Agustina'] }))).toBe('Sari, L. P., & Agustina, L.');
    expect(referenceAuthors(parse({ authors: ['C. Sue Carter'] }))).toBe('Carter, C. S.');
    expect(referenceAuthors(parse({ authors: ['Jean-Paul Sartre', 'Selda İldan Çalım', 'P. E. Hartmann'] }))).toBe(
      'Sartre, J.-P., Çalım, S. İ., & Hartmann, P. E.',
    );
    expect(fullCitation(parse({ authors: ['Lutfiana Puspita Sari', 'Lusinta Agustina'], year: 2018, title: 'Implementasi' }), id)).toBe(
      'Sari, L. P., & Agustina, L. (2018). Implementasi.',
    );
  });

  it('writes a single name, a name given whole and an organisation as they are, ending the name with a full stop', () => {
    expect(referenceAuthors(parse({ authors: ['Fasiha', 'Viqy Lestaluhu', { family: 'Siti Nur Umariyah F' }] }))).toBe(
      'Fasiha, Lestaluhu, V., & Siti Nur Umariyah F',
    );
    expect(referenceAuthors(parse({ authors: [{ family: 'van Beethoven', given: 'Ludwig' }] }))).toBe('van Beethoven, L.');
    expect(fullCitation(parse({ authors: ['World Health Organization'], organisation: true, year: 2009, title: 'Feeding' }), en)).toBe(
      'World Health Organization. (2009). Feeding.',
    );
    expect(shortCitation(parse({ authors: [{ family: 'van Beethoven', given: 'Ludwig' }], year: 1910 }), en)).toBe('van Beethoven, 1910');
  });

  it('names up to 20 authors, and of more the first 19, an ellipsis and the last', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `Given Surname${String.fromCharCode(65 + i)}`);
    expect(referenceAuthors(parse({ authors: many(20) }))).toMatch(/^SurnameA, G\., .*, & SurnameT, G\.$/);
    const of21 = referenceAuthors(parse({ authors: many(21) }));
    expect(of21).toMatch(/SurnameS, G\., … SurnameU, G\.$/);
    expect(of21).not.toContain('SurnameT');
  });

  it("sorts by the first author's surname, a group author by its name, a work with no author by its title", () => {
    const list = new Map(
      Object.entries({
        who: parse({ authors: ['World Health Organization'], organisation: true, year: 2009 }),
        bello: parse({ authors: ['Debra Bello', 'Rosemary White-Traut'], year: 2008 }),
        rani: parse({ authors: ['Widya Novita Rani'], year: 2025 }),
        sari: parse({ authors: ['Lutfiana Puspita Sari'], year: 2018 }),
        sariTwo: parse({ authors: ['Lutfiana Puspita Sari', 'Lusinta Agustina'], year: 2017 }),
        morhenn: parse({ authors: ['V. Morhenn'], year: 2012 }),
        anonymous: parse({ anonymous: true, title: 'Pengaruh pijat', year: 2023 }),
        becker: parse({ authors: ['Genevieve E. Becker'], year: 2016 }),
      }),
    );
    expect(bibliographyOrder(list).map(([key]) => key)).toEqual(['becker', 'bello', 'morhenn', 'anonymous', 'rani', 'sari', 'sariTwo', 'who']);
  });

  it('orders the whole bibliography by surname: the first entries are not given names', () => {
    const order = bibliographyOrder(readReferences()).map(([key]) => key);
    expect(order.indexOf('bello2008')).toBeLessThan(order.indexOf('becker2016') + 2);
    expect(order.indexOf('sari2018')).toBeGreaterThan(order.indexOf('rani2025'));
    expect(order.indexOf('rani2025')).toBeGreaterThan(order.indexOf('morhenn2012'));
    // WHO sorts under "World", after UNICEF (a last word "Organization" would put it before); a work with no author
    // and a title in Y ("Your emotional wellbeing…") may follow it.
    expect(order.indexOf('who-2009')).toBeGreaterThan(order.indexOf('unicef-iycf-positioning'));
  });
});
