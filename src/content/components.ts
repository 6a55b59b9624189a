/**
 * The components an MDX page may use without an import, each with the props it takes. The page route provides
 * exactly these (src/pages/[locale]/[...slug].astro), the components type their props from here, and the build
 * checks every use in every page against them, naming the page and the line.
 */
import { z } from 'zod';
import { friendlyError } from './friendly-errors.ts';
import type { ComponentUse } from './mdx.ts';
import { entryId } from './schemas/fields.ts';

const none = z.object({}).strict();
const words = z.string().trim().min(1).max(400);

export const MDX_COMPONENTS = {
  Cite: z.object({ id: entryId('Reference') }).strict(),
  /** How to cite the kit as a whole (the editorial page). */
  CiteKit: none,
  ContactForm: z
    .object({
      /** Legend of the paper choice. */
      paper: words,
      /** Legend of the colour / black-and-white choice. */
      ink: words,
      preview: words,
      download: words,
      /** Heading above the blank fillable PDFs. */
      files: words,
      /** Shown without JavaScript: the PDFs' fields fill in any PDF reader. */
      noScript: words,
      /** "{chars} cannot be printed…": {chars} becomes the refused characters, each in quotes. */
      unsupported: words.refine((s) => s.includes('{chars}'), 'must contain {chars}, where the characters that cannot print go'),
      tooLong: words,
      empty: words,
      failed: words,
    })
    .strict(),
  DangerSigns: z.object({ part: z.enum(['goNow', 'mother', 'baby', 'seeSoonMother', 'seeSoonBaby', 'whereToGo', 'urgent']) }).strict(),
  EvidenceTable: none,
  // eager: the drawing opens the page (the first screen), so it loads with it rather than when scrolled to.
  Figure: z.object({ name: entryId('Figure'), eager: z.boolean().optional() }).strict(),
  Glossary: none,
  GuidedMode: none,
  LeafletLink: none,
  MassageLength: none,
  PrintDownloads: none,
  Procedure: z.object({ part: z.enum(['start', 'who', 'when', 'safety', 'aftercare']) }).strict(),
  ReferenceList: none,
  ReportErrors: none,
  /** The pre/post score summary: the cut-offs in points with their basis, or the tool itself. */
  ScoreSummary: z.object({ part: z.enum(['bands', 'tool']) }).strict(),
  SearchForm: none,
  SkillChecklist: none,
  Steps: none,
  /** The lecturer's material: the Moodle test, the drawings as slides, the training kit (teaching page). */
  TeachingMaterials: z.object({ part: z.enum(['gift', 'slides', 'kit']) }).strict(),
  Term: z.object({ id: entryId('Glossary') }).strict(),
  /** brief: a link to the home page's list (the search page), so that page does not grow with the content. */
  TopicIndex: z.object({ brief: z.boolean().optional() }).strict(),
} as const;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;
/** A component's props as the page writes them: `interface Props extends MdxProps<'Term'> {}`. */
export type MdxProps<N extends MdxComponentName> = z.output<(typeof MDX_COMPONENTS)[N]>;

const isKnown = (name: string): name is MdxComponentName => Object.hasOwn(MDX_COMPONENTS, name);

/** What is wrong with one use of a component, in words for the author; empty when it is right. */
export function componentProblems(use: ComponentUse): string[] {
  if (!isKnown(use.name)) {
    const list = Object.keys(MDX_COMPONENTS)
      .map((c) => `<${c}>`)
      .join(', ');
    return [`<${use.name}> is not a Lancar component; use one of ${list}`];
  }
  const problems = use.expressions.map(
    (prop) => `<${use.name}> ${prop === '{…}' ? 'has a {…} spread' : `${prop}={…}`}: write props as text in quotes, name="…"; pages run no code`,
  );
  const result = MDX_COMPONENTS[use.name].safeParse(use.props, { error: friendlyError });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const prop = issue.path.join('.');
      problems.push(
        issue.code === 'unrecognized_keys'
          ? `<${use.name}> takes no prop ${issue.keys.map((k) => `"${k}"`).join(', ')}; ${propsHint(use.name)}`
          : `<${use.name}> ${prop ? `${prop} ` : ''}${issue.message}`,
      );
    }
  }
  return problems;
}

function propsHint(name: MdxComponentName): string {
  const props = Object.keys(MDX_COMPONENTS[name].shape);
  return props.length ? `it takes ${props.map((p) => `${p}="…"`).join(', ')}` : 'it takes none';
}
