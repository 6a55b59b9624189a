import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { parseWithFriendlyErrors } from '../../src/content/friendly-errors.ts';
import { durationSchema, pageSchema, referenceSchema, stepSchema, uiSchema } from '../../src/content/schemas/index.ts';
import { rawData, readLocale, readReferences } from '../helpers/content.ts';

const validStep = {
  order: 1,
  title: 'Siapkan tempat',
  short: 'Cuci tangan.',
  text: 'Cuci tangan dengan sabun.\n\nSiapkan handuk.',
  duration: '2m',
  illustration: 'prepare',
  alt: 'Dua tangan dicuci.',
  caption: 'Cuci tangan dengan sabun.',
  checked: '2026-11-30',
};

/** Every problem as an author reads it, through the one friendly error map. */
function messages(schema: z.ZodType, input: unknown): string[] {
  const result = parseWithFriendlyErrors(schema, input, 'content/x.yaml');
  return result.success ? [] : result.problems.map((p) => `${p.field ?? ''}: ${p.message}`);
}

describe('step schema', () => {
  it('accepts a complete step and fills the optional lists', () => {
    const step = stepSchema.parse(validStep);
    expect(step.duration).toBe(120);
    expect(step.cautions).toEqual([]);
    expect(step.cite).toEqual([]);
  });

  it('names a missing field and says to add it', () => {
    const { title: _, ...withoutTitle } = validStep;
    expect(messages(stepSchema, withoutTitle)).toEqual(['title: is missing; add a line of text']);
  });

  it('names an illustration that has no drawing', () => {
    expect(messages(stepSchema, { ...validStep, illustration: 'no-such-drawing' })).toEqual([
      'illustration: content/illustrations/no-such-drawing.svg does not exist; add the drawing or name an existing one',
    ]);
  });

  it('keeps print text short enough for a leaflet panel', () => {
    expect(messages(stepSchema, { ...validStep, short: 'x'.repeat(171) })).toEqual(['short: must be at most 170 characters']);
  });
});

describe('durations', () => {
  it.each([
    ['90s', 90],
    ['2m', 120],
    ['1m30s', 90],
  ])('reads %s as %i seconds', (text, seconds) => expect(durationSchema.parse(text)).toBe(seconds));

  it.each(['', '2 min', 'soon', '1h'])('refuses %j', (text) => expect(durationSchema.safeParse(text).success).toBe(false));
});

describe('page schema', () => {
  it('allows an empty slug (the home page) and refuses slugs a URL cannot carry', () => {
    expect(pageSchema.parse({ key: 'home', slug: '', title: 'Lancar', description: 'Beranda.', checked: '2026-11-30' }).audience).toBe('mother');
    expect(pageSchema.safeParse({ key: 'massage', slug: 'Pijat Oksitosin', title: 'T', description: 'D', checked: '2026-11-30' }).success).toBe(false);
  });

  it('needs the day the page was last checked against its sources, as a real day', () => {
    const page = { key: 'home', slug: '', title: 'Lancar', description: 'Beranda.' };
    expect(messages(pageSchema, page)).toEqual(['checked: is missing; add the day the content was last checked against its sources, like 2026-11-30']);
    expect(messages(pageSchema, { ...page, checked: '30-11-2026' })).toEqual(['checked: write the day like 2026-11-30']);
    expect(messages(pageSchema, { ...page, checked: '2026-02-30' })).toEqual(['checked: is not a real day; write it like 2026-11-30']);
    // YAML may hand over a date object; it becomes the same ISO day.
    expect(pageSchema.parse({ ...page, checked: new Date('2026-11-30T00:00:00Z') }).checked).toBe('2026-11-30');
  });
});

describe('reference schema', () => {
  const ref = { year: 2023, title: 'Laporan pengabdian masyarakat' };

  it('needs the authors the source gives, or an explicit statement that it names none', () => {
    expect(messages(referenceSchema, ref)).toEqual(['authors: is missing; list the authors as the source gives them, or set anonymous: true if it names none']);
    expect(referenceSchema.safeParse({ ...ref, anonymous: true }).success).toBe(true);
    expect(messages(referenceSchema, { ...ref, anonymous: true, authors: ['Sari'] })).toEqual([
      'anonymous: is true but authors are given; keep one of the two',
    ]);
  });

  it('refuses a stand-in such as "Tim peneliti" in place of an author', () => {
    for (const name of ['Tim peneliti', 'Tim pengabdian masyarakat', 'The team', 'Anonymous']) {
      expect(messages(referenceSchema, { ...ref, authors: [name] })[0], name).toMatch(/^authors\.0: is not an author's name/);
    }
    expect(referenceSchema.safeParse({ ...ref, authors: ['Timothy Smith'] }).success).toBe(true);
  });

  it('asks which part is the surname when the last word may not be it, and takes { family, given }', () => {
    expect(messages(referenceSchema, { ...ref, authors: ['Lutfiana Puspita Sari', 'Siti Nur Umariyah F'] })).toEqual([
      'authors.1: "Siti Nur Umariyah F" ends in an initial or has a particle, so its last word may not be the surname; write it as { family: …, given: … }, or { family: "Siti Nur Umariyah F" } to cite it whole',
    ]);
    expect(messages(referenceSchema, { ...ref, authors: ['Ludwig van Beethoven'] })[0]).toMatch(
      /^authors\.0: "Ludwig van Beethoven" ends in an initial or has a particle/,
    );
    const parsed = referenceSchema.parse({ ...ref, authors: [{ family: 'van Beethoven', given: 'Ludwig' }, { family: 'Siti Nur Umariyah F' }] });
    expect(parsed.authors).toEqual([{ family: 'van Beethoven', given: 'Ludwig' }, { family: 'Siti Nur Umariyah F' }]);
    // Organisations are cited whole: their particles ask for nothing.
    expect(referenceSchema.safeParse({ ...ref, organisation: true, authors: ['Institut national de santé publique du Québec'] }).success).toBe(true);
  });

  it('needs a title', () => {
    expect(messages(referenceSchema, { authors: ['WHO'], year: 2009 })).toEqual(['title: is missing; add a line of text']);
  });

  it('holds for every entry of the bibliography: authors (or none, said so) and a title', () => {
    for (const [id, entry] of readReferences()) {
      expect(entry.title.length, id).toBeGreaterThan(0);
      expect(entry.authors.length > 0 || entry.anonymous, `${id} lacks authors`).toBe(true);
      if (entry.anonymous) expect(entry.note, `${id} names no author and must say so in its note`).toBeDefined();
    }
  });
});

describe('interface strings', () => {
  const ui = rawData('content/id/ui.yaml') as { strings: Record<string, string> };

  it('lists a missing string by its key, so a translator sees what is left', () => {
    const { stepLabel: _, ...strings } = ui.strings;
    expect(messages(uiSchema, { ...ui, strings })).toEqual(['strings.stepLabel: is missing; add a line of text']);
  });

  it('refuses a key the site does not know (a typo would otherwise go unnoticed)', () => {
    expect(messages(uiSchema, { ...ui, strings: { ...ui.strings, stepLable: 'x' } })[0]).toMatch(/stepLable/);
  });
});

describe('the real content', () => {
  it.each(['id', 'en'])('of %s parses under every schema', (locale) => {
    const content = readLocale(locale);
    expect(content.steps.length).toBeGreaterThanOrEqual(5);
    expect(content.pages.map((p) => p.data.key)).toEqual(expect.arrayContaining(['home', 'massage', 'search', 'references']));
  });

  it('keeps a session within the 10–15 minutes the sources give (Sari & Agustina 2018)', () => {
    for (const locale of ['id', 'en']) {
      const total = readLocale(locale).steps.reduce((sum, s) => sum + s.duration, 0);
      expect(total).toBeGreaterThanOrEqual(10 * 60);
      expect(total).toBeLessThanOrEqual(15 * 60);
    }
  });
});
