/**
 * Reads the real content/ folder through the project's schemas, for tests that need typed content without an
 * Astro build (the print renderer, the parity checks).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { PageRecord } from '../../src/content/checks.ts';
import {
  evidenceSchema,
  figuresSchema,
  glossarySchema,
  pageSchema,
  procedureSchema,
  referenceSchema,
  stepSchema,
  uiSchema,
  type EvidenceEntry,
  type Figure,
  type GlossaryEntry,
  type Procedure,
  type Reference,
  type Ui,
} from '../../src/content/schemas.ts';
import { bookletSchema, dangerSignsSchema, formsSchema, type Booklet, type DangerSigns, type Forms } from '../../src/content/print-schemas.ts';
import { discoverLocales } from '../../src/i18n/locales.ts';
import { formatProblems } from '../../src/content/errors.ts';
import { resolveFigures } from '../../src/content/resolve.ts';
import type { PrintStep } from '../../src/print/leaflet.ts';
import { CONTENT, ROOT } from './paths.ts';

const rel = (file: string) => relative(ROOT, file);

export function readMdx(file: string): PageRecord {
  const source = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error(`${file}: no frontmatter`);
  const body = '\n'.repeat(match[0].split('\n').length - 1) + source.slice(match[0].length);
  return { locale: rel(file).split('/')[1]!, file: rel(file), data: pageSchema.parse(parse(match[1]!)), body };
}

export interface TestLocale {
  locale: string;
  ui: Ui;
  steps: PrintStep[];
  procedure: Procedure;
  procedureFile: string;
  pages: PageRecord[];
  /** Keyed files as parsed (an absent file reads as empty), with their paths. */
  glossary: { file: string; data: { [id: string]: GlossaryEntry } };
  evidence: { file: string; data: { [id: string]: EvidenceEntry } };
  figures: { file: string; data: { [id: string]: Figure } };
  dangerSigns: DangerSigns;
  booklet: Booklet;
  forms: Forms;
  files: { dangerSigns: string; booklet: string; forms: string };
}

function readKeyed<T>(dir: string, name: string, schema: { parse(input: unknown): T }): { file: string; data: T } {
  const file = join(dir, `${name}.yaml`);
  return { file: rel(file), data: schema.parse(existsSync(file) ? parse(readFileSync(file, 'utf8')) : {}) };
}

export function readLocale(locale: string): TestLocale {
  const dir = join(CONTENT, locale);
  const stepsDir = join(dir, 'steps');
  // The same computed figures as the site's loader: {total} and {duration} filled from the steps.
  const { texts, problems } = resolveFigures({
    ui: uiSchema.parse(parse(readFileSync(join(dir, 'ui.yaml'), 'utf8'))),
    steps: readdirSync(stepsDir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ ...stepSchema.parse(parse(readFileSync(join(stepsDir, f), 'utf8'))), file: rel(join(stepsDir, f)) }))
      .sort((a, b) => a.order - b.order),
    procedure: procedureSchema.parse(parse(readFileSync(join(dir, 'procedure.yaml'), 'utf8'))),
    procedureFile: rel(join(dir, 'procedure.yaml')),
    dangerSigns: dangerSignsSchema.parse(parse(readFileSync(join(dir, 'danger-signs.yaml'), 'utf8'))),
    booklet: bookletSchema.parse(parse(readFileSync(join(dir, 'booklet.yaml'), 'utf8'))),
    forms: formsSchema.parse(parse(readFileSync(join(dir, 'forms.yaml'), 'utf8'))),
    files: { dangerSigns: rel(join(dir, 'danger-signs.yaml')), booklet: rel(join(dir, 'booklet.yaml')), forms: rel(join(dir, 'forms.yaml')) },
  });
  if (problems.length > 0) throw new Error(formatProblems(problems));
  return {
    locale,
    ...texts,
    pages: readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => readMdx(join(dir, f))),
    glossary: readKeyed(dir, 'glossary', glossarySchema),
    evidence: readKeyed(dir, 'evidence', evidenceSchema),
    figures: readKeyed(dir, 'figures', figuresSchema),
  };
}

export const locales = () => discoverLocales(CONTENT);

export function readReferences(): Map<string, Reference> {
  const raw = parse(readFileSync(join(CONTENT, 'references.yaml'), 'utf8')) as Record<string, unknown>;
  return new Map(Object.entries(raw).map(([id, value]) => [id, referenceSchema.parse(value)]));
}
