/** content/<locale>/*.mdx frontmatter: one page. A page and its translation share `key`; each has its own `slug`. */
import { z } from 'zod';
import { checkedSchema, text } from './fields.ts';

export const pageSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and "-"; the same in every language'),
  slug: z.string().regex(/^(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?$/, 'lowercase letters, digits, "-" and "/"; empty only for the home page'),
  title: text(80),
  description: text(200),
  /** Who the page speaks to; mother-facing pages are held to plain language. */
  audience: z.enum(['mother', 'kader', 'lecturer']).default('mother'),
  /** Position in the topic list; pages without it come last. */
  order: z.number().int().min(0).default(999),
  /** false keeps the page out of the search index (the search page itself, say). */
  searchable: z.boolean().default(true),
  /**
   * Words readers search with that the page's text does not use: everyday and regional words, common misspellings,
   * the other language's term ("latch", "perlekatan"). Indexed with weight, never shown.
   */
  searchTerms: z.array(text(40)).max(40).default([]),
  /** The day every claim on the page was last checked against its sources; printed at the foot of the page. */
  checked: checkedSchema,
});

export type Page = z.infer<typeof pageSchema>;
