/** content/references.yaml: the bibliography, one entry per source, shared by all languages. */
import { z } from 'zod';
import { text } from './fields.ts';

/** Words only an organisation's name has: such an author is cited whole, so the entry must say it is one. */
const ORGANISATION_WORDS =
  /organi[sz]ation|ministry|kementerian|association|league|network|government|university|universitas|academy|school|health|service|executive|institut|poltekkes|akademi|unicef|unfpa|\bwho\b|\bnhs\b|\(/i;

/** Names that stand in for an author without being one: a reference names its real authors or none. */
const PLACEHOLDER_AUTHOR = /^(tim|team|the team|authors?|penulis|peneliti|anonim|anonymous|unknown)\b/i;

/** Lowercase words that start a surname in many languages ("van", "de", "bin"): the last word alone is not the surname. */
const PARTICLE = /\s(van|von|der|den|de|del|della|di|da|dos|das|du|la|le|bin|binti|ibn|al|el|ter|ten|zu)\s/;

/**
 * An author as the source gives the name. A person named by a text ("Lutfiana Puspita Sari") is cited by the last
 * word as surname and the words before it as given names ("Sari, L. P."); one word alone as written ("Fasiha").
 * Where that rule would be wrong, or the source does not show which part is the surname, the author is written
 * `{ family, given }`: `family` leads the citation and sorts it, `given` (optional) becomes initials;
 * `{ family: "<the whole name>" }` cites a name whole. Organisations are always a text, cited whole.
 */
const author = z.union([
  text(120).refine((name) => !PLACEHOLDER_AUTHOR.test(name), "is not an author's name; give the real authors, or set anonymous: true and leave authors out"),
  z.object({ family: text(120), given: text(120).optional() }).strict(),
]);

/** A name whose last word may not be its surname: it ends in an initial ("Siti Nur Umariyah F") or has a particle. */
export const surnameUnclear = (name: string): boolean => /\s\p{L}\.?$/u.test(name) || PARTICLE.test(` ${name} `);

export type Author = z.infer<typeof author>;

/**
 * One bibliography entry, shared by all languages. Every entry names its authors (people or organisations) as the
 * source itself gives them. A report that names nobody says so with `anonymous: true` and no authors, never with a
 * made-up "team"; a title we had to make up from the content says so with `titleConstructed: true`.
 */
export const referenceSchema = z
  .object({
    authors: z.array(author).default([]),
    /** The source names no author (checked, not guessed). */
    anonymous: z.boolean().default(false),
    /** The authors are organisations (WHO, a ministry, a league): cited by their full name, never by a last word. */
    organisation: z.boolean().default(false),
    /** Left out only for a web page that shows no date (cited "n.d."); never guessed. */
    year: z.number().int().min(1900).max(2100).optional(),
    title: text(300),
    /** The title is Lancar's description of the content, because the copy we hold has no title page. */
    titleConstructed: z.boolean().default(false),
    /** Journal, series or publisher. */
    container: text(200).optional(),
    /** Report type and place, e.g. "Community service report, Kab. Tuban": one text, or one per language tag. */
    note: z.union([text(320), z.record(z.string().regex(/^[a-z]{2,3}$/, 'a language tag such as "id" or "en"'), text(320))]).optional(),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'a DOI like 10.1234/abcd, without https://doi.org/')
      .optional(),
    url: z.url().optional(),
  })
  .strict()
  .superRefine((ref, ctx) => {
    if (ref.anonymous && ref.authors.length > 0)
      ctx.addIssue({ code: 'custom', path: ['anonymous'], message: 'is true but authors are given; keep one of the two' });
    const names = ref.authors.filter((name) => typeof name === 'string');
    if (ref.organisation && names.length < ref.authors.length)
      ctx.addIssue({ code: 'custom', path: ['authors'], message: 'are organisations: write each as its full name, not { family, given }' });
    if (!ref.organisation)
      ref.authors.forEach((name, i) => {
        if (typeof name === 'string' && surnameUnclear(name))
          ctx.addIssue({
            code: 'custom',
            path: ['authors', i],
            message: `"${name}" ends in an initial or has a particle, so its last word may not be the surname; write it as { family: …, given: … }, or { family: "${name}" } to cite it whole`,
          });
      });
    const organisation = names.find((name) => ORGANISATION_WORDS.test(name));
    if (!ref.organisation && organisation) {
      ctx.addIssue({
        code: 'custom',
        path: ['authors'],
        message: `"${organisation}" looks like an organisation; set organisation: true so it is cited by its full name`,
      });
    }
    if (!ref.anonymous && ref.authors.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['authors'],
        message: 'is missing; list the authors as the source gives them, or set anonymous: true if it names none',
      });
    }
  });

export type Reference = z.infer<typeof referenceSchema>;
